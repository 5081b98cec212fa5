// Printing against erts: erlang:display/1's text (taken from erts_debug:display/1, which returns
// what it prints), io_lib:format("~w") of the same terms, the three float layouts
// (float_to_list/2 [short], float_to_list/1, display's %.6e) over random and boundary doubles,
// and integer_to_list/2 in every base.

import { describe, expect, it } from 'vitest';
import { display, formatTermW } from '../runtime/term/display.js';
import { floatToClassic, floatToShortest, formatExponent, integerToString } from '../runtime/term/number-format.js';
import { atom } from '../runtime/term/atom.js';
import { Fun } from '../runtime/term/fun.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';
import {
  ATOM_TEXTS, COMPOUND_TEXTS, NUMBER_TEXTS, SUB_BINARIES, LARGE_MAP_TEXTS, exportFunTerm, pidTerm, portTerm, refTerm, randomTexts, rng,
  type PoolTerm,
} from './support/term-pool.js';

const TEXTS = [
  ...LARGE_MAP_TEXTS, ...NUMBER_TEXTS, ...ATOM_TEXTS, ...COMPOUND_TEXTS, ...randomTexts(99, 60),
  // strings and atoms display prints specially
  '"a\\nb"', '"a\\tb\\r"', '"\\"q\\\\"', '[200]', '[255,97]', '[256]', '[127]', '[160]', '[31]', '[7]', '[0]',
  '"\\e"', '[97|98]', '"abc"', '[$a,[$b]]', "'a@b'", "'aB_9'", "'_a'", "'Ab'", "'if'", "'receive'", "'maybe'",
  "'a b'", "'\\t'", "'\\n'", "'\\e\\d\\0'", "'a\\x{80}b'", "'\\x{9F}'", "'\\x{A0}'", "'\\x{FF}x'", "'\\x{100}'",
  "'a\\'b'", "'a\\\\b'", "'Ére'", "'ß1'", "'ÿ'", "'÷'", "'a÷'", "'×'", "'a×'", "'\\x{7FF}'", "'\\x{800}'",
  '<<"a\\"b\\\\">>', '<<200,10>>', '<<"a\\nb">>', '<<32,126>>', '<<127>>', '<<255,1:3>>', '<<1,2:7>>',
  '#{a => "x", "b" => []}', '{1.5,-3}', '-0.0', '4.8828125e-4', '1.953125e-3', '123456789.0',
];

const IDS: PoolTerm[] = [
  pidTerm('nonode@nohost', 5, 0, 0), pidTerm('nonode@nohost', 80, 3, 0), portTerm('nonode@nohost', 7, 0),
  refTerm('nonode@nohost', 0, [1, 2, 3]), refTerm('nonode@nohost', 0, [262143, 4294967295, 17]),
  exportFunTerm('lists', 'map', 2), exportFunTerm('A', 'b c', 0), exportFunTerm('a@b', 'f', 1),
];

const pool: PoolTerm[] = [...TEXTS.map((erl) => ({ erl, js: parseTerm(erl) })), ...IDS, ...SUB_BINARIES];

// Local funs: erl_eval makes them, and fun_info/2 says which FunT entry, to mirror them here.
const LOCAL_FUN = `begin F = fun() -> ok end, {F, erlang:fun_info(F, index), erlang:fun_info(F, uniq)} end`;

// Doubles: random bit patterns (finite ones), random "nice" decimals, and boundaries.
const r = rng(31337);
const bits: bigint[] = [];
for (let i = 0; i < 1500; i++) {
  const hi = Math.floor(r() * 2 ** 32);
  const lo = Math.floor(r() * 2 ** 32);
  if (((hi >>> 20) & 0x7ff) !== 0x7ff) bits.push((BigInt(hi) << 32n) | BigInt(lo));
}
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const toBits = (v: number) => {
  f64[0] = v;
  return u64[0];
};
const specials = [
  0, -0, 1, -1, 0.1, 0.5, 100, 1000, 1e-5, 1e-4, 1.5e-4, 0.0012345, 1e15, 1e16, 1e21, 1e22, 1e23, 123456.0,
  2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, -(2 ** 53), 2 ** 52, 2 ** -11, 2 ** -1074, 2 ** -1022, 2 ** 1023,
  Number.MAX_VALUE, Number.MIN_VALUE, 9007199254740990, 0.30000000000000004, 1 / 3, 2 / 3, 5e-7, 123.456,
];
for (let i = 0; i < 300; i++) specials.push(Math.round(r() * 10 ** (1 + Math.floor(r() * 8))) / 10 ** Math.floor(r() * 12));
for (let e = -30; e <= 30; e++) specials.push(10 ** e, 1.5 * 10 ** e, 2 ** e * 3);
for (const v of specials) bits.push(toBits(v));
const floatExprs = bits.map(
  (b) => `<<F:64/float>> = <<16#${b.toString(16)}:64>>, [float_to_list(F, [short]), $\\s, float_to_list(F), $\\s, erts_debug:display(F)]`,
);

const INTS: Array<number | bigint> = [0, 1, -1, 35, -36, 255, 2 ** 53 - 1, -(2n ** 64n), 2n ** 200n + 12345n];
const intExprs: string[] = [];
for (const n of INTS) for (let base = 2; base <= 36; base++) intExprs.push(`integer_to_list(${n}, ${base})`);

// One erl run: ~w results come through io_lib:format in the same 'string' mode.
const answers = ertsEval(
  [
    ...pool.map((p) => `erts_debug:display(${p.erl})`),
    ...floatExprs,
    ...intExprs,
    ...pool.map((p) => `io_lib:format("~w", [${p.erl}])`),
    `io_lib:format("~w", [${LOCAL_FUN}])`,
  ],
  { mode: 'string' },
);
let at = 0;
const take = (n: number) => answers.slice(at, (at += n));
const dispWant = take(pool.length);
const floatWant = take(floatExprs.length);
const intWant = take(intExprs.length);
const wWant = take(pool.length);
const localFun = take(1)[0];

function diffs(got: string[], want: string[], label: (i: number) => string): string[] {
  const bad: string[] = [];
  got.forEach((g, i) => {
    if (g !== want[i]) bad.push(`${label(i)}: erts ${JSON.stringify(want[i])}, beamjs ${JSON.stringify(g)}`);
  });
  return bad.slice(0, 20);
}

describe('erlang:display/1 and ~w against erts', () => {
  it('display prints every term as erts does', () => {
    const got = pool.map((p) => display(p.js) + '\n');
    expect(diffs(got, dispWant, (i) => pool[i].erl)).toEqual([]);
  });

  it('~w writes every term as io_lib does', () => {
    const got = pool.map((p) => formatTermW(p.js));
    expect(diffs(got, wWant, (i) => pool[i].erl)).toEqual([]);
  });

  it('local funs print as #Fun<Module.Index.Uniq>', () => {
    // {#Fun<erl_eval.45.65746770>,{index,45},{uniq,65746770}}
    const m = /^\{(#Fun<[^>]*>),\{index,(\d+)\},\{uniq,(\d+)\}\}$/.exec(localFun)!;
    expect(m).not.toBeNull();
    const lambda = {
      module: atom('erl_eval'), name: atom('-expr/6-fun-0-'), arity: 0, index: Number(m[2]),
      uniq: Number(m[3]), md5: new Uint8Array(16), fn: () => 0,
    };
    const f = new Fun(0, lambda, [], null);
    expect(formatTermW(f)).toBe(m[1]);
    expect(display(f)).toBe(m[1]);
  });
});

describe('number formats against erts', () => {
  it(`formats ${bits.length} doubles as float_to_list/2 [short], float_to_list/1 and display`, () => {
    const want = floatWant;
    const got = bits.map((b) => {
      u64[0] = b;
      const v = f64[0];
      return `${floatToShortest(v)} ${floatToClassic(v)} ${formatExponent(v, 6)}\n`;
    });
    expect(diffs(got, want, (i) => `16#${bits[i].toString(16)}`)).toEqual([]);
  });

  it('integer_to_list/2 in bases 2 to 36', () => {
    const want = intWant;
    const got: string[] = [];
    for (const n of INTS) for (let base = 2; base <= 36; base++) got.push(integerToString(n, base));
    expect(diffs(got, want, (i) => intExprs[i])).toEqual([]);
  });
});
