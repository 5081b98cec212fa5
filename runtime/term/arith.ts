// Arithmetic on Erlang numbers: what generated code calls when its inline fast path (two small
// integers, no overflow) does not apply, and what the float-register opcodes use. Semantics are
// erts's (erl_arith.c, big.c):
//  - integer results are exact and normalised (a JS number when safe, else a bigint); no integer
//    is ever -0;
//  - an operation with a float operand converts the other operand to a double as erts does (a
//    bignum of two or more 64-bit digits by erts's digit-by-digit sum, which can differ from a
//    correctly rounded conversion in the last bit), and a non-finite result raises badarith;
//  - bignums are limited to 524287 64-bit digits: a result of magnitude 2^33554368 or more raises
//    system_limit, as does a `bsl` that would make one.

import { EFloat } from './float.js';
import { atom } from './atom.js';
import { normInt, type Term } from './term.js';
import { badarg, badarith, raiseError } from '../errors.js';

const MAX_SAFE = 9007199254740991;
const SYSTEM_LIMIT = atom('system_limit');

/** Bits a bignum magnitude may use in erts on 64-bit machines: 524287 digits of 64 bits. */
export const MAX_BIG_BITS = 524287 * 64;
// Results below this need no closer look. Every bound is a constant, its negation too: `x > -C`
// would build a new bigint of C's size at each call (for the exact limit, 4 MB per operation).
const CHEAP_LIMIT = 1n << 65536n;
const NEG_CHEAP_LIMIT = -CHEAP_LIMIT;
// The exact limit, and the bound below which two factors cannot reach it; made only if needed.
let bigLimit: bigint | undefined;
let negBigLimit: bigint | undefined;
let halfLimit: bigint | undefined;
let negHalfLimit: bigint | undefined;

function isCheap(x: number | bigint): boolean {
  return x < CHEAP_LIMIT && x > NEG_CHEAP_LIMIT;
}

function systemLimit(): never {
  return raiseError(SYSTEM_LIMIT);
}

/** A bigint result, normalised, after erts's size check. */
function big(r: bigint): number | bigint {
  if (r < CHEAP_LIMIT && r > NEG_CHEAP_LIMIT) return normInt(r);
  if (bigLimit === undefined) {
    bigLimit = 1n << BigInt(MAX_BIG_BITS);
    negBigLimit = -bigLimit;
  }
  if (r >= bigLimit || r <= negBigLimit!) systemLimit();
  return r;
}

/** Whether |a * b| surely stays below 2^MAX_BIG_BITS without measuring the operands (cheap to check: bigint comparison looks at lengths first). */
function productIsSmall(a: number | bigint, b: number | bigint): boolean {
  if (isCheap(a) && isCheap(b)) return true;
  if (halfLimit === undefined) {
    halfLimit = 1n << BigInt(MAX_BIG_BITS / 2);
    negHalfLimit = -halfLimit;
  }
  return a < halfLimit && a > negHalfLimit! && b < halfLimit && b > negHalfLimit!;
}

/** Bits in the magnitude of a non-zero integer. */
function bitLength(x: number | bigint): number {
  if (typeof x === 'number') {
    const a = Math.abs(x);
    return a < 4294967296 ? 32 - Math.clz32(a) : 64 - Math.clz32(Math.floor(a / 4294967296));
  }
  const h = (x < 0n ? -x : x).toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

const TWO_64 = 18446744073709551616n;
const TWO_1024 = 1n << 1024n;

/**
 * A bigint as erts converts it to a double, or NaN when erts fails (the result is not finite).
 * Below 2^64 erts converts correctly rounded; beyond, it sums the 64-bit digits from the most
 * significant, d = d * 2^64 + digit, rounding at every step.
 */
export function bigToDouble(x: bigint): number {
  const neg = x < 0n;
  const m = neg ? -x : x;
  if (m < TWO_64) return Number(x);
  if (m >= TWO_1024) return NaN; // at least 17 digits: d reaches 2^1024 before the last step
  let h = m.toString(16);
  h = '0'.repeat((16 - (h.length % 16)) % 16) + h;
  let d = 0;
  for (let i = 0; i < h.length; i += 16) {
    // hi * 2^32 is exact, so adding lo rounds once: the digit correctly rounded, as C converts it.
    const digit = parseInt(h.slice(i, i + 8), 16) * 4294967296 + parseInt(h.slice(i + 8, i + 16), 16);
    d = d * 18446744073709551616 + digit;
  }
  if (!Number.isFinite(d)) return NaN;
  return neg ? -d : d;
}

/** fconv: an integer or float as a raw double; badarith for anything else or an integer too big. */
export function toFloat(t: Term): number {
  if (typeof t === 'number') return t;
  if (t instanceof EFloat) return t.value;
  if (typeof t === 'bigint') {
    const d = bigToDouble(t);
    if (d !== d) badarith();
    return d;
  }
  return badarith();
}

/** A float-register result: badarith when the operation overflowed or was undefined. */
export function checkFloat(v: number): number {
  if (v - v !== 0) badarith(); // NaN and +-Infinity
  return v;
}

function fl(v: number): EFloat {
  if (v - v !== 0) badarith();
  return new EFloat(v);
}

function isInt(t: Term): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}

export function add(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : BigInt(a) + BigInt(b);
  }
  if (isInt(a) && isInt(b)) return big(BigInt(a) + BigInt(b));
  return fl(toFloat(a) + toFloat(b));
}

export function sub(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : BigInt(a) - BigInt(b);
  }
  if (isInt(a) && isInt(b)) return big(BigInt(a) - BigInt(b));
  return fl(toFloat(a) - toFloat(b));
}

export function mul(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // A product that rounds into the safe range was exact; 0 * -1 is -0 in JS, 0 in Erlang.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
    return big(BigInt(a) * BigInt(b));
  }
  if (isInt(a) && isInt(b)) {
    if (a === 0 || b === 0) return 0;
    // Refuse before multiplying when the product is sure to be too big (it has at least
    // bits(a) + bits(b) - 1 bits); operands below 2^65536 cannot get there.
    if (!productIsSmall(a, b) && bitLength(a) + bitLength(b) - 1 > MAX_BIG_BITS) systemLimit();
    return big(BigInt(a) * BigInt(b));
  }
  return fl(toFloat(a) * toFloat(b));
}

/** Unary minus. */
export function neg(a: Term): Term {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return normInt(-a);
  if (a instanceof EFloat) return new EFloat(-a.value);
  return badarith();
}

/** erlang:abs/1 (a BIF: badarg, not badarith). abs(-0.0) is -0.0 on erts, which only negates below zero. */
export function abs(a: Term): Term {
  if (typeof a === 'number') return a < 0 ? -a : a;
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  if (a instanceof EFloat) return a.value < 0 ? new EFloat(-a.value) : a;
  return badarg();
}

/** `div`: integer division truncated toward zero. */
export function intDiv(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) badarith();
    // a - a % b is an exact multiple of b, so the division is exact; `+ 0` turns -0 into 0.
    return (a - (a % b)) / b + 0;
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  if (b === 0) badarith();
  return normInt(BigInt(a) / BigInt(b));
}

/** `rem`: the remainder of `div`, with the sign of the dividend. */
export function rem(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) badarith();
    return (a % b) + 0;
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  if (b === 0) badarith();
  return normInt(BigInt(a) % BigInt(b));
}

/** `/`: both operands as doubles, then divided; dividing by zero (or -0.0) is badarith. */
export function fdiv(a: Term, b: Term): Term {
  const x = toFloat(a);
  const y = toFloat(b);
  if (y === 0) badarith();
  return fl(x / y);
}

function isInt32(x: number): boolean {
  return (x | 0) === x;
}

export function band(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return a & b;
  if (!isInt(a) || !isInt(b)) return badarith();
  return big(BigInt(a) & BigInt(b));
}

export function bor(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return a | b;
  if (!isInt(a) || !isInt(b)) return badarith();
  return big(BigInt(a) | BigInt(b));
}

export function bxor(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return a ^ b;
  if (!isInt(a) || !isInt(b)) return badarith();
  return big(BigInt(a) ^ BigInt(b));
}

export function bnot(a: Term): Term {
  if (typeof a === 'number') {
    const r = -a - 1;
    return r >= -MAX_SAFE ? r : BigInt(r);
  }
  if (typeof a === 'bigint') return big(-a - 1n);
  return badarith();
}

// Shift counts beyond this can only give 0, -1 or system_limit; it keeps BigInt(count) small.
const HUGE_SHIFT = 2 ** 40;

/** `bsl`: a left shift; a negative count shifts right. */
export function bsl(a: Term, b: Term): Term {
  if (!isInt(a) || !isInt(b)) return badarith();
  return shiftLeft(a, typeof b === 'number' ? b : b > HUGE_SHIFT ? Infinity : b < -HUGE_SHIFT ? -Infinity : Number(b));
}

/** `bsr`: an arithmetic right shift (rounding toward minus infinity); a negative count shifts left. */
export function bsr(a: Term, b: Term): Term {
  if (!isInt(a) || !isInt(b)) return badarith();
  return shiftLeft(a, typeof b === 'number' ? -b : b > HUGE_SHIFT ? -Infinity : b < -HUGE_SHIFT ? Infinity : -Number(b));
}

/** a * 2^s for integer s (which may be +-Infinity standing for a bignum count). */
function shiftLeft(a: number | bigint, s: number): number | bigint {
  if (a === 0 || s === 0) return a;
  if (s > 0) {
    if (typeof a === 'number' && s < 53) {
      const r = a * 2 ** s; // exact: a power-of-two scaling
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
    if ((s > 65536 || !isCheap(a)) && bitLength(a) + s > MAX_BIG_BITS) systemLimit();
    return big(BigInt(a) << BigInt(s));
  }
  const n = -s;
  if (typeof a === 'number') {
    if (n > 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n); // exact division by a power of two, then floor
  }
  if (n > HUGE_SHIFT) return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(n));
}
