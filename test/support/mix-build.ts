// Builds the Mix project test/ex/mixapp for the Elixir differential test: copied into
// test/.work/mixapp (timestamps kept, so mix recompiles only what changed) and compiled with
// `mix compile` (MIX_ENV=dev, an empty MIX_HOME and HEX_OFFLINE: no archives, no network, no Hex;
// its one dependency is a path dependency). Returns the -pa directories `mix run` would use:
// each _build/dev/lib/*/ebin, and the consolidated protocols given last so that they come first on
// the code path (elixir prepends each -pa in turn), as Mix puts them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT, WORK } from './differential.js';

export const MIXAPP_MAIN = 'Elixir.Mixapp.Main';

export async function buildMixApp(): Promise<string[]> {
  const src = path.join(ROOT, 'test', 'ex', 'mixapp');
  const dst = path.join(WORK, 'mixapp');
  const mixHome = path.join(WORK, 'mix-home');
  fs.mkdirSync(mixHome, { recursive: true });
  fs.cpSync(src, dst, { recursive: true, preserveTimestamps: true, filter: (f) => !f.includes(`${path.sep}_build`) });
  const env = { ...process.env, MIX_ENV: 'dev', MIX_HOME: mixHome, HEX_OFFLINE: '1', ERL_CRASH_DUMP_SECONDS: '0' };
  await new Promise<void>((resolve, reject) => {
    const child = spawn('mix', ['compile'], { cwd: dst, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`mix compile failed (status ${status}):\n${log}`))));
  });
  const lib = path.join(dst, '_build', 'dev', 'lib');
  const ebins = fs.readdirSync(lib).sort().map((app) => path.join(lib, app, 'ebin'));
  const consolidated = path.join(lib, 'mixapp', 'consolidated');
  return fs.existsSync(consolidated) ? [...ebins, consolidated] : ebins;
}
