// The external term format, writing half: term_to_binary/1,2, term_to_iovec/1,2 and
// external_size/1,2, making erts 13 (OTP 25)'s choice of tag wherever there is a choice:
//  - minor_version 1 by default: Latin-1 atoms as ATOM_EXT (never SMALL_ATOM_EXT), other atoms as
//    SMALL_ATOM_UTF8_EXT / ATOM_UTF8_EXT; minor_version 2 writes every atom in UTF-8; minor_version
//    0 writes floats as FLOAT_EXT text ("%.20e"), 1 and 2 as NEW_FLOAT_EXT;
//  - SMALL_INTEGER_EXT for 0..255, INTEGER_EXT for 32-bit values, SMALL_BIG_EXT / LARGE_BIG_EXT
//    beyond; STRING_EXT for a proper list of at most 65535 bytes, LIST_EXT otherwise;
//  - NEW_PID_EXT, NEWER_REFERENCE_EXT, NEW_PORT_EXT (V4_PORT_EXT for a port number past 32 bits);
//  - maps in the order maps:to_list/1 gives (a large map's trie walked last slot first), or with
//    `deterministic` sorted in map-key order (exact term order: integers before floats);
//  - NEW_FUN_EXT for local funs (the module MD5, FunT index and uniq, a creator pid, the free
//    variables), EXPORT_EXT for `fun M:F/A`;
//  - compression with zlib at the given level, kept only when it is not longer than the
//    uncompressed term. erts deflates with Debian's zlib 1.2.13, whose bytes pako 2.x reproduces;
//    Node's bundled zlib (Chromium's 1.3.x fork) produces different bytes for most inputs.
// The walk keeps its pending work on an explicit stack, so deep terms cannot overflow the JS stack.

import { deflate } from 'pako';
import { Atom } from './atom.js';
import { BitStr } from './bitstring.js';
import { compareExact } from './compare.js';
import { EFloat } from './float.js';
import { Fun } from './fun.js';
import { LOCAL_NODE, Pid, Port, Ref } from './identifiers.js';
import { Cons, NIL } from './list.js';
import { EMap } from './map.js';
import { floatToClassic } from './number-format.js';
import type { Term } from './term.js';
import {
  VERSION,
  COMPRESSED,
  NEW_FLOAT_EXT,
  BIT_BINARY_EXT,
  NEW_PID_EXT,
  NEW_PORT_EXT,
  NEWER_REFERENCE_EXT,
  SMALL_INTEGER_EXT,
  INTEGER_EXT,
  FLOAT_EXT,
  ATOM_EXT,
  SMALL_TUPLE_EXT,
  LARGE_TUPLE_EXT,
  NIL_EXT,
  STRING_EXT,
  LIST_EXT,
  BINARY_EXT,
  SMALL_BIG_EXT,
  LARGE_BIG_EXT,
  NEW_FUN_EXT,
  EXPORT_EXT,
  MAP_EXT,
  ATOM_UTF8_EXT,
  SMALL_ATOM_UTF8_EXT,
  V4_PORT_EXT,
} from './etf-tags.js';

export interface EncodeOptions {
  /** 0, 1 (erts's default in OTP 25) or 2. */
  minorVersion?: number;
  /** zlib level 0..9; 0 (the default) writes the term uncompressed. */
  compressed?: number;
  /** Sort map keys in term order. */
  deterministic?: boolean;
  /**
   * The pid a local fun's NEW_FUN_EXT carries. OTP 25 writes the pid of the process that made
   * the fun; Fun does not record it, so the caller says which pid to write (default <0.0.0>).
   */
  funCreator?: (f: Fun) => Pid;
}


/** STRING_EXT's 16-bit length. */
const MAX_STRING_LEN = 0xffff;
/** FLOAT_EXT's fixed text field. */
const FLOAT_TEXT_BYTES = 31;
/** term_to_iovec hands out a binary longer than this (erts's heap binary limit) by reference. */
const ONHEAP_BINARY_LIMIT = 64;
/** Default level of the bare `compressed` option (zlib's Z_DEFAULT_COMPRESSION). */
export const DEFAULT_COMPRESSION = 6;

const DEFAULT_CREATOR = new Pid(LOCAL_NODE, 0, 0, 0);

/** The external format of `t`: term_to_binary(T, Options). */
export function encodeTerm(t: Term, opts: EncodeOptions = {}): Uint8Array {
  const w = new Writer(false);
  w.u8(VERSION);
  encodeInto(w, t, opts);
  const out = w.finish();
  return compress(out, opts.compressed ?? 0) ?? out;
}

/**
 * term_to_iovec(T, Options): the same bytes as encodeTerm, cut where erts cuts them: each
 * byte-aligned binary longer than 64 bytes is a piece of its own (erts refers to it rather
 * than copying it); a bitstring's trailing bits start the next piece. With compression the
 * whole (compressed or not) is one piece.
 */
export function encodeTermIovec(t: Term, opts: EncodeOptions = {}): Uint8Array[] {
  const w = new Writer(true);
  w.u8(VERSION);
  encodeInto(w, t, opts);
  const out = w.finish();
  if ((opts.compressed ?? 0) > 0) return [compress(out, opts.compressed!) ?? out];
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const cut of w.cuts) {
    if (cut > at) pieces.push(out.subarray(at, cut));
    at = cut;
  }
  if (at < out.length || pieces.length === 0) pieces.push(out.subarray(at));
  return pieces;
}

/**
 * external_size(T, Options): the length of the uncompressed encoding, as erts estimates it
 * (exact, except that a local fun's OldIndex and OldUniq always count 5 bytes each).
 */
export function externalSize(t: Term, opts: EncodeOptions = {}): number {
  const w = new Writer(false, true);
  w.u8(VERSION);
  encodeInto(w, t, opts);
  return w.length;
}

/**
 * erts's compression step: deflate everything after the version byte and keep the result only
 * when it fits in the uncompressed length less the 6 header bytes; undefined when not kept.
 */
function compress(plain: Uint8Array, level: number): Uint8Array | undefined {
  if (level <= 0 || plain.length < 6) return undefined;
  const deflated = deflate(plain.subarray(1), { level: level as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });
  if (deflated.length > plain.length - 6) return undefined;
  const out = new Uint8Array(6 + deflated.length);
  out[0] = VERSION;
  out[1] = COMPRESSED;
  const size = plain.length - 1;
  out[2] = size >>> 24;
  out[3] = (size >>> 16) & 0xff;
  out[4] = (size >>> 8) & 0xff;
  out[5] = size & 0xff;
  out.set(deflated, 6);
  return out;
}

/** A growable byte buffer; in counting mode it only adds up lengths. */
class Writer {
  buf: Uint8Array;
  length = 0;
  /** Offsets where term_to_iovec starts a new piece. */
  readonly cuts: number[] = [];
  readonly iovec: boolean;
  readonly counting: boolean;
  constructor(iovec: boolean, counting = false) {
    this.iovec = iovec;
    this.counting = counting;
    this.buf = new Uint8Array(counting ? 0 : 256);
  }
  private room(n: number): void {
    const need = this.length + n;
    if (need <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.length));
    this.buf = nb;
  }
  u8(v: number): void {
    if (!this.counting) {
      this.room(1);
      this.buf[this.length] = v;
    }
    this.length++;
  }
  u16(v: number): void {
    this.u8(v >>> 8);
    this.u8(v & 0xff);
  }
  u32(v: number): void {
    if (!this.counting) {
      this.room(4);
      const b = this.buf;
      const p = this.length;
      b[p] = v >>> 24;
      b[p + 1] = (v >>> 16) & 0xff;
      b[p + 2] = (v >>> 8) & 0xff;
      b[p + 3] = v & 0xff;
    }
    this.length += 4;
  }
  bytes(src: Uint8Array): void {
    if (!this.counting) {
      this.room(src.length);
      this.buf.set(src, this.length);
    }
    this.length += src.length;
  }
  /** Overwrites 4 bytes at `pos` (a length known only after what follows was written). */
  patch32(pos: number, v: number): void {
    if (this.counting) return;
    this.buf[pos] = v >>> 24;
    this.buf[pos + 1] = (v >>> 16) & 0xff;
    this.buf[pos + 2] = (v >>> 8) & 0xff;
    this.buf[pos + 3] = v & 0xff;
  }
  finish(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** Stack entry: "write the size of the fun whose size field is at `pos`". */
class FunSizePatch {
  readonly pos: number;
  constructor(pos: number) {
    this.pos = pos;
  }
}

const textEncoder = new TextEncoder();

function encodeInto(w: Writer, root: Term, opts: EncodeOptions): void {
  const minor = opts.minorVersion ?? 1;
  const deterministic = opts.deterministic === true;
  const creator = opts.funCreator;
  const stack: Array<Term | FunSizePatch> = [root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (typeof t === 'number') {
      writeInteger(w, t);
    } else if (t instanceof Atom) {
      writeAtom(w, t, minor);
    } else if (t === NIL) {
      w.u8(NIL_EXT);
    } else if (t instanceof Cons) {
      writeList(w, t, stack);
    } else if (Array.isArray(t)) {
      const n = t.length;
      if (n <= 0xff) {
        w.u8(SMALL_TUPLE_EXT);
        w.u8(n);
      } else {
        w.u8(LARGE_TUPLE_EXT);
        w.u32(n);
      }
      for (let i = n - 1; i >= 0; i--) stack.push(t[i]);
    } else if (t instanceof EFloat) {
      writeFloat(w, t.value, minor);
    } else if (typeof t === 'bigint') {
      writeInteger(w, t);
    } else if (t instanceof BitStr) {
      writeBitstring(w, t);
    } else if (t instanceof EMap) {
      w.u8(MAP_EXT);
      w.u32(t.size);
      const entries = t.entries();
      // Sorted in map-key order (integers before floats), as erts's `deterministic` sorts them.
      if (deterministic && entries.length > 1) entries.sort((a, b) => compareExact(a[0], b[0]));
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i][1], entries[i][0]);
    } else if (t instanceof Pid) {
      writePid(w, t, minor);
    } else if (t instanceof Port) {
      writePort(w, t, minor);
    } else if (t instanceof Ref) {
      w.u8(NEWER_REFERENCE_EXT);
      w.u16(t.ids.length);
      writeAtom(w, t.node, minor);
      w.u32(t.creation);
      for (const id of t.ids) w.u32(id);
    } else if (t instanceof Fun) {
      writeFun(w, t, minor, creator, stack);
    } else if (t instanceof FunSizePatch) {
      // The size counts from the size field itself to the end of the free variables.
      w.patch32(t.pos, w.length - t.pos);
    } else {
      throw new Error(`etf-encode: not a term: ${String(t)}`);
    }
  }
}

function writeInteger(w: Writer, n: number | bigint): void {
  if (typeof n === 'number') {
    if (n >= 0 && n <= 255) {
      w.u8(SMALL_INTEGER_EXT);
      w.u8(n);
      return;
    }
    if (n >= -0x80000000 && n <= 0x7fffffff) {
      w.u8(INTEGER_EXT);
      w.u32(n >>> 0);
      return;
    }
  }
  // A bignum: magnitude bytes, least significant first.
  const neg = n < 0;
  const mag: number[] = [];
  if (typeof n === 'number') {
    let m = Math.abs(n);
    while (m > 0) {
      const b = m % 256;
      mag.push(b);
      m = (m - b) / 256;
    }
  } else {
    // Through hex text: linear in the size, where shifting a byte at a time would be quadratic.
    const hex = (neg ? -n : n).toString(16);
    for (let end = hex.length; end > 0; end -= 2) mag.push(parseInt(hex.slice(Math.max(0, end - 2), end), 16));
  }
  if (mag.length <= 0xff) {
    w.u8(SMALL_BIG_EXT);
    w.u8(mag.length);
  } else {
    w.u8(LARGE_BIG_EXT);
    w.u32(mag.length);
  }
  w.u8(neg ? 1 : 0);
  w.bytes(Uint8Array.from(mag));
}

const floatView = new DataView(new ArrayBuffer(8));

function writeFloat(w: Writer, v: number, minor: number): void {
  if (minor === 0) {
    w.u8(FLOAT_EXT);
    const text = new Uint8Array(FLOAT_TEXT_BYTES);
    const s = floatToClassic(v);
    for (let i = 0; i < s.length; i++) text[i] = s.charCodeAt(i);
    w.bytes(text);
    return;
  }
  w.u8(NEW_FLOAT_EXT);
  floatView.setFloat64(0, v);
  w.bytes(new Uint8Array(floatView.buffer.slice(0)));
}

/** Whether every character of the name fits in Latin-1. */
function isLatin1(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0xff) return false;
  return true;
}

function writeAtom(w: Writer, a: Atom, minor: number): void {
  const name = a.name;
  if (minor < 2 && isLatin1(name)) {
    w.u8(ATOM_EXT);
    w.u16(name.length);
    for (let i = 0; i < name.length; i++) w.u8(name.charCodeAt(i));
    return;
  }
  const utf8 = textEncoder.encode(name);
  if (utf8.length <= 0xff) {
    w.u8(SMALL_ATOM_UTF8_EXT);
    w.u8(utf8.length);
  } else {
    w.u8(ATOM_UTF8_EXT);
    w.u16(utf8.length);
  }
  w.bytes(utf8);
}

function writeList(w: Writer, l: Cons, stack: Array<Term | FunSizePatch>): void {
  // STRING_EXT when the list is proper and all bytes, and short enough.
  let n = 0;
  let t: Term = l;
  let bytes = true;
  while (t instanceof Cons) {
    const h = t.hd;
    if (bytes && !(typeof h === 'number' && h >= 0 && h <= 255 && n < MAX_STRING_LEN)) bytes = false;
    n++;
    t = t.tl;
  }
  if (bytes && t === NIL) {
    w.u8(STRING_EXT);
    w.u16(n);
    for (let c: Term = l; c instanceof Cons; c = c.tl) w.u8(c.hd as number);
    return;
  }
  w.u8(LIST_EXT);
  w.u32(n);
  // Elements first to last, then the tail.
  stack.push(t);
  const items: Term[] = new Array(n);
  let i = 0;
  for (let c: Term = l; c instanceof Cons; c = c.tl) items[i++] = c.hd;
  for (i = n - 1; i >= 0; i--) stack.push(items[i]);
}

function writeBitstring(w: Writer, b: BitStr): void {
  const whole = b.size >>> 3;
  const tail = b.size & 7;
  const n = b.byteSize;
  if (tail === 0) {
    w.u8(BINARY_EXT);
    w.u32(n);
  } else {
    w.u8(BIT_BINARY_EXT);
    w.u32(n);
    w.u8(tail);
  }
  const bytes = b.toBytes();
  if (w.iovec && (b.offset & 7) === 0 && whole > ONHEAP_BINARY_LIMIT) {
    // erts hands the whole bytes out by reference; a partial last byte goes with what follows.
    w.cuts.push(w.length);
    w.bytes(bytes.subarray(0, whole));
    w.cuts.push(w.length);
    if (tail !== 0) w.u8(bytes[whole]);
    return;
  }
  w.bytes(bytes);
}

function writePid(w: Writer, p: Pid, minor: number): void {
  w.u8(NEW_PID_EXT);
  writeAtom(w, p.node, minor);
  w.u32(p.id);
  w.u32(p.serial);
  w.u32(p.creation);
}

function writePort(w: Writer, p: Port, minor: number): void {
  if (p.id > 0xffffffff) {
    w.u8(V4_PORT_EXT);
    writeAtom(w, p.node, minor);
    w.u32(Math.floor(p.id / 0x100000000));
    w.u32(p.id >>> 0);
  } else {
    w.u8(NEW_PORT_EXT);
    writeAtom(w, p.node, minor);
    w.u32(p.id);
  }
  w.u32(p.creation);
}

function writeFun(w: Writer, f: Fun, minor: number, creator: EncodeOptions['funCreator'], stack: Array<Term | FunSizePatch>): void {
  const l = f.lambda;
  if (l === null) {
    const e = f.export!;
    w.u8(EXPORT_EXT);
    writeAtom(w, e.module, minor);
    writeAtom(w, e.name, minor);
    writeInteger(w, e.arity);
    return;
  }
  w.u8(NEW_FUN_EXT);
  const sizeAt = w.length;
  w.u32(0);
  w.u8(f.arity);
  w.bytes(l.md5);
  w.u32(l.index);
  w.u32(f.env.length);
  writeAtom(w, l.module, minor);
  // OldIndex (the same as the index since OTP 23) and OldUniq.
  const before = w.length;
  writeInteger(w, l.index);
  writeInteger(w, l.uniq);
  // external_size counts both as INTEGER_EXT (5 bytes each), whatever erts then writes.
  if (w.counting) w.length = before + 10;
  writePid(w, creator !== undefined ? creator(f) : DEFAULT_CREATOR, minor);
  stack.push(new FunSizePatch(sizeAt));
  for (let i = f.env.length - 1; i >= 0; i--) stack.push(f.env[i]);
}
