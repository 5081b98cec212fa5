// The bit syntax runtime (runtime/bs/) against erts. The test generates cases
// (segments with random values, sizes, units, flags and alignments; bitstrings to
// match at odd offsets; UTF edge cases; append chains; iolists), writes them as an
// Erlang module, has erts compile and run it (once normally, once with
// +no_bs_create_bin for the OTP 24 instructions), then replays every case through
// the runtime functions the code generator calls and compares what each prints
// as `~w`. Expected values all come from erts at test time.

import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Atom, atom } from '../runtime/term/atom.js';
import { BitStr, EMPTY_BINARY } from '../runtime/term/bitstring.js';
import { EFloat } from '../runtime/term/float.js';
import { Cons, NIL } from '../runtime/term/list.js';
import { normInt, type Term } from '../runtime/term/term.js';
import { ErlangException } from '../runtime/errors.js';
import * as C from '../runtime/bs/construct.js';
import * as M from '../runtime/bs/match.js';
import * as O from '../runtime/bs/binary-ops.js';

// ---- deterministic randomness (BS_SEED overrides the seed) ----

let seed = Number(process.env.BS_SEED ?? 20250325) >>> 0;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number): number => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
function randBig(bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 30) v = (v << 30n) | BigInt(int(1 << 30));
  return bits === 0 ? 0n : v & ((1n << BigInt(bits)) - 1n);
}
function randBits(n: number): BitStr {
  const bytes = new Uint8Array((n + 7) >>> 3);
  for (let i = 0; i < bytes.length; i++) bytes[i] = int(256);
  if (n & 7) bytes[bytes.length - 1] &= 0xff << (8 - (n & 7));
  return new BitStr(bytes, 0, n);
}

// ---- terms as Erlang source (lit) and as `~w` prints them (fmt) ----

function bitsSource(b: BitStr): string {
  const parts: string[] = [];
  for (let i = 0; i < b.size >>> 3; i++) parts.push(String(b.byteAt(i)));
  const rest = b.size & 7;
  if (rest) parts.push(`${b.byteAt(b.size >>> 3) >>> (8 - rest)}:${rest}`);
  return `<<${parts.join(',')}>>`;
}
function floatLit(d: number): string {
  if (Object.is(d, -0)) return '-0.0';
  const [m, e] = d.toExponential().split('e');
  return `${m.includes('.') ? m : m + '.0'}e${e}`;
}
function lit(t: Term): string {
  if (t instanceof EFloat) return floatLit(t.value);
  if (t instanceof Cons || t === NIL) return listText(t, lit);
  return fmt(t);
}
function listText(t: Term, f: (t: Term) => string): string {
  const parts: string[] = [];
  while (t instanceof Cons) {
    parts.push(f(t.hd));
    t = t.tl;
  }
  return t === NIL ? `[${parts.join(',')}]` : `[${parts.join(',')}|${f(t)}]`;
}
/** `~w` of a term, floats as {f, Bits} (the Erlang side prints them so, to compare bit patterns). */
function fmt(t: unknown): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (typeof t === 'boolean') return String(t);
  if (t instanceof Atom) return t.name;
  if (t instanceof BitStr) return bitsSource(t);
  if (t instanceof EFloat) {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, t.value);
    return `{f,${v.getBigUint64(0)}}`;
  }
  if (Array.isArray(t)) return `{${t.map(fmt).join(',')}}`;
  if (t instanceof Cons || t === NIL) return listText(t as Term, fmt);
  throw new Error(`fmt: ${String(t)}`);
}

/** A small reader of Erlang term syntax (integers, atoms, lists, tuples, <<V:S,...>>) for test inputs. */
function parse(src: string): Term {
  const toks = src.match(/<<|>>|-?\d+|[a-z]\w*|[[\]{},|:]/g)!;
  let i = 0;
  const next = (): string => toks[i++];
  function term(): Term {
    const t = next();
    if (t === '[') {
      const items: Term[] = [];
      let tail: Term = NIL;
      if (toks[i] === ']') {
        i++;
        return NIL;
      }
      for (;;) {
        items.push(term());
        const s = next();
        if (s === '|') {
          tail = term();
          next();
          break;
        }
        if (s === ']') break;
      }
      let l = tail;
      for (let k = items.length - 1; k >= 0; k--) l = new Cons(items[k], l);
      return l;
    }
    if (t === '{') {
      const items: Term[] = [];
      if (toks[i] === '}') return (i++, items);
      do items.push(term());
      while (next() === ',');
      return items;
    }
    if (t === '<<') {
      const b = C.bsStart(0);
      let seg = 1;
      while (toks[i] !== '>>') {
        const v = Number(next());
        let size = 8;
        if (toks[i] === ':') (i++, (size = Number(next())));
        C.bsInteger(b, v, size, 1, 0, seg++);
        if (toks[i] === ',') i++;
      }
      i++;
      return C.bsFinish(b);
    }
    if (/^-?\d/.test(t)) return normInt(BigInt(t));
    return atom(t);
  }
  return term();
}

// ---- running erts ----

interface ErtsModule {
  name: string;
  body: string;
  opts: string;
}
const ERL_SUPPORT = `
id(X) -> X.
fix(F) when is_float(F) -> <<B:64>> = <<F:64/float>>, {f, B};
fix(T) when is_tuple(T) -> list_to_tuple(fix(tuple_to_list(T)));
fix([H | T]) -> [fix(H) | fix(T)];
fix(X) -> X.
cause([{_, _, _, I} | _]) ->
    case proplists:get_value(error_info, I) of #{cause := C} -> C; _ -> none end;
cause(_) -> none.
r(Tag, K, F) ->
    R = try {ok, F()} catch error:Rs:St -> {error, Rs, cause(St)} end,
    io:format("~s ~w ~w~n", [Tag, K, fix(R)]).
`;

/** Compiles and runs the modules in one erl; returns each module's printed lines keyed "tag k". */
function runErts(mods: ErtsModule[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'bs-rt-'));
  const steps: string[] = [];
  for (const m of mods) {
    writeFileSync(join(dir, `${m.name}.erl`), `-module(${m.name}).\n-export([main/0, id/1]).\n${ERL_SUPPORT}\n${m.body}`);
    steps.push(
      `{ok, ${m.name}} = compile:file("${join(dir, m.name)}", [{outdir, "${dir}"}, report, nowarn_unused_function ${m.opts}]),` +
        `code:load_abs("${join(dir, m.name)}"), ${m.name}:main()`,
    );
  }
  let out: string;
  try {
    out = execFileSync('erl', ['-noshell', '-eval', `${steps.join(', ')}, halt().`], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' },
    });
  } catch (e) {
    const err = e as { stdout?: string; message: string };
    throw new Error(`erts failed on the generated modules in ${dir}: ${err.message}\n${(err.stdout ?? '').slice(0, 4000)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const res = new Map<string, string>();
  for (const line of out.split('\n')) {
    const m = /^(\S+ \d+) (.*)$/.exec(line);
    if (m) res.set(m[1], m[2]);
  }
  return res;
}

function outcome(f: () => unknown): string {
  try {
    return `{ok,${fmt(f())}}`;
  } catch (e) {
    if (e instanceof C.BitSyntaxError) return `{error,${fmt(e.reason)},${fmt(e.cause)}}`;
    if (e instanceof ErlangException) return `{error,${fmt(e.reason)},none}`;
    throw e;
  }
}
/** OTP 24 instructions carry no cause: compare the error reason only. */
const reasonOnly = (s: string): string => s.replace(/^\{error,(\w+),.*\}$/, '{error,$1}');

// ---- construction cases ----

type Kind = 'integer' | 'float' | 'binary' | 'utf8' | 'utf16' | 'utf32';
interface Seg {
  kind: Kind;
  value: Term;
  size: Term | 'all' | null;
  unit: number;
  flags: number;
}
const FOO = atom('foo');
const ENDIAN = ['big', 'little', 'native'] as const;
const FLOAT_EDGES = [0, -0, 1.5, 65504, 65519.99, 65520, -65536, 6e-8, 5e-8, 2.9e-8, 6.1e-5, 1e-300, 3.4028235677973366e38,
  3.4028234663852886e38, 1.401298464324817e-45, 7e-46, 1.7976931348623157e308, 0.1, -2.5e-10, 1e20, 123456.789,
  // Ties between two halfs / two singles: rounding goes to the even one.
  1.00048828125, 1.00146484375, 2.9802322387695312e-8, 8.940696716308594e-8, 1.0000000596046448, 2049, 2051, -2051];

function randomFloat(): number {
  const r = int(4);
  if (r === 0) return pick(FLOAT_EDGES);
  if (r === 1) return (rnd() - 0.5) * Math.pow(10, int(30) - 15);
  const v = new DataView(new ArrayBuffer(8));
  v.setUint32(0, int(2 ** 32));
  v.setUint32(4, int(2 ** 32));
  const d = v.getFloat64(0);
  return Number.isFinite(d) ? d : 1.25;
}
function randomCodePoint(): number {
  const [lo, hi] = pick([[0, 0x7f], [0x80, 0x7ff], [0x800, 0xd7ff], [0xe000, 0xffff], [0x10000, 0x10ffff]]);
  return lo + int(hi - lo + 1);
}

function randomSeg(bad: boolean): Seg {
  const kind = pick<Kind>(['integer', 'integer', 'integer', 'float', 'binary', 'binary', 'utf8', 'utf16', 'utf32']);
  const flags = (pick(ENDIAN) === 'big' ? 0 : pick([C.FLAG_LITTLE, C.FLAG_NATIVE])) | (int(2) ? C.FLAG_SIGNED : 0);
  let seg: Seg;
  if (kind === 'integer') {
    const unit = pick([1, 1, 1, 2, 3, 8]);
    const size = pick([int(9), int(17), int(65), 65 + int(200)]);
    const mag = int(size * unit + 4);
    const v = randBig(mag);
    seg = { kind, value: normInt(int(2) ? -v : v), size, unit, flags };
  } else if (kind === 'float') {
    const bits = pick([16, 32, 64]);
    const unit = pick([1, 8]);
    const value = int(5) === 0 ? normInt(randBig(pick([int(80), int(1000)])) - randBig(40)) : new EFloat(randomFloat());
    seg = { kind, value, size: bits / unit, unit, flags };
  } else if (kind === 'binary') {
    const v = randBits(int(5) === 0 ? 8 * int(6) : int(48));
    const r = int(4);
    if (r === 0) seg = { kind, value: v, size: 'all', unit: 1, flags: 0 };
    else if (r === 1) seg = { kind, value: BitStr.fromBytes(v.toBytes().slice(0, v.size >>> 3)), size: 'all', unit: 8, flags: 0 };
    else if (r === 2) seg = { kind, value: v, size: int(v.size + 1), unit: 1, flags: 0 };
    else seg = { kind, value: v, size: int((v.size >>> 3) + 1), unit: 8, flags: 0 };
  } else {
    seg = { kind, value: randomCodePoint(), size: null, unit: 0, flags: flags & C.FLAG_LITTLE };
  }
  if (bad) {
    const r = int(6);
    if (r === 0 || seg.size === null || seg.size === 'all') seg.value = pick<Term>([FOO, new EFloat(1.5), -1, 0x110000, 0xd800, randBits(3), 2n ** 70n]);
    else if (r === 1) seg.size = pick<Term>([-1, FOO, 2n ** 64n, 24]);
    else if (r === 2 && seg.kind === 'binary') seg.value = randBits(int(8));
    else if (r === 3 && seg.kind === 'float') seg.value = 2n ** 1100n;
    else if (r === 4 && seg.kind === 'float') seg.size = pick([3, 5, 24]);
  }
  return seg;
}

function segSource(s: Seg, v: string, sz: string): string {
  const f = s.flags;
  const endian = f & C.FLAG_NATIVE ? 'native' : f & C.FLAG_LITTLE ? 'little' : 'big';
  const sign = f & C.FLAG_SIGNED ? 'signed' : 'unsigned';
  switch (s.kind) {
    case 'integer':
      return `${v}:${sz}/integer-${endian}-${sign}-unit:${s.unit}`;
    case 'float':
      return `${v}:${sz}/float-${endian}-unit:${s.unit}`;
    case 'binary':
      return s.size === 'all' ? `${v}/${s.unit === 1 ? 'bits' : 'binary'}` : `${v}:${sz}/binary-unit:${s.unit}`;
    default:
      return `${v}/${s.kind}-${f & C.FLAG_LITTLE ? 'little' : 'big'}`;
  }
}

/** `c(K) -> [V1, S1, ...] = id([...]), <<...>>;`: every value and size goes through id/1, so nothing folds. */
function constructionClause(k: number, segs: Seg[]): string {
  const vars: string[] = [];
  const vals: string[] = [];
  const parts = segs.map((s, i) => {
    vars.push(`V${i}`);
    vals.push(lit(s.value));
    if (s.size !== null && s.size !== 'all') {
      vars.push(`S${i}`);
      vals.push(lit(s.size));
    }
    return segSource(s, `V${i}`, `S${i}`);
  });
  return `c(${k}) -> [${vars.join(', ')}] = ?MODULE:id([${vals.join(', ')}]), <<${parts.join(', ')}>>`;
}

/** The calls the code generator emits for bs_create_bin (an `all` binary first is an append). */
function buildNew(segs: Seg[], hint: number): BitStr {
  let b: C.BinBuilder;
  let first = 0;
  if (segs[0].kind === 'binary' && segs[0].size === 'all') {
    b = C.bsStartAppend(segs[0].value, segs[0].unit, hint, 1);
    first = 1;
  } else b = C.bsStart(hint);
  for (let i = first; i < segs.length; i++) {
    const s = segs[i];
    const size = s.size === 'all' ? C.ALL : (s.size as Term);
    if (s.kind === 'integer') C.bsInteger(b, s.value, size, s.unit, s.flags, i + 1);
    else if (s.kind === 'float') C.bsFloat(b, s.value, size, s.unit, s.flags, i + 1);
    else if (s.kind === 'binary') C.bsBinary(b, s.value, size, s.unit, i + 1);
    else if (s.kind === 'utf8') C.bsUtf8(b, s.value, i + 1);
    else if (s.kind === 'utf16') C.bsUtf16(b, s.value, s.flags, i + 1);
    else C.bsUtf32(b, s.value, s.flags, i + 1);
  }
  return C.bsFinish(b);
}

/**
 * What the OTP 24 compiler emits: the size summed last segment first with bs_add
 * (units other than 1 and 8 multiplied by a `*` that raises badarith), then
 * bs_init_bits or bs_append, then bs_put_*.
 */
function buildOld(segs: Seg[]): BitStr {
  const append = segs[0].kind === 'binary' && segs[0].size === 'all';
  let total: number = 0;
  for (let i = segs.length - 1; i >= (append ? 1 : 0); i--) {
    const s = segs[i];
    if (s.kind === 'utf8') total = C.bsAdd(total, C.bsUtf8Size(s.value), 8);
    else if (s.kind === 'utf16') total = C.bsAdd(total, C.bsUtf16Size(s.value), 8);
    else if (s.kind === 'utf32') total = C.bsAdd(total, 4, 8);
    else if (s.size === 'all') total = C.bsAdd(total, O.bitSize(s.value), 1);
    else if (s.unit === 1 || s.unit === 8) total = C.bsAdd(total, s.size as Term, s.unit);
    else if (typeof s.size !== 'number' && typeof s.size !== 'bigint') throw new ErlangException(atom('error'), atom('badarith'));
    else total = C.bsAdd(total, normInt(BigInt(s.size) * BigInt(s.unit)), 1);
  }
  const res = append ? C.bsAppend(segs[0].value, total, segs[0].unit) : C.bsInitBits(total);
  for (let i = append ? 1 : 0; i < segs.length; i++) {
    const s = segs[i];
    const size = s.size === 'all' ? C.ALL : (s.size as Term);
    if (s.kind === 'integer') C.bsPutInteger(size, s.unit, s.flags, s.value);
    else if (s.kind === 'float') C.bsPutFloat(size, s.unit, s.flags, s.value);
    else if (s.kind === 'binary') C.bsPutBinary(size, s.unit, 0, s.value);
    else if (s.kind === 'utf8') C.bsPutUtf8(s.value);
    else if (s.kind === 'utf16') C.bsPutUtf16(s.flags, s.value);
    else C.bsPutUtf32(s.flags, s.value);
  }
  return res;
}

// ---- matching cases ----

interface MSeg {
  kind: Kind | 'skip';
  size: Term;
  unit: number;
  flags: number;
}
interface MatchCase {
  bin: BitStr;
  skip: number;
  segs: MSeg[];
  rest: 'bits' | 'binary';
}

function randomMatch(): MatchCase {
  const segs: MSeg[] = [];
  const n = 1 + int(4);
  for (let i = 0; i < n; i++) {
    // UTF segments rarely match random bits: the UTF cases below cover them.
    const kind = pick<Kind | 'skip'>(['integer', 'integer', 'integer', 'float', 'binary', 'skip', pick(['utf8', 'utf16', 'utf32'])]);
    const flags = (pick(ENDIAN) === 'big' ? 0 : pick([C.FLAG_LITTLE, C.FLAG_NATIVE])) | (int(2) ? C.FLAG_SIGNED : 0);
    if (kind === 'float') {
      const unit = pick([1, 8]);
      segs.push({ kind, size: pick([16, 32, 64, 16, 24]) / unit, unit, flags });
    } else if (kind.startsWith('utf')) segs.push({ kind, size: 0, unit: 0, flags: flags & C.FLAG_LITTLE });
    else {
      const unit = pick([1, 1, 2, 8]);
      const size: Term = int(12) === 0 ? pick<Term>([-1, FOO, 2n ** 64n]) : pick([int(9), int(33), int(70), pick([52, 53, 54, 64, 65])]);
      segs.push({ kind, size, unit, flags });
    }
  }
  // Mostly just enough bits for the segments, so that most cases match.
  let need = 0;
  for (const s of segs) need += s.kind.startsWith('utf') ? 16 : typeof s.size === 'number' && s.size > 0 ? s.size * s.unit : 0;
  const skip = int(12);
  const len = int(4) ? skip + need + int(24) : int(300);
  return { bin: randBits(len), skip, segs, rest: int(4) ? 'bits' : 'binary' };
}

function matchClause(k: number, c: MatchCase): string {
  const vars = ['Bin', 'Skip'];
  const vals = [bitsSource(c.bin), String(c.skip)];
  const out: string[] = [];
  const parts = ['_:Skip'];
  c.segs.forEach((s, i) => {
    if (!s.kind.startsWith('utf')) {
      vars.push(`S${i}`);
      vals.push(lit(s.size));
    }
    const f = s.flags;
    const endian = f & C.FLAG_NATIVE ? 'native' : f & C.FLAG_LITTLE ? 'little' : 'big';
    const sign = f & C.FLAG_SIGNED ? 'signed' : 'unsigned';
    if (s.kind === 'skip') parts.push(`_:S${i}/unit:${s.unit}`);
    else if (s.kind.startsWith('utf')) parts.push(`A${i}/${s.kind}-${endian === 'big' ? 'big' : 'little'}`);
    else if (s.kind === 'binary') parts.push(`A${i}:S${i}/binary-unit:${s.unit}`);
    else parts.push(`A${i}:S${i}/${s.kind}-${endian}-${s.kind === 'integer' ? sign + '-' : ''}unit:${s.unit}`);
    if (s.kind !== 'skip') out.push(`A${i}`);
  });
  parts.push(`R/${c.rest}`);
  out.push('R');
  return `m(${k}) -> [${vars.join(', ')}] = ?MODULE:id([${vals.join(', ')}]),
    case Bin of <<${parts.join(', ')}>> -> {${out.join(', ')}}; _ -> nomatch end`;
}

function replayMatch(c: MatchCase): Term {
  const ctx = M.startMatch(c.bin);
  if (ctx === M.NO_MATCH || !M.skipBits(ctx, c.skip, 1)) return atom('nomatch');
  const out: Term[] = [];
  for (const s of c.segs) {
    let v: Term | typeof M.NO_MATCH;
    if (s.kind === 'skip') v = M.skipBits(ctx, s.size, s.unit) ? 0 : M.NO_MATCH;
    else if (s.kind === 'integer') v = M.getInteger(ctx, s.size, s.unit, s.flags);
    else if (s.kind === 'float') v = M.getFloat(ctx, s.size, s.unit, s.flags);
    else if (s.kind === 'binary') v = M.getBinary(ctx, s.size, s.unit);
    else if (s.kind === 'utf8') v = M.getUtf8(ctx);
    else if (s.kind === 'utf16') v = M.getUtf16(ctx, s.flags);
    else v = M.getUtf32(ctx, s.flags);
    if (v === M.NO_MATCH) return atom('nomatch');
    if (s.kind !== 'skip') out.push(v);
  }
  if (c.rest === 'binary') {
    const r = M.getBinary(ctx, C.ALL, 8);
    if (r === M.NO_MATCH) return atom('nomatch');
    out.push(r);
  } else out.push(M.getTail(ctx));
  return out;
}

// ---- UTF edge cases ----

const UTF_INPUTS = [[0x00], [0x7f], [0x80], [0xc0, 0x80], [0xc1, 0xbf], [0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0x80, 0x80],
  [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xee, 0x80, 0x80], [0xef, 0xbf, 0xbf],
  [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xe2, 0x82], [0xe2, 0x82, 0xac, 0x41], [0xc3], [0xc3, 0x28], [0xd8, 0x00, 0xdc, 0x00],
  [0xdb, 0xff, 0xdf, 0xff], [0xdc, 0x00, 0x00, 0x41], [0xd8, 0x00, 0x00, 0x41], [0xd8, 0x00], [0x00, 0x10, 0xff, 0xff],
  [0x00, 0x11, 0x00, 0x00], [0x00, 0x00, 0xd8, 0x00], [0xff, 0xff, 0xff, 0xff], [0x00, 0xd8, 0x00, 0xdc], [0x41, 0x00, 0x00, 0x00]];
const UTF_KINDS = [['utf8', 0], ['utf16', 0], ['utf16', C.FLAG_LITTLE], ['utf32', 0], ['utf32', C.FLAG_LITTLE]] as const;
interface UtfCase {
  bin: BitStr;
  off: number;
  kind: 'utf8' | 'utf16' | 'utf32';
  flags: number;
  skip: boolean;
}
function utfCases(): UtfCase[] {
  const cases: UtfCase[] = [];
  for (const bytes of UTF_INPUTS) {
    for (const off of [0, 3]) {
      const b = C.bsStart(0);
      C.bsInteger(b, int(8), off, 1, 0, 1);
      C.bsBinary(b, BitStr.fromBytes(Uint8Array.from(bytes)), C.ALL, 1, 2);
      C.bsInteger(b, int(2), int(3), 1, 0, 3);
      const bin = C.bsFinish(b);
      for (const [kind, flags] of UTF_KINDS) for (const skip of [false, true]) cases.push({ bin, off, kind, flags, skip });
    }
  }
  return cases;
}
function utfClause(k: number, c: UtfCase): string {
  const seg = `${c.skip ? '_' : 'C'}/${c.kind}-${c.flags ? 'little' : 'big'}`;
  return `t(${k}) -> Bin = ?MODULE:id(${bitsSource(c.bin)}),
    case Bin of <<_:${c.off}, ${seg}, R/bits>> -> {${c.skip ? '' : 'C, '}R}; _ -> nomatch end`;
}
function replayUtf(c: UtfCase): Term {
  const ctx = M.startMatch(c.bin) as M.MatchCtx;
  M.skipBits(ctx, c.off, 1);
  if (c.skip) {
    const ok = c.kind === 'utf8' ? M.skipUtf8(ctx) : c.kind === 'utf16' ? M.skipUtf16(ctx, c.flags) : M.skipUtf32(ctx, c.flags);
    return ok ? [M.getTail(ctx)] : atom('nomatch');
  }
  const v = c.kind === 'utf8' ? M.getUtf8(ctx) : c.kind === 'utf16' ? M.getUtf16(ctx, c.flags) : M.getUtf32(ctx, c.flags);
  return v === M.NO_MATCH ? atom('nomatch') : [v, M.getTail(ctx)];
}
const UTF_VALUES: Term[] = [0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffe, 0xffff, 0x10000, 0x10ffff,
  0x110000, -1, FOO, 2n ** 60n, new EFloat(65.0)];

// ---- append chains ----

type AppendOp = { kind: 'int'; from: number; v: number; size: number } | { kind: 'tail'; from: number; skip: number } | { kind: 'bin'; from: number; other: number };
function randomAppends(n: number): AppendOp[] {
  const sizes = [0];
  const ops: AppendOp[] = [];
  for (let i = 0; i < n; i++) {
    // Mostly extend the newest binary (the in-place path), sometimes branch from an older one.
    const from = int(3) ? sizes.length - 1 : int(sizes.length);
    const r = int(10);
    if (r < 7) {
      const size = pick([8, 8, 1 + int(16)]);
      ops.push({ kind: 'int', from, v: int(1 << size), size });
      sizes.push(sizes[from] + size);
    } else if (r < 9) {
      const skip = int(sizes[from] + 1);
      ops.push({ kind: 'tail', from, skip });
      sizes.push(sizes[from] - skip);
    } else {
      const other = int(sizes.length);
      ops.push({ kind: 'bin', from, other });
      sizes.push(sizes[from] + sizes[other]);
    }
  }
  return ops;
}
function appendsBody(ops: AppendOp[]): string {
  const lines = ops.map((op, i) => {
    const k = i + 1;
    if (op.kind === 'int') return `B${k} = <<B${op.from}/bits, V${k}:${op.size}>>`;
    if (op.kind === 'tail') return `<<_:${op.skip}, B${k}/bits>> = B${op.from}`;
    return `B${k} = <<B${op.from}/bits, B${op.other}/bits>>`;
  });
  const vals = ops.map((op, i) => (op.kind === 'int' ? `V${i + 1} = ?MODULE:id(${op.v})` : null)).filter((x) => x !== null);
  const all = ops.map((_, i) => `B${i + 1}`);
  return `ap() -> B0 = ?MODULE:id(<<>>), ${[...vals, ...lines].join(',\n    ')},\n    {B0, ${all.join(', ')}}.`;
}
function replayAppends(ops: AppendOp[], legacy: boolean): BitStr[] {
  const bs: BitStr[] = [EMPTY_BINARY];
  for (const op of ops) {
    const from = bs[op.from];
    if (op.kind === 'tail') {
      const ctx = M.startMatch(from) as M.MatchCtx;
      M.skipBits(ctx, op.skip, 1);
      bs.push(M.getTail(ctx));
    } else if (legacy) {
      const extra = op.kind === 'int' ? op.size : bs[op.other].size;
      bs.push(C.bsAppend(from, extra, 1));
      if (op.kind === 'int') C.bsPutInteger(op.size, 1, 0, op.v);
      else C.bsPutBinary(C.ALL, 1, 0, bs[op.other]);
    } else {
      const b = C.bsStartAppend(from, 1, op.kind === 'int' ? op.size : 0, 1);
      if (op.kind === 'int') C.bsInteger(b, op.v, op.size, 1, 0, 2);
      else C.bsBinary(b, bs[op.other], C.ALL, 1, 2);
      bs.push(C.bsFinish(b));
    }
  }
  return bs;
}
const LOOP_N = 100000;

// ---- BIF-level helpers ----

const IOLISTS = ['[]', '[1,2,3]', '[1,<<2>>,[3|<<4>>]]', '[1|2]', '[<<1:3>>]', '<<1,2>>', '<<1:3>>', '[256]', '[-1]',
  '[[],[[]]|<<>>]', 'foo', '[a]', '[1,2|<<3:3>>]', '[<<1:3>>,<<3:5>>]', '[[1,[2,[3|<<>>]]|<<4,5>>],6]', '[{1}]',
  '[<<>>|<<1>>]', '[[]|foo]', '[<<255,1:1>>,[<<0:7>>]]', '[[[[[[7]]]]]|<<8>>]'];
const BITSTRINGS = ['<<>>', '<<1,2,3>>', '<<1,2,3:3>>', '<<5:3>>', '<<255,0,1:1>>', 'foo', '[1]'];
type Bif = [string, (x: Term) => unknown];
const IOLIST_BIFS: Bif[] = [['list_to_binary', O.listToBinary], ['iolist_to_binary', O.iolistToBinary],
  ['list_to_bitstring', O.listToBitstring], ['iolist_size', O.iolistSize]];
const BITS_BIFS: Bif[] = [['bitstring_to_list', O.bitstringToList], ['binary_to_list', O.binaryToList],
  ['byte_size', O.byteSize], ['bit_size', O.bitSize]];
interface BifCase {
  erl: string;
  ts: () => unknown;
}
function bifCases(): BifCase[] {
  const cases: BifCase[] = [];
  for (const s of IOLISTS) for (const [f, g] of IOLIST_BIFS) cases.push({ erl: `${f}(?MODULE:id(${s}))`, ts: () => g(parse(s)) });
  for (const s of BITSTRINGS) for (const [f, g] of BITS_BIFS) cases.push({ erl: `${f}(?MODULE:id(${s}))`, ts: () => g(parse(s)) });
  for (const s of BITSTRINGS.slice(0, 5)) {
    for (const start of [-1, 0, 1, 2, 3]) {
      for (const len of [-2, -1, 0, 1, 2, 3]) {
        cases.push({ erl: `binary_part(?MODULE:id(${s}), ${start}, ${len})`, ts: () => O.binaryPart(parse(s), start, len) });
      }
    }
  }
  for (let i = 0; i < 150; i++) {
    const a = randBits(int(20));
    // Often a prefix of the other, or equal, so that the size rule is exercised.
    const r = int(3);
    const b = r === 0 ? randBits(int(20)) : r === 1 ? a : O.binaryPart(a, 0, a.size >>> 4);
    const ext = int(2) ? b : O.concat([b, randBits(int(4))]);
    cases.push({
      erl: `begin [A, B] = ?MODULE:id([${bitsSource(a)}, ${bitsSource(ext)}]), {A < B, A == B, A > B} end`,
      ts: () => {
        const c = O.compareBitstrings(a, ext);
        return [c < 0, O.binaryEqual(a, ext), c > 0];
      },
    });
  }
  // Nesting deeper than any JS stack.
  cases.push({
    erl: 'begin L = lists:foldl(fun(_, Acc) -> [Acc, 1] end, [], lists:seq(1, 200000)), {iolist_size(L), byte_size(list_to_binary([L | <<2>>]))} end',
    ts: () => {
      let l: Term = NIL;
      for (let i = 0; i < 200000; i++) l = new Cons(l, new Cons(1, NIL));
      return [O.iolistSize(l), O.byteSize(O.listToBinary(new Cons(l, parse('<<2>>'))))];
    },
  });
  return cases;
}

// ---- the run ----

const GOOD = 250;
const BAD = 150;
const constructions: Array<{ segs: Seg[]; hint: number }> = [];
for (let k = 0; k < GOOD + BAD; k++) {
  const segs = Array.from({ length: 1 + int(5) }, () => randomSeg(false));
  if (k >= GOOD) for (let j = 0; j < 1 + int(2); j++) segs[int(segs.length)] = randomSeg(true);
  constructions.push({ segs, hint: int(2) ? 0 : 64 });
}
// Every edge float in every width, byte order and a random alignment.
for (const d of FLOAT_EDGES) {
  for (const bits of [16, 32, 64]) {
    const flags = int(2) ? C.FLAG_LITTLE : 0;
    const pad: Seg = { kind: 'integer', value: int(256), size: int(8), unit: 1, flags: 0 };
    constructions.push({ segs: [pad, { kind: 'float', value: new EFloat(d), size: bits, unit: 1, flags }], hint: 0 });
  }
}
const matches = Array.from({ length: 400 }, randomMatch);
const utfs = utfCases();
const appendOps = randomAppends(300);
const bifs = bifCases();

function clauses(name: string, bodies: string[]): string {
  return bodies.map((b, i) => (b.startsWith(`${name}(`) ? b : `${name}(${i + 1}) -> ${b}`)).join(';\n') + '.\n';
}
function runAll(tag: string, n: number, f: string): string {
  return `[r("${tag}", K, fun() -> ${f}(K) end) || K <- lists:seq(1, ${n})]`;
}
const constructionSrc = clauses('c', constructions.map((c, k) => constructionClause(k + 1, c.segs)));
const NEW_MODULE = `${constructionSrc}
${clauses('m', matches.map((c, k) => matchClause(k + 1, c)))}
${clauses('t', utfs.map((c, k) => utfClause(k + 1, c)))}
${clauses('u', UTF_VALUES.flatMap((v) => UTF_KINDS.map(([kind, f]) => `[V] = ?MODULE:id([${lit(v)}]), <<1:3, V/${kind}-${f ? 'little' : 'big'}>>`)))}
${clauses('b', bifs.map((c) => c.erl))}
${appendsBody(appendOps)}
loop(0, B) -> B;
loop(N, B) -> loop(N - 1, <<B/binary, (N rem 256):8>>).
main() ->
    ${runAll('c', constructions.length, 'c')}, ${runAll('m', matches.length, 'm')}, ${runAll('t', utfs.length, 't')},
    ${runAll('u', UTF_VALUES.length * UTF_KINDS.length, 'u')}, ${runAll('b', bifs.length, 'b')},
    r("ap", 1, fun() -> ap() end),
    r("bc", 1, fun() -> << <<(X rem 256):8, (X rem 7):3>> || X <- lists:seq(1, ?MODULE:id(1000)) >> end),
    r("loop", 1, fun() -> erlang:md5(loop(${LOOP_N}, ?MODULE:id(<<>>))) end).
`;
const OLD_MODULE = `${constructionSrc}
main() -> ${runAll('oc', constructions.length, 'c')}.
`;

let erts: Map<string, string>;
function expected(key: string): string {
  const v = erts.get(key);
  if (v === undefined) throw new Error(`erts printed nothing for ${key}`);
  return v;
}

beforeAll(() => {
  erts = runErts([
    { name: 'bs_rt_new', body: NEW_MODULE, opts: '' },
    { name: 'bs_rt_old', body: OLD_MODULE, opts: ', no_bs_create_bin, no_type_opt' },
  ]);
});

/** Collects mismatches, so that one failure shows the case, what erts said and what we said. */
function compareAll(n: number, key: (k: number) => string, ours: (k: number) => string, exp = expected): string[] {
  const bad: string[] = [];
  for (let k = 1; k <= n; k++) {
    const want = exp(key(k));
    const got = ours(k);
    if (want !== got) bad.push(`${key(k)}: erts ${want}\n      ours ${got}`);
  }
  return bad;
}

describe('construction (bs_create_bin)', () => {
  it('builds what erts builds, and fails with erts reason and cause', () => {
    const bad = compareAll(constructions.length, (k) => `c ${k}`, (k) => outcome(() => buildNew(constructions[k - 1].segs, constructions[k - 1].hint)));
    expect(bad.slice(0, 5).map((b, i) => `${b}\n  ${constructionClause(i, constructions[Number(b.split(/[ :]/)[1]) - 1].segs)}`)).toEqual([]);
  });
  it('utf8/utf16/utf32 segments accept and reject what erts does', () => {
    const bad = compareAll(UTF_VALUES.length * UTF_KINDS.length, (k) => `u ${k}`, (k) => {
      const v = UTF_VALUES[Math.floor((k - 1) / UTF_KINDS.length)];
      const [kind, flags] = UTF_KINDS[(k - 1) % UTF_KINDS.length];
      return outcome(() => {
        const b = C.bsStart(0);
        C.bsInteger(b, 1, 3, 1, 0, 1);
        if (kind === 'utf8') C.bsUtf8(b, v, 2);
        else if (kind === 'utf16') C.bsUtf16(b, v, flags, 2);
        else C.bsUtf32(b, v, flags, 2);
        return C.bsFinish(b);
      });
    });
    expect(bad).toEqual([]);
  });
});

describe('construction (OTP 24 instructions)', () => {
  it('builds what erts builds from bs_init_bits/bs_append and bs_put_*, with the same error reasons', () => {
    const bad = compareAll(constructions.length, (k) => `oc ${k}`, (k) => reasonOnly(outcome(() => buildOld(constructions[k - 1].segs))),
      (key) => reasonOnly(expected(key)));
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('matching', () => {
  it('extracts the same integers, floats and binaries as erts at odd offsets', () => {
    const bad = compareAll(matches.length, (k) => `m ${k}`, (k) => `{ok,${fmt(replayMatch(matches[k - 1]))}}`);
    expect(bad.slice(0, 5).map((b) => `${b}\n  ${matchClause(0, matches[Number(b.split(/[ :]/)[1]) - 1])}`)).toEqual([]);
  });
  it('decodes and skips UTF-8/16/32 as erts does, rejecting what it rejects', () => {
    const bad = compareAll(utfs.length, (k) => `t ${k}`, (k) => `{ok,${fmt(replayUtf(utfs[k - 1]))}}`);
    expect(bad.slice(0, 8).map((b) => `${b}\n  ${utfClause(0, utfs[Number(b.split(/[ :]/)[1]) - 1])}`)).toEqual([]);
  });
  it('match contexts are not bitstrings and are reused by a second start', () => {
    const ctx = M.startMatch(parse('<<1,2,3>>')) as M.MatchCtx;
    expect(ctx instanceof BitStr).toBe(false);
    expect(M.startMatch(ctx)).toBe(ctx);
    expect(M.startMatch(FOO)).toBe(M.NO_MATCH);
  });
});

describe('appending', () => {
  it('append chains (in place, branching, tails) give erts results, old versions keep their value', () => {
    const want = expected('ap 1');
    expect(`{ok,${fmt(replayAppends(appendOps, false))}}`).toBe(want);
    expect(`{ok,${fmt(replayAppends(appendOps, true))}}`).toBe(want);
  });
  it('bs_init_writable and bs_private_append build a comprehension as erts does', () => {
    let bin = C.bsInitWritable(16);
    for (let x = 1; x <= 1000; x++) {
      bin = C.bsPrivateAppend(bin, 11, 1);
      C.bsPutInteger(8, 1, 0, x % 256);
      C.bsPutInteger(3, 1, 0, x % 7);
    }
    expect(`{ok,${fmt(bin)}}`).toBe(expected('bc 1'));
  });
  it(`appending ${LOOP_N} bytes one at a time is amortised O(1)`, () => {
    for (const legacy of [false, true]) {
      const t0 = performance.now();
      let bin: BitStr = EMPTY_BINARY;
      let moves = 0;
      for (let n = LOOP_N; n > 0; n--) {
        const before = bin.bytes;
        if (legacy) {
          bin = C.bsAppend(bin, 8, 8);
          C.bsPutInteger(8, 1, 0, n % 256);
        } else {
          const b = C.bsStartAppend(bin, 8, 8, 1);
          C.bsInteger(b, n % 256, 8, 1, 0, 2);
          bin = C.bsFinish(b);
        }
        if (bin.bytes !== before) moves++;
      }
      const ms = performance.now() - t0;
      // Extending in place: the buffer moves only when it doubles.
      expect(moves).toBeLessThan(20);
      const md5 = BitStr.fromBytes(createHash('md5').update(bin.toBytes()).digest());
      expect(`{ok,${fmt(md5)}}`).toBe(expected('loop 1'));
      // A copying append would move 5 * 10^9 bytes here.
      expect(ms).toBeLessThan(1000);
    }
  });
});

describe('binary BIF helpers', () => {
  it('list_to_binary, iolist_size, bitstring_to_list, binary_part, term order agree with erts', () => {
    const bad = compareAll(bifs.length, (k) => `b ${k}`, (k) => outcome(bifs[k - 1].ts));
    expect(bad.slice(0, 5).map((b) => `${b}\n  ${bifs[Number(b.split(/[ :]/)[1]) - 1].erl}`)).toEqual([]);
  });
});
