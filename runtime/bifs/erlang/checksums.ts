// The erlang module's checksums: md5/1 and md5_init/0, md5_update/2, md5_final/1; crc32/1,2
// and crc32_combine/3; adler32/1,2 and adler32_combine/3. Data is iodata (bytes, binaries,
// nested lists; no bitstrings), as erts reads it. The MD5 context is a binary laid out as erts's
// MD5_CTX on a little-endian machine: four state words, the 64-bit message length in bits as two
// words (low first) and the 64-byte block buffer (88 bytes), so md5_update and md5_final work
// from any context a program passes back, as erts's do. CRC-32 and Adler-32 follow zlib,
// including what zlib computes from checksum arguments no data could have produced.

import { BitStr } from '../../term/bitstring.js';
import { Cons, NIL } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { iolistToBinary } from '../../bs/binary-ops.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';
import { md5Transform } from '../../../compiler/beam/md5.js';

const E = 'erlang';
const TWO_32 = 0x100000000;

/** The bytes of iodata, or badarg. */
function ioBytes(t: Term): Uint8Array {
  return iolistToBinary(t).toBytes();
}

// How erts feeds iodata to a checksum, which shows where a checksum's state is visible (the
// MD5 context's block buffer) or where zlib reduces sums only partially (Adler-32 from an
// initial value no data gives): one call per binary (an empty one too) and per run of
// consecutive bytes in one list, and at most `budget` bytes per BIF invocation (erts then
// traps and goes on with a fresh budget), a run or binary being cut where the budget ends.
const MD5_BUDGET = 100;
const SUM_BUDGET = 10 * 4000;

/** Calls `each` on the chunks erts would hand the checksum; badarg for anything but iodata. */
function eachChunk(t: Term, budget: number, each: (bytes: Uint8Array) => void): void {
  iolistToBinary(t); // validates: erts raises badarg whatever it had already summed
  let left = budget;
  const feed = (bytes: Uint8Array): void => {
    let at = 0;
    do {
      const n = Math.min(bytes.length - at, left);
      each(bytes.subarray(at, at + n));
      at += n;
      left -= n;
      if (left === 0) left = budget;
    } while (at < bytes.length);
  };
  const run: number[] = [];
  const endRun = (): void => {
    if (run.length > 0) feed(Uint8Array.from(run));
    run.length = 0;
  };
  const pending: Term[] = [t];
  while (pending.length > 0) {
    let l: Term = pending.pop()!;
    if (l instanceof BitStr) {
      feed(l.toBytes());
      continue;
    }
    while (l instanceof Cons) {
      const h: Term = l.hd;
      if (typeof h === 'number') {
        run.push(h);
      } else {
        endRun();
        if (h instanceof BitStr) feed(h.toBytes());
        else if (h instanceof Cons) {
          pending.push(l.tl);
          l = h;
          continue;
        }
      }
      l = l.tl;
    }
    endRun();
    if (l !== NIL) feed((l as BitStr).toBytes());
  }
}

/** An unsigned 32-bit integer argument, or badarg. */
function u32(t: Term): number {
  return typeof t === 'number' && t >= 0 && t < TWO_32 ? t : badarg();
}

// ---------------------------------------------------------------------------------------------
// MD5 (RFC 1321), on a context kept as erts's 88-byte MD5_CTX

const CTX_BYTES = 88;

class Md5Context {
  /** The running digest A, B, C, D. */
  readonly state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  /** Message length in bits, modulo 2^64: low and high words. */
  bitsLo = 0;
  bitsHi = 0;
  /** Bytes of the current block; how many are filled follows from the length. */
  readonly buffer = new Uint8Array(64);
  private readonly x = new Int32Array(16);

  static fromBinary(b: Term): Md5Context {
    if (!(b instanceof BitStr) || b.size !== CTX_BYTES * 8) return badarg();
    const bytes = b.toBytes();
    const c = new Md5Context();
    const word = (p: number): number => bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24);
    for (let i = 0; i < 4; i++) c.state[i] = word(i * 4);
    c.bitsLo = word(16) >>> 0;
    c.bitsHi = word(20) >>> 0;
    c.buffer.set(bytes.subarray(24, 88));
    return c;
  }

  toBinary(): BitStr {
    const out = new Uint8Array(CTX_BYTES);
    const put = (p: number, w: number): void => {
      for (let j = 0; j < 4; j++) out[p + j] = (w >>> (8 * j)) & 0xff;
    };
    for (let i = 0; i < 4; i++) put(i * 4, this.state[i]);
    put(16, this.bitsLo);
    put(20, this.bitsHi);
    out.set(this.buffer, 24);
    return BitStr.fromBytes(out);
  }

  update(data: Uint8Array): void {
    let index = (this.bitsLo >>> 3) & 63;
    const len = data.length;
    // The length in bits, carried into the high word.
    const lo = this.bitsLo + ((len * 8) % TWO_32);
    this.bitsHi = (this.bitsHi + Math.floor((len * 8) / TWO_32) + (lo >= TWO_32 ? 1 : 0)) >>> 0;
    this.bitsLo = lo >>> 0;
    let i = 0;
    const room = 64 - index;
    if (len >= room) {
      this.buffer.set(data.subarray(0, room), index);
      this.transform(this.buffer, 0);
      for (i = room; i + 63 < len; i += 64) this.transform(data, i);
      index = 0;
    }
    this.buffer.set(data.subarray(i), index);
  }

  digest(): Uint8Array {
    const length = new Uint8Array(8);
    for (let j = 0; j < 4; j++) {
      length[j] = (this.bitsLo >>> (8 * j)) & 0xff;
      length[4 + j] = (this.bitsHi >>> (8 * j)) & 0xff;
    }
    const index = (this.bitsLo >>> 3) & 63;
    const pad = new Uint8Array(index < 56 ? 56 - index : 120 - index);
    pad[0] = 0x80;
    this.update(pad);
    this.update(length);
    const out = new Uint8Array(16);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) out[i * 4 + j] = (this.state[i] >>> (8 * j)) & 0xff;
    return out;
  }

  private transform(m: Uint8Array, off: number): void {
    md5Transform(this.state, m, off, this.x);
  }
}

defineGuarded(E, 'md5', 1, (_p: Process, data: Term) => {
  const c = new Md5Context();
  c.update(ioBytes(data));
  return BitStr.fromBytes(c.digest());
});
defineGuarded(E, 'md5_init', 0, (_p: Process) => new Md5Context().toBinary());
defineGuarded(E, 'md5_update', 2, (_p: Process, ctx: Term, data: Term) => {
  const c = Md5Context.fromBinary(ctx);
  // Chunked as erts feeds it: the stale bytes left in the block buffer depend on it.
  eachChunk(data, MD5_BUDGET, (b) => c.update(b));
  return c.toBinary();
});
defineGuarded(E, 'md5_final', 1, (_p: Process, ctx: Term) => BitStr.fromBytes(Md5Context.fromBinary(ctx).digest()));

// ---------------------------------------------------------------------------------------------
// CRC-32 (zlib's: reflected polynomial 0xEDB88320, inverted in and out)

const CRC_POLY = 0xedb88320;
const CRC_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? CRC_POLY ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c;
}

export function crc32(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** a * b modulo the CRC polynomial, both as reflected 32-bit polynomials (x^0 is the top bit). */
function mulModPoly(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ CRC_POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(8 * len) modulo the CRC polynomial: the factor that shifts a CRC over `len` zero bytes. */
function shiftOverBytes(len: number): number {
  let result = 0x80000000; // x^0
  let power = 0x00800000; // x^8, squared as the bits of len are consumed
  while (len > 0) {
    if (len % 2 === 1) result = mulModPoly(power, result);
    power = mulModPoly(power, power);
    len = Math.floor(len / 2);
  }
  return result;
}

/** zlib's crc32_combine: the CRC of A ++ B from crc(A), crc(B) and the length of B. */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  return (mulModPoly(shiftOverBytes(len2), crc1) ^ crc2) >>> 0;
}

defineGuarded(E, 'crc32', 1, (_p: Process, data: Term) => crc32(0, ioBytes(data)));
defineGuarded(E, 'crc32', 2, (_p: Process, old: Term, data: Term) => {
  const c = u32(old);
  return crc32(c, ioBytes(data));
});
defineGuarded(E, 'crc32_combine', 3, (_p: Process, a: Term, b: Term, len: Term) => crc32Combine(u32(a), u32(b), u32(len)));

// ---------------------------------------------------------------------------------------------
// Adler-32 (zlib's, with its partial reductions, which matter only for sums no data makes)

const BASE = 65521;
/** The most bytes zlib adds up before it must reduce modulo BASE. */
const NMAX = 5552;

/** zlib's `adler | (sum2 << 16)` in an unsigned long: exact even when a sum was left unreduced. */
function joinSums(low: number, high: number): number {
  return Number(BigInt(low) | (BigInt(high) << 16n));
}

export function adler32(adler: number, data: Uint8Array): number {
  let sum2 = (adler >>> 16) & 0xffff;
  let a = adler & 0xffff;
  const len = data.length;
  if (len === 1) {
    a += data[0];
    if (a >= BASE) a -= BASE;
    sum2 += a;
    if (sum2 >= BASE) sum2 -= BASE;
    return joinSums(a, sum2);
  }
  if (len < 16) {
    for (let i = 0; i < len; i++) {
      a += data[i];
      sum2 += a;
    }
    if (a >= BASE) a -= BASE;
    sum2 %= BASE;
    return joinSums(a, sum2);
  }
  let i = 0;
  while (len - i >= NMAX) {
    for (const end = i + NMAX; i < end; i++) {
      a += data[i];
      sum2 += a;
    }
    a %= BASE;
    sum2 %= BASE;
  }
  if (i < len) {
    for (; i < len; i++) {
      a += data[i];
      sum2 += a;
    }
    a %= BASE;
    sum2 %= BASE;
  }
  return joinSums(a, sum2);
}

/** zlib's adler32_combine, its arithmetic kept as it is (in 64-bit unsigned longs). */
export function adler32Combine(adler1: number, adler2: number, len2: number): number {
  const rem = len2 % BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adler2 & 0xffff) + BASE - 1;
  sum2 += Math.floor(adler1 / 65536) + Math.floor(adler2 / 65536) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= 2 * BASE) sum2 -= 2 * BASE;
  if (sum2 >= BASE) sum2 -= BASE;
  // erts truncates zlib's unsigned long result to 32 bits.
  return joinSums(sum1, sum2) % TWO_32;
}

defineGuarded(E, 'adler32', 1, (_p: Process, data: Term) => adler32(1, ioBytes(data)));
defineGuarded(E, 'adler32', 2, (_p: Process, old: Term, data: Term) => {
  let a = u32(old);
  // Chunked as erts feeds zlib: an unreduced initial value is reduced by each call.
  eachChunk(data, SUM_BUDGET, (b) => {
    a = adler32(a, b);
  });
  return a;
});
defineGuarded(E, 'adler32_combine', 3, (_p: Process, a: Term, b: Term, len: Term) => {
  const a1 = u32(a);
  const a2 = u32(b);
  const n = u32(len);
  // erts returns the first checksum for a zero length (zlib would not).
  return n === 0 ? a1 : adler32Combine(a1, a2, n);
});
