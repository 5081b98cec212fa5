// The erlang module's float text BIFs: float_to_list/1,2, float_to_binary/1,2, list_to_float/1
// and binary_to_float/1 (registered from conversions.ts, the family's entry). erts writes into a
// 256-byte buffer, so a result of 256 characters or more is badarg. The formats:
//   - no option: C's "%.20e"; {scientific, N}: "%.Ne" (a negative N means C's default, 6);
//   - short: the shortest text that reads back as the same float;
//   - {decimals, N}: fixed notation. Below 2^53 and with N < 19, erts computes it itself: the
//     fraction times 10^N rounded half away from zero in double arithmetic, which can differ
//     from exact rounding (0.125 gives "0.13", not C's "0.12"). Otherwise it is C's exact "%.Nf".
//     `compact` then drops trailing zeros (keeping one after the point); on the "%.Nf" path it
//     does so even with no decimals, so float_to_list(1.0e20, [{decimals, 0}, compact]) is "1".
// The last of decimals/scientific/short wins; N is an erts small, cut to a C int.

import { atom } from '../../term/atom.js';
import { BitStr } from '../../term/bitstring.js';
import { EFloat } from '../../term/float.js';
import { Cons, NIL, charlist } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { floatToShortest, formatExponent } from '../../term/number-format.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, smallToCInt } from './annotate.js';

const E = 'erlang';
const COMPACT = atom('compact');
const SHORT = atom('short');
const DECIMALS = atom('decimals');
const SCIENTIFIC = atom('scientific');

/** erts's float text buffer: a result must be shorter. */
const BUFFER = 256;
/** SYS_DEFAULT_FLOAT_DECIMALS. */
const DEFAULT_DECIMALS = 20;
const TWO_53 = 9007199254740992;
const POW10 = Array.from({ length: 19 }, (_, i) => 10 ** i);

const enum Format {
  Legacy,
  Short,
  Fixed,
  Scientific,
}

/** The text float_to_list(F, Options) gives, or badarg. */
export function floatText(f: Term, opts: Term): string {
  if (!(f instanceof EFloat)) return badarg();
  let fmt = Format.Legacy;
  let decimals = DEFAULT_DECIMALS;
  let compact = false;
  for (; opts instanceof Cons; opts = opts.tl) {
    const o = opts.hd;
    if (o === COMPACT) {
      compact = true;
    } else if (o === SHORT) {
      fmt = Format.Short;
    } else if (Array.isArray(o) && o.length === 2 && smallToCInt(o[1]) !== undefined) {
      decimals = smallToCInt(o[1])!;
      if (o[0] === DECIMALS) fmt = Format.Fixed;
      else if (o[0] === SCIENTIFIC) fmt = Format.Scientific;
      else return badarg();
    } else {
      return badarg();
    }
  }
  if (opts !== NIL) return badarg();
  const v = f.value;
  if (fmt === Format.Short) return floatToShortest(v);
  if (fmt === Format.Fixed) return fixed(v, decimals, compact);
  // printf reads a negative precision as none given.
  const prec = decimals < 0 ? 6 : decimals;
  // "d.ddd...e+XX" is at least prec + 6 characters.
  if (prec + 6 >= BUFFER) return badarg();
  const s = formatExponent(v, prec);
  return s.length < BUFFER ? s : badarg();
}

/** C's round(): halfway cases away from zero. */
function roundHalfAway(d: number): number {
  const t = Math.trunc(d);
  const frac = d - t;
  if (frac >= 0.5) return t + 1;
  if (frac <= -0.5) return t - 1;
  return t;
}

/** Trailing zeros dropped, keeping one digit after a decimal point. */
function dropTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  if (end > 0 && s[end - 1] === '.') end++;
  return s.slice(0, end);
}

function fixed(v: number, decimals: number, compact: boolean): string {
  if (decimals < 0) return badarg();
  const negative = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  if (a > TWO_53 || decimals >= POW10.length) {
    // At least "0." and the decimals: too long before anything is computed.
    if (decimals + 2 >= BUFFER) return badarg();
    let s = exactFixed(v, decimals);
    if (s.length >= BUFFER) return badarg();
    if (compact) s = dropTrailingZeros(s);
    return s;
  }
  let s: string;
  if (decimals > 0) {
    const intF = Math.floor(a);
    const fracF = roundHalfAway((a - intF) * POW10[decimals]);
    let intPart = BigInt(intF);
    let fracPart = BigInt(fracF);
    if (fracF >= POW10[decimals]) {
      intPart += 1n;
      fracPart = 0n;
    }
    s = `${intPart}.${fracPart.toString().padStart(decimals, '0')}`;
    if (compact) s = dropTrailingZeros(s);
  } else {
    s = String(roundHalfAway(a));
  }
  return negative ? '-' + s : s;
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** C's "%.Nf" for a finite double: its exact value rounded half to even at N decimals, as glibc does. */
export function exactFixed(v: number, decimals: number): string {
  const negative = v < 0 || Object.is(v, -0);
  F64[0] = Math.abs(v);
  const bits = U64[0];
  const bexp = Number(bits >> 52n);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (bexp === 0) {
    e2 = -1074;
  } else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  // |v| * 10^decimals = mant * 2^e2 * 10^decimals, rounded to an integer.
  const scale = 10n ** BigInt(decimals);
  let q: bigint;
  if (e2 >= 0) {
    q = (mant << BigInt(e2)) * scale;
  } else {
    const num = mant * scale;
    const den = 1n << BigInt(-e2);
    q = num / den;
    const twice = (num % den) * 2n;
    if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  }
  let s = q.toString();
  if (decimals > 0) {
    s = s.padStart(decimals + 1, '0');
    s = `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  }
  return negative ? '-' + s : s;
}

/** A binary of the characters of `s`, all below 256. */
export function asciiBinary(s: string): BitStr {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return BitStr.fromBytes(out);
}

defineGuarded(E, 'float_to_list', 1, (_p: Process, f: Term) => charlist(floatText(f, NIL)));
defineGuarded(E, 'float_to_list', 2, (_p: Process, f: Term, opts: Term) => charlist(floatText(f, opts)));
defineGuarded(E, 'float_to_binary', 1, (_p: Process, f: Term) => asciiBinary(floatText(f, NIL)));
defineGuarded(E, 'float_to_binary', 2, (_p: Process, f: Term, opts: Term) => asciiBinary(floatText(f, opts)));

const FLOAT_SYNTAX = /^[+-]?[0-9]+[.,][0-9]+(?:[eE][+-]?[0-9]+)?$/;

/**
 * A float from its text as erts reads it: the bytes up to the first NUL (erts hands C a
 * NUL-terminated string), an optional sign, digits, a point (or a comma), digits, an optional
 * exponent; the value must be finite (an underflow to zero is fine).
 */
export function parseFloatBytes(bytes: ArrayLike<number>): EFloat {
  let s = '';
  for (let i = 0; i < bytes.length && bytes[i] !== 0; i++) s += String.fromCharCode(bytes[i]);
  if (!FLOAT_SYNTAX.test(s)) return badarg();
  const v = Number(s.replace(',', '.'));
  return Number.isFinite(v) ? new EFloat(v) : badarg();
}

defineGuarded(E, 'list_to_float', 1, (_p: Process, l: Term) => {
  const bytes: number[] = [];
  while (l instanceof Cons) {
    const c = l.hd;
    if (typeof c !== 'number' || c < 0 || c > 255) return badarg();
    bytes.push(c);
    l = l.tl;
  }
  if (l !== NIL) return badarg();
  return parseFloatBytes(bytes);
});

defineGuarded(E, 'binary_to_float', 1, (_p: Process, b: Term) => {
  if (!(b instanceof BitStr) || (b.size & 7) !== 0) return badarg();
  return parseFloatBytes(b.toBytes());
});
