// The `beamjs` command line (DESIGN.md, "The command line"). Errors of beamjs
// itself (bad input, missing OTP) print one clear line and exit non-zero; Erlang
// errors in the program behave as on erts.

import { Command } from 'commander';
import { BeamjsError } from '../compiler/diagnostics.js';
import { parseRunArgs, run } from './run.js';
import { bench, parseBenchArgs } from './bench.js';
import { writeErr } from './output.js';

function fatal(e: Error): never {
  if (e instanceof BeamjsError) writeErr(`beamjs: ${e.message}\n`);
  else writeErr(`beamjs: internal error: ${e.stack ?? e.message}\n`);
  process.exit(2);
}

const program = new Command();
program.name('beamjs').description('Run Erlang/Elixir .beam files on JavaScript engines');
program
  .command('run')
  .description('run MODULE:main/1 with ARGs, as erl -noshell -eval')
  .allowUnknownOption()
  .helpOption(false)
  .argument('[args...]')
  .action((args: string[]) => {
    try {
      run(parseRunArgs(args), fatal);
    } catch (e) {
      fatal(e instanceof Error ? e : new Error(String(e)));
    }
  });
program
  .command('bench')
  .description('run MODULE:main/1 on erts and on beamjs in turn; print medians, ratios and peak RSS')
  .allowUnknownOption()
  .helpOption(false)
  .argument('[args...]')
  .action(async (args: string[]) => {
    try {
      process.exitCode = await bench(parseBenchArgs(args));
    } catch (e) {
      fatal(e instanceof Error ? e : new Error(String(e)));
    }
  });
program.parse(process.argv);
