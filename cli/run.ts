// `beamjs run [-pa DIR]... [+P N] MODULE [ARG]...`: what
// `erl -noshell -pa DIR... -eval 'MODULE:main(["ARG",...]), halt().'` does (or, for
// an Elixir module, `elixir -pa DIR... -e 'Mod.main(System.argv())' -- ARG...`), by
// booting OTP as erts does (cli/boot.ts) with that command line.

import { startRuntime } from '../runtime/index.js';
import { findOtpRoot } from '../runtime/code/otp-install.js';
import { ertsEbin, otpLibDirs } from '../runtime/code/code-path.js';
import { boot } from './boot.js';
import { erlArgs, isElixirModule } from './erl-args.js';
import { elixirEbins, hasElixirApp } from '../runtime/code/elixir-install.js';
import { errors } from '../compiler/diagnostics.js';

export interface RunArgs {
  pa: string[];
  maxProcesses?: number;
  module: string;
  args: string[];
}

export function parseRunArgs(argv: string[]): RunArgs {
  const pa: string[] = [];
  let maxProcesses: number | undefined;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-pa') {
      // One directory per -pa: MODULE follows the options, so it cannot be taken for a directory.
      if (i + 1 >= argv.length) throw errors.usage('run', '-pa needs a directory');
      pa.push(argv[++i]);
      continue;
    }
    if (a === '+P') {
      maxProcesses = Number(argv[++i]);
      if (!Number.isInteger(maxProcesses) || maxProcesses < 1) throw errors.usage('run', `+P needs a positive integer, got ${argv[i]}`);
      continue;
    }
    break;
  }
  if (i >= argv.length) throw errors.usage('run', 'missing MODULE');
  return { pa, maxProcesses, module: argv[i], args: argv.slice(i + 1) };
}

export function run(r: RunArgs, fatal: (e: Error) => never): void {
  const root = findOtpRoot();
  let elixir: string[] | undefined;
  if (isElixirModule(r.module)) {
    // Elixir's ebins come from the elixir install, unless -pa already names them.
    elixir = hasElixirApp(r.pa) ? [] : elixirEbins();
    if (elixir === undefined) throw errors.noElixir(r.module, 'elixir on PATH');
  }
  const codePath = [...(elixir ?? []), ...r.pa, '.', ...otpLibDirs(root)];
  startRuntime({ codePath, preloadedDir: ertsEbin(root), maxProcesses: r.maxProcesses, onFatal: fatal });
  // OTP's own boot: init runs the program, halts, and reports a crash itself, as on erts.
  boot({ root, erlArgs: erlArgs(r, elixir) });
}
