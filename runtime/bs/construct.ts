// Binary construction: the runtime side of `bs_create_bin` (OTP 25) and of the
// OTP 24 instructions Elixir 1.14's modules still use (`bs_init2`, `bs_put_*`,
// `bs_append`...). Generated code makes one call per segment on a BinBuilder:
//
//   const b = bsStart(hintBits);            // or bsStartAppend(bin, unit, hintBits, seg)
//   bsInteger(b, x0, 8, 1, 0, 1); bsBinary(b, x1, ALL, 8, 2); ...
//   x0 = bsFinish(b);
//
// erts checks every segment's size (and the types it needs for that) before it
// writes anything, then writes and checks values. Calls come in segment order
// here, so a size error throws at once while a value error is kept pending: a
// later size error still wins, as on erts, and bsFinish throws the pending one.
// Errors carry erts's cause {Segment, Type, What, Value} for the stack trace's
// error_info. The OTP 24 instructions raise a bare badarg/system_limit instead.

import { atom, ERROR, type Atom } from '../term/atom.js';
import { AppendArea, BitStr } from '../term/bitstring.js';
import { bigToDouble } from '../term/arith.js';
import { EFloat } from '../term/float.js';
import { EMap } from '../term/map.js';
import { Cons } from '../term/list.js';
import type { ETuple, Term } from '../term/term.js';
import { ErlangException, badarg, raiseError } from '../errors.js';
import { copyBits, isUnicodeScalar, writeBits, writeFloat, writeInteger } from './bits.js';

/** Field flags as the compiler encodes them (beam_asm): bit 1 little, bit 2 signed, bit 4 native. */
export const FLAG_LITTLE = 0x02;
export const FLAG_SIGNED = 0x04;
export const FLAG_NATIVE = 0x10;
/** Little-endian field? `native` is little: beamjs follows erts on x86-64. */
export function isLittle(flags: number): boolean {
  return (flags & (FLAG_LITTLE | FLAG_NATIVE)) !== 0;
}

/** The `all` size operand of binary segments. */
export const ALL: Atom = atom('all');

/**
 * Flags of a bs_create_bin segment, which the compiler writes as a literal list
 * of atoms (`[signed, little]`), in the field_flags encoding the other calls take.
 * Meant for the code generator, at translation time.
 */
export function flagsFromList(flags: Term): number {
  let f = 0;
  for (let l = flags; l instanceof Cons; l = l.tl) {
    const name = (l.hd as Atom).name;
    if (name === 'little') f |= FLAG_LITTLE;
    else if (name === 'signed') f |= FLAG_SIGNED;
    else if (name === 'native') f |= FLAG_NATIVE;
  }
  return f;
}

/**
 * The largest binary beamjs builds, in bits: Uint8Array's limit. erts would try
 * (and on this machine fail) to allocate such sizes; beamjs raises system_limit.
 */
export const MAX_BITS = 2 ** 32 * 8;

const A_INTEGER = atom('integer');
const A_FLOAT = atom('float');
const A_BINARY = atom('binary');
const A_UTF8 = atom('utf8');
const A_UTF16 = atom('utf16');
const A_UTF32 = atom('utf32');
const A_TYPE = atom('type');
const A_SIZE = atom('size');
const A_UNIT = atom('unit');
const A_SHORT = atom('short');
const A_INVALID = atom('invalid');
const A_NO_FLOAT = atom('no_float');
const A_BADARG = atom('badarg');
const A_SYSTEM_LIMIT = atom('system_limit');

/**
 * A failed bs_create_bin segment. erts adds `{error_info, #{cause => Cause,
 * function => format_bs_fail, module => erl_erts_errors}}` to the top frame of
 * the stack trace; the stack trace builder finds the cause here.
 */
export class BitSyntaxError extends ErlangException {
  /** {Segment, Type, What, Value}: segment number (from 1), segment type, what was wrong, the offending value. */
  override readonly cause: ETuple;
  constructor(reason: Atom, cause: ETuple) {
    super(ERROR, reason);
    this.cause = cause;
    this.errorInfo = EMap.fromEntries([
      [atom('cause'), cause],
      [atom('function'), atom('format_bs_fail')],
      [atom('module'), atom('erl_erts_errors')],
    ]);
  }
}

function segError(reason: Atom, seg: number, type: Atom, what: Atom, value: Term): BitSyntaxError {
  return new BitSyntaxError(reason, [seg, type, what, value]);
}

function systemLimit(): never {
  raiseError(A_SYSTEM_LIMIT);
}

/** A fresh zeroed buffer; a size V8 cannot allocate is erts's system_limit. */
function alloc(bytes: number): Uint8Array {
  try {
    return new Uint8Array(bytes);
  } catch {
    return systemLimit();
  }
}

/** A binary under construction. Positions are absolute bit indices into `buf`. */
export class BinBuilder {
  buf: Uint8Array;
  /** Where the result starts in `buf` (non-zero when appending in place). */
  start: number;
  /** Where the next segment goes. */
  pos: number;
  /** Set when appending: the result becomes the new tip of this area. */
  area: AppendArea | null;
  /** The first value error, thrown by bsFinish unless a size error comes first. */
  pending: BitSyntaxError | null;
  /** OTP 24 style: the result already exists with its final size, so the buffer must not move. */
  fixed: boolean;
  constructor(buf: Uint8Array, start: number) {
    this.buf = buf;
    this.start = start;
    this.pos = start;
    this.area = null;
    this.pending = null;
    this.fixed = false;
  }
}

/** Makes room for `bits` more bits at b.pos, moving the construction to a bigger buffer. */
function ensure(b: BinBuilder, bits: number): void {
  if (b.pos + bits <= b.buf.length * 8 || b.fixed) return;
  const from = b.start >>> 3;
  const usedBytes = ((b.pos + 7) >>> 3) - from;
  const needBytes = Math.ceil((b.pos + bits) / 8) - from;
  if (needBytes * 8 > MAX_BITS + 8) systemLimit();
  const nb = alloc(Math.max(needBytes * 2, 64));
  nb.set(b.buf.subarray(from, from + usedBytes));
  b.buf = nb;
  b.start -= from * 8;
  b.pos -= from * 8;
  // The old area keeps its buffer and its claim; the result will own the new one.
  if (b.area !== null) b.area = new AppendArea(b.start);
}

// ---- starting and finishing (bs_create_bin) ----

/** Starts a bs_create_bin whose first segment is not an append; `hintBits` is the size the code generator can see. */
export function bsStart(hintBits: number): BinBuilder {
  return new BinBuilder(alloc((hintBits + 7) >>> 3), 0);
}

/**
 * Starts a bs_create_bin whose first segment is `append` or `private_append`
 * (segment number `seg`, unit `unit`) on `bin`. Extends `bin` in place when it is
 * the tip of its append area with room to spare; otherwise copies it into a new
 * area with room to double.
 */
export function bsStartAppend(bin: Term, unit: number, hintBits: number, seg: number): BinBuilder {
  if (!(bin instanceof BitStr)) {
    const b = bsStart(hintBits);
    b.pending = segError(A_BADARG, seg, A_BINARY, A_TYPE, bin);
    return b;
  }
  if (unit > 1 && bin.size % unit !== 0) {
    const b = bsStart(hintBits);
    b.pending = segError(A_BADARG, seg, A_BINARY, A_UNIT, bin);
    return b;
  }
  return appendTo(bin, hintBits);
}

function appendTo(bin: BitStr, extraBits: number): BinBuilder {
  const end = bin.offset + bin.size;
  const area = bin.area;
  if (area !== null && area.used === end && end + extraBits <= bin.bytes.length * 8) {
    const b = new BinBuilder(bin.bytes, bin.offset);
    b.pos = end;
    b.area = area;
    return b;
  }
  const need = bin.size + extraBits;
  if (need > MAX_BITS) systemLimit();
  // Twice the bytes needed: the next appends extend in place until this fills up.
  const buf = alloc(Math.max(256, Math.ceil(need / 4)));
  copyBits(bin.bytes, bin.offset, buf, 0, bin.size);
  const b = new BinBuilder(buf, 0);
  b.pos = bin.size;
  b.area = new AppendArea(0);
  return b;
}

/** Ends a bs_create_bin: the binary, or the first value error. */
export function bsFinish(b: BinBuilder): BitStr {
  if (b.pending !== null) throw b.pending;
  const res = new BitStr(b.buf, b.start, b.pos - b.start);
  if (b.area !== null) {
    b.area.used = b.pos;
    res.area = b.area;
  }
  return res;
}

// ---- segments (bs_create_bin) ----

/** The size of a segment in bits, or erts's size error (thrown: sizes are checked before any value). */
function segBits(size: Term, unit: number, seg: number, type: Atom): number {
  if (typeof size === 'number' && size >= 0) {
    const bits = size * unit;
    if (bits <= MAX_BITS) return bits;
  } else if (!(typeof size === 'bigint' && size > 0n)) {
    throw segError(A_BADARG, seg, type, A_SIZE, size);
  }
  throw segError(A_SYSTEM_LIMIT, seg, type, A_SIZE, size);
}

function keep(b: BinBuilder, e: BitSyntaxError): void {
  if (b.pending === null) b.pending = e;
}

/** An `integer` segment of Size * Unit bits. */
export function bsInteger(b: BinBuilder, v: Term, size: Term, unit: number, flags: number, seg: number): void {
  const bits = segBits(size, unit, seg, A_INTEGER);
  if (!putInteger(b, v, bits, flags)) keep(b, segError(A_BADARG, seg, A_INTEGER, A_TYPE, v));
}

/** A `float` segment of Size * Unit bits (16, 32 or 64). */
export function bsFloat(b: BinBuilder, v: Term, size: Term, unit: number, flags: number, seg: number): void {
  const bits = segBits(size, unit, seg, A_FLOAT);
  const what = putFloat(b, v, bits, flags);
  if (what !== null) keep(b, segError(A_BADARG, seg, A_FLOAT, what, what === A_INVALID ? bits : v));
}

/** A `binary` or `bitstring` segment: Size * Unit bits taken from the front of `v`, or all of it when size is ALL. */
export function bsBinary(b: BinBuilder, v: Term, size: Term, unit: number, seg: number): void {
  if (size === ALL) {
    if (!(v instanceof BitStr)) throw segError(A_BADARG, seg, A_BINARY, A_TYPE, v);
    if (unit > 1 && v.size % unit !== 0) {
      keep(b, segError(A_BADARG, seg, A_BINARY, A_UNIT, v));
      return;
    }
    putBits(b, v, v.size);
    return;
  }
  const bits = segBits(size, unit, seg, A_BINARY);
  if (!(v instanceof BitStr)) keep(b, segError(A_BADARG, seg, A_BINARY, A_TYPE, v));
  else if (v.size < bits) keep(b, segError(A_BADARG, seg, A_BINARY, A_SHORT, v));
  else putBits(b, v, bits);
}

export function bsUtf8(b: BinBuilder, v: Term, seg: number): void {
  if (!putUtf8(b, v)) keep(b, segError(A_BADARG, seg, A_UTF8, A_TYPE, v));
}

export function bsUtf16(b: BinBuilder, v: Term, flags: number, seg: number): void {
  if (!putUtf16(b, v, flags)) keep(b, segError(A_BADARG, seg, A_UTF16, A_TYPE, v));
}

/** utf32 values are checked with the sizes, before anything is written: erts does it there. */
export function bsUtf32(b: BinBuilder, v: Term, flags: number, seg: number): void {
  if (!isUnicodeScalar(v)) throw segError(A_BADARG, seg, A_UTF32, A_TYPE, v);
  putInteger(b, v, 32, flags);
}

/** A `string` segment: `len` bytes at `offset` of the module's StrT chunk. */
export function bsString(b: BinBuilder, strT: Uint8Array, offset: number, len: number): void {
  ensure(b, len * 8);
  copyBits(strT, offset * 8, b.buf, b.pos, len * 8);
  b.pos += len * 8;
}

// ---- writers shared by both generations ----

function putInteger(b: BinBuilder, v: Term, bits: number, flags: number): boolean {
  if (typeof v !== 'number' && typeof v !== 'bigint') return false;
  ensure(b, bits);
  const pos = b.pos;
  if (bits === 8 && (pos & 7) === 0 && typeof v === 'number') b.buf[pos >>> 3] = v & 0xff;
  else writeInteger(b.buf, pos, v, bits, isLittle(flags));
  b.pos = pos + bits;
  return true;
}

/** Writes a float segment; null, or what erts says was wrong. */
function putFloat(b: BinBuilder, v: Term, bits: number, flags: number): Atom | null {
  if (bits !== 64 && bits !== 32 && bits !== 16) return A_INVALID;
  let d: number;
  if (v instanceof EFloat) d = v.value;
  else if (typeof v === 'number') d = v;
  else if (typeof v === 'bigint') {
    // erts's own conversion, which is not always correctly rounded beyond 2^64.
    d = bigToDouble(v);
    if (d !== d) return A_NO_FLOAT;
  } else return A_TYPE;
  ensure(b, bits);
  writeFloat(b.buf, b.pos, d, bits, isLittle(flags));
  b.pos += bits;
  return null;
}

function putBits(b: BinBuilder, v: BitStr, bits: number): void {
  ensure(b, bits);
  copyBits(v.bytes, v.offset, b.buf, b.pos, bits);
  b.pos += bits;
}

function putUtf8(b: BinBuilder, v: Term): boolean {
  if (!isUnicodeScalar(v)) return false;
  ensure(b, 32);
  const buf = b.buf;
  let pos = b.pos;
  if (v < 0x80) {
    writeBits(buf, pos, v, 8);
    pos += 8;
  } else if (v < 0x800) {
    writeBits(buf, pos, 0xc0 | (v >>> 6), 8);
    writeBits(buf, pos + 8, 0x80 | (v & 0x3f), 8);
    pos += 16;
  } else if (v < 0x10000) {
    writeBits(buf, pos, 0xe0 | (v >>> 12), 8);
    writeBits(buf, pos + 8, 0x80 | ((v >>> 6) & 0x3f), 8);
    writeBits(buf, pos + 16, 0x80 | (v & 0x3f), 8);
    pos += 24;
  } else {
    writeBits(buf, pos, 0xf0 | (v >>> 18), 8);
    writeBits(buf, pos + 8, 0x80 | ((v >>> 12) & 0x3f), 8);
    writeBits(buf, pos + 16, 0x80 | ((v >>> 6) & 0x3f), 8);
    writeBits(buf, pos + 24, 0x80 | (v & 0x3f), 8);
    pos += 32;
  }
  b.pos = pos;
  return true;
}

function putUtf16(b: BinBuilder, v: Term, flags: number): boolean {
  if (!isUnicodeScalar(v)) return false;
  if (v < 0x10000) return putInteger(b, v, 16, flags);
  const w = v - 0x10000;
  putInteger(b, 0xd800 | (w >>> 10), 16, flags);
  return putInteger(b, 0xdc00 | (w & 0x3ff), 16, flags);
}

// ---- OTP 24 construction ----
//
// bs_init2/bs_init_bits/bs_append/bs_private_append make the binary with its
// final size at once (it goes to their destination register); the bs_put_*
// instructions that follow fill it through the current builder, as erts's
// per-scheduler "current binary". Nothing can run between them.

let current: BinBuilder = new BinBuilder(new Uint8Array(0), 0);

/**
 * A size operand of the OTP 24 instructions in bits: badarg unless a non-negative
 * integer. A huge one is system_limit when it sizes a new binary (bs_init*,
 * bs_append), badarg in a bs_put_* (erts only takes small integers there).
 */
function legacyBits(size: Term, unit: number, hugeIsLimit: boolean): number {
  if (typeof size === 'number' && size >= 0) {
    const bits = size * unit;
    if (bits <= MAX_BITS) return bits;
    return systemLimit();
  }
  if (hugeIsLimit && typeof size === 'bigint' && size > 0n) return systemLimit();
  return badarg();
}

function startFixed(bits: number): BitStr {
  const b = new BinBuilder(alloc((bits + 7) >>> 3), 0);
  b.fixed = true;
  current = b;
  return new BitStr(b.buf, 0, bits);
}

/** bs_init2: a binary of `size` bytes, filled by the bs_put_* that follow. */
export function bsInit2(size: Term): BitStr {
  return startFixed(legacyBits(size, 8, true));
}

/** bs_init_bits: a bitstring of `size` bits, filled by the bs_put_* that follow. */
export function bsInitBits(size: Term): BitStr {
  return startFixed(legacyBits(size, 1, true));
}

/** bs_add: A + B * Unit, for the size of a binary about to be built. */
export function bsAdd(a: Term, b: Term, unit: number): number {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) {
    const r = a + b * unit;
    return r <= Number.MAX_SAFE_INTEGER ? r : systemLimit();
  }
  const nonNeg = (t: Term) => (typeof t === 'number' || typeof t === 'bigint') && t >= 0;
  return nonNeg(a) && nonNeg(b) ? systemLimit() : badarg();
}

/** bs_append: `bin` followed by room for `extra` bits (in units of 1), filled by the bs_put_* that follow. */
export function bsAppend(bin: Term, extra: Term, unit: number): BitStr {
  const bits = legacyBits(extra, 1, true);
  if (!(bin instanceof BitStr) || (unit > 1 && bin.size % unit !== 0)) return badarg();
  const b = appendTo(bin, bits);
  b.fixed = true;
  current = b;
  const res = new BitStr(b.buf, b.start, b.pos - b.start + bits);
  b.area!.used = b.start + res.size;
  res.area = b.area;
  return res;
}

/** bs_private_append: as bs_append, for a binary no other code can see (binary comprehensions). */
export function bsPrivateAppend(bin: Term, extra: Term, unit: number): BitStr {
  return bsAppend(bin, extra, unit);
}

/** bs_init_writable: an empty binary with room for `sizeHint` bytes of appending (x0 in, x0 out). */
export function bsInitWritable(sizeHint: Term): BitStr {
  const bytes = typeof sizeHint === 'number' && sizeHint >= 0 && sizeHint <= 1 << 24 ? Math.max(sizeHint, 256) : 1024;
  const res = new BitStr(alloc(bytes), 0, 0);
  res.area = new AppendArea(0);
  return res;
}

export function bsPutInteger(size: Term, unit: number, flags: number, v: Term): void {
  if (!putInteger(current, v, legacyBits(size, unit, false), flags)) badarg();
}

export function bsPutFloat(size: Term, unit: number, flags: number, v: Term): void {
  if (putFloat(current, v, legacyBits(size, unit, false), flags) !== null) badarg();
}

export function bsPutBinary(size: Term, unit: number, _flags: number, v: Term): void {
  if (!(v instanceof BitStr)) return badarg();
  if (size === ALL) {
    if (unit > 1 && v.size % unit !== 0) return badarg();
    putBits(current, v, v.size);
    return;
  }
  const bits = legacyBits(size, unit, false);
  if (v.size < bits) return badarg();
  putBits(current, v, bits);
}

/** bs_put_string: `len` bytes at `offset` of the module's StrT chunk. */
export function bsPutString(strT: Uint8Array, offset: number, len: number): void {
  bsString(current, strT, offset, len);
}

export function bsPutUtf8(v: Term): void {
  if (!putUtf8(current, v)) badarg();
}

export function bsPutUtf16(flags: number, v: Term): void {
  if (!putUtf16(current, v, flags)) badarg();
}

export function bsPutUtf32(flags: number, v: Term): void {
  if (!isUnicodeScalar(v)) badarg();
  putInteger(current, v, 32, flags);
}

/** bs_utf8_size: bytes the UTF-8 encoding of `v` takes; nonsense for invalid values, which bs_put_utf8 rejects. */
export function bsUtf8Size(v: Term): number {
  if (typeof v !== 'number' || v < 0) return 4;
  return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
}

/** bs_utf16_size: bytes the UTF-16 encoding of `v` takes (2 or 4). */
export function bsUtf16Size(v: Term): number {
  return typeof v === 'number' && (v >= 0x10000 || v < 0) ? 4 : 2;
}
