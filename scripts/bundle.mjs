// Bundles the compiled CLI and runtime (build/) into one ES module, build/beamjs.mjs,
// which bin/beamjs runs: Node's ES module loader costs about 50 ms resolving and
// compiling ~150 separate files at every start, a tenth of a hello-world boot.
import { build } from 'esbuild';

await build({
  entryPoints: ['build/cli/main.js'],
  outfile: 'build/beamjs.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // npm packages stay imports: only our ~150 files are joined.
  packages: 'external',
  logLevel: 'warning',
});
