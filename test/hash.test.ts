// erlang:phash2/1,2 and erlang:phash/2 against erts for every kind of term (the shared pool,
// random nested terms, integers around each boundary of both hashes, atoms of every script,
// binaries of every length up to three lookup2 blocks, bitstrings, sub-binaries, long and
// improper lists, small and large maps, pids, ports, references, local and export funs), and
// the checksum BIFs (md5 and its context functions, crc32, adler32 and their combines) on
// iodata of every shape, with their argument errors. Expected values come from erts at test time.

import { describe, expect, it } from 'vitest';
import '../runtime/bifs/erlang/hash.js';
import '../runtime/bifs/erlang/checksums.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { atom } from '../runtime/term/atom.js';
import { BitStr } from '../runtime/term/bitstring.js';
import { formatTermW } from '../runtime/term/display.js';
import { encodeTerm } from '../runtime/term/etf-encode.js';
import { EFloat } from '../runtime/term/float.js';
import { Fun, type LambdaInfo } from '../runtime/term/fun.js';
import { LOCAL_NODE, Pid } from '../runtime/term/identifiers.js';
import { Cons, NIL, listFrom } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/term.js';
import type { Process } from '../runtime/process/process.js';
import { ertsEval } from './support/erts-eval.js';
import {
  ATOM_TEXTS, COMPOUND_TEXTS, IDENTIFIERS, LARGE_MAP_TEXTS, NUMBER_TEXTS, SUB_BINARIES, fromText, pidTerm, portTerm,
  randomTexts, refTerm, rng, type PoolTerm,
} from './support/term-pool.js';

const P = null as unknown as Process;
const bin = (bytes: number[]) => `<<${bytes.join(',')}>>`;

function expr(erl: string, js: Term): PoolTerm {
  return { erl, js };
}

function localFun(module: string, index: number, uniq: number, arity: number, env: Term[]): PoolTerm {
  const md5 = Uint8Array.from({ length: 16 }, (_, i) => (i * 13 + index) & 0xff);
  const lambda: LambdaInfo = { module: atom(module), name: atom(`-f/0-fun-${index}-`), arity, index, uniq, md5, fn: () => NIL };
  const f = new Fun(arity, lambda, env, null);
  const creator = new Pid(LOCAL_NODE, 40, 0, 0);
  return { erl: `binary_to_term(${bin([...encodeTerm(f, { funCreator: () => creator })])})`, js: f };
}

function intTerm(n: bigint): PoolTerm {
  return expr(n.toString(), n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n);
}

const r = rng(5);
const randomBytes = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 256));

const EXTRA: PoolTerm[] = [
  // Integers: the 28-bit boundary of phash2, the 32-bit word boundary of both, bignum digits.
  ...[134217727n, 134217728n, -134217728n, -134217729n, 268435456n, 2147483647n, -2147483648n, 4294967295n, 4294967296n,
    -4294967296n, 1n << 52n, (1n << 59n) - 1n, 1n << 59n, -(1n << 59n), (1n << 64n) - 1n, 1n << 64n, -(1n << 96n),
    (1n << 128n) + 7n, -(1n << 200n) - 99n].map(intTerm),
  // Binaries of every length through three lookup2 blocks, and bitstrings.
  ...Array.from({ length: 40 }, (_, n) => {
    const b = randomBytes(n);
    return expr(bin(b), BitStr.fromBytes(Uint8Array.from(b)));
  }),
  ...[1, 3, 7, 9, 15, 25, 27, 33].map((bits) => {
    const b = randomBytes((bits + 7) >> 3);
    const v = new BitStr(Uint8Array.from(b), 0, bits);
    return expr(`begin <<X:${bits}/bitstring, _/bitstring>> = ${bin(b)}, X end`, v);
  }),
  // Lists: bytes packed four to a word, runs broken by other terms, improper tails.
  ...fromText(['"a"', '"ab"', '"abc"', '"abcd"', '"abcde"', '"abcdefghi"', '[1,2,3,4,5,a]', '[1,2,a,3,4,5,6,b]', '[256,1]',
    '[-1]', '[1|2]', '[1,2,3|4]', '[1,2,3|[]]', '[a|b]', '[[1],[2,3]|4]', '["ab"|<<"cd">>]', '[1|2.0]', '[[]|[]]',
    "{[], '', <<>>, {}}", '[{}]', '#{[] => []}', '#{a => [], [] => a}', '#{#{} => #{}}']),
  expr('lists:seq(1, 1000)', listFrom(Array.from({ length: 1000 }, (_, i) => i + 1))),
  expr('lists:seq(1000, 1, -3)', listFrom(Array.from({ length: 334 }, (_, i) => 1000 - 3 * i))),
  // Atoms: Latin-1 (hashed by their byte), other scripts (by UTF-8), long ones.
  ...fromText(["'\\x{80}'", "'\\x{BF}'", "'\\x{C0}x'", "'\\x{FF}\\x{FF}'", "'\\x{100}'", "'\\x{7FF}'", "'\\x{800}'",
    "'abcdefghijklmnopqrstuvwxyz0123456789'", "'Ωμέγα'", "'😀😀'"]),
  ...fromText(['-0.0', '0.0', '1.5', '-1.5', '1.0e-300', '123456789.125', '4.9e-324']),
  // Identifiers beyond the pool's: large numbers and serials, 64-bit ports, long references.
  pidTerm('nonode@nohost', 32767, 8191, 0), pidTerm('x@y', 123456, 654321, 7), portTerm('nonode@nohost', 268435455, 0),
  portTerm('x@y', 2 ** 52 + 3, 9), refTerm('x@y', 3, [0xffffffff, 1, 2, 3, 4]), refTerm('nonode@nohost', 0, [262143, 0xffffffff, 7]),
  localFun('etf_hash_mod', 0, 0, 0, []), localFun('etf_hash_mod', 5, 123456, 3, [1, atom('x'), listFrom([1, 2])]),
  localFun('etf_\u65e5', 70000, 99, 1, [new EFloat(2.5), BitStr.fromBytes(Uint8Array.of(1, 2, 3))]),
];

const POOL: PoolTerm[] = [
  ...fromText(NUMBER_TEXTS), ...fromText(ATOM_TEXTS), ...fromText(COMPOUND_TEXTS), ...fromText(LARGE_MAP_TEXTS),
  ...fromText(randomTexts(777, 200)), ...IDENTIFIERS, ...SUB_BINARIES, ...EXTRA,
];

function bif(name: string, arity: number) {
  const fn = lookupBif('erlang', name, arity);
  if (fn === undefined) throw new Error(`no BIF erlang:${name}/${arity}`);
  return fn;
}

describe('phash2/1,2 and phash/2', () => {
  const exprs = POOL.map(
    (t) => `begin T = ${t.erl}, {erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash2(T, 1 bsl 32), erlang:phash(T, 1 bsl 32), erlang:phash(T, 7)} end`,
  );
  const expected = ertsEval(exprs);
  it(`equal erts for ${POOL.length} terms`, () => {
    const bad: string[] = [];
    POOL.forEach((t, i) => {
      const v = t.js;
      const ours = formatTermW([
        bif('phash2', 1)(P, v), bif('phash2', 2)(P, v, 1000), bif('phash2', 2)(P, v, 2 ** 32),
        bif('phash', 2)(P, v, 2 ** 32), bif('phash', 2)(P, v, 7),
      ]);
      if (ours !== expected[i]) bad.push(`${t.erl.slice(0, 160)}\n  erts ${expected[i]}\n  ours ${ours}`);
    });
    expect(bad, bad.slice(0, 8).join('\n')).toEqual([]);
  });
});

// --- BIF calls compared with erts, errors included -------------------------------------------

interface BifCase {
  f: string;
  args: PoolTerm[];
}
const T = (text: string): PoolTerm => fromText([text])[0];
const call = (f: string, ...args: Array<PoolTerm | string>): BifCase => ({ f, args: args.map((a) => (typeof a === 'string' ? T(a) : a)) });

function ours(c: BifCase): string {
  const fn = lookupBif('erlang', c.f, c.args.length);
  if (fn === undefined) return `no BIF erlang:${c.f}/${c.args.length}`;
  try {
    return `{ok,${formatTermW(fn(P, ...c.args.map((a) => a.js)))}}`;
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    const entry = e.mfa === null ? 'caller' : formatTermW([e.mfa[0], e.mfa[1], listFrom(e.args ?? [])]);
    return `{${e.cls.name},${formatTermW(e.reason)},${entry}}`;
  }
}

function erlCall(c: BifCase): string {
  const call = `apply(erlang, '${c.f}', [${c.args.map((a) => a.erl).join(', ')}])`;
  return `try ${call} of V -> {ok, V} catch C:R:S -> [{M, F, A, _} | _] = S, {C, R, {M, F, A}} end`;
}

const big = randomBytes(20000);
const IODATA: PoolTerm[] = [
  ...fromText(['<<>>', '[]', '"abc"', '<<"abc">>', '[<<"a">>, "b", [[99], <<>>] | <<"d">>]', '[[], [[]], <<1,2>>]',
    '<<"The quick brown fox jumps over the lazy dog">>', '[0, 255]']),
  expr(bin(big), BitStr.fromBytes(Uint8Array.from(big))),
  expr(`[${bin(big.slice(0, 70))}, ${big.slice(70, 100).join(',')} | ${bin(big.slice(100, 200))}]`,
    new Cons(BitStr.fromBytes(Uint8Array.from(big.slice(0, 70))),
      listFrom(big.slice(70, 100), BitStr.fromBytes(Uint8Array.from(big.slice(100, 200)))))),
  ...SUB_BINARIES.filter((s) => (s.js as BitStr).size % 8 === 0),
];
const NOT_IODATA = fromText(['<<1:3>>', '[256]', '[-1]', 'a', '[a]', '["ab" | c]', '1', '[<<1:1>>]']);
const UINTS = ['0', '1', '65520', '65521', '65535', '65536', '4294967295', '3735928559', '305419896'];
const BAD_UINTS = ['-1', '4294967296', '1.0', 'a', '18446744073709551616'];

/** md5_init()'s defined bytes with a zeroed buffer; and that context after <<"prefix">>. */
const INIT_CTX = T('<<1,35,69,103,137,171,205,239,254,220,186,152,118,84,50,16,0:576>>');
const PREFIX_CTX = T('<<1,35,69,103,137,171,205,239,254,220,186,152,118,84,50,16,48,0,0,0,0,0,0,0,"prefix",0:464>>');

const CHECKSUM_CASES: BifCase[] = [
  ...[...IODATA, ...NOT_IODATA].flatMap((d) => [call('md5', d), call('crc32', d), call('adler32', d)]),
  ...IODATA.flatMap((d) => UINTS.flatMap((u) => [call('crc32', u, d), call('adler32', u, d)])),
  ...BAD_UINTS.flatMap((u) => [call('crc32', u, '"x"'), call('adler32', u, '"x"')]),
  ...UINTS.flatMap((a) => ['0', '1', '5', '65521', '100000', '4294967295'].flatMap((n) => [
    call('crc32_combine', a, '2882400001', n), call('adler32_combine', a, '305419896', n),
    call('adler32_combine', '65535', a, n), call('adler32_combine', a, a, n),
  ])),
  ...BAD_UINTS.flatMap((u) => [call('crc32_combine', u, '1', '1'), call('crc32_combine', '1', '1', u), call('adler32_combine', '1', u, '1')]),
  // erts leaves md5_init's block buffer uninitialised: contexts whose bytes matter are spelt out.
  call('md5_init'),
  call('md5_final', expr('erlang:md5_init()', bif('md5_init', 0)(P))),
  ...IODATA.map((d) => call('md5_final', expr(`erlang:md5_update(erlang:md5_init(), ${d.erl})`, bif('md5_update', 2)(P, bif('md5_init', 0)(P), d.js)))),
  ...IODATA.flatMap((d) => [call('md5_update', INIT_CTX, d), call('md5_update', PREFIX_CTX, d)]),
  call('md5_update', '<<1,2,3>>', '"x"'), call('md5_update', 'a', '"x"'), call('md5_final', '<<0:696>>'),
  call('md5_final', '<<1:704>>'), call('md5_update', INIT_CTX, 'a'), call('md5_update', INIT_CTX, '<<1:7>>'),
  // A context no data could produce: the length field says 63 bytes are buffered.
  ...['<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,248,1,0,0,0,0,0,0,0:512>>', '<<0:128,255,255,255,255,255,255,255,255,7:512>>']
    .flatMap((ctx) => [call('md5_final', ctx), call('md5_update', ctx, '"abc"')]),
  ...['0', '-1', '4294967297', '1.0', 'a', '18446744073709551616'].flatMap((range) => [call('phash2', 'x', range), call('phash', 'x', range)]),
];

describe('checksum and hash BIFs against erts', () => {
  const expected = ertsEval(CHECKSUM_CASES.map(erlCall));
  it(`agree on ${CHECKSUM_CASES.length} calls, errors included`, () => {
    const bad: string[] = [];
    CHECKSUM_CASES.forEach((c, i) => {
      const o = ours(c);
      // md5_init's buffer is uninitialised memory on erts: only its first 24 bytes are defined.
      const same = c.f === 'md5_init' ? o.slice(0, 60) === expected[i].slice(0, 60) : o === expected[i];
      if (!same) bad.push(`${erlCall(c).slice(0, 300)}\n  erts ${expected[i].slice(0, 300)}\n  ours ${o.slice(0, 300)}`);
    });
    expect(bad, bad.slice(0, 8).join('\n')).toEqual([]);
  });
});
