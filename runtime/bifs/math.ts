// The math module's BIFs (pi/0 and e/0... are Erlang code in math.erl, not BIFs): each takes
// integers or floats and returns a float. As erts does it: an argument that is not a number is
// badarg; an integer is converted to a double first (a bignum too large for one is badarith); a
// result that is not finite (a domain error such as sqrt(-1) or log(0), or an overflow such as
// exp(1000)) is badarith. The functions themselves are correctly rounded ones (math-cr.ts, with
// math-dd.ts behind it) and math-fdlibm.ts's ports of glibc's, so that results agree with erts on
// glibc to the bit nearly always (see those files); sqrt, fmod, floor and ceil are exact in JS.

import { EFloat } from '../term/float.js';
import type { Term } from '../term/term.js';
import { bigToDouble } from '../term/arith.js';
import { badarg, badarith } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';
import * as cr from './math-cr.js';
import * as fd from './math-fdlibm.js';

const M = 'math';

/** A math BIF's argument as a double: badarg for a non-number, badarith for a huge bignum. */
function toDouble(t: Term): number {
  if (t instanceof EFloat) return t.value;
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') {
    const d = bigToDouble(t);
    return d !== d ? badarith() : d;
  }
  return badarg();
}

/** The result as a float term; NaN and the infinities are badarith. */
function result(v: number): EFloat {
  return v - v === 0 ? new EFloat(v) : badarith();
}

function unary(name: string, f: (x: number) => number): void {
  defineGuarded(M, name, 1, (_p: Process, x: Term) => result(f(toDouble(x))));
}

function binary(name: string, f: (x: number, y: number) => number): void {
  // erts converts both arguments before it looks at either result, left first.
  defineGuarded(M, name, 2, (_p: Process, x: Term, y: Term) => {
    const a = toDouble(x);
    return result(f(a, toDouble(y)));
  });
}

unary('sin', cr.sin);
unary('cos', cr.cos);
unary('tan', cr.tan);
unary('asin', cr.asin);
unary('acos', cr.acos);
unary('atan', cr.atan);
unary('exp', cr.exp);
unary('log', cr.log);
unary('log2', cr.log2);
unary('log10', fd.log10);
unary('sinh', fd.sinh);
unary('cosh', fd.cosh);
unary('tanh', fd.tanh);
unary('asinh', fd.asinh);
unary('acosh', fd.acosh);
unary('atanh', fd.atanh);
unary('erf', fd.erf);
unary('erfc', fd.erfc);
unary('sqrt', Math.sqrt);
unary('floor', Math.floor);
unary('ceil', Math.ceil);
binary('atan2', cr.atan2);
binary('pow', cr.pow);
binary('fmod', (x, y) => x % y);
