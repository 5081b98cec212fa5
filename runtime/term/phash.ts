// The portable term hashes of erlang:phash2/1,2 (erts's make_hash2) and erlang:phash/2 (erts's
// make_hash). Both promise the same value for the same term on every erts, whatever the word
// size or byte order, so they depend only on the term's value: an atom hashes by its name
// (hashpjw over its text), never by its index in the atom table; a pid by its number; a
// reference by its first word; a port by its number. Neither looks at a map's layout: phash2
// combines the hashes of a map's key-value pairs with xor, and phash defers maps to phash2.
// Unlike internal-hash.ts (erts's make_internal_hash, which places keys in large maps), these
// two are visible to programs and stored by them, so every value must equal erts's.
// Both walk the term with an explicit stack: long lists and deep nesting are fine.

import { Atom } from './atom.js';
import { BitStr } from './bitstring.js';
import { EFloat } from './float.js';
import { Fun } from './fun.js';
import { Pid, Port, Ref } from './identifiers.js';
import { Cons, NIL } from './list.js';
import { EMap } from './map.js';
import type { Term } from './term.js';

// ---------------------------------------------------------------------------------------------
// Atom hash values

const atomHashes = new Map<Atom, number>();

/**
 * The hash erts keeps with each atom: hashpjw over the UTF-8 text, except that a character
 * of U+0080..U+00FF (two UTF-8 bytes, 0xC2 or 0xC3 then a continuation byte) counts as its
 * Latin-1 byte, so that atoms hash as they did when atom text was Latin-1.
 */
export function atomHash(a: Atom): number {
  let h = atomHashes.get(a);
  if (h !== undefined) return h;
  h = 0;
  const step = (v: number): void => {
    h = ((h! << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h = (h ^ (g >>> 24) ^ g) >>> 0;
  };
  for (const ch of a.name) {
    const c = ch.codePointAt(0)!;
    if (c < 0x100) {
      step(c);
    } else {
      const bytes = utf8.encode(ch);
      for (let i = 0; i < bytes.length; i++) step(bytes[i]);
    }
  }
  atomHashes.set(a, h);
  return h;
}
const utf8 = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// phash2 (make_hash2): Bob Jenkins' lookup2 mix over 32-bit words

// The golden ratio 0x9e3779b9 and its multiples by 2..19 (mod 2^32), one per kind of word.
const GOLDEN = 0x9e3779b9 | 0;
const K = (n: number): number => Math.imul(GOLDEN, n);
const K_NIL = K(2);
const K_ATOM = K(3);
const K_BYTES4 = K(4);
const K_PID = K(5);
const K_PORT = K(6);
const K_REF = K(7);
const K_TUPLE = K(9);
const K_NEG = K(10);
const K_POS = K(11);
const K_FLOAT = K(12);
const K_BINARY = K(13);
const K_EXPORT = K(14);
const K_BITS = K(15);
const K_MAP = K(16);
const K_MAP_PAIRS = K(19);
/** What a [] that is not the first thing hashed contributes (erts's NIL_DEF tag value). */
const NIL_TAG = 2;
/** A top-level [] (or one hashed right after a map pair), which skips the mix. */
const NIL_ALONE = 3468870702;

/** Bob Jenkins' lookup2 mix of three 32-bit words; the third is the result (int32). */
function mix3(a: number, b: number, c: number): number {
  a = (a - b - c) ^ (c >>> 13);
  b = (b - c - a) ^ (a << 8);
  c = (c - a - b) ^ (b >>> 13);
  a = (a - b - c) ^ (c >>> 12);
  b = (b - c - a) ^ (a << 16);
  c = (c - a - b) ^ (b >>> 5);
  a = (a - b - c) ^ (c >>> 3);
  b = (b - c - a) ^ (a << 10);
  c = (c - a - b) ^ (b >>> 15);
  return c;
}

/** Mixes the words (k + x, k + y) into `hash`. */
function mix(hash: number, x: number, y: number, k: number): number {
  return mix3((k + x) | 0, (k + y) | 0, hash | 0);
}

/** lookup2 over whole bytes, seeded with `init` (erts's block_hash). */
function blockHash(bytes: Uint8Array, length: number, init: number): number {
  let a = GOLDEN;
  let b = GOLDEN;
  let c = init | 0;
  let p = 0;
  const word = (i: number): number => bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
  for (; length - p >= 12; p += 12) {
    a = (a + word(p)) | 0;
    b = (b + word(p + 4)) | 0;
    c = (c + word(p + 8)) | 0;
    // Only c comes out of mix3; a and b must go on mixed too, so the block loop mixes inline.
    a = (a - b - c) ^ (c >>> 13);
    b = (b - c - a) ^ (a << 8);
    c = (c - a - b) ^ (b >>> 13);
    a = (a - b - c) ^ (c >>> 12);
    b = (b - c - a) ^ (a << 16);
    c = (c - a - b) ^ (b >>> 5);
    a = (a - b - c) ^ (c >>> 3);
    b = (b - c - a) ^ (a << 10);
    c = (c - a - b) ^ (b >>> 15);
  }
  c = (c + length) | 0;
  // The last 0..11 bytes: 0..3 into a, 4..7 into b, 8..10 into c above its lowest byte.
  for (let i = length - p - 1; i >= 0; i--) {
    const v = bytes[p + i];
    if (i >= 8) c = (c + (v << (8 * (i - 7)))) | 0;
    else if (i >= 4) b = (b + (v << (8 * (i - 4)))) | 0;
    else a = (a + (v << (8 * i))) | 0;
  }
  return mix3(a, b, c);
}

/** An integer's magnitude as 32-bit halves of 64-bit digits, least significant first. */
function magnitudeWords(n: number | bigint): number[] {
  const out: number[] = [];
  if (typeof n === 'number') {
    const m = Math.abs(n);
    out.push(m % 0x100000000, Math.floor(m / 0x100000000));
    return out;
  }
  // Through hex text (linear in the size): 8 hex digits a word, an even number of words.
  const hex = (n < 0n ? -n : n).toString(16);
  for (let end = hex.length; end > 0; end -= 8) out.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
  if (out.length % 2 === 1) out.push(0);
  return out;
}

function hashInteger(hash: number, n: number | bigint): number {
  if (typeof n === 'number' && n >= -0x8000000 && n < 0x8000000) {
    // Within 28 bits: the value itself, a negative one mixed first as its absolute value.
    if (n < 0) hash = mix(hash, -n, 0, GOLDEN);
    return mix(hash, n, 0, GOLDEN);
  }
  const k = n < 0 ? K_NEG : K_POS;
  const words = magnitudeWords(n);
  for (let i = 0; i < words.length; i += 2) hash = mix(hash, words[i], words[i + 1], k);
  return hash;
}

const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A double's high and low 32-bit words; -0.0 counts as 0.0. */
function floatWords(v: number): [number, number] {
  f64[0] = v === 0 ? 0 : v;
  return LITTLE ? [f64Words[1], f64Words[0]] : [f64Words[0], f64Words[1]];
}

function hashBits(hash: number, b: BitStr): number {
  const seed = (K_BINARY + hash) | 0;
  if (b.size === 0) return seed;
  const whole = b.size >>> 3;
  const tail = b.size & 7;
  const bytes = b.toBytes();
  let h = blockHash(bytes, whole, seed);
  if (tail > 0) h = mix(h, tail, bytes[whole] >>> (8 - tail), K_BITS);
  return h;
}

/** Stack markers: the end of a map (restore the saved state) and the end of one key-value pair. */
class MapEnd {
  readonly hash: number;
  readonly pairs: number;
  constructor(hash: number, pairs: number) {
    this.hash = hash;
    this.pairs = pairs;
  }
}
const PAIR_END = {};

/** erts's make_hash2 of `term`, a 32-bit unsigned value (phash2/1 keeps its low 27 bits). */
export function phash2(term: Term): number {
  let hash = 0;
  // The xor of the hashes of the current map's pairs.
  let pairs = 0;
  const stack: unknown[] = [];
  let t: unknown = term;
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') {
      hash = hashInteger(hash, t);
    } else if (t instanceof Atom) {
      hash = hash === 0 ? atomHash(t) | 0 : mix(hash, atomHash(t), 0, K_ATOM);
    } else if (t === NIL) {
      hash = hash === 0 ? NIL_ALONE | 0 : mix(hash, NIL_TAG, 0, K_NIL);
    } else if (t instanceof Cons) {
      // Runs of bytes (0..255) go in four to a word; anything else as a term.
      let cell: Cons = t;
      let acc = 0;
      let count = 0;
      let next: Term = t;
      for (;;) {
        const h = cell.hd;
        if (typeof h !== 'number' || h < 0 || h > 255) break;
        acc = ((acc << 8) + h) | 0;
        if (count === 3) {
          hash = mix(hash, acc, 0, K_BYTES4);
          acc = 0;
          count = 0;
        } else {
          count++;
        }
        next = cell.tl;
        if (!(next instanceof Cons)) break;
        cell = next;
      }
      if (count > 0) hash = mix(hash, acc, 0, K_BYTES4);
      if (next instanceof Cons) {
        stack.push(cell.tl);
        t = cell.hd;
      } else {
        t = next;
      }
      continue;
    } else if (Array.isArray(t)) {
      hash = mix(hash, t.length, 0, K_TUPLE);
      if (t.length > 0) {
        for (let i = t.length - 1; i >= 1; i--) stack.push(t[i]);
        t = t[0];
        continue;
      }
    } else if (t instanceof EFloat) {
      const [hi, lo] = floatWords(t.value);
      hash = mix(hash, hi, lo, K_FLOAT);
    } else if (t instanceof BitStr) {
      hash = hashBits(hash, t);
    } else if (t instanceof EMap) {
      hash = mix(hash, t.size, 0, K_MAP);
      if (t.size > 0) {
        // Each pair is hashed from 0 on its own; the pairs' hashes are xor-ed, so their order
        // (which depends on the map's layout) does not matter.
        stack.push(new MapEnd(hash, pairs));
        hash = 0;
        pairs = 0;
        const entries = t.entries();
        for (let i = entries.length - 1; i >= 0; i--) stack.push(PAIR_END, entries[i][1], entries[i][0]);
      }
    } else if (t instanceof Pid) {
      hash = mix(hash, t.id, 0, K_PID);
    } else if (t instanceof Port) {
      hash = mix(hash, t.id % 0x100000000, Math.floor(t.id / 0x100000000), K_PORT);
    } else if (t instanceof Ref) {
      hash = mix(hash, t.ids[0] ?? 0, 0, K_REF);
    } else if (t instanceof Fun) {
      if (t.lambda !== null) {
        hash = mix(hash, t.env.length, atomHash(t.lambda.module), GOLDEN);
        hash = mix(hash, t.lambda.index, t.lambda.uniq, GOLDEN);
        if (t.env.length > 0) {
          for (let i = t.env.length - 1; i >= 1; i--) stack.push(t.env[i]);
          t = t.env[0];
          continue;
        }
      } else {
        const e = t.export!;
        hash = mix(hash, e.arity, atomHash(e.module), GOLDEN);
        hash = mix(hash, atomHash(e.name), 0, K_EXPORT);
      }
    } else {
      throw new Error(`phash2: not a term: ${String(t)}`);
    }
    // Done with one term: pop markers until the next term.
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === PAIR_END) {
        pairs ^= hash;
        hash = 0;
      } else if (t instanceof MapEnd) {
        hash = mix(t.hash, pairs, 0, K_MAP_PAIRS);
        pairs = t.pairs;
      } else {
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// phash (make_hash): multiply-and-add over bytes, modulo 2^32

// Primes just above 2^28.
const P1 = 268440163;
const P2 = 268439161;
const P3 = 268435459;
const P4 = 268436141;
const P5 = 268438633;
const P6 = 268437017;
const P8 = 268437511;
const P9 = 268439627;
const P10 = 268440479;
const P11 = 268440577;
const P12 = 268440581;
const P13 = 268440593;
const P14 = 268440611;

/** hash * p + x, modulo 2^32. */
function madd(hash: number, p: number, x: number): number {
  return (Math.imul(hash, p) + x) | 0;
}

/** The four bytes of a 32-bit word, least significant first, each as hash * p + byte. */
function wordBytes(hash: number, x: number, p: number): number {
  hash = madd(hash, p, x & 0xff);
  hash = madd(hash, p, (x >>> 8) & 0xff);
  hash = madd(hash, p, (x >>> 16) & 0xff);
  return madd(hash, p, x >>> 24);
}

function phashInteger(hash: number, n: number | bigint): number {
  const words = magnitudeWords(n);
  // Every 64-bit digit gives 8 bytes, except that the last gives 4 when its top half is zero.
  let last = words.length;
  if (words[last - 1] === 0) last--;
  for (let i = 0; i < last; i++) hash = wordBytes(hash, words[i], P2);
  return Math.imul(hash, n < 0 ? P4 : P3);
}

function phashBits(hash: number, b: BitStr): number {
  const whole = b.size >>> 3;
  const tail = b.size & 7;
  const bytes = b.toBytes();
  for (let i = 0; i < whole; i++) hash = madd(hash, P1, bytes[i]);
  if (tail > 0) hash = madd(madd(hash, P1, bytes[whole] >>> (8 - tail)), P12, tail);
  return madd(hash, P4, whole);
}

/** Stack markers for phash: "a tail comes next" and "a tail was hashed"; "a tuple of n ends". */
const TAIL_NEXT = {};
const TAIL_DONE = {};
class TupleEnd {
  readonly arity: number;
  constructor(arity: number) {
    this.arity = arity;
  }
}

/** erts's make_hash of `term`, a 32-bit unsigned value (phash/2 maps it to 1..Range). */
export function phash(term: Term): number {
  let hash = 0;
  const stack: unknown[] = [];
  let t: unknown = term;
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') {
      hash = phashInteger(hash, t);
    } else if (t instanceof Atom) {
      hash = madd(hash, P1, atomHash(t));
    } else if (t === NIL) {
      hash = madd(hash, P3, 1);
    } else if (t instanceof Cons) {
      let cell: Cons = t;
      let done = false;
      for (;;) {
        const h = cell.hd;
        if (typeof h !== 'number' || h < 0 || h > 255) break;
        hash = madd(hash, P2, h);
        const tl = cell.tl;
        if (!(tl instanceof Cons)) {
          // The tail is hashed as a term, then the list is closed.
          stack.push(TAIL_DONE);
          t = tl;
          done = true;
          break;
        }
        cell = tl;
      }
      if (!done) {
        stack.push(cell.tl, TAIL_NEXT);
        t = cell.hd;
      }
      continue;
    } else if (Array.isArray(t)) {
      stack.push(new TupleEnd(t.length));
      for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
    } else if (t instanceof EFloat) {
      const [hi, lo] = floatWords(t.value);
      hash = madd(hash, P6, (hi ^ lo) >>> 0);
    } else if (t instanceof BitStr) {
      hash = phashBits(hash, t);
    } else if (t instanceof EMap) {
      hash = (madd(hash, P13, P14) + phash2(t)) | 0;
    } else if (t instanceof Pid) {
      hash = Math.imul(wordBytes(hash, t.id, P5), P6);
    } else if (t instanceof Port) {
      const high = Math.floor(t.id / 0x100000000);
      if (high !== 0) hash = wordBytes(hash, high, P11);
      hash = Math.imul(wordBytes(hash, t.id % 0x100000000, P9), P10);
    } else if (t instanceof Ref) {
      hash = Math.imul(wordBytes(hash, t.ids[0] ?? 0, P9), P10);
    } else if (t instanceof Fun) {
      if (t.lambda !== null) {
        hash = madd(hash, P10, t.env.length);
        hash = madd(hash, P1, atomHash(t.lambda.module));
        hash = madd(hash, P2, t.lambda.index);
        hash = madd(hash, P2, t.lambda.uniq);
        for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
      } else {
        const e = t.export!;
        hash = madd(hash, P11, e.arity);
        hash = madd(hash, P1, atomHash(e.module));
        hash = madd(hash, P1, atomHash(e.name));
      }
    } else {
      throw new Error(`phash: not a term: ${String(t)}`);
    }
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === TAIL_DONE) {
        hash = Math.imul(hash, P8);
      } else if (t === TAIL_NEXT) {
        const tl = stack.pop();
        if (tl instanceof Cons) {
          t = tl;
          break;
        }
        stack.push(TAIL_DONE);
        t = tl;
        break;
      } else if (t instanceof TupleEnd) {
        hash = madd(hash, P9, t.arity);
      } else {
        break;
      }
    }
  }
}
