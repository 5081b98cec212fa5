// The erlang module's arithmetic, comparison and boolean BIFs: the operators as functions
// (erlang:'+'/2 ...), what `apply` and `fun erlang:'+'/2` reach, and the rounding and conversion
// BIFs (abs, float, trunc, round, ceil, floor). The arithmetic itself lives in
// runtime/term/arith.ts, which generated code also calls directly. Operators raise badarith, the
// named BIFs (abs, float, trunc...) and the boolean operators badarg, as erts does.

import { TRUE, FALSE, bool } from '../../term/atom.js';
import { EFloat } from '../../term/float.js';
import { MAX_SAFE, type Term } from '../../term/term.js';
import { compare, eqArith, eqExact } from '../../term/compare.js';
import {
  add,
  sub,
  mul,
  neg,
  abs,
  intDiv,
  rem,
  fdiv,
  band,
  bor,
  bxor,
  bnot,
  bsl,
  bsr,
  bigToDouble,
} from '../../term/arith.js';
import { badarg, badarith } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';

const E = 'erlang';

defineGuarded(E, '+', 2, (_p: Process, a: Term, b: Term) => add(a, b));
defineGuarded(E, '-', 2, (_p: Process, a: Term, b: Term) => sub(a, b));
defineGuarded(E, '*', 2, (_p: Process, a: Term, b: Term) => mul(a, b));
defineGuarded(E, '/', 2, (_p: Process, a: Term, b: Term) => fdiv(a, b));
defineGuarded(E, 'div', 2, (_p: Process, a: Term, b: Term) => intDiv(a, b));
defineGuarded(E, 'rem', 2, (_p: Process, a: Term, b: Term) => rem(a, b));
defineGuarded(E, 'band', 2, (_p: Process, a: Term, b: Term) => band(a, b));
defineGuarded(E, 'bor', 2, (_p: Process, a: Term, b: Term) => bor(a, b));
defineGuarded(E, 'bxor', 2, (_p: Process, a: Term, b: Term) => bxor(a, b));
defineGuarded(E, 'bsl', 2, (_p: Process, a: Term, b: Term) => bsl(a, b));
defineGuarded(E, 'bsr', 2, (_p: Process, a: Term, b: Term) => bsr(a, b));
defineGuarded(E, 'bnot', 1, (_p: Process, a: Term) => bnot(a));
defineGuarded(E, '-', 1, (_p: Process, a: Term) => neg(a));
/** Unary plus: the number itself; anything else is badarith. */
defineGuarded(E, '+', 1, (_p: Process, a: Term) => (isNumber(a) ? a : badarith()));
defineGuarded(E, 'abs', 1, (_p: Process, a: Term) => abs(a));

function isNumber(t: Term): boolean {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof EFloat;
}

/** float/1: a bignum too large for a double is badarg (not badarith, as in arithmetic). */
export function toFloatBif(t: Term): EFloat {
  if (t instanceof EFloat) return t;
  if (typeof t === 'number') return new EFloat(t);
  if (typeof t === 'bigint') {
    const d = bigToDouble(t);
    return d === d ? new EFloat(d) : badarg();
  }
  return badarg();
}
defineGuarded(E, 'float', 1, (_p: Process, a: Term) => toFloatBif(a));

/** An integral double as an Erlang integer (never -0). */
function integral(d: number): number | bigint {
  return d <= MAX_SAFE && d >= -MAX_SAFE ? d + 0 : BigInt(d);
}

/** The integer rounding BIFs: integers pass through, floats are rounded by `f`, others badarg. */
function rounding(f: (d: number) => number) {
  return (_p: Process, a: Term): Term => {
    if (typeof a === 'number' || typeof a === 'bigint') return a;
    if (a instanceof EFloat) return integral(f(a.value));
    return badarg();
  };
}

/** C's round(): halfway cases away from zero (JS's Math.round goes toward +infinity). */
function roundHalfAway(d: number): number {
  const t = Math.trunc(d);
  const frac = d - t; // exact: the fraction of a double is representable
  if (frac >= 0.5) return t + 1;
  if (frac <= -0.5) return t - 1;
  return t;
}

defineGuarded(E, 'trunc', 1, rounding(Math.trunc));
defineGuarded(E, 'round', 1, rounding(roundHalfAway));
defineGuarded(E, 'ceil', 1, rounding(Math.ceil));
defineGuarded(E, 'floor', 1, rounding(Math.floor));

// max/2 and min/2 are not BIFs in OTP 25: erlang.beam defines them in Erlang.

defineGuarded(E, '=:=', 2, (_p: Process, a: Term, b: Term) => bool(eqExact(a, b)));
defineGuarded(E, '=/=', 2, (_p: Process, a: Term, b: Term) => bool(!eqExact(a, b)));
defineGuarded(E, '==', 2, (_p: Process, a: Term, b: Term) => bool(eqArith(a, b)));
defineGuarded(E, '/=', 2, (_p: Process, a: Term, b: Term) => bool(!eqArith(a, b)));
defineGuarded(E, '<', 2, (_p: Process, a: Term, b: Term) => bool(compare(a, b) < 0));
defineGuarded(E, '>', 2, (_p: Process, a: Term, b: Term) => bool(compare(a, b) > 0));
defineGuarded(E, '=<', 2, (_p: Process, a: Term, b: Term) => bool(compare(a, b) <= 0));
defineGuarded(E, '>=', 2, (_p: Process, a: Term, b: Term) => bool(compare(a, b) >= 0));

/** A boolean argument as a JS boolean; badarg for anything but the atoms true and false. */
function truth(t: Term): boolean {
  if (t === TRUE) return true;
  if (t === FALSE) return false;
  return badarg();
}

// Both operands are checked even when the first decides the result: erlang:'and'(false, 1) is badarg.
defineGuarded(E, 'and', 2, (_p: Process, a: Term, b: Term) => {
  const x = truth(a);
  const y = truth(b);
  return bool(x && y);
});
defineGuarded(E, 'or', 2, (_p: Process, a: Term, b: Term) => {
  const x = truth(a);
  const y = truth(b);
  return bool(x || y);
});
defineGuarded(E, 'xor', 2, (_p: Process, a: Term, b: Term) => bool(truth(a) !== truth(b)));
defineGuarded(E, 'not', 1, (_p: Process, a: Term) => bool(!truth(a)));
