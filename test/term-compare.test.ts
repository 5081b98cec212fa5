// Term order and equality against erts: every pair of a pool of awkward and random terms is
// compared on erts (<, ==, =:=) and with compare/eqArith/eqExact; the pool is sorted by
// lists:sort on erts and by compare here; long and deeply nested lists check that the walk
// neither recurses per element nor gets the answer wrong.

import { describe, expect, it } from 'vitest';
import { compare, eqArith, eqExact } from '../runtime/term/compare.js';
import { Cons, NIL } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/term.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm, listItems } from './support/term-text.js';
import {
  ATOM_TEXTS, COMPOUND_TEXTS, IDENTIFIERS, NUMBER_TEXTS, SUB_BINARIES, LARGE_MAP_TEXTS, fromText, randomTexts, type PoolTerm,
} from './support/term-pool.js';

const pool: PoolTerm[] = [
  ...fromText(NUMBER_TEXTS), ...fromText(ATOM_TEXTS), ...fromText(COMPOUND_TEXTS), ...IDENTIFIERS, ...SUB_BINARIES, ...fromText(LARGE_MAP_TEXTS),
  ...fromText(randomTexts(20240601, 120)),
];
const POOL = `Pool = [${pool.map((p) => p.erl).join(', ')}]`;

function seqList(n: number, last: number): Term {
  let l: Term = new Cons(last, NIL);
  for (let i = n - 1; i >= 1; i--) l = new Cons(i, l);
  return l;
}
function nested(depth: number, bottom: Term): Term {
  let l: Term = bottom;
  for (let i = 0; i < depth; i++) l = new Cons(l, NIL);
  return l;
}

// One erl run for the whole file.
const [orderM, exactM, sortIdx, longLists, deepLists] = ertsEval([
  `${POOL}, [[if A < B -> -1; A == B -> 0; true -> 1 end || B <- Pool] || A <- Pool]`,
  `${POOL}, [[case A =:= B of true -> 1; false -> 0 end || B <- Pool] || A <- Pool]`,
  `${POOL}, [I || {_, I} <- lists:sort(lists:zip(Pool, lists:seq(0, length(Pool) - 1)))]`,
  `A = lists:seq(1, 1000000), B = lists:seq(1, 999999) ++ [1000001], C = lists:seq(1, 999999) ++ [1000000.0],
   [if X < Y -> -1; X == Y -> 0; true -> 1 end || {X, Y} <- [{A, B}, {B, A}, {A, C}, {A, A}]] ++ [case A =:= C of true -> 1; false -> 0 end]`,
  `N = fun(D, Bot) -> lists:foldl(fun(_, Acc) -> [Acc] end, Bot, lists:seq(1, D)) end,
   A = N(200000, a), B = N(200000, b), C = N(200000, 1), D = N(200000, 1.0),
   [if X < Y -> -1; X == Y -> 0; true -> 1 end || {X, Y} <- [{A, B}, {B, A}, {C, D}]] ++ [case C =:= D of true -> 1; false -> 0 end]`,
]);

function matrix(text: string): number[][] {
  return listItems(parseTerm(text)).map((row) => listItems(row) as number[]);
}

describe('term order against erts', () => {
  it('agrees with erts on every pair of the pool (<, ==)', () => {
    const m = matrix(orderM);
    const bad: string[] = [];
    pool.forEach((a, i) =>
      pool.forEach((b, j) => {
        const want = m[i][j];
        const got = compare(a.js, b.js);
        const eq = eqArith(a.js, b.js) ? 0 : 1;
        if (got !== want || eq !== (want === 0 ? 0 : 1)) bad.push(`${a.erl} vs ${b.erl}: erts ${want}, compare ${got}, == ${eq === 0}`);
      }),
    );
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('agrees with erts on =:= for every pair', () => {
    const m = matrix(exactM);
    const bad: string[] = [];
    pool.forEach((a, i) =>
      pool.forEach((b, j) => {
        const got = eqExact(a.js, b.js) ? 1 : 0;
        if (got !== m[i][j]) bad.push(`${a.erl} =:= ${b.erl}: erts ${m[i][j]}, eqExact ${got}`);
      }),
    );
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('sorts the pool as lists:sort does', () => {
    const want = listItems(parseTerm(sortIdx)) as number[];
    const idx = pool.map((_, i) => i);
    idx.sort((i, j) => compare(pool[i].js, pool[j].js) || i - j);
    expect(idx).toEqual(want);
  });

  it('compares million-element lists without recursing per element', () => {
    const a = seqList(1000000, 1000000);
    const b = seqList(1000000, 1000001);
    const c = seqList(1000000, 0);
    // c is lists:seq(1, 999999) ++ [1000000.0]
    let t: Term = c;
    while ((t as Cons).tl !== NIL) t = (t as Cons).tl;
    (t as Cons).hd = parseTerm('1000000.0');
    const got = [compare(a, b), compare(b, a), compare(a, c), compare(a, a), eqExact(a, c) ? 1 : 0];
    expect(got).toEqual(listItems(parseTerm(longLists)));
  });

  it('compares 200000-deep nested lists without overflowing the JS stack', () => {
    const a = nested(200000, parseTerm('a'));
    const b = nested(200000, parseTerm('b'));
    const c = nested(200000, 1);
    const d = nested(200000, parseTerm('1.0'));
    const got = [compare(a, b), compare(b, a), compare(c, d), eqExact(c, d) ? 1 : 0];
    expect(got).toEqual(listItems(parseTerm(deepLists)));
  });
});
