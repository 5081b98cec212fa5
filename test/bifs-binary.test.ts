// The binary module's BIFs (runtime/bifs/binary.ts, binary-search.ts) against erts: hand-picked
// calls for each BIF, its errors, unaligned sub-binaries, empty patterns and scopes, then seeded
// random searches (match, matches, split with every option) over small alphabets, where
// overlapping search strings show which match erts's Aho-Corasick picks. Each call is evaluated
// on erts through apply/3 and here through the BIF registry; both print {ok, Value} or
// {Class, Reason, {M, F, Args}} from the first stack trace entry. A compiled pattern is made on
// each side by that side's compile_pattern/1; a case holding one compares the arity, not the
// arguments, of a failing call (references print differently). Expected values come from erts.

import { beforeAll, describe, expect, it } from 'vitest';
import '../runtime/bifs/binary.js';
import '../runtime/bifs/binary-search.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { formatTermW } from '../runtime/term/display.js';
import { listFrom } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/term.js';
import type { Process } from '../runtime/process/process.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';
import { SUB_BINARIES, refTerm, rng, subBitsTerm, type PoolTerm } from './support/term-pool.js';

interface Case {
  group: string;
  f: string;
  args: PoolTerm[];
  /** An argument is a compiled pattern: a failing call is compared by arity. */
  compiled?: boolean;
}

const P = null as unknown as Process;
const cases: Case[] = [];
const arg = (a: string | PoolTerm): PoolTerm => (typeof a === 'string' ? { erl: a, js: parseTerm(a) } : a);

function add(group: string, f: string, ...args: Array<string | PoolTerm>): void {
  cases.push({ group, f, args: args.map(arg) });
}
function table(group: string, f: string, rows: Array<Array<string | PoolTerm>>): void {
  for (const r of rows) add(group, f, ...r);
}

/** A pattern compiled on both sides from Erlang text. */
function compiled(text: string): PoolTerm {
  const js = lookupBif('binary', 'compile_pattern', 1)!(P, parseTerm(text)) as Term;
  return { erl: `binary:compile_pattern(${text})`, js };
}
function addCompiled(group: string, f: string, ...args: Array<string | PoolTerm>): void {
  cases.push({ group, f, args: args.map(arg), compiled: true });
}

/** The bytes of Erlang text as an unaligned sub-binary (3 bits into its buffer). */
function unaligned(bytes: number[]): PoolTerm {
  const shifted: number[] = [];
  let acc = 0;
  // Prepend 3 zero bits: every byte straddles two bytes of the buffer.
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0;
    shifted.push(((acc << 5) | (b >>> 3)) & 0xff);
    acc = b;
  }
  return subBitsTerm(shifted, 3, bytes.length * 8);
}
const text = (s: string): number[] => [...Buffer.from(s, 'latin1')];

function erlExpr(c: Case): string {
  const call = `apply(binary, '${c.f}', [${c.args.map((a) => a.erl).join(', ')}])`;
  const args = c.compiled ? 'length(A)' : 'A';
  if (c.f === 'compile_pattern') return `try ${call} of {T, R} when is_reference(R) -> {ok, T} catch C:R:S -> [{M, F, A, _} | _] = S, {C, R, {M, F, ${args}}} end`;
  return `try ${call} of V -> {ok, V} catch C:R:S -> [{M, F, A, _} | _] = S, {C, R, {M, F, ${args}}} end`;
}

function ours(c: Case): string {
  const fn = lookupBif('binary', c.f, c.args.length);
  if (fn === undefined) return `no BIF binary:${c.f}/${c.args.length}`;
  try {
    const v = fn(P, ...c.args.map((a) => a.js));
    return `{ok,${formatTermW(c.f === 'compile_pattern' ? (v as Term[])[0] : v)}}`;
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    if (e.mfa === null || !e.bif) return `not attributed to the BIF: ${formatTermW(e.reason)}`;
    const a = c.compiled ? (e.args ?? []).length : listFrom(e.args ?? []);
    return `{${e.cls.name},${formatTermW(e.reason)},${formatTermW([e.mfa[0], e.mfa[1], a])}}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Hand-picked calls

const SUBS = SUB_BINARIES;
const U_ABCABC = unaligned(text('abcabc'));
const U_COMMAS = unaligned(text(',a,,b,'));
const U_NUM = unaligned([0, 1, 2, 3, 4, 5, 6, 7, 8, 255]);

table('part', 'part', [
  ['<<1,2,3>>', '0', '3'], ['<<1,2,3>>', '1', '1'], ['<<1,2,3>>', '3', '0'], ['<<1,2,3>>', '3', '-3'], ['<<1,2,3>>', '2', '-3'],
  ['<<1,2,3>>', '4', '0'], ['<<1,2,3>>', '-1', '1'], ['<<1,2,3>>', '0', '4'], ['<<1,2,3>>', '1.0', '1'], ['<<1,2,3>>', '0', 'a'],
  ['<<1,2:3>>', '0', '1'], ['<<1,2:3>>', '0', '2'], ['<<>>', '0', '0'], ['foo', '0', '0'], ['<<1,2,3>>', '18446744073709551616', '0'],
  ['<<1,2,3>>', '1152921504606846976', '-1152921504606846976'], ...SUBS.map((s) => [s, '0', '1']), [U_ABCABC, '2', '3'],
]);
table('part', 'part', [
  ['<<1,2,3>>', '{1,2}'], ['<<1,2,3>>', '{3,-2}'], ['<<1,2,3>>', '{1,2,3}'], ['<<1,2,3>>', '[1,2]'], ['<<1,2,3>>', '{0,4}'], [U_NUM, '{9,-4}'],
]);
table('bytes', 'at', [
  ['<<1,2,3>>', '0'], ['<<1,2,3>>', '2'], ['<<1,2,3>>', '3'], ['<<1,2,3>>', '-1'], ['<<>>', '0'], ['<<1,2:3>>', '0'], ['<<1:3>>', '0'],
  ['<<1,2,3>>', '1.0'], ['[1,2]', '0'], ['<<1,2,3>>', '18446744073709551615'], [U_NUM, '9'], [U_NUM, '0'], ...SUBS.map((s) => [s, '0']),
]);
for (const f of ['first', 'last']) {
  table('bytes', f, [['<<1,2,3>>'], ['<<7>>'], ['<<>>'], ['<<1,2:3>>'], ['<<1:3>>'], ['"abc"'], ['a'], [U_NUM], ...SUBS.map((s) => [s])]);
}
table('copy', 'copy', [['<<1,2,3>>'], ['<<>>'], ['<<1:3>>'], ['a'], [U_NUM], ...SUBS.map((s) => [s])]);
table('copy', 'copy', [
  ['<<1,2,3>>', '0'], ['<<1,2,3>>', '1'], ['<<1,2,3>>', '5'], ['<<"ab">>', '7'], ['<<>>', '1000'], ['<<1:3>>', '0'], ['<<1:3>>', '2'],
  ['<<1,2,3>>', '-1'], ['<<1,2,3>>', 'a'], ['<<1,2,3>>', '2.0'], ['a', '0'], ['<<>>', '18446744073709551615'],
  ['<<>>', '18446744073709551616'], [U_ABCABC, '3'], [SUBS[0], '4'],
]);
table('list_to_bin', 'list_to_bin', [
  ['[]'], ['[1,2,3]'], ['[1,<<2>>,[3,[4]]|<<5>>]'], ['<<1>>'], ['[256]'], ['[-1]'], ['[a]'], ['[1|2]'], ['[<<1:3>>]'], ['"abc"'], ['[[],[[]]]'],
]);
table('unsigned', 'decode_unsigned', [
  ['<<>>'], ['<<0>>'], ['<<1>>'], ['<<1,0>>'], ['<<0,0,0,1>>'], ['<<255,255,255,255,255,255>>'], ['<<255,255,255,255,255,255,255>>'],
  ['<<1,0,0,0,0,0,0,0,0>>'], ['<<0,0,0,0,0,0,0,0,0,0,0,7>>'], ['<<1:3>>'], ['a'], ['[1]'], [U_NUM], ...SUBS.map((s) => [s]),
]);
table('unsigned', 'decode_unsigned', [
  ['<<1,2>>', 'big'], ['<<1,2>>', 'little'], ['<<1,2>>', 'native'], ['<<1,2>>', 'foo'], ['<<1,2>>', '1'],
  ['<<1,0,0,0,0,0,0,0,0,0>>', 'little'], ['<<0,0,0,0,0,0,0,0,0,9>>', 'little'], ['<<1:3>>', 'big'], [U_NUM, 'little'], [SUBS[0], 'little'],
]);
table('unsigned', 'encode_unsigned', [
  ['0'], ['1'], ['255'], ['256'], ['65535'], ['16777216'], ['4294967296'], ['9007199254740991'], ['9007199254740992'],
  ['18446744073709551615'], ['18446744073709551616'], ['-1'], ['-18446744073709551616'], ['1.0'], ['a'],
]);
table('unsigned', 'encode_unsigned', [
  ['258', 'big'], ['258', 'little'], ['258', 'native'], ['258', 'foo'], ['0', 'little'], ['-1', 'little'], ['-1', 'foo'],
  ['340282366920938463463374607431768211455', 'little'], ['1208925819614629174706176', 'little'], ['a', 'big'],
]);
for (const f of ['longest_common_prefix', 'longest_common_suffix']) {
  table('common', f, [
    ['[<<"abc">>, <<"abd">>, <<"ab">>]'], ['[<<"abc">>, <<"xbc">>, <<"bc">>]'], ['[<<"abc">>]'], ['[<<>>]'], ['[<<"a">>, <<>>]'], ['[]'],
    ['[<<"abc">>, a]'], ['[<<"abc">> | <<"a">>]'], ['[<<"a">>, <<1:3>>]'], ['<<"abc">>'], ['[<<"abc">>, <<"abc">>]'], ['[<<1,2,3>>, <<1,2,3,4>>]'],
    [{ erl: `[${U_ABCABC.erl}, <<"abcab">>]`, js: listFrom([U_ABCABC.js, parseTerm('<<"abcab">>')]) }],
    [{ erl: `[${U_ABCABC.erl}, <<"cabc">>]`, js: listFrom([U_ABCABC.js, parseTerm('<<"cabc">>')]) }],
  ]);
}
// erl_eval builds a binary argument at run time in a buffer with room to grow, so only the
// failures are compared here; test/erl/binary/ compares sizes in compiled code.
table('referenced', 'referenced_byte_size', [['a'], ['"abc"'], ['{<<1>>}']]);

table('compile', 'compile_pattern', [
  ['<<"a">>'], ['<<"ab">>'], ['[<<"ab">>]'], ['[<<"ab">>, <<"c">>]'], ['[<<"a">>, <<"a">>]'], ['<<>>'], ['[]'], ['[<<>>]'],
  ['[<<"a">>, <<>>]'], ['<<1:3>>'], ['[<<"a">>, <<1:3>>]'], ['[<<"a">> | <<"b">>]'], ['a'], ['"ab"'], ['{bm, x}'], [U_ABCABC], [SUBS[0]],
]);

const HAY = '<<"abcabcabc">>';
table('match', 'match', [
  [HAY, '<<"bc">>'], [HAY, '<<"x">>'], [HAY, '<<"c">>'], [HAY, '[<<"bc">>, <<"ab">>]'], [HAY, '[<<"abcd">>, <<"cab">>, <<"bca">>]'],
  [HAY, '[<<"b">>, <<"bcabc">>, <<"bc">>]'], ['<<"abcde">>', '[<<"bcd">>, <<"bc">>, <<"cde">>, <<"c">>]'], ['<<"abcde">>', '[<<"cd">>, <<"bcd">>]'],
  ['<<>>', '<<>>'], ['<<>>', 'foo'], ['<<"a">>', '<<>>'], ['<<"a">>', '[<<"a">>, <<>>]'], ['<<"a">>', 'foo'], ['<<1:3>>', '<<1>>'],
  ['foo', '<<1>>'], ['"abc"', '<<"a">>'], [U_ABCABC, '<<"ca">>'], [U_ABCABC, '[<<"ca">>, <<"bc">>]'], [SUBS[0], '<<"c">>'],
  [HAY, '{ac, 1}'], [HAY, '{bm}'], ['<<"aaaa">>', '<<"aa">>'], ['<<"xaaab">>', '[<<"aa">>, <<"aab">>]'],
]);
table('match', 'match', [
  [HAY, '<<"bc">>', '[]'], [HAY, '<<"bc">>', '[{scope, {2, 5}}]'], [HAY, '<<"bc">>', '[{scope, {5, -4}}]'], [HAY, '<<"bc">>', '[{scope, {9, -9}}]'],
  [HAY, '<<"bc">>', '[{scope, {9, 0}}]'], [HAY, '<<"bc">>', '[{scope, {10, 0}}]'], [HAY, '<<"bc">>', '[{scope, {0, 10}}]'],
  [HAY, '<<"bc">>', '[{scope, {3, -4}}]'], [HAY, '<<"bc">>', '[{scope, {-1, 2}}]'], [HAY, '<<"bc">>', '[{scope, {0, 2}}, {scope, {4, 3}}]'],
  [HAY, '<<"bc">>', '[{scope, {4, 3}}, {scope, {0, 20}}]'], [HAY, '<<"bc">>', '[{scope, {1, 2}} | foo]'], [HAY, '<<"bc">>', 'foo'],
  [HAY, '<<"bc">>', '[global]'], [HAY, '<<"bc">>', '[{scope, 1, 2}]'], [HAY, '<<"bc">>', '[{scope, {1, 2, 3}}]'], [HAY, '<<"bc">>', '[{scope, {a, 2}}]'],
  [HAY, '<<"bc">>', '[{scope, {1.0, 2}}]'], [HAY, '<<"bc">>', '[{scope, {0, 18446744073709551616}}]'],
  [HAY, '<<"bc">>', '[{scope, {18446744073709551616, -18446744073709551616}}]'], [HAY, 'foo', '[{scope, {0, 0}}]'], [HAY, 'foo', '[{scope, {1, 0}}]'],
  ['<<>>', 'foo', '[{scope, {0, 0}}]'], [HAY, '<<"bc">>', '[{scope, {0, 0}}, {scope, {0, 1}}]'], [U_ABCABC, '<<"bc">>', '[{scope, {2, 4}}]'],
]);
table('matches', 'matches', [
  [HAY, '<<"bc">>'], [HAY, '<<"x">>'], ['<<"aaaa">>', '<<"aa">>'], ['<<"aaaaa">>', '<<"aa">>'], [HAY, '[<<"bc">>, <<"ab">>]'],
  ['<<"abcde">>', '[<<"bcd">>, <<"bc">>, <<"cde">>, <<"c">>]'], ['<<"abcde">>', '[<<"cd">>, <<"bcd">>]'], ['<<"abcde">>', '[<<"abcde">>, <<"b">>, <<"d">>]'],
  ['<<"abcabd">>', '[<<"abd">>, <<"ca">>, <<"b">>]'], ['<<"xabcx">>', '[<<"bc">>, <<"abcx">>, <<"x">>]'], ['<<>>', '<<>>'], ['<<"a">>', '<<>>'],
  [U_ABCABC, '<<"ca">>'], [U_ABCABC, '[<<"ca">>, <<"b">>]'], [HAY, '<<"bc">>', '[{scope, {2, 6}}]'], [HAY, '<<"bc">>', '[{scope, {9, -8}}]'],
  [HAY, 'foo', '[{scope, {0, 0}}]'], [HAY, 'foo', '[{scope, {2, 0}}]'], [HAY, '<<"bc">>', '[trim]'],
]);
table('split', 'split', [
  ['<<"a,b,c">>', '<<",">>'], ['<<",a">>', '<<",">>'], ['<<"a,">>', '<<",">>'], ['<<",">>', '<<",">>'], ['<<"abc">>', '<<",">>'], ['<<>>', '<<",">>'],
  ['<<>>', 'foo'], ['<<"a">>', 'foo'], ['<<"a\\r\\nb\\nc">>', '[<<"\\r\\n">>, <<"\\n">>]'], [U_COMMAS, '<<",">>'], ['<<1:3>>', '<<1>>'],
]);
const SPLIT_OPTS = ['[]', '[global]', '[trim]', '[trim_all]', '[global, trim]', '[global, trim_all]', '[trim, trim_all]', '[global, trim, trim_all]',
  '[{scope, {2, 4}}]', '[global, {scope, {2, 4}}]', '[global, trim, {scope, {1, 3}}]', '[global, trim_all, {scope, {0, 2}}]', '[{scope, {0, 0}}]',
  '[trim, {scope, {0, 0}}]', '[global | trim]', '[global, foo]', '[{scope, {3, 9}}]', 'global'];
for (const hay of ['<<"a,b,,c,,">>', '<<",a,b,,c,,">>', '<<",,">>', '<<",">>', '<<"abc">>', '<<>>', '<<",ab">>', '<<"ab,">>']) {
  for (const o of SPLIT_OPTS) add('split', 'split', hay, '<<",">>', o);
}
for (const o of SPLIT_OPTS) {
  add('split', 'split', U_COMMAS, '<<",">>', o);
  add('split', 'split', '<<"a-,b,-c-">>', '[<<"-">>, <<",">>, <<"-,">>]', o);
}

// Compiled patterns, and the wrong kind of compiled pattern.
addCompiled('compiled', 'match', HAY, compiled('<<"ca">>'));
addCompiled('compiled', 'match', HAY, compiled('[<<"ca">>, <<"bc">>]'));
addCompiled('compiled', 'matches', HAY, compiled('[<<"ca">>, <<"bc">>]'));
addCompiled('compiled', 'matches', HAY, compiled('<<"bc">>'), '[{scope, {3, 6}}]');
addCompiled('compiled', 'split', HAY, compiled('<<"b">>'), '[global]');
addCompiled('compiled', 'split', HAY, compiled('[<<"b">>, <<"a">>]'), '[global, trim_all]');
addCompiled('compiled', 'match', '<<1:3>>', compiled('<<"ca">>'));
{
  const bm = compiled('<<"ca">>');
  const ac = compiled('[<<"a">>, <<"b">>]');
  const swap = (a: PoolTerm, tag: string): PoolTerm => ({ erl: `{${tag}, element(2, ${a.erl})}`, js: [parseTerm(tag), (a.js as Term[])[1]] });
  addCompiled('compiled', 'match', HAY, swap(bm, 'ac'));
  addCompiled('compiled', 'match', HAY, swap(ac, 'bm'));
  addCompiled('compiled', 'split', HAY, swap(ac, 'ac'));
  addCompiled('compiled', 'match', HAY, swap(bm, 'xx'));
  const ref = refTerm('nonode@nohost', 0, [1, 2, 3]);
  addCompiled('compiled', 'match', HAY, { erl: `{bm, ${ref.erl}}`, js: [parseTerm('bm'), ref.js] });
}

// ---------------------------------------------------------------------------------------------
// Random searches

function randomSearches(seed: number, count: number): void {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const word = (alpha: string, min: number, max: number) => {
    let s = '';
    for (let n = min + int(max - min + 1); n > 0; n--) s += alpha[int(alpha.length)];
    return s;
  };
  const bin = (s: string) => `<<"${s}">>`;
  for (let k = 0; k < count; k++) {
    const alpha = ['ab', 'abc', 'aab'][int(3)];
    const hayText = word(alpha, 0, 16);
    const hay: PoolTerm = r() < 0.2 ? unaligned(text(hayText)) : arg(bin(hayText));
    const n = 1 + int(4);
    const pats = Array.from({ length: n }, () => word(alpha, 1, 4));
    const pat = n === 1 && r() < 0.5 ? bin(pats[0]) : `[${pats.map(bin).join(', ')}]`;
    const size = hayText.length;
    const opts: string[] = [];
    if (r() < 0.4) {
      const pos = int(size + 2);
      const len = int(size + 2) - (r() < 0.3 ? pos + 1 : 0);
      opts.push(`{scope, {${pos}, ${len}}}`);
    }
    const fn = ['match', 'matches', 'split'][int(3)];
    if (fn === 'split') for (const o of ['global', 'trim', 'trim_all']) if (r() < 0.4) opts.push(o);
    const group = `random ${fn}`;
    if (opts.length === 0 && r() < 0.5) add(group, fn, hay, pat);
    else add(group, fn, hay, pat, `[${opts.join(', ')}]`);
  }
}
randomSearches(20240611, 1500);

// ---------------------------------------------------------------------------------------------

describe('binary module BIFs against erts', () => {
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
        if (got !== expected[i]) bad.push(`binary:${c.f}(${c.args.map((a) => a.erl).join(', ')})\n  erts:   ${expected[i]}\n  beamjs: ${got}`);
      });
      expect(bad.slice(0, 30).join('\n'), `${bad.length} differ`).toBe('');
    });
  }
});

describe('referenced_byte_size/1 as erts 25 reports it', () => {
  it('is the parent size for a part over 64 bytes, the part size up to 64 bytes, the copy size for a copy', () => {
    const big = parseTerm(`<<"${'x'.repeat(100)},${'y'.repeat(27)}">>`);
    const size = lookupBif('binary', 'referenced_byte_size', 1)!;
    const part = lookupBif('binary', 'part', 3)!;
    const parts = lookupBif('binary', 'split', 2)!(P, big, parseTerm('<<",">>')) as { hd: Term; tl: { hd: Term } };
    expect([size(P, big), size(P, parts.hd), size(P, parts.tl.hd)]).toEqual([128, 128, 27]);
    expect([size(P, part(P, big, 1, 70)), size(P, part(P, big, 1, 64)), size(P, part(P, big, 128, 0))]).toEqual([128, 64, 0]);
    expect(size(P, lookupBif('binary', 'copy', 1)!(P, part(P, big, 1, 70)))).toBe(70);
  });
});
