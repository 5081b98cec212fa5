// Terms to test term-level code with, each as Erlang text for erts and as a TS value built to
// mirror it: a hand-picked set of awkward values of every kind, random nested terms, and the
// identifiers (pids, ports, references, funs) that text cannot express, made on erts with
// list_to_pid/1 and binary_to_term/1 and here with the runtime's classes.

import { atom } from '../../runtime/term/atom.js';
import { BitStr } from '../../runtime/term/bitstring.js';
import { Fun } from '../../runtime/term/fun.js';
import { LOCAL_NODE, Pid, Port, Ref } from '../../runtime/term/identifiers.js';
import type { Term } from '../../runtime/term/term.js';
import { parseTerm } from './term-text.js';

export interface PoolTerm {
  erl: string;
  js: Term;
}

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fromText(texts: readonly string[]): PoolTerm[] {
  return texts.map((erl) => ({ erl, js: parseTerm(erl) }));
}

const P2 = (n: number) => (1n << BigInt(n)).toString();

/** Numbers around every boundary that matters: 2^31, 2^53 (JS), 2^59 (erts small), 2^64, 2^1024. */
export const NUMBER_TEXTS: string[] = [
  '0', '1', '-1', '2', '-2', '7', '-7', '255', '2147483647', '2147483648', '-2147483649', '4294967296',
  '9007199254740991', '-9007199254740991', '9007199254740992', '-9007199254740992', '9007199254740993',
  '-9007199254740993', '576460752303423487', '576460752303423488', '-576460752303423489',
  '18446744073709551615', '18446744073709551616', '-18446744073709551617', '18446744073709553665',
  '18446744073709555712', P2(100), '-' + P2(100), (1n << 1023n).toString(), ((1n << 1024n) - 1n).toString(),
  P2(1024), '-' + P2(1024), '0.0', '-0.0', '1.0', '-1.0', '0.5', '2.0', '-2.5', '0.1', '1.0e300', '-1.0e300',
  '9007199254740992.0', '9007199254740994.0', '-9007199254740994.0', '1.8446744073709552e19',
  '1.2676506002282294e30', '8.98846567431158e307', '1.7976931348623157e308', '-1.7976931348623157e308',
  '5.0e-324', '2.2250738585072014e-308',
];

export const ATOM_TEXTS: string[] = [
  'a', 'b', 'aa', 'ab', "''", "'A'", "'Z'", "'é'", "'ß'", "'日本'", "'\\x{FFFC}'", "'\\x{E000}'", "'\\x{10000}'",
  "'\\x{1F600}'", "'a\\x{10000}'", "'a\\x{FFFD}'", 'true', 'false', 'nil', "'[]'",
];

export const COMPOUND_TEXTS: string[] = [
  '{}', '{a}', '{b}', '{a,b}', '{1,2}', '{1.0,2}', '{1,2.0}', '{{}}', '{a,{b,c}}', '{[]}',
  '[]', '[a]', '[b]', '[a,b]', '[a|b]', '[a,b|c]', '[1]', '[1.0]', '[1|2]', '[1,2]', '"abc"', '"abd"', '"ab"', '[[]]',
  '[[a]]', '[{}]',
  '#{}', '#{a => 1}', '#{a => 1.0}', '#{a => 2}', '#{b => 0}', '#{1 => a}', '#{1.0 => a}', '#{2 => a}', '#{0.5 => a}',
  '#{a => 1, b => 2}', '#{a => 1, c => 0}', '#{1 => a, 1.0 => b}', '#{1 => b, 1.0 => a}', '#{1 => x, 2 => x}',
  '#{{1} => a}', '#{{1.0} => a}', '#{[] => a}', '#{0.0 => a}', '#{a => #{b => 1}}', '#{a => #{b => 1.0}}',
  '<<>>', '<<0>>', '<<1>>', '<<1,2>>', '<<1,2,3>>', '<<255>>', '<<"abc">>', '<<"abd">>', '<<0:1>>', '<<1:1>>',
  '<<2:2>>', '<<3:2>>', '<<1,2:3>>', '<<1,3:3>>', '<<1:7>>', '<<128:8>>', '<<127:7>>', '<<1,2,3:4>>',
];

function mapText(pairs: Array<[string, string]>): string {
  return '#{' + pairs.map(([k, v]) => `${k} => ${v}`).join(', ') + '}';
}
const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);

/** Maps of more than 32 keys: erts's hash tries, whose layout shows in printing and iteration. */
export const LARGE_MAP_TEXTS: string[] = [
  mapText(range(33).map((i) => [String(i), String(i)])),
  mapText(range(33).map((i) => [String(i), i === 20 ? '0' : String(i)])),
  mapText(range(33).map((i) => [String(i), i === 20 ? '20.0' : String(i)])),
  mapText(range(33, 2).map((i) => [String(i), String(i)])),
  mapText(range(40).map((i) => [String(i), '[x]'])),
  mapText(range(40).map((i) => [String(i), '"bc"'])),
  mapText(range(34).map((i) => [i % 2 ? `${i}.0` : String(i), `a${i}`])),
  mapText(range(34).map((i) => [i % 2 ? String(i) : `${i}.0`, `a${i}`])),
  // No atom keys: an atom hashes by its index in the atom table, which differs from erts's here.
  mapText(range(100).map((i) => [[`[${i}]`, String(i * 7919), `{${i}}`, `<<${i}>>`, `${i}.5`, `"s${i}"`][i % 6], String(i)])),
];

function etfAtom(name: string): string {
  return `119,${name.length},"${name}"`;
}
function u32(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(',');
}
function u64(n: number): string {
  return u32(Math.floor(n / 4294967296)) + ',' + u32(n >>> 0);
}

/** A pid of any node through the external term format (NEW_PID_EXT). */
export function pidTerm(node: string, id: number, serial: number, creation: number): PoolTerm {
  const erl =
    node === 'nonode@nohost' && creation === 0
      ? `list_to_pid("<0.${id}.${serial}>")`
      : `binary_to_term(<<131,88,${etfAtom(node)},${u32(id)},${u32(serial)},${u32(creation)}>>)`;
  return { erl, js: new Pid(node === 'nonode@nohost' ? LOCAL_NODE : atom(node), id, serial, creation) };
}

export function portTerm(node: string, id: number, creation: number): PoolTerm {
  return {
    erl: `binary_to_term(<<131,120,${etfAtom(node)},${u64(id)},${u32(creation)}>>)`,
    js: new Port(node === 'nonode@nohost' ? LOCAL_NODE : atom(node), id, creation),
  };
}

/** A reference; `ids` least significant first, as Ref stores them and NEWER_REFERENCE_EXT sends them. */
export function refTerm(node: string, creation: number, ids: number[]): PoolTerm {
  return {
    erl: `binary_to_term(<<131,90,0,${ids.length},${etfAtom(node)},${u32(creation)},${ids.map(u32).join(',')}>>)`,
    js: new Ref(node === 'nonode@nohost' ? LOCAL_NODE : atom(node), creation, ids),
  };
}

export function exportFunTerm(m: string, f: string, arity: number): PoolTerm {
  const exp = { module: atom(m), name: atom(f), arity, fn: () => 0 };
  return { erl: `fun '${m}':'${f}'/${arity}`, js: new Fun(arity, null, [], exp) };
}

/** A bitstring that starts `offset` bits into its buffer, as a sub-binary does. */
let subCount = 0;
export function subBitsTerm(bytes: number[], offset: number, size: number): PoolTerm {
  // A fresh variable each: several may sit in one expression, where a name binds once.
  const v = `Sub${subCount++}`;
  return {
    erl: `begin <<_:${offset}, ${v}:${size}/bitstring, _/bitstring>> = <<${bytes.join(',')}>>, ${v} end`,
    js: new BitStr(Uint8Array.from(bytes), offset, size),
  };
}

export const SUB_BINARIES: PoolTerm[] = [
  subBitsTerm([0x61, 0x62, 0x63, 0x64], 8, 16), subBitsTerm([0x0c, 0x2c, 0x4c, 0x60], 4, 24),
  subBitsTerm([0xff, 0x00, 0xab], 3, 13), subBitsTerm([0xff, 0x00, 0xab], 3, 21), subBitsTerm([0x12, 0x34], 1, 0),
  subBitsTerm([0x80, 0x01], 1, 8), subBitsTerm([0x00, 0x80], 7, 2), subBitsTerm([0xaa, 0x55, 0xaa], 5, 16),
];

export const IDENTIFIERS: PoolTerm[] = [
  pidTerm('nonode@nohost', 5, 0, 0), pidTerm('nonode@nohost', 3, 1, 0), pidTerm('nonode@nohost', 7, 0, 0),
  pidTerm('a@b', 5, 0, 1), pidTerm('a@b', 5, 0, 2), pidTerm('b@b', 5, 0, 1), pidTerm('a@b', 4, 1, 1),
  pidTerm('aa@b', 0, 0, 3), pidTerm('nonode@nohost', 5, 0, 3),
  portTerm('nonode@nohost', 0, 0), portTerm('nonode@nohost', 9, 0), portTerm('a@b', 1, 1), portTerm('a@b', 5, 0),
  portTerm('a@b', 3, 2), portTerm('b@b', 0, 0), portTerm('a@b', 2 ** 40, 1),
  refTerm('nonode@nohost', 0, [1, 2, 3]), refTerm('nonode@nohost', 0, [3, 2, 1]), refTerm('a@b', 1, [1, 2, 3]),
  refTerm('a@b', 1, [1, 2, 3, 0]), refTerm('a@b', 1, [1, 2]), refTerm('a@b', 1, [1, 2, 3, 4]),
  refTerm('a@b', 0, [5, 5, 5]), refTerm('a@b', 2, [0, 0, 0]), refTerm('b@b', 1, [0, 0, 0]),
  exportFunTerm('lists', 'map', 2), exportFunTerm('lists', 'map', 3), exportFunTerm('lists', 'filter', 2),
  exportFunTerm('erlang', 'abs', 1), exportFunTerm('a', 'b', 0),
];

/** Random nested terms as text, from a seeded generator. */
export function randomTexts(seed: number, count: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const leaves = ['0', '1', '-1', '1.0', '-0.0', '0.5', '2', P2(60), '-' + P2(70), 'a', 'b', "'B'", '[]', '<<>>', '<<7:3>>'];
  const gen = (depth: number): string => {
    const k = depth <= 0 ? 0 : Math.floor(r() * 6);
    switch (k) {
      case 1: {
        const n = Math.floor(r() * 4);
        return '{' + Array.from({ length: n }, () => gen(depth - 1)).join(',') + '}';
      }
      case 2: {
        const n = 1 + Math.floor(r() * 3);
        const items = Array.from({ length: n }, () => gen(depth - 1)).join(',');
        return r() < 0.2 ? `[${items}|${gen(depth - 1)}]` : `[${items}]`;
      }
      case 3: {
        const keys = new Set<string>();
        const n = Math.floor(r() * 3);
        for (let i = 0; i < n; i++) keys.add(pick(['1', '1.0', '2', 'a', 'b', '{1}', '[]']));
        return '#{' + [...keys].map((k) => `${k} => ${gen(depth - 1)}`).join(', ') + '}';
      }
      case 4: {
        const n = Math.floor(r() * 3);
        const segs = Array.from({ length: n }, () => String(Math.floor(r() * 256)));
        if (r() < 0.4) segs.push(`${Math.floor(r() * 8)}:3`);
        return '<<' + segs.join(',') + '>>';
      }
      default:
        return pick(leaves);
    }
  };
  return Array.from({ length: count }, () => gen(3));
}
