// Whole-binary operations that BIFs and term order need: sizes, binary_part,
// concatenation, conversions between binaries and lists (iolist flattening with
// erts's badarg), equality and the term order of bitstrings. The BIF table
// registers the erlang:* functions; these are the implementations it calls.

import { BitStr, EMPTY_BINARY } from '../term/bitstring.js';
import { Cons, NIL } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import { compareBits, copyBits, readBits, writeBits } from './bits.js';

/** byte_size/1. */
export function byteSize(t: Term): number {
  if (!(t instanceof BitStr)) return badarg();
  return (t.size + 7) >>> 3;
}

/** bit_size/1. */
export function bitSize(t: Term): number {
  if (!(t instanceof BitStr)) return badarg();
  return t.size;
}

/**
 * binary_part/3 (and binary_part/2 with {Start, Len}): bytes Start .. Start+Len,
 * Len negative counting backwards. Only whole bytes can be taken: erts refuses a
 * range reaching into a trailing partial byte.
 */
export function binaryPart(bin: Term, start: Term, len: Term): BitStr {
  if (!(bin instanceof BitStr) || typeof start !== 'number' || typeof len !== 'number') return badarg();
  let s = start;
  let n = len;
  if (n < 0) {
    s += n;
    n = -n;
  }
  if (s < 0 || s + n > bin.size >>> 3) return badarg();
  return new BitStr(bin.bytes, bin.offset + s * 8, n * 8);
}

/** The bitstrings one after the other, in a new buffer. */
export function concat(parts: readonly BitStr[]): BitStr {
  let bits = 0;
  for (const p of parts) bits += p.size;
  if (bits === 0) return EMPTY_BINARY;
  const out = new Uint8Array((bits + 7) >>> 3);
  let pos = 0;
  for (const p of parts) {
    copyBits(p.bytes, p.offset, out, pos, p.size);
    pos += p.size;
  }
  return new BitStr(out, 0, bits);
}

/** binary_to_list/1: badarg for a bitstring that is not a binary. */
export function binaryToList(t: Term): Term {
  if (!(t instanceof BitStr) || (t.size & 7) !== 0) return badarg();
  return bitstringToList(t);
}

/** bitstring_to_list/1: the bytes, then the trailing bits as a bitstring when there are any. */
export function bitstringToList(t: Term): Term {
  if (!(t instanceof BitStr)) return badarg();
  const whole = t.size >>> 3;
  const rest = t.size & 7;
  let l: Term = NIL;
  if (rest !== 0) {
    const out = new Uint8Array(1);
    writeBits(out, 0, readBits(t.bytes, t.offset + whole * 8, rest), rest);
    l = new Cons(new BitStr(out, 0, rest), NIL);
  }
  for (let i = whole - 1; i >= 0; i--) l = new Cons(t.byteAt(i), l);
  return l;
}

/**
 * Walks an iolist (bytes, binaries, nested lists; a binary may end any list),
 * counting its bits and, when `out` is given, writing them there. -1 when the
 * term is not one, or holds a bitstring that is not a binary and `bits` is false.
 * An explicit stack: iolists may nest deeper than the JS stack goes.
 */
function walk(root: Term, allowBits: boolean, out: Uint8Array | null): number {
  const stack: Term[] = [];
  let t = root;
  let pos = 0;
  for (;;) {
    while (t instanceof Cons) {
      const h = t.hd;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return -1;
        if (out !== null) {
          if ((pos & 7) === 0) out[pos >>> 3] = h;
          else writeBits(out, pos, h, 8);
        }
        pos += 8;
      } else if (h instanceof BitStr) {
        if (!allowBits && (h.size & 7) !== 0) return -1;
        if (out !== null) copyBits(h.bytes, h.offset, out, pos, h.size);
        pos += h.size;
      } else if (h instanceof Cons) {
        stack.push(t.tl);
        t = h;
        continue;
      } else if (h !== NIL) {
        return -1;
      }
      t = t.tl;
    }
    if (t instanceof BitStr) {
      if (!allowBits && (t.size & 7) !== 0) return -1;
      if (out !== null) copyBits(t.bytes, t.offset, out, pos, t.size);
      pos += t.size;
    } else if (t !== NIL) {
      return -1;
    }
    if (stack.length === 0) return pos;
    t = stack.pop()!;
  }
}

function flatten(t: Term, allowBits: boolean): BitStr {
  const bits = walk(t, allowBits, null);
  if (bits < 0) return badarg();
  const out = new Uint8Array((bits + 7) >>> 3);
  walk(t, allowBits, out);
  return new BitStr(out, 0, bits);
}

/** list_to_binary/1: an iolist (not a bare binary) to a binary. */
export function listToBinary(t: Term): BitStr {
  if (!(t instanceof Cons) && t !== NIL) return badarg();
  return flatten(t, false);
}

/** iolist_to_binary/1: as list_to_binary/1, and a binary is returned as it is. */
export function iolistToBinary(t: Term): BitStr {
  if (t instanceof BitStr) return (t.size & 7) === 0 ? t : badarg();
  return listToBinary(t);
}

/** list_to_bitstring/1: a bitstring list (an iolist whose binaries may be any bitstrings). */
export function listToBitstring(t: Term): BitStr {
  if (!(t instanceof Cons) && t !== NIL) return badarg();
  return flatten(t, true);
}

/** iolist_size/1: bytes in an iolist or a binary. */
export function iolistSize(t: Term): number {
  const bits = walk(t, false, null);
  return bits < 0 ? badarg() : bits >>> 3;
}

/** Exact equality of two bitstrings (same bits, same length). */
export function binaryEqual(a: BitStr, b: BitStr): boolean {
  return a.size === b.size && compareBits(a.bytes, a.offset, b.bytes, b.offset, a.size) === 0;
}

/** Term order of bitstrings: the common bits compared as unsigned, then the shorter first. -1, 0 or 1. */
export function compareBitstrings(a: BitStr, b: BitStr): number {
  const c = compareBits(a.bytes, a.offset, b.bytes, b.offset, Math.min(a.size, b.size));
  if (c !== 0) return c < 0 ? -1 : 1;
  return a.size < b.size ? -1 : a.size > b.size ? 1 : 0;
}
