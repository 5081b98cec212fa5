// The external term format encoder against erts's term_to_binary/2, term_to_iovec/2 and
// external_size/1,2, byte for byte: every kind of term (the shared pool, random nested terms,
// the boundaries of each tag choice, identifiers, local and export funs, deep and large terms)
// under each option erts knows (minor versions, deterministic, compression levels), and the
// BIFs' option handling and errors. Expected bytes all come from erts at test time. Compressed
// terms are also deflated with Node's own zlib to record how often it would have matched.

import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import '../runtime/bifs/erlang/external.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { atom } from '../runtime/term/atom.js';
import { BitStr } from '../runtime/term/bitstring.js';
import { EFloat } from '../runtime/term/float.js';
import { formatTermW } from '../runtime/term/display.js';
import { encodeTerm, encodeTermIovec, externalSize, type EncodeOptions } from '../runtime/term/etf-encode.js';
import { Fun, type LambdaInfo } from '../runtime/term/fun.js';
import { LOCAL_NODE, Pid } from '../runtime/term/identifiers.js';
import { Cons, NIL, listFrom } from '../runtime/term/list.js';
import type { Term } from '../runtime/term/term.js';
import type { Process } from '../runtime/process/process.js';
import { ertsEval } from './support/erts-eval.js';
import {
  ATOM_TEXTS, COMPOUND_TEXTS, IDENTIFIERS, LARGE_MAP_TEXTS, NUMBER_TEXTS, SUB_BINARIES, fromText, randomTexts, rng,
  type PoolTerm,
} from './support/term-pool.js';

// --- terms -----------------------------------------------------------------------------------

const bin = (bytes: number[]) => `<<${bytes.join(',')}>>`;
const P2 = (n: number) => 1n << BigInt(n);

/** A term given as an Erlang expression and as the value it evaluates to. */
function expr(erl: string, js: Term): PoolTerm {
  return { erl, js };
}

/**
 * A local fun of a module that is not loaded, made on erts by binary_to_term of our encoding:
 * erts reads any valid encoding and writes its own, so its term_to_binary checks ours.
 */
const CREATOR = new Pid(LOCAL_NODE, 77, 3, 0);
function localFun(module: string, index: number, uniq: number, arity: number, env: Term[]): PoolTerm {
  const md5 = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + index * 11 + uniq) & 0xff);
  const lambda: LambdaInfo = { module: atom(module), name: atom(`-f/0-fun-${index}-`), arity, index, uniq, md5, fn: () => NIL };
  const f = new Fun(arity, lambda, env, null);
  return { erl: `binary_to_term(${bin([...encodeTerm(f, { funCreator: () => CREATOR })])})`, js: f };
}

function intTerm(n: bigint): PoolTerm {
  const v = n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
  return expr(n.toString(), v);
}

function stringTerm(codes: number[]): PoolTerm {
  return expr(`[${codes.join(',')}]`, listFrom(codes));
}

const EDGE: PoolTerm[] = [
  ...[255n, 256n, -256n, 2147483647n, -2147483648n, 2147483648n, -2147483649n, 4294967295n, P2(40), -P2(52),
    P2(2039), P2(2040) - 1n, P2(2040), -(P2(2040) - 1n), -P2(2040), P2(4000) + 12345n].map(intTerm),
  expr(`'${'a'.repeat(255)}'`, atom('a'.repeat(255))),
  expr(`'${'\\x{FF}'.repeat(255)}'`, atom('\u00ff'.repeat(255))),
  expr(`'${'\\x{65E5}'.repeat(85)}'`, atom('\u65e5'.repeat(85))),
  expr(`'${'\\x{65E5}'.repeat(86)}'`, atom('\u65e5'.repeat(86))),
  expr(`'a\\x{100}'`, atom('a\u0100')),
  stringTerm([0, 255]), stringTerm([256]), stringTerm([-1]), stringTerm([1, 2, 3, 1000]),
  stringTerm(Array.from({ length: 65535 }, (_, i) => i % 251)),
  stringTerm(Array.from({ length: 65536 }, (_, i) => i % 253)),
  expr('[1,2|3]', new Cons(1, new Cons(2, 3))), expr('[1,2|<<>>]', new Cons(1, new Cons(2, BitStr.fromBytes(new Uint8Array(0))))),
  expr(`{${Array.from({ length: 255 }, (_, i) => i).join(',')}}`, Array.from({ length: 255 }, (_, i) => i)),
  expr(`{${Array.from({ length: 256 }, (_, i) => i).join(',')}}`, Array.from({ length: 256 }, (_, i) => i)),
  expr('lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 20000))', (() => {
    let t: Term = NIL;
    for (let i = 0; i < 20000; i++) t = new Cons(t, NIL);
    return t;
  })()),
  expr('lists:foldl(fun(I, A) -> {I, A} end, x, lists:seq(1, 20000))', (() => {
    let t: Term = atom('x');
    for (let i = 1; i <= 20000; i++) t = [i, t];
    return t;
  })()),
  localFun('etf_no_such_mod', 0, 12345678, 0, []),
  localFun('etf_no_such_mod', 3, 99, 2, [1, atom('a'), listFrom([1, 2]), new EFloat(1.5e300)]),
  localFun('etf_\u00e9', 300, 7, 1, [new Cons(1, 2), listFrom([atom('\u65e5')])]),
];

/** Terms big and regular enough for compression to pay (and a few where it does not). */
function compressible(): PoolTerm[] {
  const r = rng(11);
  const noise = Array.from({ length: 3000 }, () => Math.floor(r() * 256));
  const letters = Array.from({ length: 5000 }, () => 97 + Math.floor(r() * 4));
  const seq = Array.from({ length: 2000 }, (_, i) => i + 1);
  const ints = Array.from({ length: 1500 }, () => Math.floor(r() * 100000));
  const tuples = Array.from({ length: 300 }, (_, i) => `{${i}, ok, "text"}`).join(',');
  return [
    expr(bin(noise), BitStr.fromBytes(Uint8Array.from(noise))),
    expr(bin(letters), BitStr.fromBytes(Uint8Array.from(letters))),
    ...fromText([`[${seq.join(',')}]`, `[${ints.join(',')}]`, `[${tuples}]`, `"${'abc'.repeat(40)}"`, '<<"tiny">>']),
  ];
}

const POOL: PoolTerm[] = [
  ...fromText(NUMBER_TEXTS), ...fromText(ATOM_TEXTS), ...fromText(COMPOUND_TEXTS), ...fromText(LARGE_MAP_TEXTS),
  ...fromText(randomTexts(20240601, 120)), ...IDENTIFIERS, ...SUB_BINARIES, ...EDGE, ...compressible(),
];

const OPTION_SETS: Array<{ erl: string; js: EncodeOptions }> = [
  { erl: '[]', js: {} },
  { erl: '[{minor_version, 0}]', js: { minorVersion: 0 } },
  { erl: '[{minor_version, 2}]', js: { minorVersion: 2 } },
  { erl: '[deterministic]', js: { deterministic: true } },
  { erl: '[compressed]', js: { compressed: 6 } },
  { erl: '[{compressed, 1}]', js: { compressed: 1 } },
  { erl: '[{compressed, 9}, {minor_version, 2}]', js: { compressed: 9, minorVersion: 2 } },
];

const w = (bytes: Uint8Array) => formatTermW(BitStr.fromBytes(bytes));

describe('term_to_binary/2 byte for byte', () => {
  const exprs: string[] = [];
  for (const t of POOL) for (const o of OPTION_SETS) exprs.push(`term_to_binary(${t.erl}, ${o.erl})`);
  const expected = ertsEval(exprs);
  for (const o of OPTION_SETS) {
    it(`option ${o.erl}`, () => {
      const bad: string[] = [];
      for (let i = 0; i < POOL.length; i++) {
        const want = expected[i * OPTION_SETS.length + OPTION_SETS.indexOf(o)];
        const ours = w(encodeTerm(POOL[i].js, { ...o.js, funCreator: () => CREATOR }));
        if (ours !== want) bad.push(`${POOL[i].erl.slice(0, 200)}\n  erts: ${want.slice(0, 300)}\n  ours: ${ours.slice(0, 300)}`);
      }
      expect(bad, bad.slice(0, 5).join('\n')).toEqual([]);
    });
  }
  it('covers the pool under every option', () => {
    expect(exprs.length).toBe(POOL.length * OPTION_SETS.length);
  });
});

describe('compression', () => {
  // Which compressed terms Node's bundled zlib would reproduce (pako, used above, reproduces all).
  it('pako matches erts where Node zlib may not (recorded, not required)', () => {
    const levels = [1, 6, 9];
    const terms = compressible();
    const exprs = terms.flatMap((t) => levels.map((l) => `term_to_binary(${t.erl}, [{compressed, ${l}}])`));
    const expected = ertsEval(exprs);
    let compressedCount = 0;
    let nodeSame = 0;
    terms.forEach((t, i) => {
      levels.forEach((l, j) => {
        const want = expected[i * levels.length + j];
        expect(w(encodeTerm(t.js, { compressed: l }))).toBe(want);
        const plain = encodeTerm(t.js);
        const ours = encodeTerm(t.js, { compressed: l });
        if (ours[1] !== 80) return;
        compressedCount++;
        const viaNode = deflateSync(plain.subarray(1), { level: l });
        if (Buffer.compare(viaNode, Buffer.from(ours.subarray(6))) === 0) nodeSame++;
      });
    });
    console.log(`compression: node:zlib reproduced ${nodeSame} of ${compressedCount} compressed terms; pako all`);
    expect(compressedCount).toBeGreaterThan(10);
  });
});

describe('external_size/1,2', () => {
  const exprs = POOL.flatMap((t) => [`erlang:external_size(${t.erl})`, `erlang:external_size(${t.erl}, [{minor_version, 0}])`]);
  const expected = ertsEval(exprs);
  it('equals erts for the pool', () => {
    const bad: string[] = [];
    POOL.forEach((t, i) => {
      const ours = [externalSize(t.js), externalSize(t.js, { minorVersion: 0 })].map(String);
      if (ours[0] !== expected[2 * i] || ours[1] !== expected[2 * i + 1]) {
        bad.push(`${t.erl.slice(0, 100)}: erts ${expected[2 * i]}/${expected[2 * i + 1]}, ours ${ours}`);
      }
    });
    expect(bad, bad.slice(0, 5).join('\n')).toEqual([]);
  });
});

describe('term_to_iovec/2', () => {
  // Binaries past 64 bytes built at run time (refc binaries on erts), whole and as sub-binaries.
  const big = (n: number, fill: number) => ({
    erl: `list_to_binary(lists:duplicate(${n}, ${fill}))`,
    js: BitStr.fromBytes(new Uint8Array(n).fill(fill)),
  });
  const sub = (n: number, skipBits: number, sizeBits: number) => ({
    erl: `begin <<_:${skipBits}, S:${sizeBits}/bitstring, _/bitstring>> = list_to_binary(lists:duplicate(${n}, 170)), S end`,
    js: new BitStr(new Uint8Array(n).fill(170), skipBits, sizeBits),
  });
  const cases: PoolTerm[] = [
    big(65, 1), big(64, 2), big(5000, 3), sub(200, 8, 800), sub(200, 8, 801), sub(200, 8, 520), sub(200, 8, 512),
    sub(200, 1, 800), sub(200, 16, 1000),
    ...[1, 2].map((i) => ({ erl: `{${big(100, i).erl}, <<1,2>>, ${big(70, 9).erl}, [${sub(300, 8, 2003).erl}]}`, js: [big(100, i).js, BitStr.fromBytes(Uint8Array.of(1, 2)), big(70, 9).js, listFrom([sub(300, 8, 2003).js])] })),
    ...fromText(['a', '[1,2,3]', '<<>>']),
  ];
  const opts = [
    { erl: '[]', term: NIL },
    { erl: '[compressed]', term: listFrom([atom('compressed')]) },
    { erl: '[{compressed, 0}]', term: listFrom([[atom('compressed'), 0]]) },
  ];
  const exprs = cases.flatMap((c) => opts.map((o) => `term_to_iovec(${c.erl}, ${o.erl})`));
  const expected = ertsEval(exprs);
  it('cuts the bytes where erts cuts them', () => {
    const bad: string[] = [];
    cases.forEach((c, i) => {
      opts.forEach((o, j) => {
        const bif = lookupBif('erlang', 'term_to_iovec', 2)!;
        const ours = formatTermW(bif(FAKE, c.js, o.term));
        const want = expected[i * opts.length + j];
        if (ours !== want) bad.push(`${c.erl} ${o.erl}\n  erts ${want.slice(0, 200)}\n  ours ${ours.slice(0, 200)}`);
      });
      expect(encodeTermIovec(c.js).reduce((n, p) => n + p.length, 0)).toBe(encodeTerm(c.js).length);
    });
    expect(bad, bad.join('\n')).toEqual([]);
  });
});

// --- the BIFs: options, errors, binary_to_term -------------------------------------------------

const FAKE = { pid: CREATOR } as unknown as Process;

interface BifCase {
  f: string;
  args: PoolTerm[];
}

function call(f: string, ...args: PoolTerm[]): BifCase {
  return { f, args };
}
const T = (text: string): PoolTerm => fromText([text])[0];

function ours(c: BifCase): string {
  const fn = lookupBif('erlang', c.f, c.args.length);
  if (fn === undefined) return `no BIF erlang:${c.f}/${c.args.length}`;
  try {
    return `{ok,${formatTermW(fn(FAKE, ...c.args.map((a) => a.js)))}}`;
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

const ENCODED = (text: string) => {
  const t = T(text);
  const b = encodeTerm(t.js);
  return expr(bin([...b]), BitStr.fromBytes(b));
};

const BIF_CASES: BifCase[] = [
  ...['[]', '[compressed]', '[{compressed, 0}]', '[{compressed, 9}]', '[{compressed, 10}]', '[{compressed, -1}]',
    '[{minor_version, 0}]', '[{minor_version, 2}]', '[{minor_version, 3}]', '[{minor_version, 1}, {minor_version, 2}]',
    '[{minor_version, 2}, {minor_version, 1}]', '[deterministic]', '[local]', '[foo]', '[{compressed}]', 'x',
    '[compressed | x]', '[compressed, {compressed, 0}]', '[{compressed, 6.0}]'].flatMap((o) => [
    call('term_to_binary', T('"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"'), T(o)), call('term_to_iovec', T("{'hé', 1.5}"), T(o)),
  ]),
  ...['[]', '[{minor_version, 0}]', '[{minor_version, 1}]', '[{minor_version, 2}]', '[deterministic]', '[compressed]', 'x']
    .map((o) => call('external_size', T('{1.5, a}'), T(o))),
  call('term_to_binary', T('1.5')), call('term_to_iovec', T('1.5')), call('external_size', T('[1.5]')),
  ...['{a, [1, 2.5, "x"], #{k => <<1:3>>}}', "'日本'", '-1.0e300', '[]'].flatMap((t) => [
    call('binary_to_term', ENCODED(t)), call('binary_to_term', ENCODED(t), T('[used]')),
    call('binary_to_term', ENCODED(t), T('[safe, used]')), call('binary_to_term', ENCODED(t), T('[foo]')),
    call('binary_to_term', ENCODED(t), T('x')),
  ]),
  call('binary_to_term', T('<<131, 97, 1, 2, 3>>'), T('[used]')),
  call('binary_to_term', T('<<131, 97>>')), call('binary_to_term', T('<<131, 97, 1:7>>')), call('binary_to_term', T('x')),
  call('binary_to_term', T('<<131,100,0,23,"etf_surely_not_an_atom_">>'), T('[safe]')),
  call('binary_to_term', T('<<131,113,100,0,5,"lists",100,0,4,"hd_x",97,2>>'), T('[safe]')),
];

describe('the BIFs against erts', () => {
  const expected = ertsEval(BIF_CASES.map(erlCall));
  it('agree on results and errors', () => {
    const bad: string[] = [];
    BIF_CASES.forEach((c, i) => {
      const o = ours(c);
      if (o !== expected[i]) bad.push(`${erlCall(c)}\n  erts ${expected[i]}\n  ours ${o}`);
    });
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
