// Arithmetic against erts: every binary operator over a grid of operands that straddle the
// 2^31, 2^53, 2^59 (erts small) and 2^64 boundaries, negative bignums, floats up to overflow and
// a non-number; the unary operators; int-to-float conversion of bignums (erts's digit-by-digit
// rounding); and the bignum size limit (system_limit). Results are compared as ~w text, errors
// as "Class:Reason".

import { describe, expect, it } from 'vitest';
import * as A from '../runtime/term/arith.js';
import { ErlangException } from '../runtime/errors.js';
import { EFloat } from '../runtime/term/float.js';
import { formatTermW } from '../runtime/term/display.js';
import type { Term } from '../runtime/term/term.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';
import { NUMBER_TEXTS, rng } from './support/term-pool.js';

const operands = [...NUMBER_TEXTS.filter((_, i) => i % 2 === 0 || i > 20), 'a', '3', '-3', '64', '-64', '1000'];

const BINARY: Array<[string, (a: Term, b: Term) => Term]> = [
  ['+', A.add], ['-', A.sub], ['*', A.mul], ['/', A.fdiv], ['div', A.intDiv], ['rem', A.rem],
  ['band', A.band], ['bor', A.bor], ['bxor', A.bxor], ['bsl', A.bsl], ['bsr', A.bsr],
];
const UNARY: Array<[string, (a: Term) => Term]> = [
  ['-', A.neg], ['bnot', A.bnot], ['abs', A.abs],
];

function run(f: () => Term): string {
  try {
    return formatTermW(f());
  } catch (e) {
    if (e instanceof ErlangException) return `${e.cls.name}:${formatTermW(e.reason)}`;
    throw e;
  }
}

// Bignums between 2^64 and 2^1100 with random bits, where erts's int-to-float conversion rounds
// twice; the sums of a float and an integer go through it.
const r = rng(7);
const bigs: string[] = [];
for (let i = 0; i < 300; i++) {
  const bits = 65 + Math.floor(r() * 1000);
  let v = 1n;
  for (let k = 1; k < bits; k++) v = (v << 1n) | (r() < (i % 3 === 0 ? 0.97 : 0.5) ? 1n : 0n);
  bigs.push((i % 2 ? -v : v).toString());
}

// Expressions too big to put in the grid: near the bignum limit of 2^33554368.
const LIMIT_CASES: Array<[string, () => Term]> = [
  ['(1 bsl 33554367) band 1', () => A.band(A.bsl(1, 33554367), 1)],
  ['1 bsl 33554368', () => A.bsl(1, 33554368)],
  ['(-1 bsl 33554367) band 1', () => A.band(A.bsl(-1, 33554367), 1)],
  ['-1 bsl 33554368', () => A.bsl(-1, 33554368)],
  ['(1 bsl 33554367) * 2', () => A.mul(A.bsl(1, 33554367), 2)],
  ['(1 bsl 33554367) + (1 bsl 33554367)', () => A.add(A.bsl(1, 33554367), A.bsl(1, 33554367))],
  ['X = (1 bsl 33554367) - 1, (X + X + 1) band 7', () => { const x = A.sub(A.bsl(1, 33554367), 1); return A.band(A.add(A.add(x, x), 1), 7); }],
  ['X = (1 bsl 33554367) - 1, bnot (X + X + 1)', () => { const x = A.sub(A.bsl(1, 33554367), 1); return A.bnot(A.add(A.add(x, x), 1)); }],
  ['X = (1 bsl 33554367) - 1, -(X + X + 1) - 1', () => { const x = A.sub(A.bsl(1, 33554367), 1); return A.sub(A.neg(A.add(A.add(x, x), 1)), 1); }],
  ['(1 bsl 20000000) * (1 bsl 20000000)', () => A.mul(A.bsl(1, 20000000), A.bsl(1, 20000000))],
  ['((1 bsl 16000000) * (1 bsl 16000000)) bsr 31999990', () => A.bsr(A.mul(A.bsl(1, 16000000), A.bsl(1, 16000000)), 31999990)],
  ['1 bsl (1 bsl 64)', () => A.bsl(1, 1n << 64n)],
  ['0 bsl (1 bsl 64)', () => A.bsl(0, 1n << 64n)],
  ['-5 bsr (1 bsl 64)', () => A.bsr(-5, 1n << 64n)],
  ['5 bsl -(1 bsl 64)', () => A.bsl(5, -(1n << 64n))],
  ['(1 bsl 100) bsr (1 bsl 40)', () => A.bsr(1n << 100n, 1n << 40n)],
  ['-(1 bsl 100) bsr 1099511627777', () => A.bsr(-(1n << 100n), 1099511627777)],
  ['1 bsl 1099511627777', () => A.bsl(1, 1099511627777)],
];

const gridExprs: string[] = [];
const gridJs: Array<() => Term> = [];
for (const [op, f] of BINARY) {
  for (const x of operands) {
    for (const y of operands) {
      gridExprs.push(`(${x}) ${op} (${y})`);
      const a = parseTerm(x);
      const b = parseTerm(y);
      gridJs.push(() => f(a, b));
    }
  }
}
for (const [op, f] of UNARY) {
  for (const x of operands) {
    gridExprs.push(op === 'abs' ? `abs(${x})` : `${op} (${x})`);
    const a = parseTerm(x);
    gridJs.push(() => f(a));
  }
}
const convExprs = bigs.flatMap((b) => [`(${b}) * 1.0`, `(${b}) + 0.5`, `(${b}) / 3`, `(${b}) < 1.0e300`]);

// fconv has no Erlang spelling of its own: `X + 0.0` converts the same way (float/1 is a BIF
// raising badarg instead of badarith).
const FCONV: Array<[string, Term]> = [
  ['1 + 0.0', 1], ['0 + 0.0', 0], ['(1 bsl 70) + 0.0', 2n ** 70n], ['-0.5 + 0.0', new EFloat(-0.5)],
  ['(1 bsl 1024) + 0.0', 2n ** 1024n], ['a + 0.0', parseTerm('a')],
];

const answers = ertsEval([
  ...gridExprs, ...convExprs, ...LIMIT_CASES.map(([e]) => e), ...FCONV.map(([e]) => e), '1.0e308 * 10',
]);
let at = 0;
const take = (n: number) => answers.slice(at, (at += n));
const gridWant = take(gridExprs.length);
const convWant = take(convExprs.length);
const limitWant = take(LIMIT_CASES.length);
const fconvWant = take(FCONV.length);
const overflowWant = take(1)[0];

describe('arithmetic against erts', () => {
  it(`agrees on a grid of ${gridExprs.length} operations`, () => {
    const bad: string[] = [];
    gridJs.forEach((f, i) => {
      const got = run(f);
      if (got !== gridWant[i]) bad.push(`${gridExprs[i]}: erts ${gridWant[i]}, beamjs ${got}`);
    });
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('converts bignums to floats as erts does', () => {
    const bad: string[] = [];
    const half = new EFloat(0.5);
    bigs.forEach((text, i) => {
      const b = parseTerm(text);
      const got = [
        run(() => A.mul(b, new EFloat(1))),
        run(() => A.add(b, half)),
        run(() => A.fdiv(b, 3)),
        String((b as bigint) < 1e300),
      ];
      for (let k = 0; k < 4; k++) {
        if (got[k] !== convWant[i * 4 + k]) bad.push(`${convExprs[i * 4 + k]}: erts ${convWant[i * 4 + k]}, beamjs ${got[k]}`);
      }
    });
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('raises system_limit where erts does, near the bignum limit', () => {
    expect(LIMIT_CASES.map(([e, f]) => `${e} -> ${run(f)}`)).toEqual(LIMIT_CASES.map(([e], i) => `${e} -> ${limitWant[i]}`));
  });

  it('float register helpers: toFloat converts integers and floats, checkFloat refuses non-finite', () => {
    const got = FCONV.map(([, t]) => run(() => new EFloat(A.toFloat(t) + 0)));
    expect(got).toEqual(fconvWant);
    expect(run(() => new EFloat(A.checkFloat(1e308 * 10)))).toBe(overflowWant);
  });
});
