// Bit-level primitives under the bit syntax: reading and writing fields of any
// width at any bit position of a byte buffer, integers of any size in either
// byte order, IEEE floats of 16, 32 and 64 bits. Positions are absolute bit
// indices, bit 0 being the most significant bit of byte 0, as erts numbers them.
// Writers never assume the destination is zeroed: a buffer grown by appending
// may hold bits of an abandoned construction beyond its claimed end.

import { normInt } from '../term/term.js';

const TWO32 = 4294967296;

/** 2^n for 0 <= n <= 53, exactly. */
function pow2(n: number): number {
  return n < 31 ? 1 << n : Math.pow(2, n);
}

/** The unsigned big-endian field of n <= 32 bits at bit `pos`. The bits must be in the buffer. */
export function readBits(buf: Uint8Array, pos: number, n: number): number {
  if (n === 0) return 0;
  let i = pos >>> 3;
  const last = (pos + n - 1) >>> 3;
  let acc = buf[i];
  // Up to 5 bytes = 40 bits: still exact in a double.
  while (i < last) acc = acc * 256 + buf[++i];
  const drop = 7 - ((pos + n - 1) & 7);
  acc = drop === 0 ? acc : Math.floor(acc / (1 << drop));
  return n === 32 ? acc % TWO32 : acc % pow2(n);
}

/** Writes the low n <= 32 bits of `v` (a non-negative number) big-endian at bit `pos`, keeping the other bits. */
export function writeBits(buf: Uint8Array, pos: number, v: number, n: number): void {
  while (n > 0) {
    const i = pos >>> 3;
    const off = pos & 7;
    const take = Math.min(8 - off, n);
    n -= take;
    const chunk = Math.floor(v / pow2(n)) & ((1 << take) - 1);
    const shift = 8 - off - take;
    const mask = ((1 << take) - 1) << shift;
    buf[i] = (buf[i] & ~mask) | (chunk << shift);
    pos += take;
  }
}

/** Up to this many bytes, an aligned copy is a loop rather than subarray + set. */
const SHORT_COPY = 64;

/** Copies n bits from src at bit `sp` to dst at bit `dp`; bits of dst outside the field are kept. */
export function copyBits(src: Uint8Array, sp: number, dst: Uint8Array, dp: number, n: number): void {
  if (n <= 0) return;
  if (((sp | dp) & 7) === 0) {
    const whole = n >>> 3;
    const s = sp >>> 3;
    const d = dp >>> 3;
    if (whole > 0) {
      // Short fields (most segments) by hand: subarray allocates a view per call, which costs
      // more than copying a few bytes. Overlap needs copyWithin's memmove semantics.
      if (src === dst) dst.copyWithin(d, s, s + whole);
      else if (whole <= SHORT_COPY) for (let k = 0; k < whole; k++) dst[d + k] = src[s + k];
      else dst.set(src.subarray(s, s + whole), d);
    }
    const rest = n & 7;
    if (rest !== 0) {
      const mask = (0xff << (8 - rest)) & 0xff;
      dst[d + whole] = (dst[d + whole] & ~mask) | (src[s + whole] & mask);
    }
    return;
  }
  // Misaligned: move a byte at a time, then the last few bits.
  while (n >= 8) {
    writeBits(dst, dp, readBits(src, sp, 8), 8);
    sp += 8;
    dp += 8;
    n -= 8;
  }
  if (n > 0) writeBits(dst, dp, readBits(src, sp, n), n);
}

/** True when the n bits at `ap` in a equal the n bits at `bp` in b. */
export function equalBits(a: Uint8Array, ap: number, b: Uint8Array, bp: number, n: number): boolean {
  return compareBits(a, ap, b, bp, n) === 0;
}

/** Compares n bits as unsigned big-endian fields: negative, 0 or positive. */
export function compareBits(a: Uint8Array, ap: number, b: Uint8Array, bp: number, n: number): number {
  if (((ap | bp) & 7) === 0) {
    let i = ap >>> 3;
    let j = bp >>> 3;
    const whole = n >>> 3;
    for (let k = 0; k < whole; k++, i++, j++) {
      if (a[i] !== b[j]) return a[i] - b[j];
    }
    const rest = n & 7;
    if (rest === 0) return 0;
    const mask = (0xff << (8 - rest)) & 0xff;
    return (a[i] & mask) - (b[j] & mask);
  }
  while (n > 0) {
    const k = n < 32 ? n : 32;
    const x = readBits(a, ap, k);
    const y = readBits(b, bp, k);
    if (x !== y) return x < y ? -1 : 1;
    ap += k;
    bp += k;
    n -= k;
  }
  return 0;
}

// ---- integers ----

/**
 * Writes the n-bit two's complement field of integer `v` (truncated as erts
 * truncates) at bit `pos`. Little-endian fields put the low byte first; when n is
 * not a multiple of 8 the remaining n % 8 most significant bits come last, which
 * is erts's layout (`<<16#123:12/little>>` is `<<16#23, 1:4>>`).
 */
export function writeInteger(buf: Uint8Array, pos: number, v: number | bigint, n: number, little: boolean): void {
  if (typeof v === 'number') {
    if (((pos | n) & 7) === 0 && n <= 32) {
      // Whole bytes at a byte boundary: the low 32 bits of v (ToInt32 is exact modulo 2^32 for
      // a safe integer), a byte at a time.
      let w = v | 0;
      const at = pos >>> 3;
      const bytes = n >>> 3;
      if (little) {
        for (let k = 0; k < bytes; k++, w >>= 8) buf[at + k] = w & 0xff;
      } else {
        for (let k = bytes - 1; k >= 0; k--, w >>= 8) buf[at + k] = w & 0xff;
      }
      return;
    }
    if (!little) {
      if (n <= 32) {
        writeBits(buf, pos, wordOf(v, 0) % pow2(n), n);
        return;
      }
      // Chunks of 32 bits, most significant first; chunk 0 holds bits 0..31.
      const top = ((n - 1) >>> 5);
      const topBits = n - top * 32;
      writeBits(buf, pos, wordOf(v, top) % pow2(topBits), topBits);
      pos += topBits;
      for (let k = top - 1; k >= 0; k--, pos += 32) writeBits(buf, pos, wordOf(v, k), 32);
      return;
    }
    const whole = n >>> 3;
    for (let j = 0; j < whole; j++, pos += 8) writeBits(buf, pos, (wordOf(v, j >>> 2) >>> ((j & 3) * 8)) & 0xff, 8);
    const rest = n & 7;
    if (rest !== 0) writeBits(buf, pos, (wordOf(v, whole >>> 2) >>> ((whole & 3) * 8)) & ((1 << rest) - 1), rest);
    return;
  }
  // A bigint: lay out its bytes once, then copy them into place.
  const be = bigToBytes(v, n);
  if (!little) {
    copyBits(be, be.length * 8 - n, buf, pos, n);
    return;
  }
  const whole = n >>> 3;
  const last = be.length - 1;
  for (let j = 0; j < whole; j++, pos += 8) writeBits(buf, pos, be[last - j], 8);
  const rest = n & 7;
  if (rest !== 0) writeBits(buf, pos, be[0] & ((1 << rest) - 1), rest);
}

/** Bits 32k..32k+31 of the infinite two's complement form of a safe integer, as an unsigned number. */
function wordOf(v: number, k: number): number {
  if (k === 0) {
    const lo = v % TWO32;
    return lo < 0 ? lo + TWO32 : lo;
  }
  if (k === 1) return Math.floor(v / TWO32) >>> 0;
  return v < 0 ? 0xffffffff : 0;
}

/** The n-bit two's complement of v, right-aligned in ceil(n/8) big-endian bytes. */
function bigToBytes(v: bigint, n: number): Uint8Array {
  const nb = (n + 7) >>> 3;
  const out = new Uint8Array(nb);
  if (n === 0) return out;
  const hex = BigInt.asUintN(n, v).toString(16);
  // Fill from the last byte backwards, two hex digits at a time.
  let j = nb - 1;
  let e = hex.length;
  while (e > 0 && j >= 0) {
    const s = e >= 2 ? e - 2 : 0;
    out[j--] = parseInt(hex.slice(s, e), 16);
    e = s;
  }
  return out;
}

/** Reads an n-bit integer field at bit `pos` (the bits must be there), normalised. */
export function readInteger(buf: Uint8Array, pos: number, n: number, signed: boolean, little: boolean): number | bigint {
  if (n <= 53) {
    let v: number;
    if (!little) {
      if (n <= 32) v = readBits(buf, pos, n);
      else v = readBits(buf, pos, n - 32) * TWO32 + readBits(buf, pos + n - 32, 32);
    } else {
      const whole = n >>> 3;
      v = 0;
      let scale = 1;
      for (let j = 0; j < whole; j++, pos += 8, scale *= 256) v += readBits(buf, pos, 8) * scale;
      const rest = n & 7;
      if (rest !== 0) v += readBits(buf, pos, rest) * scale;
    }
    if (signed && n > 0 && v >= pow2(n - 1)) v -= pow2(n);
    return v;
  }
  // Wider than a double holds exactly: gather big-endian hex digits.
  const nb = (n + 7) >>> 3;
  const bytes = new Uint8Array(nb);
  if (!little) {
    copyBits(buf, pos, bytes, nb * 8 - n, n);
  } else {
    const whole = n >>> 3;
    for (let j = 0; j < whole; j++, pos += 8) bytes[nb - 1 - j] = readBits(buf, pos, 8);
    const rest = n & 7;
    if (rest !== 0) bytes[0] = readBits(buf, pos, rest);
  }
  let hex = '0x';
  for (let j = 0; j < nb; j++) hex += HEX[bytes[j]];
  let b = BigInt(hex);
  if (signed) b = BigInt.asIntN(n, b);
  return normInt(b);
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// ---- floats ----

const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

/**
 * Writes `d` as an IEEE float of 16, 32 or 64 bits. Narrowing rounds to nearest
 * even and overflows to infinity, as erts's C conversions do.
 */
export function writeFloat(buf: Uint8Array, pos: number, d: number, n: 16 | 32 | 64, little: boolean): void {
  if (n === 64) scratch.setFloat64(0, d, little);
  else if (n === 32) scratch.setFloat32(0, d, little);
  else scratch.setUint16(0, toHalf(d), little);
  if ((pos & 7) === 0) {
    const at = pos >>> 3;
    for (let k = 0; k < n >>> 3; k++) buf[at + k] = scratchBytes[k];
    return;
  }
  copyBits(scratchBytes, 0, buf, pos, n);
}

/** Reads an IEEE float of 16, 32 or 64 bits; NaN and infinities come back as such (the caller rejects them). */
export function readFloat(buf: Uint8Array, pos: number, n: 16 | 32 | 64, little: boolean): number {
  if ((pos & 7) === 0) {
    const at = pos >>> 3;
    for (let k = 0; k < n >>> 3; k++) scratchBytes[k] = buf[at + k];
  } else copyBits(buf, pos, scratchBytes, 0, n);
  if (n === 64) return scratch.getFloat64(0, little);
  if (n === 32) return scratch.getFloat32(0, little);
  return fromHalf(scratch.getUint16(0, little));
}

/** Rounds a non-negative number to an integer, ties to even. */
function roundEven(m: number): number {
  const f = Math.floor(m);
  const d = m - f;
  return d > 0.5 || (d === 0.5 && (f & 1) === 1) ? f + 1 : f;
}

/** The binary16 encoding of a finite double, rounded to nearest even. */
export function toHalf(d: number): number {
  const sign = d < 0 || Object.is(d, -0) ? 0x8000 : 0;
  const a = Math.abs(d);
  // 65520 is halfway between the largest half (65504) and 2^16: ties go to even, i.e. infinity.
  if (a >= 65520) return sign | 0x7c00;
  if (a < 6.103515625e-5) return sign | roundEven(a * 16777216); // subnormal: units of 2^-24
  let e = Math.floor(Math.log2(a));
  if (Math.pow(2, e) > a) e--;
  else if (Math.pow(2, e + 1) <= a) e++;
  let m = roundEven((a / Math.pow(2, e) - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  return sign | ((e + 15) << 10) | m;
}

export function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 5.960464477539063e-8;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * Math.pow(2, e - 15);
}

// ---- UTF ----

/** A code point erts accepts in utf8/utf16/utf32 segments. */
export function isUnicodeScalar(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= 0x10ffff && (v < 0xd800 || v > 0xdfff);
}

/** Bytes of the UTF-8 encoding of a valid code point. */
export function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
