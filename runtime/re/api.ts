// The engine's entry points for the re BIFs: compile a pattern (with a cache, since re:run with a
// textual pattern compiles on every call), serialise a compiled pattern into the binary of
// erts's {re_pattern, ...} tuple and read it back (ours, or one erts compiled: pcre-bytecode.ts),
// check subjects, run.

import { type CompileOptions, type Newline, defaultCompileOptions } from './ast.js';
import { compilePattern } from './compile.js';
import { ReCompileError } from './errors.js';
import { CorruptPattern, decodePcre, looksLikePcre } from './pcre-bytecode.js';
import { decodeUtf8At } from './utf8.js';
import type { Program } from './program.js';
import { type ExecOptions, type ExecResult, execute } from './match.js';

export { ReCompileError, ReUnsupported } from './errors.js';
export type { CompileOptions, ExecOptions, ExecResult, Program, Newline };
export { defaultCompileOptions };

/** PCRE's defaults, which erts keeps. */
export const DEFAULT_MATCH_LIMIT = 10_000_000;
export const DEFAULT_RECURSION_LIMIT = 10_000_000;

const MAGIC = [0x42, 0x4a, 0x52, 0x45]; // "BJRE": beamjs's own serialisation, read only by beamjs
const FORMAT = 1;

const FLAG_NAMES: (keyof CompileOptions)[] = [
  'utf', 'ucp', 'caseless', 'multiline', 'dotall', 'extended', 'anchored', 'dollarEndonly', 'ungreedy',
  'noAutoCapture', 'dupnames', 'firstline', 'noStartOptimize', 'neverUtf',
];
const NEWLINES: (Newline | null)[] = [null, 'cr', 'lf', 'crlf', 'anycrlf', 'any'];
const BSRS: ('anycrlf' | 'unicode' | null)[] = [null, 'anycrlf', 'unicode'];

/** The bytes of a compiled pattern: magic, format, option bits, newline, bsr, then the pattern. */
export function serialise(pattern: Uint8Array, opts: CompileOptions): Uint8Array {
  let bits = 0;
  FLAG_NAMES.forEach((k, i) => {
    if (opts[k]) bits |= 1 << i;
  });
  const out = new Uint8Array(11 + pattern.length);
  out.set(MAGIC, 0);
  out[4] = FORMAT;
  out[5] = bits & 0xff;
  out[6] = (bits >> 8) & 0xff;
  out[7] = (bits >> 16) & 0xff;
  out[8] = (bits >> 24) & 0xff;
  out[9] = NEWLINES.indexOf(opts.newline);
  out[10] = BSRS.indexOf(opts.bsr);
  out.set(pattern, 11);
  return out;
}

/** The pattern and options of a serialised pattern, or null for bytes that are not one. */
export function deserialise(b: Uint8Array): { pattern: Uint8Array; opts: CompileOptions } | null {
  if (b.length < 11 || MAGIC.some((m, i) => b[i] !== m) || b[4] !== FORMAT) return null;
  if (b[9] >= NEWLINES.length || b[10] >= BSRS.length) return null;
  const bits = b[5] | (b[6] << 8) | (b[7] << 16) | (b[8] << 24);
  const opts = defaultCompileOptions();
  FLAG_NAMES.forEach((k, i) => {
    (opts as unknown as Record<string, boolean>)[k] = (bits & (1 << i)) !== 0;
  });
  opts.newline = NEWLINES[b[9]];
  opts.bsr = BSRS[b[10]];
  return { pattern: b.subarray(11), opts };
}

const cache = new Map<string, Program>();
const CACHE_SIZE = 256;

function cacheKey(pattern: Uint8Array, opts: CompileOptions): string {
  return Buffer.from(serialise(pattern, opts)).toString('latin1');
}

/** Compiles (or finds in the cache); throws ReCompileError or ReUnsupported. */
export function compile(pattern: Uint8Array, opts: CompileOptions): Program {
  // erts hands PCRE a C string: the pattern ends at its first NUL.
  const nul = pattern.indexOf(0);
  const p = nul >= 0 ? pattern.subarray(0, nul) : pattern;
  const key = cacheKey(p, opts);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const prog = compilePattern(p, opts);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, prog);
  return prog;
}

const decoded = new Map<string, Program>();

/**
 * The program of the binary of a {re_pattern, ...} tuple: beamjs's serialisation or PCRE code that
 * erts compiled. Null for bytes that are neither (the BIF's badarg); throws ReUnsupported for
 * PCRE code this engine cannot run.
 */
export function loadPattern(bin: Uint8Array): Program | null {
  if (looksLikePcre(bin)) {
    const key = Buffer.from(bin).toString('latin1');
    const hit = decoded.get(key);
    if (hit !== undefined) return hit;
    let prog: Program;
    try {
      prog = decodePcre(bin);
    } catch (e) {
      if (e instanceof CorruptPattern) return null;
      throw e;
    }
    if (decoded.size >= CACHE_SIZE) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, prog);
    return prog;
  }
  const d = deserialise(bin);
  if (d === null) return null;
  try {
    return compile(d.pattern, d.opts);
  } catch (e) {
    if (e instanceof ReCompileError) return null;
    throw e;
  }
}

/** Whether `b` is valid UTF-8 throughout. */
export function validUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; ) {
    const d = decodeUtf8At(b, i);
    if (d === null) return false;
    i += d[1];
  }
  return true;
}

export function run(prog: Program, subject: Uint8Array, opts: ExecOptions): ExecResult {
  return execute(prog, subject, opts);
}
