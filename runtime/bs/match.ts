// Binary matching: the runtime side of bs_start_match3/4 and the bs_get_*,
// bs_skip_*, bs_test_* and bs_match_string instructions (OTP 22 and later, so
// both OTP 25's and Elixir 1.14's modules). A match context is a value of its
// own class, never a BitStr, so is_binary/is_bitstring are false for it, as on
// erts. Matching never throws: a segment that does not match returns NO_MATCH
// (or false) and leaves the position alone, and generated code jumps to the
// instruction's fail label.

import { BitStr } from '../term/bitstring.js';
import { EFloat } from '../term/float.js';
import type { Term } from '../term/term.js';
import { compareBits, readBits, readFloat, readInteger } from './bits.js';
import { ALL, FLAG_SIGNED, isLittle } from './construct.js';

/** What a matching call returns when the segment does not match. */
export const NO_MATCH: unique symbol = Symbol('NO_MATCH');
export type NoMatch = typeof NO_MATCH;

export class MatchCtx {
  /** The binary being matched; sub-binaries share its buffer (and its append area). */
  readonly bin: BitStr;
  readonly bytes: Uint8Array;
  /** Absolute bit position in `bytes` of the next segment; bs_get_position/bs_set_position save and restore it. */
  pos: number;
  /** Absolute bit position in `bytes` where the binary ends. */
  readonly end: number;
  constructor(bin: BitStr) {
    this.bin = bin;
    this.bytes = bin.bytes;
    this.pos = bin.offset;
    this.end = bin.offset + bin.size;
  }
}

/**
 * bs_start_match3 / bs_start_match4: a new context on a bitstring, the same
 * context when given one (a function taking a context continues where its
 * caller left off), NO_MATCH for anything else.
 */
export function startMatch(t: Term | MatchCtx): MatchCtx | NoMatch {
  if (t instanceof MatchCtx) return t;
  if (t instanceof BitStr) return new MatchCtx(t);
  return NO_MATCH;
}

/** bs_get_position: an opaque number (an absolute bit index) that only bs_set_position on the same context reads. */
export function getPosition(ctx: MatchCtx): number {
  return ctx.pos;
}

/** bs_set_position. */
export function setPosition(ctx: MatchCtx, pos: number): void {
  ctx.pos = pos;
}

function sub(ctx: MatchCtx, from: number, bits: number): BitStr {
  const b = new BitStr(ctx.bytes, from, bits);
  b.area = ctx.bin.area;
  return b;
}

/** bs_get_tail: the unmatched rest, as a sub-binary. */
export function getTail(ctx: MatchCtx): BitStr {
  return sub(ctx, ctx.pos, ctx.end - ctx.pos);
}

/** bs_test_tail2: exactly `bits` bits left? */
export function testTail(ctx: MatchCtx, bits: number): boolean {
  return ctx.end - ctx.pos === bits;
}

/** bs_test_unit: are the bits left a multiple of `unit`? */
export function testUnit(ctx: MatchCtx, unit: number): boolean {
  return (ctx.end - ctx.pos) % unit === 0;
}

/** Size * Unit as a bit count, or -1 when the size operand is not a usable size (the match then fails). */
function fieldBits(size: Term, unit: number): number {
  if (typeof size !== 'number' || size < 0) return -1;
  const bits = size * unit;
  return bits <= Number.MAX_SAFE_INTEGER ? bits : -1;
}

/** bs_skip_bits2. With size `all` only the unit is checked and the position stays, as erts does. */
export function skipBits(ctx: MatchCtx, size: Term, unit: number): boolean {
  if (size === ALL) return (ctx.end - ctx.pos) % unit === 0;
  const bits = fieldBits(size, unit);
  if (bits < 0 || bits > ctx.end - ctx.pos) return false;
  ctx.pos += bits;
  return true;
}

/** bs_get_integer2: a Size * Unit bit integer, signed or not, in the flags' byte order. */
export function getInteger(ctx: MatchCtx, size: Term, unit: number, flags: number): number | bigint | NoMatch {
  const bits = fieldBits(size, unit);
  const pos = ctx.pos;
  if (bits < 0 || bits > ctx.end - pos) return NO_MATCH;
  ctx.pos = pos + bits;
  if (bits === 8 && (pos & 7) === 0) {
    const v = ctx.bytes[pos >>> 3];
    return (flags & FLAG_SIGNED) !== 0 && v > 127 ? v - 256 : v;
  }
  return readInteger(ctx.bytes, pos, bits, (flags & FLAG_SIGNED) !== 0, isLittle(flags));
}

/** bs_get_float2: a float of 16, 32 or 64 bits; NaN and infinities do not match. */
export function getFloat(ctx: MatchCtx, size: Term, unit: number, flags: number): EFloat | NoMatch {
  if (typeof size !== 'number' || size < 0 || size > 64) return NO_MATCH;
  const bits = size * unit;
  if ((bits !== 64 && bits !== 32 && bits !== 16) || bits > ctx.end - ctx.pos) return NO_MATCH;
  const d = readFloat(ctx.bytes, ctx.pos, bits, isLittle(flags));
  if (!Number.isFinite(d)) return NO_MATCH;
  ctx.pos += bits;
  return new EFloat(d);
}

/** bs_get_binary2: a sub-binary of Size * Unit bits, or with size `all` the rest when it is a multiple of the unit. */
export function getBinary(ctx: MatchCtx, size: Term, unit: number): BitStr | NoMatch {
  const pos = ctx.pos;
  let bits: number;
  if (size === ALL) {
    bits = ctx.end - pos;
    if (bits % unit !== 0) return NO_MATCH;
  } else {
    bits = fieldBits(size, unit);
    if (bits < 0 || bits > ctx.end - pos) return NO_MATCH;
  }
  ctx.pos = pos + bits;
  return sub(ctx, pos, bits);
}

/** bs_match_string: the next `bits` bits equal those at byte `offset` of the module's StrT chunk. */
export function matchString(ctx: MatchCtx, strT: Uint8Array, offset: number, bits: number): boolean {
  if (bits > ctx.end - ctx.pos) return false;
  if (compareBits(ctx.bytes, ctx.pos, strT, offset * 8, bits) !== 0) return false;
  ctx.pos += bits;
  return true;
}

// ---- UTF segments ----

// The decoders below return the code point at ctx.pos, or -1, and leave its
// length in bits here, so that get and skip can share them without allocating.
let utfBits = 0;

function decodeUtf8(ctx: MatchCtx): number {
  const left = ctx.end - ctx.pos;
  if (left < 8) return -1;
  const buf = ctx.bytes;
  const pos = ctx.pos;
  const b0 = readBits(buf, pos, 8);
  if (b0 < 0x80) {
    utfBits = 8;
    return b0;
  }
  let n: number;
  let cp: number;
  let min: number;
  if (b0 < 0xc0) return -1;
  else if (b0 < 0xe0) {
    n = 2;
    cp = b0 & 0x1f;
    min = 0x80;
  } else if (b0 < 0xf0) {
    n = 3;
    cp = b0 & 0x0f;
    min = 0x800;
  } else if (b0 < 0xf8) {
    n = 4;
    cp = b0 & 0x07;
    min = 0x10000;
  } else return -1;
  if (left < n * 8) return -1;
  for (let i = 1; i < n; i++) {
    const b = readBits(buf, pos + i * 8, 8);
    if ((b & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Overlong forms, surrogates and code points past Unicode do not match.
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  utfBits = n * 8;
  return cp;
}

function decodeUtf16(ctx: MatchCtx, flags: number): number {
  const left = ctx.end - ctx.pos;
  if (left < 16) return -1;
  const w = readInteger(ctx.bytes, ctx.pos, 16, false, isLittle(flags)) as number;
  if (w < 0xd800 || w > 0xdfff) {
    utfBits = 16;
    return w;
  }
  if (w > 0xdbff || left < 32) return -1;
  const w2 = readInteger(ctx.bytes, ctx.pos + 16, 16, false, isLittle(flags)) as number;
  if (w2 < 0xdc00 || w2 > 0xdfff) return -1;
  utfBits = 32;
  return 0x10000 + ((w - 0xd800) << 10) + (w2 - 0xdc00);
}

function decodeUtf32(ctx: MatchCtx, flags: number): number {
  if (ctx.end - ctx.pos < 32) return -1;
  const cp = readInteger(ctx.bytes, ctx.pos, 32, false, isLittle(flags)) as number;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  utfBits = 32;
  return cp;
}

/** bs_get_utf8. */
export function getUtf8(ctx: MatchCtx): number | NoMatch {
  const cp = decodeUtf8(ctx);
  if (cp < 0) return NO_MATCH;
  ctx.pos += utfBits;
  return cp;
}

/** bs_get_utf16. */
export function getUtf16(ctx: MatchCtx, flags: number): number | NoMatch {
  const cp = decodeUtf16(ctx, flags);
  if (cp < 0) return NO_MATCH;
  ctx.pos += utfBits;
  return cp;
}

/** bs_get_utf32. */
export function getUtf32(ctx: MatchCtx, flags: number): number | NoMatch {
  const cp = decodeUtf32(ctx, flags);
  if (cp < 0) return NO_MATCH;
  ctx.pos += utfBits;
  return cp;
}

/** bs_skip_utf8: as bs_get_utf8 (the code point must be valid), keeping nothing. */
export function skipUtf8(ctx: MatchCtx): boolean {
  if (decodeUtf8(ctx) < 0) return false;
  ctx.pos += utfBits;
  return true;
}

export function skipUtf16(ctx: MatchCtx, flags: number): boolean {
  if (decodeUtf16(ctx, flags) < 0) return false;
  ctx.pos += utfBits;
  return true;
}

export function skipUtf32(ctx: MatchCtx, flags: number): boolean {
  if (decodeUtf32(ctx, flags) < 0) return false;
  ctx.pos += utfBits;
  return true;
}
