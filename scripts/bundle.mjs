// Bundles the compiled TypeScript (build/) with esbuild:
// - build/beamjs.mjs, the CLI bin/beamjs runs: Node's ES module loader costs about 50 ms
//   resolving and compiling ~150 separate files at every start, a tenth of a hello-world
//   boot. npm packages stay imports (node_modules is there).
// - build/aot-worker.mjs, a translation thread of `beamjs compile`.
// - build/runtime.mjs, the runtime of a compiled program, copied into its directory: that
//   directory has no node_modules, so npm packages are bundled in.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };
await build({ ...common, entryPoints: ['build/cli/main.js'], outfile: 'build/beamjs.mjs', packages: 'external' });
await build({ ...common, entryPoints: ['build/compiler/aot/translate-worker.js'], outfile: 'build/aot-worker.mjs', packages: 'external' });
await build({ ...common, entryPoints: ['build/cli/dist-main.js'], outfile: 'build/runtime.mjs' });
