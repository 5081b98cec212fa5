// The external term format decoder against erts's binary_to_term/1,2: terms erts
// encodes (in each of its encodings), and hand-made binaries probing every tag's
// edge cases and malformations. For each, erts says what the term is (in the
// canonical rendering of test/support/canon.ts, and for the hand-made ones the
// bytes used) or badarg, and so must we.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atom } from '../runtime/term/atom.js';
import { Cons, NIL } from '../runtime/term/list.js';
import { decodeTerm, decodeTermAt, type DecodeOptions, type LambdaRef } from '../runtime/term/etf-decode.js';
import { ErlangException } from '../runtime/errors.js';
import type { Term } from '../runtime/term/term.js';
import { canon } from './support/canon.js';
import { runDump } from './support/erts.js';

/** A stand-in loader: any lambda resolves, with just what canon() shows. */
const opts: DecodeOptions = {
  resolveLambda: (r: LambdaRef) => ({
    module: r.module,
    name: atom('-stub-'),
    arity: r.arity,
    index: r.index,
    uniq: r.oldUniq,
    md5: r.uniq,
    fn: () => NIL,
  }),
};

function ours(bytes: Uint8Array, withUsed = false): string {
  try {
    if (!withUsed) return canon(decodeTerm(bytes, opts));
    const { term, used } = decodeTermAt(bytes, 0, opts);
    return `${canon(term)}\t${used}`;
  } catch (e) {
    if (e instanceof ErlangException && (e.reason as { name?: string }).name === 'badarg') return 'badarg';
    throw e;
  }
}

// --- hand-made binaries ---------------------------------------------------------

type Bytes = ReadonlyArray<number | string | Uint8Array | Bytes>;
function b(...parts: Bytes): Uint8Array {
  const out: number[] = [];
  const add = (p: Bytes[number]) => {
    if (typeof p === 'number') out.push(p);
    else if (typeof p === 'string') for (const c of Buffer.from(p, 'latin1')) out.push(c);
    else for (const x of p as Iterable<Bytes[number]>) add(x);
  };
  parts.forEach(add);
  return Uint8Array.from(out);
}
const u16 = (n: number) => [n >>> 8, n & 255];
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const atomExt = (s: string) => [100, ...u16(s.length), s];
const NODE = atomExt('nonode@nohost');
const OTHER = atomExt('a@host');
const floatExt = (s: string) => [99, s, ...Array(31 - s.length).fill(0)];
const V = 131;

const handMade: Uint8Array[] = [
  // framing
  b(V), b(130, 106), b(V, 97, 1, 0, 0), b(V, 97), b(V, 98, 255, 255), b(V, 200),
  b(V, 82, 0), b(V, 68, 0), b(V, 121, 0), b(V, 117, 0, 0, 0, 0),
  // integers and bignums
  b(V, 98, ...u32(0xffffffff)), b(V, 110, 0, 0), b(V, 110, 0, 1), b(V, 110, 1, 0, 0), b(V, 110, 1, 1, 0),
  b(V, 110, 2, 0, 1, 0), b(V, 110, 1, 2, 5), b(V, 110, 8, 0, 255, 255, 255, 255, 255, 255, 31, 0),
  b(V, 110, 8, 1, 255, 255, 255, 255, 255, 255, 31, 0), b(V, 110, 8, 0, 0, 0, 0, 0, 0, 0, 32, 0),
  b(V, 111, 0, 0, 0, 1, 0, 5), b(V, 111, 0, 0, 0, 9, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9), b(V, 110, 3, 0, 1),
  // floats
  b(V, floatExt('1.5')), b(V, floatExt('1.0e3')), b(V, floatExt('-1.5')), b(V, floatExt('+1.5')),
  b(V, floatExt(' 1.5')), b(V, floatExt('1.5 ')), b(V, floatExt('.5')), b(V, floatExt('1.')),
  b(V, floatExt('1e3')), b(V, floatExt('1.5E+03')), b(V, floatExt('-0.0')), b(V, floatExt('1.5e400')),
  b(V, floatExt('1.0e-400')), b(V, floatExt('4.9e-324')), b(V, floatExt('1.50000000000000000000e+00')),
  b(V, 99, '1.5', 0, 'xyz', Array(24).fill(0)), b(V, 99, '1.5'),
  b(V, 70, 127, 240, 0, 0, 0, 0, 0, 0), b(V, 70, 255, 248, 0, 0, 0, 0, 0, 1), b(V, 70, 128, 0, 0, 0, 0, 0, 0, 0),
  b(V, 70, 0, 0, 0, 0, 0, 0, 0, 1), b(V, 70, 1),
  // atoms
  b(V, 100, 0, 3, 255, 97, 98), b(V, 115, 0), b(V, 118, 0, 2, 195, 169), b(V, 118, 0, 1, 255),
  b(V, 119, 3, 237, 160, 128), b(V, 119, 3, 239, 187, 191), b(V, 119, 2, 192, 128), b(V, 119, 4, 240, 159, 152, 128),
  b(V, 100, 1, 0, Array(256).fill(120)), b(V, 100, 0, 255, Array(255).fill(120)),
  b(V, 118, 1, 0, Array(256).fill(120)), b(V, 118, 3, 252, Array(255).fill([240, 159, 152, 128])),
  b(V, 118, 4, 0, Array(256).fill([240, 159, 152, 128])), b(V, 100, 0, 5, 'ab'),
  // tuples, lists, strings
  b(V, 104, 0), b(V, 105, 0, 0, 0, 1, 106), b(V, 105, ...u32(0xffffffff), 106), b(V, 104, 2, 106),
  b(V, 108, 0, 0, 0, 0, 97, 1), b(V, 108, 0, 0, 0, 1, 97, 1, 97, 2), b(V, 108, 0, 0, 0, 1, 97, 1, 108, 0, 0, 0, 1, 97, 2, 106),
  b(V, 108, 255, 255, 255, 255, 106), b(V, 108, 0, 0, 0, 2, 97, 1, 106), b(V, 107, 0, 0), b(V, 107, 0, 2, 200, 1),
  b(V, 107, 0, 3, 1), b(V, 108, 0, 0, 0, 1, 107, 0, 1, 65, 107, 0, 1, 66),
  // binaries and bitstrings
  b(V, 109, 0, 0, 0, 5, 1, 2), b(V, 109, 0, 0, 0, 2, 1, 2), b(V, 77, 0, 0, 0, 1, 0, 255), b(V, 77, 0, 0, 0, 1, 9, 255),
  b(V, 77, 0, 0, 0, 0, 0), b(V, 77, 0, 0, 0, 0, 3), b(V, 77, 0, 0, 0, 1, 3, 255), b(V, 77, 0, 0, 0, 2, 8, 1, 2),
  b(V, 77, 0, 0, 0, 2, 1, 1, 255),
  // maps
  b(V, 116, 0, 0, 0, 0), b(V, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3), b(V, 116, 0, 0, 0, 1, 97, 1),
  b(V, 116, 0, 0, 0, 2, 97, 1, 97, 2, 70, 63, 240, 0, 0, 0, 0, 0, 0, 97, 3),
  b(V, 116, ...u32(33), Array.from({ length: 33 }, (_, i) => [97, 32 - i, 106])),
  // pids
  b(V, 103, NODE, 0, 0, 0, 1, 0, 0, 0, 2, 0), b(V, 103, NODE, 0, 0, 255, 255, 0, 0, 255, 255, 3),
  b(V, 103, OTHER, 0, 0, 255, 255, 0, 0, 255, 255, 3), b(V, 88, OTHER, ...u32(0xffffffff), ...u32(0xffffffff), 0, 0, 0, 5),
  b(V, 103, NODE, 0, 0, 128, 0, 0, 0, 0, 2, 0), b(V, 103, NODE, 0, 0, 0, 1, 0, 0, 128, 0, 0),
  b(V, 88, NODE, 0, 0, 127, 255, 0, 0, 31, 255, 0, 0, 0, 0), b(V, 88, NODE, 0, 0, 127, 255, 0, 0, 32, 0, 0, 0, 0, 0),
  b(V, 88, NODE, 0, 0, 127, 255, 0, 0, 32, 0, 0, 0, 0, 1), b(V, 103, NODE, 0, 0, 127, 255, 0, 0, 32, 0, 4),
  b(V, 103, 97, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0), b(V, 103, 118, 0, 6, 'a@host', 0, 0, 0, 1, 0, 0, 0, 2, 1),
  b(V, 103, 100, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 1), b(V, 103, OTHER, 0, 0, 0, 1),
  // ports
  b(V, 89, OTHER, ...u32(0xffffffff), 0, 0, 0, 5), b(V, 102, OTHER, ...u32(0xffffffff), 3), b(V, 102, OTHER, 0, 0, 0, 1, 4),
  b(V, 120, OTHER, ...u32(0xffffffff), ...u32(0xffffffff), 0, 0, 0, 5), b(V, 102, NODE, 0, 0, 0, 1, 0),
  b(V, 102, NODE, ...u32(0xffffffff), 0), b(V, 89, NODE, 15, 255, 255, 255, 0, 0, 0, 0), b(V, 89, NODE, 16, 0, 0, 0, 0, 0, 0, 0),
  b(V, 120, NODE, 0, 0, 0, 0, 15, 255, 255, 255, 0, 0, 0, 0), b(V, 120, NODE, 0, 0, 0, 1, 15, 255, 255, 255, 0, 0, 0, 0),
  // references
  b(V, 101, OTHER, 0, 3, 255, 255, 1), b(V, 101, OTHER, 0, 4, 0, 0, 1), b(V, 101, OTHER, 0, 0, 0, 1, 4),
  b(V, 114, 0, 3, OTHER, 1, 0, 0, 0, 1, ...u32(0xffffffff), 0, 0, 0, 3), b(V, 114, 0, 5, OTHER, 1, Array(5).fill(u32(3))),
  b(V, 114, 0, 6, OTHER, 1, Array(6).fill(u32(3))), b(V, 114, 0, 3, OTHER, 1, 0, 4, 0, 0, ...u32(1), ...u32(3)),
  b(V, 114, 0, 1, OTHER, 4, 0, 0, 0, 1), b(V, 114, 0, 1, NODE, 0, 0, 0, 0, 5),
  b(V, 90, 0, 4, OTHER, 0, 0, 0, 1, Array(4).fill(u32(0x40000))), b(V, 90, 0, 6, OTHER, 0, 0, 0, 1, Array(6).fill(u32(3))),
  b(V, 90, 0, 3, NODE, 0, 0, 0, 0, ...u32(0xffffffff), ...u32(3), ...u32(3)), b(V, 90, 0, 3, NODE, 0, 0, 0, 0, 0, 3, 255, 255, ...u32(3), ...u32(3)),
  b(V, 90, 0, 3, NODE, 0, 0, 0, 0, 0, 4, 0, 0, ...u32(3), ...u32(3)), b(V, 90, 0, 2, NODE, 0, 0, 0, 0, 0, 3, 255, 255, ...u32(3)),
  b(V, 90, 0, 4, NODE, 0, 0, 0, 0, Array(4).fill(u32(3))), b(V, 90, 0, 1, NODE, 0, 0, 0, 0, ...u32(5)),
  b(V, 90, 0, 0, NODE, 0, 0, 0, 0), b(V, 90, 0, 2, NODE, 0, 0, 0, 1, ...u32(5), ...u32(5)),
  // export funs (not arities past 255: erts prints such a fun with its full arity
  // but erlang:fun_info/2 reports it modulo 256)
  b(V, 113, atomExt('m'), atomExt('f'), 97, 3), b(V, 113, atomExt('m'), atomExt('f'), 98, 0, 0, 0, 255),
  b(V, 113, atomExt('m'), atomExt('f'), 98, ...u32(0xffffffff)),
  b(V, 113, atomExt('m'), atomExt('f'), 110, 1, 0, 3), b(V, 113, atomExt('m'), atomExt('f'), 110, 1, 1, 3),
  b(V, 113, 97, 1, atomExt('f'), 97, 1), b(V, 113, atomExt('m'), 106, 97, 1), b(V, 113, atomExt('m'), atomExt('f'), 106),
  // compressed
  b(V, 80, ...u32(2), deflateSync(Buffer.from([97, 1]))), b(V, 80, ...u32(3), deflateSync(Buffer.from([97, 1]))),
  b(V, 80, ...u32(1), deflateSync(Buffer.from([97, 1]))), b(V, 80, ...u32(2), deflateSync(Buffer.from([97, 1])), 1, 2, 3),
  b(V, 80, ...u32(3), deflateSync(Buffer.from([97, 1, 5]))), b(V, 80, ...u32(3), deflateSync(Buffer.from([131, 97, 1]))),
  b(V, 104, 1, 80, ...u32(2), deflateSync(Buffer.from([97, 1]))), b(V, 80, ...u32(2), 1, 2, 3, 4), b(V, 80, 0, 0),
  b(V, 80, ...u32(6), deflateSync(Buffer.from([104, 2, 97, 1, 106, 0]))),
];

let tmp: string;
let encoded: Array<[string, string]>;
let handMadeErts: string[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'beamjs-etf-'));
  runDump(['encode', join(tmp, 'encoded.txt')]);
  encoded = readFileSync(join(tmp, 'encoded.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t') as [string, string]);
  writeFileSync(join(tmp, 'in.txt'), handMade.map((x) => Buffer.from(x).toString('hex')).join('\n') + '\n');
  runDump(['etf', join(tmp, 'out.txt'), join(tmp, 'in.txt')]);
  handMadeErts = readFileSync(join(tmp, 'out.txt'), 'utf8').split('\n').slice(0, handMade.length);
}, 30_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('decodeTerm', () => {
  it('decodes what erts encodes, in every encoding', () => {
    expect(encoded.length).toBeGreaterThan(200);
    const bad: string[] = [];
    for (const [hex, theirs] of encoded) {
      const mine = ours(Buffer.from(hex, 'hex'));
      if (mine !== theirs) bad.push(`${hex.slice(0, 80)}\n  beamjs ${mine.slice(0, 200)}\n  erts   ${theirs.slice(0, 200)}`);
    }
    expect(bad).toEqual([]);
  });

  it('agrees with erts on hand-made and malformed binaries', () => {
    const bad: string[] = [];
    handMade.forEach((bytes, i) => {
      const mine = ours(bytes, true);
      if (mine !== handMadeErts[i]) {
        bad.push(`#${i} ${Buffer.from(bytes).toString('hex').slice(0, 80)}\n  beamjs ${mine.slice(0, 200)}\n  erts   ${handMadeErts[i]}`);
      }
    });
    expect(bad).toEqual([]);
    // Both outcomes are exercised.
    expect(handMadeErts.filter((r) => r === 'badarg').length).toBeGreaterThan(30);
    expect(handMadeErts.filter((r) => r !== 'badarg').length).toBeGreaterThan(30);
  });

  it('never throws anything but badarg on damaged input', () => {
    let seed = 99;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const samples = encoded.map(([hex]) => Buffer.from(hex, 'hex'));
    for (let k = 0; k < 3000; k++) {
      const s = new Uint8Array(samples[rand(samples.length)]);
      const damaged = k % 2 === 0 ? s.subarray(0, rand(s.length)) : s.map((x) => (rand(8) === 0 ? x ^ (1 << rand(8)) : x));
      try {
        decodeTerm(damaged, opts);
      } catch (e) {
        if (!(e instanceof ErlangException)) throw e;
      }
    }
  });

  it('reads nesting far deeper than the JS stack', () => {
    // [[[...[]...]]] a million deep, checked by walking it (canon() would recurse).
    const depth = 1_000_000;
    const bytes = new Uint8Array(1 + depth * 6 + 1 + depth);
    bytes[0] = V;
    for (let i = 0; i < depth; i++) bytes.set([108, 0, 0, 0, 1], 1 + i * 5);
    bytes.fill(106, 1 + depth * 5);
    let t: Term = decodeTerm(bytes.subarray(0, 1 + depth * 5 + 1 + depth));
    let n = 0;
    while (t instanceof Cons && t.tl === NIL) {
      t = t.hd;
      n++;
    }
    expect([n, t]).toEqual([depth, NIL]);
  });

  it('decodeTermAt starts at an offset', () => {
    const term = b(V, 104, 2, 97, 1, 106);
    const at = decodeTermAt(b(0, 0, term, 255), 2, opts);
    expect([canon(at.term), at.used]).toEqual([canon(decodeTerm(term, opts)), decodeTermAt(term, 0, opts).used]);
  });
});
