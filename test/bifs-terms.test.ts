// The erlang module's term BIFs (runtime/bifs/erlang/: arith, types, tuples, lists, conversions,
// float-conversions, exceptions) against erts. Each case is one call, M:F(Args), evaluated on erts
// through apply/3 (so erl_eval's shell special cases do not interfere) and here through the BIF
// registry; both sides print {ok, Value} or, when the call raises, {Class, Reason, {M, F, Args}}
// from the first stack trace entry, which for a failing BIF is the BIF itself. The exception BIFs,
// whose first entry is their caller's, compare class and reason only. Expected values all come
// from erts at test time.

import { beforeAll, describe, expect, it } from 'vitest';
import '../runtime/bifs/erlang/arith.js';
import '../runtime/bifs/erlang/types.js';
import '../runtime/bifs/erlang/tuples.js';
import '../runtime/bifs/erlang/lists.js';
import '../runtime/bifs/erlang/conversions.js';
import '../runtime/bifs/erlang/exceptions.js';
import { allBifKeys, lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { formatTermW } from '../runtime/term/display.js';
import { listFrom, listLength } from '../runtime/term/list.js';
import { atom } from '../runtime/term/atom.js';
import { floatToShortest } from '../runtime/term/number-format.js';
import type { Term } from '../runtime/term/term.js';
import type { Process } from '../runtime/process/process.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';
import {
  ATOM_TEXTS,
  COMPOUND_TEXTS,
  IDENTIFIERS,
  NUMBER_TEXTS,
  SUB_BINARIES,
  exportFunTerm,
  rng,
  type PoolTerm,
} from './support/term-pool.js';

interface Case {
  group: string;
  m: string;
  f: string;
  args: PoolTerm[];
  /** Compare class and reason only (the exception BIFs: their trace starts at the caller). */
  reasonOnly?: boolean;
}

const cases: Case[] = [];
const arg = (a: string | PoolTerm): PoolTerm => (typeof a === 'string' ? { erl: a, js: parseTerm(a) } : a);

function add(group: string, m: string, f: string, ...args: Array<string | PoolTerm>): void {
  cases.push({ group, m, f, args: args.map(arg) });
}
/** Calls of m:f over rows of argument texts. */
function table(group: string, m: string, f: string, rows: Array<Array<string | PoolTerm>>): void {
  for (const r of rows) add(group, m, f, ...r);
}

function erlExpr(c: Case): string {
  const call = `apply('${c.m}', '${c.f}', [${c.args.map((a) => a.erl).join(', ')}])`;
  if (c.reasonOnly) return `try ${call} of V -> {ok, V} catch C:R -> {C, R} end`;
  return `try ${call} of V -> {ok, V} catch C:R:S -> [{M, F, A, _} | _] = S, {C, R, {M, F, A}} end`;
}

const P = null as unknown as Process;

function ours(c: Case): string {
  const fn = lookupBif(c.m, c.f, c.args.length);
  if (fn === undefined) return `no BIF ${c.m}:${c.f}/${c.args.length}`;
  try {
    return `{ok,${formatTermW(fn(P, ...c.args.map((a) => a.js)))}}`;
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    const head = `${e.cls.name},${formatTermW(e.reason)}`;
    if (c.reasonOnly) return `{${head}}`;
    const entry = e.mfa === null ? 'caller' : formatTermW([e.mfa[0], e.mfa[1], listFrom(e.args ?? [])]);
    return `{${head},${entry}}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic, comparison, booleans

const NUMS = ['0', '1', '-1', '7', '-7', '9007199254740991', '-9007199254740992', '576460752303423488',
  '-18446744073709551617', String(1n << 100n), '0.0', '-0.0', '2.5', '-2.5', '1.0e300', 'a'];
for (const op of ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr']) {
  for (const x of NUMS) for (const y of NUMS) add('arith', 'erlang', op, x, y);
}
for (const x of [...NUMBER_TEXTS, 'a', '[]', '"1"', '0.49999999999999994', '-0.49999999999999994', '4503599627370495.5',
  '-4503599627370495.5', '0.5', '-0.5', '1.5', '-1.5', '1.0e20', '-1.0e20', '1.0e300', '123.456', '-123.456']) {
  for (const op of ['-', '+', 'bnot', 'abs', 'float', 'trunc', 'round', 'ceil', 'floor']) add('arith', 'erlang', op, x);
}

const ORDERED = ['1', '1.0', '2', '-0.0', '0', String(1n << 70n), '1.2676506002282294e30', 'a', 'b', '{}', '{a}', '[]',
  '[a]', '"abc"', '#{}', '#{a => 1}', '<<>>', '<<1:1>>', '{1,2}', '{1.0,2}', '[1|2]', '[1.0|2]'];
for (const op of ['=:=', '=/=', '==', '/=', '<', '>', '=<', '>=']) {
  for (const x of ORDERED) for (const y of ORDERED) add('compare', 'erlang', op, x, y);
}
const BOOLS = ['true', 'false', 'a', '1', '[]'];
for (const op of ['and', 'or', 'xor']) for (const x of BOOLS) for (const y of BOOLS) add('boolean', 'erlang', op, x, y);
for (const x of BOOLS) add('boolean', 'erlang', 'not', x);

// ---------------------------------------------------------------------------------------------
// Type tests: every predicate over the whole pool

const POOL: PoolTerm[] = [
  ...[...NUMBER_TEXTS.slice(0, 30), ...ATOM_TEXTS.slice(0, 8), ...COMPOUND_TEXTS].map((t) => arg(t)),
  ...SUB_BINARIES.slice(0, 3),
  ...IDENTIFIERS,
];
for (const t of POOL) {
  for (const f of ['is_atom', 'is_binary', 'is_bitstring', 'is_boolean', 'is_float', 'is_function', 'is_integer',
    'is_list', 'is_map', 'is_number', 'is_pid', 'is_port', 'is_reference', 'is_tuple']) {
    add('types', 'erlang', f, t);
  }
}
const mapFun = exportFunTerm('lists', 'map', 2);
table('types', 'erlang', 'is_function', [
  [mapFun, '2'], [mapFun, '1'], [mapFun, '0'], [mapFun, '-1'], [mapFun, 'a'], [mapFun, '1.0'], [mapFun, String(1n << 70n)],
  [mapFun, String(-(1n << 70n))], ['a', '0'], ['a', '-1'], ['a', String(1n << 70n)], ['a', 'b'], [mapFun, '576460752303423488'],
]);
table('types', 'erlang', 'is_record', [
  ['{a,1}', 'a'], ['{a}', 'a'], ['{}', 'a'], ['{b,1}', 'a'], ['{1,2}', '1'], ['x', '1'], ['x', 'a'], ['[a]', 'a'], ['{a,1}', '"a"'],
]);
table('types', 'erlang', 'is_record', [
  ['{a,1}', 'a', '2'], ['{a,1}', 'a', '1'], ['{a,1}', 'a', '0'], ['{a,1}', 'a', '-1'], ['{}', 'a', '0'], ['x', 'a', '0'],
  ['x', '1', '0'], ['x', 'a', 'x'], ['{a,1}', 'a', String(1n << 70n)], ['{a,1}', 'a', '576460752303423487'],
  ['{a,1}', '1', '2'], ['{a,1}', 'a', '2.0'],
]);

// ---------------------------------------------------------------------------------------------
// Tuples

const BIG = String(1n << 70n);
table('tuples', 'erlang', 'element', [
  ['1', '{a,b}'], ['2', '{a,b}'], ['3', '{a,b}'], ['0', '{a,b}'], ['-1', '{a}'], ['1', '{}'], ['1.0', '{a}'], [BIG, '{a}'],
  ['1', '[a]'], ['1', 'a'], ['576460752303423487', '{a}'],
]);
table('tuples', 'erlang', 'setelement', [
  ['1', '{a}', 'x'], ['2', '{a,b,c}', '{x}'], ['2', '{a}', 'x'], ['0', '{a}', 'x'], ['1', 'a', 'x'], [BIG, '{a}', 'x'],
]);
for (const t of ['{}', '{a}', '{a,b,c}', '<<>>', '<<1:9>>', '<<1,2,3>>', '<<1:7>>', '[]', 'a', '#{a => 1}', '1']) {
  add('tuples', 'erlang', 'tuple_size', t);
  add('tuples', 'erlang', 'size', t);
  add('tuples', 'erlang', 'tuple_to_list', t);
}
table('tuples', 'erlang', 'make_tuple', [['0', 'a'], ['3', 'a'], ['-1', 'a'], ['3', '[]'], [BIG, 'a'], ['1.0', 'a'], ['a', 'a'],
  ['16777216', 'a']]);
table('tuples', 'erlang', 'make_tuple', [
  ['3', 'a', '[{1,b},{3,c},{1,d}]'], ['3', 'a', '[]'], ['3', 'a', '[{4,b}]'], ['3', 'a', '[{0,b}]'], ['3', 'a', '[{1,b}|x]'],
  ['3', 'a', '[x]'], ['3', 'a', '[{1,b,c}]'], ['0', 'a', '[]'], ['0', 'a', '[{1,a}]'], ['3', 'a', 'x'], ['3', 'a', '[{1.0,b}]'],
  ['3', 'a', `[{${BIG},b}]`], ['-1', 'a', '[]'],
]);
table('tuples', 'erlang', 'append_element', [['{}', 'a'], ['{a}', 'b'], ['a', 'b'], ['[]', 'b']]);
table('tuples', 'erlang', 'delete_element', [['1', '{a}'], ['2', '{a,b,c}'], ['3', '{a,b,c}'], ['4', '{a,b,c}'], ['0', '{a}'],
  ['1', '{}'], ['1', 'a'], [BIG, '{a}']]);
table('tuples', 'erlang', 'insert_element', [['1', '{}', 'x'], ['1', '{a}', 'x'], ['2', '{a}', 'x'], ['3', '{a}', 'x'],
  ['0', '{a}', 'x'], ['2', '{a,b,c}', 'x'], ['1', 'a', 'x'], [BIG, '{a}', 'x']]);
for (const l of ['[]', '[a]', '[a,b,c]', '[a|b]', 'a', '"abc"', '[[a],{b}]']) add('tuples', 'erlang', 'list_to_tuple', l);

// ---------------------------------------------------------------------------------------------
// Lists

for (const l of ['[]', '[a]', '[a,b,c]', '[a|b]', 'a', '"abc"', '[[a],[b]]', '<<"ab">>', '{a}']) {
  add('lists', 'erlang', 'length', l);
  add('lists', 'erlang', 'hd', l);
  add('lists', 'erlang', 'tl', l);
}
const LISTS = ['[]', '[a]', '[a,b]', '[a|b]', 'a', '"abc"', '[1,1.0,1]', '<<1>>'];
for (const x of LISTS) for (const y of LISTS) {
  add('lists', 'erlang', '++', x, y);
  add('lists', 'erlang', '--', x, y);
  add('lists', 'erlang', 'append', x, y);
  add('lists', 'erlang', 'subtract', x, y);
}
table('lists', 'erlang', '--', [
  ['[a,b,a,c]', '[a,c,d]'], ['[1,1.0,1]', '[1.0]'], ['[1,1.0,1]', '[1]'], ['[0.0,-0.0]', '[-0.0]'],
  ['[a,b,c,a,b,c,a,b,c,d,e,f,g,h,i,j,k]', '[k,j,a,a,z,c,1,2,3,4,5,6,7,8,9,10]'],
  ['[{1},{1.0},[a],[a|b],<<1>>,<<1:1>>,#{a => 1},#{a => 1.0},1.0,1]', '[1,{1.0},[a|b],<<1:1>>,#{a => 1.0},x,y,z,w,v]'],
  ['[1,2,3,4,5,6,7,8,9,10,11,12]', '[12,11,10,9,8,7,6,5,4,3,2,1]'], ['[a,b|c]', '[a]'], ['[a,b]', '[a|c]'],
]);
const RL = ['[]', '[a]', '[a,b,c]', '[a|b]', 'a', '"abc"'];
for (const x of RL) for (const y of ['[]', 'x', '[z]']) add('lists', 'lists', 'reverse', x, y);
table('lists', 'lists', 'member', [
  ['a', '[]'], ['a', '[a]'], ['a', '[b,a]'], ['a', '[b|a]'], ['a', '[a|b]'], ['a', 'b'], ['1', '[1.0]'], ['1.0', '[1]'],
  ['{1}', '[{1.0},{1}]'], ['[a]', '[[a]]'], ['-0.0', '[0.0]'], [BIG, `[${BIG}]`], ['a', '[b|c]'],
]);
const KEYLISTS = ['[]', '[{1.0,a}]', '[{1,a}]', '[x,{},{a,1}]', '[{2}|a]', '[{1}|a]', 'a', `[{${BIG}}]`,
  '[{9007199254740993}, {9007199254740992.0}]', '[{576460752303423487.0}]', '[{{1.0},x}]', '[{[a],x},{[a],y}]'];
const KEYS = ['1', '1.0', 'a', BIG, '9007199254740993', '576460752303423487', '{1}', '[a]', '[]', '2'];
for (const k of KEYS) for (const l of KEYLISTS) add('lists', 'lists', 'keyfind', k, '1', l);
for (const n of ['0', '-1', '2', 'a', BIG, '576460752303423487', '1.0']) add('lists', 'lists', 'keyfind', 'a', n, '[{a,a}]');
for (const f of ['keymember', 'keysearch']) {
  table('lists', 'lists', f, [['1', '1', '[{1}]'], ['1', '1', '[{2}]'], ['1', 'a', '[{1}]'], ['a', '2', '[{1,a}|b]'],
    ['a', '2', '[{1,b}|b]'], ['1', '1', '[{1.0}]']]);
}

// ---------------------------------------------------------------------------------------------
// Atoms

for (const a of [...ATOM_TEXTS, '1', '"a"']) {
  add('atoms', 'erlang', 'atom_to_list', a);
  for (const enc of ['latin1', 'utf8', 'unicode', 'foo']) add('atoms', 'erlang', 'atom_to_binary', a, enc);
}
const a255 = `"${'a'.repeat(255)}"`;
const a256 = `"${'a'.repeat(256)}"`;
table('atoms', 'erlang', 'list_to_atom', [
  ['"abc"'], ['[]'], ['[256,1000]'], ['[-1]'], ['[55296]'], ['[1114111]'], ['[1114112]'], ['"a"'], ['[$a|b]'], ['<<"a">>'],
  ['["ab"]'], ['[[]]'], [a255], [a256], [`[${Array(256).fill('1000').join(',')}]`], [`[${Array(255).fill('97').join(',')},-1]`],
  [`[${Array(255).fill('97').join(',')}|x]`], [`[${Array(256).fill('97').join(',')}|x]`], [`[97,-1,${Array(300).fill('97').join(',')}]`],
  [`[97,${BIG}]`], ['[97.0]'],
]);
table('atoms', 'erlang', 'list_to_existing_atom', [['"ok"'], ['"zzz_beamjs_no_such_atom"'], [a256], ['[-1]'], ['a']]);
const latin1Long = `<<${Array(256).fill('233').join(',')}>>`;
for (const b of ['<<"abc">>', '<<>>', '<<104,195,169>>', '<<104,233>>', '<<240,159,152,128>>', '<<244,144,128,128>>',
  '<<240,128,128,128>>', '<<224,128,128>>', '<<237,160,128>>', '<<192,128>>', '<<194>>', '<<"a",0,"b">>', '<<1:7>>', '"abc"',
  `<<"${'a'.repeat(256)}">>`, `<<"${'a'.repeat(255)}">>`, latin1Long, `<<"${'a'.repeat(300)}",255>>`, `<<255,"${'a'.repeat(300)}">>`,
  `<<${Array(255).fill('195,169').join(',')}>>`, `<<${Array(256).fill('195,169').join(',')}>>`]) {
  for (const enc of ['latin1', 'utf8', 'unicode', 'foo']) add('atoms', 'erlang', 'binary_to_atom', b, enc);
}
table('atoms', 'erlang', 'binary_to_existing_atom', [['<<"ok">>', 'latin1'], ['<<"ok">>', 'utf8'], ['<<"ok">>', 'foo'],
  [`<<"${'a'.repeat(256)}">>`, 'latin1'], [`<<"${'a'.repeat(256)}">>`, 'utf8'], ['<<255>>', 'utf8'], ['<<"zzz_q">>', 'latin1']]);

// ---------------------------------------------------------------------------------------------
// Integers

for (const n of [...NUMBER_TEXTS.filter((t) => !t.includes('.') && !t.includes('e')), '1.0', 'a', '"1"']) {
  add('integers', 'erlang', 'integer_to_list', n);
  add('integers', 'erlang', 'integer_to_binary', n);
  for (const b of ['2', '16', '36']) add('integers', 'erlang', 'integer_to_binary', n, b);
}
for (const b of ['2', '8', '10', '16', '36', '1', '37', '0', '-16', 'a', '16.0', BIG]) {
  add('integers', 'erlang', 'integer_to_list', '-255', b);
  add('integers', 'erlang', 'integer_to_binary', '255', b);
}
const INT_TEXTS = ['0', '-0', '+12', '-12', '-', '+', '', '12a', ' 12', '12 ', '007', '123456789012345678901234567890',
  '-9007199254740993', '9007199254740992', '99999999999999999999', 'ff', 'FF', 'zZ', '1_000', '1.0', '--1', '+-1',
  '0000000000000000000000000000000000000000000000001'];
for (const s of INT_TEXTS) {
  add('integers', 'erlang', 'list_to_integer', JSON.stringify(s));
  add('integers', 'erlang', 'binary_to_integer', `<<${JSON.stringify(s)}>>`);
  for (const b of ['2', '16', '36']) {
    add('integers', 'erlang', 'list_to_integer', JSON.stringify(s), b);
    add('integers', 'erlang', 'binary_to_integer', `<<${JSON.stringify(s)}>>`, b);
  }
}
table('integers', 'erlang', 'list_to_integer', [['"12"', '37'], ['"12"', '1'], ['"12"', 'a'], ['[$1|a]', '10'], ['a', '10'],
  [`[$1,${BIG}]`, '10'], ['<<"12">>', '10'], ['"12"', BIG]]);
table('integers', 'erlang', 'list_to_integer', [['[$1|a]'], ['a'], [`[$1,${BIG}]`], ['<<"12">>'], ['[$1,1.0]'], ['["1"]']]);
table('integers', 'erlang', 'binary_to_integer', [['<<49:7>>'], ['"12"'], ['<<"7fffffffffffffffffff">>', '16'],
  ['<<"12">>', '37'], ['<<"12">>', 'a']]);

// ---------------------------------------------------------------------------------------------
// Floats: float_to_list/binary over a sweep of values and options, list_to_float, binary_to_float

const r = rng(42);
const FLOATS: number[] = [0, -0, 0.125, -0.125, 2.5, 0.45, -0.45, 0.05, 0.15, 0.25, 0.35, 1.005, 0.999, 9.999, -9.999, 1e-5,
  2e-10, 123.456, 123456789.123456789, 0.9999999999999999, 4503599627370495.5, 9007199254740991, 9007199254740992,
  9007199254740994, 18014398509481984, 1e20, 1e22, 1e23, 1e249, 1e250, 1e251, 1e254, 1e255, 1e300, -1e250, 5e-324, 1e-320,
  2.2250738585072014e-308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, Math.PI, -Math.E, 1.7976931348623157e308];
for (let i = 0; i < 60; i++) {
  const mag = 10 ** Math.floor(r() * 40 - 20);
  FLOATS.push((r() < 0.3 ? -1 : 1) * Math.round(r() * 1e6) / 1e3 * mag);
  FLOATS.push(Math.round(r() * 100000) / 8 / 1000);
}
const ftext = (v: number) => floatToShortest(v);
const OPTIONS = ['[]', '[short]', '[compact]', '[{scientific,0}]', '[{scientific,3}]', '[{scientific,-1}]', '[{scientific,17}]',
  '[{scientific,249}]', '[{scientific,250}]', '[{decimals,0}]', '[{decimals,1}]', '[{decimals,2}]', '[{decimals,5}]',
  '[{decimals,15}]', '[{decimals,16}]', '[{decimals,18}]', '[{decimals,19}]', '[{decimals,25}]', '[{decimals,-1}]',
  '[{decimals,0},compact]', '[{decimals,2},compact]', '[{decimals,10},compact]', '[{decimals,20},compact]',
  '[{decimals,252}]', '[{decimals,253}]', '[{decimals,254}]', '[{decimals,4}]'];
for (const v of FLOATS) {
  add('floats', 'erlang', 'float_to_list', ftext(v));
  for (const o of OPTIONS) add('floats', 'erlang', 'float_to_list', ftext(v), o);
}
table('floats', 'erlang', 'float_to_binary', [['1.0'], ['0.1'], ['1', '[]'], ['1.0', '[{decimals,2},compact]'], ['-0.0', '[short]'],
  ['1.0e20', '[{decimals,0},compact]']]);
table('floats', 'erlang', 'float_to_list', [
  ['1.0', '[{decimals,2},{scientific,3}]'], ['1.0', '[{scientific,3},{decimals,2}]'], ['1.0', '[short,{decimals,2}]'],
  ['1.0', '[{decimals,2},short]'], ['1.0', '[{decimals,2}|x]'], ['1.0', 'x'], ['1', '[]'], ['a', '[]'],
  ['1.0', '[compact,{scientific,2}]'], ['1.0', '[{decimals,2},compact,compact]'], ['1.0', `[{decimals,${BIG}}]`],
  ['1.0', '[{decimals,a}]'], ['1.0', '[{scientific,1099511627776}]'], ['1.0', '[{scientific,-1099511627776}]'],
  ['1.0', `[{decimals,3},{scientific,${BIG}}]`], ['1.0', '[{decimals,4294967298}]'], ['1.0', '[{foo,2}]'], ['1.0', '[{decimals,2,3}]'],
  ['1.0', '[foo]'], ['1.0', '[{decimals,2.0}]'],
]);
if (ftext(1e21) !== '1.0e21') throw new Error('float text for erts is not Erlang syntax');
const FLOAT_TEXTS = ['1,5', '1.5', '+1.5', '-1.5e3', '1.5E+3', '1.5e', '1e5', '1.', '.5', '1.5 ', ' 1.5', '1.0e400', '1.0e-400',
  '1.0e-320', '-0.0', '0.1e-2147483649', '00001.50000', '1.5e+-3', '1.5e007', '', '1.8e308', '1.0e308', '+.5',
  '2.2250738585072011e-308', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.5e3x', '1.5.5', '-', '1,5e3',
  '12345678901234567890.12345678901234567890', `1.${'0'.repeat(300)}1`];
for (const s of FLOAT_TEXTS) {
  add('floats', 'erlang', 'list_to_float', JSON.stringify(s));
  add('floats', 'erlang', 'binary_to_float', `<<${JSON.stringify(s)}>>`);
}
table('floats', 'erlang', 'list_to_float', [['[$1,$.,$5,a]'], ['[$1,$.,$5|a]'], ['a'], ['[$1,$.,$5,256]'], ['[$1,$.,1633]'],
  ['[$1,$.,$5,0]'], ['[$1,$.,$5,0,$a]'], ['[$1,$.,$5,255]'], ['["1.5"]'], ['[<<"1.5">>]'], ['<<"1.5">>']]);
table('floats', 'erlang', 'binary_to_float', [['<<"1.5",0>>'], ['<<"1.5",0,"abc">>'], ['<<0,"1.5">>'], ['<<"1.5",255>>'],
  ['<<"1.5",1:7>>'], ['"1.5"'], ['1.5']]);

// ---------------------------------------------------------------------------------------------
// Binaries and iolists

const BINS = ['<<>>', '<<1,2,3>>', '<<1,2,3,4:4>>', '<<1:7>>', '<<"abc">>', 'a', '[1,2]', '"abc"', ...SUB_BINARIES.map((s) => s.erl)];
const binArg = (t: string) => SUB_BINARIES.find((s) => s.erl === t) ?? t;
for (const b of BINS) {
  for (const f of ['binary_to_list', 'bitstring_to_list', 'byte_size', 'bit_size', 'iolist_to_binary', 'iolist_size',
    'list_to_binary', 'list_to_bitstring']) add('binaries', 'erlang', f, binArg(b));
  for (const [s, e] of [['1', '3'], ['2', '2'], ['3', '2'], ['0', '2'], ['1', '4'], ['1', '1'], ['1.0', '3']]) {
    add('binaries', 'erlang', 'binary_to_list', binArg(b), s, e);
  }
  for (const n of ['0', '1', '3', '4', '-1', 'a']) add('binaries', 'erlang', 'split_binary', binArg(b), n);
  for (const [s, l] of [['0', '0'], ['1', '2'], ['3', '-2'], ['3', '-4'], ['0', '3'], ['0', '4'], ['3', '0'], ['4', '0'],
    [BIG, '0'], ['1', '1.0']]) {
    add('binaries', 'erlang', 'binary_part', binArg(b), s, l);
    add('binaries', 'erlang', 'binary_part', binArg(b), `{${s},${l}}`);
  }
}
table('binaries', 'erlang', 'binary_part', [['<<1,2,3>>', '{1,2,3}'], ['<<1,2,3>>', '1'], ['<<1,2,3>>', '[1,2]']]);
const IOLISTS = ['[<<1:3>>, 2]', '[1,2|<<3>>]', '[256]', '[-1]', '[[1],[[2]]|<<>>]', '[1|2]', '[1,<<2,3>>|<<4>>]', '[<<1:3>>]',
  '[a]', '[1.0]', '[[[[[[1]]]]]]', '[<<1:3>>|<<1:5>>]', '[[]|<<>>]'];
for (const l of IOLISTS) {
  for (const f of ['iolist_to_binary', 'iolist_size', 'list_to_binary', 'list_to_bitstring']) add('binaries', 'erlang', f, l);
}

// ---------------------------------------------------------------------------------------------
// Exceptions: class and reason (raise/3's stack trace is compared separately below)

function addReason(m: string, f: string, ...args: string[]): void {
  cases.push({ group: 'exceptions', m, f, args: args.map(arg), reasonOnly: true });
}
addReason('erlang', 'error', 'foo');
addReason('erlang', 'error', '{a,[1]}');
addReason('erlang', 'error', 'foo', '[1,2]');
addReason('erlang', 'error', 'foo', 'bar');
addReason('erlang', 'error', 'foo', '[1]', '[{error_info,#{a => 1}}]');
addReason('erlang', 'exit', 'foo');
addReason('erlang', 'throw', '{x}');
addReason('erlang', 'nif_error', 'foo');
addReason('erlang', 'nif_error', 'foo', '[1]');
const STACKS = ['[]', '[x]', 'foo', '[{a,b,1}]', '[{a,b,1,[]}|x]', '[{a,b,[1],[{line,3}]}]', '[{a,b,1,x}]', '[{1,b,1,[]}]',
  '[{a,1,1,[]}]', '[{a,b,1,[]},{a}]', '[{a,b}]', '[{a,b,c,d,e}]', '[{a,b,1,[]}]', '[{a,b,1,"x"}]'];
for (const cls of ['error', 'exit', 'throw', 'foo']) for (const st of STACKS) addReason('erlang', 'raise', cls, 'reason', st);

// ---------------------------------------------------------------------------------------------

describe('erlang term BIFs against erts', () => {
  let expected: string[] = [];
  beforeAll(() => {
    expected = ertsEval(cases.map(erlExpr));
  });

  const groups = [...new Set(cases.map((c) => c.group))];
  for (const g of groups) {
    it(`${g}: ${cases.filter((c) => c.group === g).length} calls agree`, () => {
      const bad: string[] = [];
      cases.forEach((c, i) => {
        if (c.group !== g) return;
        const got = ours(c);
        if (got !== expected[i]) bad.push(`${c.m}:${c.f}(${c.args.map((a) => a.erl).join(', ')})\n  erts:   ${expected[i]}\n  beamjs: ${got}`);
      });
      expect(bad.slice(0, 30).join('\n'), `${bad.length} differ`).toBe('');
    });
  }
});

describe('raise/3 installs the stack trace as erts does', () => {
  const traces = ['[]', '[{a,b,1}]', '[{m,f,1},{m,f,[1],[{line,1}]}]', `[${Array(10).fill('{m,f,1,[]}').join(',')}]`,
    `[${Array(9).fill('{m,f,[a],[{file,"x.erl"}]}').join(',')}]`, '[{a,b,[1],[{line,3}]}]', `[${Array(8).fill('{m,f,1}').join(',')}]`];
  it('keeps, normalises and truncates entries', () => {
    const erl = traces.map((t) => `try erlang:raise(error, r, ${t}) catch error:r:S -> S end`);
    const want = ertsEval(erl);
    const raise = lookupBif('erlang', 'raise', 3)!;
    const got = traces.map((t) => {
      try {
        raise(P, parseTerm('error'), parseTerm('r'), parseTerm(t));
        return 'returned';
      } catch (e) {
        if (!(e instanceof ErlangException)) throw e;
        return formatTermW(e.stacktrace as Term);
      }
    });
    expect(got).toEqual(want);
  });
});

describe('what the exception BIFs record for the stack trace', () => {
  const call = (f: string, ...args: string[]): ErlangException => {
    try {
      lookupBif('erlang', f, args.length)!(P, ...args.map((a) => parseTerm(a)));
    } catch (e) {
      if (e instanceof ErlangException) return e;
      throw e;
    }
    throw new Error(`${f} returned`);
  };
  it('error/2 carries its arguments, for the caller, and no BIF entry', () => {
    const e = call('error', 'foo', '[1,2]');
    expect(e.mfa).toBeNull();
    expect(e.args).toEqual([1, 2]);
    expect(call('error', 'foo', 'bar').args).toBeNull();
  });
  it('error/1, exit/1 and throw/1 name nothing; nif_error names itself', () => {
    for (const f of ['error', 'exit', 'throw']) expect(call(f, 'x').mfa).toBeNull();
    const e = call('nif_error', 'x');
    expect(e.mfa).toEqual([atom('erlang'), atom('nif_error')]);
    expect(e.bif).toBe(true);
  });
});

describe('every BIF registered here is a BIF of OTP 25', () => {
  it('erlang:is_builtin/3 agrees', () => {
    const keys = allBifKeys();
    const mfas = keys.map((k) => /^([^:]*):(.*)\/(\d+)$/.exec(k)!);
    const got = ertsEval(mfas.map(([, m, f, a]) => `erlang:is_builtin('${m}', '${f}', ${a})`));
    const notBifs = keys.filter((_, i) => got[i] !== 'true');
    expect(notBifs).toEqual([]);
  });
});

describe('long lists', () => {
  it('run in loops, not recursion', () => {
    const n = 300000;
    const items = Array.from({ length: n }, (_, i) => i);
    const big = listFrom(items);
    const odd = listFrom(items.filter((i) => i % 2 === 1));
    const bif = (m: string, f: string, ...a: Term[]) => lookupBif(m, f, a.length)!(P, ...a);
    expect(bif('erlang', 'length', big)).toBe(n);
    expect(listLength(bif('erlang', '--', big, odd))).toBe(n / 2);
    expect(listLength(bif('erlang', '++', big, big))).toBe(2 * n);
    expect(listLength(bif('lists', 'reverse', big, odd))).toBe(n + n / 2);
    expect((bif('erlang', 'list_to_tuple', big) as Term[]).length).toBe(n);
  });
});
