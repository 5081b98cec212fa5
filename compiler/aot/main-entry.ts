// The two entry files of a compiled program: DIR/main.mjs, which `node DIR/main.mjs
// ARG...` runs, and DIR/modules/index.mjs, which imports every module's ES module.
//
// main.mjs first gives Node the native stack and heap `bin/beamjs` gives it (a
// process runs a whole time slice of nested JS calls before it unwinds to the heap,
// and Erlang data is bounded by memory, not by V8's default heap): unless Node was
// started with --stack-size, it starts Node again through /bin/sh with the same
// settings as bin/beamjs (the stack limit raised, --stack-size below it) and passes
// signals and the exit status through. Under a debugger (--inspect) it runs in place
// with Node's default stack, so that the debugger attaches to the program itself.
// Then it imports the runtime and starts the program (cli/dist-main.ts), which reads
// each module's file when OTP first loads the module. Under `node --enable-source-maps`
// it imports every module first instead (modules/index.mjs): Node applies source maps
// to the stack traces of modules it imported itself. Source maps are not turned on by
// main.mjs: that would cost every start the parsing of every map.

import { esFileName } from './es-module.js';

/**
 * bin/beamjs's stack and heap settings, and OpenSSL's legacy provider (erts's crypto loads it), as
 * a /bin/sh script: $0 is node, "$@" its arguments. Keep it in step with bin/beamjs.
 */
const RELAUNCH_SH = [
  'ulimit -s unlimited 2>/dev/null || ulimit -s 65536 2>/dev/null',
  'lim=$(ulimit -s)',
  'if [ "$lim" = unlimited ] || [ "$lim" -ge 65536 ]; then stack=30000',
  'elif [ "$lim" -gt 4096 ]; then stack=$((lim / 2))',
  'else stack=984; fi',
  'exec "$0" --openssl-legacy-provider --max-old-space-size=16384 --max-semi-space-size=32 --stack-size=$stack "$@"',
].join('\n');

export function mainEntryText(): string {
  return `#!/usr/bin/env node
// A program compiled by beamjs compile: node main.mjs ARG... runs it as beamjs run would
// (see manifest.json for what it is made of).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const flags = process.execArgv;
if (!flags.some((f) => f.startsWith('--stack-size')) && !flags.some((f) => f.startsWith('--inspect'))) {
  const child = spawn('/bin/sh', ['-c', ${JSON.stringify(RELAUNCH_SH)}, process.execPath, ...flags, self, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('error', () => start());
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
} else {
  await start();
}

async function start() {
  const { startCompiled } = await import('./runtime.mjs');
  const imported = process.sourceMapsEnabled ? (await import('./modules/index.mjs')).default : undefined;
  startCompiled(self, imported);
}
`;
}

export function moduleIndexText(modules: readonly string[]): string {
  const lines = ['// Every module of the program, for an importer that loads them all (main.mjs under --enable-source-maps).'];
  modules.forEach((m, i) => lines.push(`import * as m${i} from './${encodeURIComponent(esFileName(m))}';`));
  lines.push(`export default [${modules.map((_, i) => `m${i}`).join(', ')}];`, '');
  return lines.join('\n');
}
