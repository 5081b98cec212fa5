// The `beamjs` command line (DESIGN.md, "The command line"). Errors of beamjs
// itself (bad input, missing OTP) print one clear line and exit non-zero; Erlang
// errors in the program behave as on erts.

import { Command, Option } from 'commander';
import { parseRunArgs, run } from './run.js';
import { bench, parseBenchArgs } from './bench.js';
import { compile, type CompileFlags } from './compile.js';
import { fatal } from './output.js';

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

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
      fatal(asError(e));
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
      fatal(asError(e));
    }
  });
program
  .command('compile')
  .description('translate a program ahead of time into DIR; node DIR/main.mjs ARG... runs it without Erlang installed')
  .argument('<inputs...>', '.beam files, ebin directories, .ez archives, an OTP release directory')
  .requiredOption('-o, --output <dir>', 'the directory to write')
  .option('--main <module>', 'call MODULE:main/1 with the arguments (otherwise: start the application)')
  .option('--include <module>', 'carry this module too (one reached only by a computed name)', (v: string, acc: string[] = []) => [...acc, v])
  .option('--all-otp', 'carry every module of the OTP applications the program depends on')
  .addOption(new Option('--threads <n>', 'translation threads (default: one per core)'))
  .action(async (inputs: string[], flags: CompileFlags) => {
    try {
      await compile(inputs, flags);
    } catch (e) {
      fatal(asError(e));
    }
  });
program.parseAsync(process.argv).catch((e) => fatal(asError(e)));
