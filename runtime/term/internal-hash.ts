// erts's internal term hash (make_internal_hash of OTP 25, 64-bit build), which places the keys
// of large maps in their hash array mapped trie and so decides the order in which maps:to_list,
// maps:fold and printing visit them. Words are mixed with Bob Jenkins' lookup2 mix. An immediate
// (small integer, atom, local pid or port, []) is hashed as erts's 64-bit tagged word, so an atom
// hashes by its index in erts's atom table (Atom.id stands in for it: exact only where atom.ts
// numbers atoms as erts does) and a pid by its number, serial and process table slot.
// Checked value for value against erts_debug:get_internal_state({internal_hash, T}) by
// test/term-map.test.ts. Export funs and external pids, ports and references, which erts hashes
// by pointer, get a deterministic stand-in: a valid hash, not erts's value.

import { Atom } from './atom.js';
import { BitStr } from './bitstring.js';
import { EFloat } from './float.js';
import { Fun } from './fun.js';
import { Pid, Port, Ref, LOCAL_NODE } from './identifiers.js';
import { Cons, NIL } from './list.js';
import type { Term } from './term.js';

// The golden-ratio constant and its multiples, one per term kind, so that equal words of
// different kinds hash differently (erts names them HCONST, HCONST_2 ... HCONST_22).
const HC = 0x9e3779b9;
const hc = (n: number): number => Math.imul(HC, n) | 0;
const H_IMMED = HC | 0;
const H_STR4 = hc(4);
const H_PID_EXT = hc(5);
const H_REF = hc(7);
const H_REF2 = hc(8);
const H_TUPLE = hc(9);
const H_BIG_NEG = hc(10);
const H_BIG_POS = hc(11);
const H_FLOAT = hc(12);
const H_BIN = hc(13);
const H_EXPORT = hc(14);
const H_BITS = hc(15);
const H_MAP = hc(16);
const H_FUN1 = hc(20);
const H_FUN2 = hc(21);
const H_CONS_HEAD = hc(17);
const H_CONS_TAIL = hc(18);
const H_STR_TAIL = hc(22);

/** erts starts every internal hash from this (xor the salt), so it differs from phash2's. */
const INTERNAL_HASH_SEED = 3432918353;

/** A light mix of a kind marker: xor, then rotate left by 17. */
function constHash(hash: number, k: number): number {
  const h = hash ^ k;
  return (h << 17) | (h >>> 15);
}

/** Stack marker: "the tail of a cons cell comes next". */
const CDR_MARK = {};

/** Bob Jenkins' lookup2 mix of three 32-bit words; only the third survives as the hash. */
function mix(a: number, b: number, c: number): number {
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

/** One step of erts's word hashing: mix (k + x, k + y, hash); returns the new hash (int32). */
function mix2(hash: number, x: number, y: number, k: number): number {
  return mix((k + x) | 0, (k + y) | 0, hash | 0);
}

/** lookup2 over a byte string, seeded with `init` (how erts hashes binaries). */
function blockHash(k: Uint8Array, start: number, length: number, init: number): number {
  let a = H_IMMED;
  let b = H_IMMED;
  let c = init | 0;
  let p = start;
  let len = length;
  const w = (i: number): number => k[i] | (k[i + 1] << 8) | (k[i + 2] << 16) | (k[i + 3] << 24);
  while (len >= 12) {
    a = (a + w(p)) | 0;
    b = (b + w(p + 4)) | 0;
    c = (c + w(p + 8)) | 0;
    a = (a - b - c) ^ (c >>> 13);
    b = (b - c - a) ^ (a << 8);
    c = (c - a - b) ^ (b >>> 13);
    a = (a - b - c) ^ (c >>> 12);
    b = (b - c - a) ^ (a << 16);
    c = (c - a - b) ^ (b >>> 5);
    a = (a - b - c) ^ (c >>> 3);
    b = (b - c - a) ^ (a << 10);
    c = (c - a - b) ^ (b >>> 15);
    p += 12;
    len -= 12;
  }
  c = (c + length) | 0;
  // The tail: bytes 8..10 go to c above its low byte (which holds the length), 4..7 to b, 0..3 to a.
  for (let i = len - 1; i >= 0; i--) {
    const byte = k[p + i];
    if (i >= 8) c = (c + (byte << (8 * (i - 7)))) | 0;
    else if (i >= 4) b = (b + (byte << (8 * (i - 4)))) | 0;
    else a = (a + (byte << (8 * i))) | 0;
  }
  return mix(a, b, c);
}

// erts's tags for immediates on a 64-bit build: small integers carry 4 tag bits (0xF), local
// pids 0x3 and ports 0x7 below their data; atoms 6 bits (0x0B). [] is the bare tag word 0x3B
// (found by search against erts: not the all-ones word older erts sources define).
const SMALL_MIN = -(1n << 59n);
const SMALL_MAX = (1n << 59n) - 1n;
const NIL_LO = 0x3b;
const NIL_HI = 0;

function hashSmallNumber(hash: number, n: number): number {
  // The word is n * 16 + 15; its low half from n's low 28 bits, its high half is floor(n / 2^28).
  return mix2(hash, (n << 4) | 15, Math.floor(n / 268435456) | 0, H_IMMED);
}

function hashSmallBig(hash: number, n: bigint): number {
  const word = BigInt.asUintN(64, (n << 4n) | 15n);
  return mix2(hash, Number(word & 0xffffffffn) | 0, Number(word >> 32n) | 0, H_IMMED);
}

/** A bignum: its magnitude in 64-bit digits, least significant first, two 32-bit halves each. */
function hashBignum(hash: number, n: bigint): number {
  const k = n < 0n ? H_BIG_NEG : H_BIG_POS;
  let mag = n < 0n ? -n : n;
  do {
    const lo = Number(mag & 0xffffffffn) | 0;
    const hi = Number((mag >> 32n) & 0xffffffffn) | 0;
    hash = mix2(hash, lo, hi, k);
    mag >>= 64n;
  } while (mag > 0n);
  return hash;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function hashFloat(hash: number, v: number): number {
  f64[0] = v === 0 ? 0 : v; // -0.0 and 0.0 are the same key: hash them alike
  // erts hashes the double's two 32-bit words in memory order (low word first on x86-64).
  const w0 = LITTLE_ENDIAN ? u32[0] : u32[1];
  const w1 = LITTLE_ENDIAN ? u32[1] : u32[0];
  return mix2(hash, w0 | 0, w1 | 0, H_FLOAT);
}

function hashBitStr(hash: number, b: BitStr): number {
  const whole = b.size >>> 3;
  const rest = b.size & 7;
  const seed = (H_BIN + hash) | 0;
  if (b.size === 0) return seed;
  const bytes = (b.offset & 7) === 0 ? b.bytes.subarray(b.offset >>> 3) : b.toBytes();
  let h = blockHash(bytes, 0, whole, seed);
  if (rest > 0) h = mix2(h, rest, bytes[whole] >>> (8 - rest), H_BITS);
  return h;
}

/** The atom table index erts would give this atom: the project's atom ids (see atom.ts). */
function atomIndex(a: Atom): number {
  return a.id;
}

function hashAtom(hash: number, a: Atom): number {
  const idx = atomIndex(a);
  return mix2(hash, (idx << 6) | 0x0b, Math.floor(idx / 67108864) | 0, H_IMMED);
}

// A local pid or port is an immediate whose low half is its data (a pid's serial above 15 bits of
// number; a port's number) shifted over the tag, and whose high half is its slot in erts's process
// or port table. The slot spreads consecutive numbers over cache lines of 8 entries: erts's
// layout for the default table sizes (+P 262144 processes, 65536 ports) is modelled here.
function tableSlot(data: number, tableBits: number): number {
  const lines = tableBits - 3;
  return (((data & ((1 << lines) - 1)) << 3) + ((data >>> lines) & 7)) | 0;
}
const PROCESS_TABLE_BITS = 18;
const PORT_TABLE_BITS = 16;

function hashPid(hash: number, p: Pid): number {
  if (p.node !== LOCAL_NODE) {
    // erts mixes the node entry's address here: use the node name's atom instead.
    return mix2(mix2(hash, atomIndex(p.node), 0, H_PID_EXT), p.id, p.serial, H_PID_EXT);
  }
  const data = ((p.serial << 15) | p.id) & 0x0fffffff;
  return mix2(hash, (data << 4) | 3, tableSlot(data, PROCESS_TABLE_BITS), H_IMMED);
}

function hashPort(hash: number, p: Port): number {
  if (p.node !== LOCAL_NODE) return mix2(mix2(hash, atomIndex(p.node), 0, H_PID_EXT), p.id, 0, H_PID_EXT);
  const data = p.id & 0x0fffffff;
  return mix2(hash, (data << 4) | 7, tableSlot(data, PORT_TABLE_BITS), H_IMMED);
}

function hashRef(hash: number, r: Ref): number {
  if (r.node !== LOCAL_NODE) hash = mix2(hash, atomIndex(r.node), 0, H_REF);
  hash = mix2(hash, r.ids[0] ?? 0, 0, H_REF);
  return mix2(hash, r.ids[1] ?? 0, r.ids[2] ?? 0, H_REF2);
}

/**
 * How a map's content reaches the hash: map.ts registers it, since it owns the layouts. It gets
 * the map, mixes what erts mixes first into `hash` (with mixWords),
 * pushes the parts still to be hashed onto `stack` (the last pushed is hashed first), and returns
 * the new hash.
 */
export type MapHashPush = (m: unknown, stack: unknown[], hash: number) => number;
let pushMap: MapHashPush = () => {
  throw new Error('internal-hash: map layout not registered');
};
export function registerMapHashing(f: MapHashPush): void {
  pushMap = f;
}
/** erts's word mix, for map.ts: the size of a map is mixed as mixWords(hash, size, 0, H_MAP_SIZE). */
export const mixWords = mix2;
export const H_MAP_SIZE = H_MAP;

/**
 * internalHash(key) for a map key, with integer keys hashed here: internalHash holds the whole
 * term walker, too big for V8 to inline into a map lookup, and an integer needs none of it.
 */
export function mapKeyHash(key: Term): number {
  if (typeof key === 'number') return hashSmallNumber(INTERNAL_HASH_SEED | 0, key) >>> 0;
  return internalHash(key);
}

/**
 * erts's make_internal_hash(term, salt) as an unsigned 32-bit number. The term is walked in
 * pre-order, left to right; an explicit stack keeps deep lists off the JS stack.
 */
export function internalHash(term: Term, salt = 0): number {
  let hash = (salt ^ INTERNAL_HASH_SEED) | 0;
  // The common keys need no walk (and no stack).
  if (typeof term === 'number') return hashSmallNumber(hash, term) >>> 0;
  if (term instanceof Atom) return hashAtom(hash, term) >>> 0;
  const stack: unknown[] = [];
  let t: unknown = term;
  for (;;) {
    if (typeof t === 'number') {
      hash = hashSmallNumber(hash, t);
    } else if (t instanceof Atom) {
      hash = hashAtom(hash, t);
    } else if (t instanceof Cons) {
      // Runs of small integers 0..255 (strings) are packed four to a word.
      let c = 0;
      let sh = 0;
      let cell: Cons = t;
      let tail: Term = t;
      for (;;) {
        const hd = cell.hd;
        if (typeof hd !== 'number' || hd < 0 || hd > 255 || !Number.isInteger(hd)) break;
        sh = ((sh << 8) + hd) | 0;
        if (c === 3) {
          hash = mix2(hash, sh, 0, H_STR4);
          c = 0;
          sh = 0;
        } else {
          c++;
        }
        tail = cell.tl;
        if (!(tail instanceof Cons)) break;
        cell = tail;
      }
      if (c > 0) hash = mix2(hash, sh, c, H_STR_TAIL);
      if (tail instanceof Cons) {
        // A cell whose head is not a byte: mark "head", hash the head, then (for a tail that is
        // not a list) mark "tail" before the tail itself, so [a|b] and {a,b} hash apart.
        hash = constHash(hash, H_CONS_HEAD);
        const tl = cell.tl;
        stack.push(tl);
        if (!(tl instanceof Cons)) stack.push(CDR_MARK);
        t = cell.hd;
      } else {
        t = tail;
      }
      continue;
    } else if (t === NIL) {
      hash = mix2(hash, NIL_LO, NIL_HI, H_IMMED);
    } else if (Array.isArray(t)) {
      const n = t.length;
      hash = mix2(hash, n, 0, H_TUPLE);
      if (n > 0) {
        for (let i = n - 1; i >= 1; i--) stack.push(t[i]);
        t = t[0];
        continue;
      }
    } else if (t instanceof EFloat) {
      hash = hashFloat(hash, t.value);
    } else if (typeof t === 'bigint') {
      hash = t >= SMALL_MIN && t <= SMALL_MAX ? hashSmallBig(hash, t) : hashBignum(hash, t);
    } else if (t instanceof BitStr) {
      hash = hashBitStr(hash, t);
    } else if (t instanceof Pid) {
      hash = hashPid(hash, t);
    } else if (t instanceof Port) {
      hash = hashPort(hash, t);
    } else if (t instanceof Ref) {
      hash = hashRef(hash, t);
    } else if (t instanceof Fun) {
      if (t.lambda !== null) {
        // erts: (free variable count, module atom word), (index, old_uniq), then the free variables.
        hash = mix2(hash, t.env.length, (atomIndex(t.lambda.module) << 6) | 0x0b, H_FUN1);
        hash = mix2(hash, t.lambda.index, t.lambda.uniq, H_FUN2);
        for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
      } else {
        // erts hashes the export entry's address; hash its identity instead.
        const e = t.export!;
        hash = mix2(hash, atomIndex(e.module), atomIndex(e.name), H_EXPORT);
        hash = mix2(hash, e.arity, 0, H_EXPORT);
      }
    } else {
      // A map: its layout decides what is hashed.
      hash = pushMap(t, stack, hash);
    }
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t !== CDR_MARK) break;
      hash = constHash(hash, H_CONS_TAIL);
    }
  }
}
