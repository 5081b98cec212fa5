// Finding the installed erts and Elixir, and running test/support/beam_dump.escript
// on them. A test that needs erts fails (never skips) when it is missing: these
// helpers throw.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BEAM_DUMP = join(here, 'beam_dump.escript');

function onPath(cmd: string): string {
  const found = execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();
  if (found === '') throw new Error(`${cmd} is not on the PATH: these tests compare with erts`);
  return realpathSync(found);
}

/** The OTP installation erl on the PATH belongs to (its bin/erl is ROOT/bin/erl). */
export function otpRoot(): string {
  return dirname(dirname(onPath('erl')));
}

/** ebin directories of the given OTP applications, e.g. ['erts', 'kernel']. */
export function otpEbins(apps: readonly string[]): string[] {
  const lib = join(otpRoot(), 'lib');
  const dirs = readdirSync(lib);
  return apps.map((app) => {
    const d = dirs.find((n) => n.startsWith(`${app}-`));
    if (d === undefined) throw new Error(`no ${app}-* in ${lib}`);
    return join(lib, d, 'ebin');
  });
}

/** Elixir's own ebin, found from the `elixir` on the PATH (ROOT/bin/elixir). */
export function elixirEbin(): string {
  const dir = join(dirname(dirname(onPath('elixir'))), 'lib', 'elixir', 'ebin');
  if (!existsSync(dir)) throw new Error(`no Elixir ebin at ${dir}`);
  return dir;
}

export function runDump(args: readonly string[], cwd?: string): void {
  try {
    execFileSync('escript', [BEAM_DUMP, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`beam_dump.escript ${args[0]} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}
