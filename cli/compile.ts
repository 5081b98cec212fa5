// `beamjs compile INPUT... -o DIR [--main MODULE] [--include MODULE]... [--all-otp]
// [--threads N]`: the command line of compiler/aot/compile.ts. It prints warnings and a
// one-line summary on stderr (stdout stays empty) and exits non-zero on bad input.

import { compileProgram, type CompileOptions } from '../compiler/aot/compile.js';
import { writeErr } from './output.js';

export interface CompileFlags {
  output: string;
  main?: string;
  include?: string[];
  allOtp?: boolean;
  threads?: string;
}

export function compileOptions(inputs: string[], flags: CompileFlags): CompileOptions {
  const threads = flags.threads !== undefined ? Number(flags.threads) : undefined;
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new Error(`--threads ${flags.threads}: not a positive integer`);
  return {
    inputs,
    out: flags.output,
    main: flags.main ?? null,
    include: flags.include ?? [],
    allOtp: flags.allOtp ?? false,
    threads,
    warn: (line) => writeErr(`beamjs: ${line}\n`),
  };
}

export async function compile(inputs: string[], flags: CompileFlags): Promise<void> {
  const r = await compileProgram(compileOptions(inputs, flags));
  const mb = (n: number) => (n / 1e6).toFixed(1);
  writeErr(
    `beamjs: compiled ${r.modules} modules (${mb(r.beamBytes)} MB of .beam) into ${r.dir}: ` +
      `${mb(r.jsBytes)} MB of JS, ${mb(r.mapBytes)} MB of source maps, ${mb(r.cacheBytes)} MB of V8 code cache, in ${r.translateSeconds.toFixed(1)} s on ${r.threads} thread${r.threads === 1 ? '' : 's'}\n`,
  );
}
