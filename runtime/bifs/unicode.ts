// The unicode module's BIFs: characters_to_binary/2, characters_to_list/2 and bin_is_7bit/1.
// The rest of unicode (characters_to_binary/1,3, characters_to_list/1, the utf16/utf32 paths,
// normalisation) is Erlang code in unicode.erl built on these. Input is chardata: code points,
// binaries and nested lists, a binary allowed as a list's tail; in latin1 a binary's bytes are
// characters, in unicode/utf8 binaries hold UTF-8, which may be split anywhere between binaries.
// Results follow erts exactly: the structure is checked first (badarg), then characters are
// converted until one is invalid ({error, Converted, Rest}) or the input ends inside a character
// ({incomplete, Converted, Rest}). Rest is built as erts builds it: the unconverted part of the
// failing element, consed onto each enclosing list's tail, innermost first. erts converts in
// slices and traps between them; the results are those of one uninterrupted pass, which is what
// erts gives unless the calling process is nearly out of reductions (then an error's Rest may be
// nested differently). Other encodings trap to unicode:characters_to_binary_int/2 and
// characters_to_list_int/2, as erts does.

import { atom, FALSE, TRUE, type Atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Cons, NIL } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { exportEntry } from '../code/exports.js';
import { defineBif } from './registry.js';
import { defineGuarded, guardedBif } from './erlang/annotate.js';

const M = 'unicode';
const LATIN1 = atom('latin1');
const UNICODE = atom('unicode');
const UTF8 = atom('utf8');
const ERROR = atom('error');
const INCOMPLETE = atom('incomplete');
const UNICODE_MODULE = atom('unicode');
const C2B_INT = atom('characters_to_binary_int');
const C2L_INT = atom('characters_to_list_int');

function isAligned(b: BitStr): boolean {
  return (b.size & 7) === 0;
}

/**
 * Whether `t` has the shape of chardata, as erts checks before converting anything: integers
 * (of any value: a bad one is a conversion error later, even a bignum), aligned binaries, nested
 * lists, a binary or [] as a list's tail.
 */
function wellFormed(t: Term): boolean {
  if (t === NIL) return true;
  if (t instanceof BitStr) return isAligned(t);
  if (!(t instanceof Cons)) return false;
  const stack: Term[] = [];
  let l: Term = t;
  for (;;) {
    while (l instanceof Cons) {
      const h = l.hd;
      if (h instanceof Cons) {
        stack.push(l.tl);
        l = h;
        continue;
      }
      if (h instanceof BitStr) {
        if (!isAligned(h)) return false;
      } else if (typeof h !== 'number' && typeof h !== 'bigint' && h !== NIL) {
        return false;
      }
      l = l.tl;
    }
    if (l instanceof BitStr) {
      if (!isAligned(l)) return false;
    } else if (l !== NIL) {
      return false;
    }
    if (stack.length === 0) return true;
    l = stack.pop()!;
  }
}

/** Bytes a lead byte announces (1-4), or -1 for a byte no character starts with. */
function utf8Length(b: number): number {
  if (b < 0x80) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return -1;
}

/**
 * Whether the `n` bytes at `i` (n = utf8Length of the first) are one valid character: continuation
 * bytes, no overlong form, no surrogate, nothing above 0x10FFFF.
 */
function validChar(b: ArrayLike<number>, i: number, n: number): boolean {
  const c = b[i];
  for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return false;
  switch (n) {
    case 1:
      return true;
    case 2:
      return c >= 0xc2;
    case 3:
      if (c === 0xe0 && b[i + 1] < 0xa0) return false;
      return !((c & 0x0f) === 0x0d && (b[i + 1] & 0x20) !== 0);
    case 4:
      if (c === 0xf0 && b[i + 1] < 0x90) return false;
      return (c & 7) < 4 || ((c & 7) === 4 && (b[i + 1] & 0x3f) <= 0x0f);
    default:
      return false;
  }
}

/**
 * Whether the bytes of an input that ended inside a character could still become one: 0 when more
 * input could complete them ({incomplete, ...}), -1 when they are already wrong ({error, ...}).
 * Only continuation bytes are looked at, as erts does (an overlong start still counts as a prefix).
 */
function checkLeftovers(b: ArrayLike<number>, n: number): 0 | -1 {
  const c = b[0];
  const cont = (k: number): boolean => (b[k] & 0xc0) === 0x80;
  if ((c & 0xe0) === 0xc0) return 0;
  if ((c & 0xf0) === 0xe0) {
    if (n < 2 || (n < 3 && cont(1))) return 0;
  } else if ((c & 0xf8) === 0xf0) {
    if (n < 2 || (n < 3 && cont(1)) || (n < 4 && cont(1) && cont(2))) return 0;
  }
  return -1;
}

/** The valid UTF-8 prefix of `b`: its length in bytes and why it stops. */
function analyzeUtf8(b: Uint8Array): { end: number; state: 'ok' | 'error' | 'incomplete' } {
  let i = 0;
  while (i < b.length) {
    const n = utf8Length(b[i]);
    if (n < 0) return { end: i, state: 'error' };
    if (i + n > b.length) return { end: i, state: 'incomplete' };
    if (!validChar(b, i, n)) return { end: i, state: 'error' };
    i += n;
  }
  return { end: i, state: 'ok' };
}

/** The bytes of `b`'s window from byte `from` on, sharing its buffer. */
function subBinary(b: BitStr, from: number): BitStr {
  return new BitStr(b.bytes, b.offset + from * 8, b.size - from * 8);
}

/** A list of the code points in valid UTF-8 bytes, ending in `tail`. */
function decodeToList(b: Uint8Array, len: number, tail: Term = NIL): Term {
  const cps: number[] = [];
  for (let i = 0; i < len; ) {
    const c = b[i];
    if (c < 0x80) {
      cps.push(c);
      i++;
    } else if (c < 0xe0) {
      cps.push(((c & 0x1f) << 6) | (b[i + 1] & 0x3f));
      i += 2;
    } else if (c < 0xf0) {
      cps.push(((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      i += 3;
    } else {
      cps.push(((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f));
      i += 4;
    }
  }
  let l = tail;
  for (let k = cps.length - 1; k >= 0; k--) l = new Cons(cps[k], l);
  return l;
}

/**
 * One conversion of chardata to UTF-8, as erts's builder does it: output bytes, the bytes of a
 * character begun at the end of one binary and not yet completed by the next ones (`leftover`),
 * and whether an invalid character stopped it.
 */
class Utf8Builder {
  out = new Uint8Array(64);
  len = 0;
  readonly leftover: number[] = [];
  err = false;
  constructor(readonly latin1: boolean) {}

  private room(n: number): void {
    if (this.len + n <= this.out.length) return;
    let size = this.out.length * 2;
    while (size < this.len + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.out.subarray(0, this.len));
    this.out = bigger;
  }

  /** Appends code point `x`; false (nothing written) when it is not a character of the encoding. */
  private putChar(x: number | bigint): boolean {
    if (typeof x !== 'number' || x < 0) return false;
    if (this.latin1 && x > 255) return false;
    this.room(4);
    const o = this.out;
    if (x < 0x80) {
      o[this.len++] = x;
    } else if (x < 0x800) {
      o[this.len++] = 0xc0 | (x >> 6);
      o[this.len++] = 0x80 | (x & 0x3f);
    } else if (x < 0x10000) {
      if (x >= 0xd800 && x <= 0xdfff) return false;
      o[this.len++] = 0xe0 | (x >> 12);
      o[this.len++] = 0x80 | ((x >> 6) & 0x3f);
      o[this.len++] = 0x80 | (x & 0x3f);
    } else if (x < 0x110000) {
      o[this.len++] = 0xf0 | (x >> 18);
      o[this.len++] = 0x80 | ((x >> 12) & 0x3f);
      o[this.len++] = 0x80 | ((x >> 6) & 0x3f);
      o[this.len++] = 0x80 | (x & 0x3f);
    } else {
      return false;
    }
    return true;
  }

  /**
   * Converts one binary. Returns [] when all of it was taken (perhaps leaving a started character
   * in `leftover`), else sets `err` and returns the part from the invalid character on (all of
   * the binary when it fails to complete the leftover character).
   */
  private binary(bin: BitStr): Term {
    const b = bin.toBytes();
    if (this.latin1) {
      this.room(b.length * 2);
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c < 0x80) {
          this.out[this.len++] = c;
        } else {
          this.out[this.len++] = 0xc0 | (c >> 6);
          this.out[this.len++] = 0x80 | (c & 0x3f);
        }
      }
      return NIL;
    }
    let i = 0;
    const lo = this.leftover;
    if (lo.length > 0) {
      const need = utf8Length(lo[0]) - lo.length;
      if (b.length < need) {
        for (const c of b) lo.push(c);
        return NIL;
      }
      const ch = lo.concat(Array.from(b.subarray(0, need)));
      if (!validChar(ch, 0, ch.length)) {
        this.err = true;
        return bin;
      }
      this.room(ch.length);
      for (const c of ch) this.out[this.len++] = c;
      lo.length = 0;
      i = need;
    }
    this.room(b.length - i);
    while (i < b.length) {
      const n = utf8Length(b[i]);
      if (n < 0) break;
      if (i + n > b.length) {
        for (let k = i; k < b.length; k++) lo.push(b[k]);
        return NIL;
      }
      if (!validChar(b, i, n)) break;
      for (let k = 0; k < n; k++) this.out[this.len++] = b[i + k];
      i += n;
    }
    if (i === b.length) return NIL;
    this.err = true;
    return subBinary(bin, i);
  }

  /**
   * Converts well-formed chardata; returns what is left: [] when all was converted, else (with
   * `err` set) the rest from the first invalid character, each enclosing list's tail consed on.
   */
  convert(t: Term): Term {
    if (t === NIL) return NIL;
    if (t instanceof BitStr) return this.binary(t);
    const stack: Term[] = [t];
    let l: Term = NIL;
    done: while (stack.length > 0) {
      l = stack.pop()!;
      if (l === NIL) continue;
      while (l instanceof Cons) {
        const h = l.hd;
        if (typeof h === 'number' || typeof h === 'bigint') {
          // An integer cannot finish a character begun in a binary.
          if (this.leftover.length > 0 || !this.putChar(h)) {
            this.err = true;
            break done;
          }
          l = l.tl;
        } else if (h instanceof Cons) {
          stack.push(l.tl);
          l = h;
        } else if (h instanceof BitStr) {
          const rest = this.binary(h);
          if (this.err) {
            l = new Cons(rest, l.tl);
            break done;
          }
          l = l.tl;
        } else {
          l = l.tl; // []
        }
      }
      if (l instanceof BitStr) {
        l = this.binary(l);
        if (this.err) break;
      }
      l = NIL;
    }
    while (stack.length > 0) l = new Cons(l, stack.pop()!);
    return l;
  }

  /** The bytes of an unfinished character, as a binary. */
  leftoverBinary(): BitStr {
    return BitStr.fromBytes(Uint8Array.from(this.leftover));
  }
}

type Result = { kind: 'ok' } | { kind: 'error' | 'incomplete'; rest: Term };

/** Converts `data`, then decides erts's outcome from the builder's state. */
function run(builder: Utf8Builder, data: Term): Result {
  const rest = builder.convert(data);
  const lo = builder.leftover;
  if (builder.err) {
    return { kind: 'error', rest: lo.length > 0 ? new Cons(builder.leftoverBinary(), new Cons(rest, NIL)) : rest };
  }
  if (lo.length > 0) {
    return { kind: checkLeftovers(lo, lo.length) === 0 ? 'incomplete' : 'error', rest: builder.leftoverBinary() };
  }
  return { kind: 'ok' };
}

/** latin1 for latin1; false for unicode and utf8; null for any other term (the Erlang path). */
function nativeEncoding(enc: Term): boolean | null {
  if (enc === LATIN1) return true;
  if (enc === UNICODE || enc === UTF8) return false;
  return null;
}

function isSevenBit(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] & 0x80) return false;
  return true;
}

function charactersToBinary(data: Term, latin1: boolean): Term {
  // A list of one binary is taken as the binary (its error Rest is then a binary, not a list).
  const subject = data instanceof Cons && data.hd instanceof BitStr && data.tl === NIL ? data.hd : data;
  if (!wellFormed(subject)) return badarg();
  if (subject instanceof BitStr) {
    const b = subject.toBytes();
    if (latin1 ? isSevenBit(b) : analyzeUtf8(b).state === 'ok') return subject;
  }
  const builder = new Utf8Builder(latin1);
  const r = run(builder, subject);
  const bin = BitStr.fromBytes(builder.out.slice(0, builder.len));
  return r.kind === 'ok' ? bin : [r.kind === 'error' ? ERROR : INCOMPLETE, bin, r.rest];
}

function charactersToList(data: Term, latin1: boolean): Term {
  if (data instanceof BitStr && !latin1) {
    if (!isAligned(data)) return badarg();
    const b = data.toBytes();
    const { end, state } = analyzeUtf8(b);
    const converted = decodeToList(b, end);
    if (state === 'ok') return converted;
    const rest = subBinary(data, end);
    const kind = state === 'incomplete' && checkLeftovers(b.subarray(end), b.length - end) === 0 ? INCOMPLETE : ERROR;
    return [kind, converted, rest];
  }
  if (!wellFormed(data)) return badarg();
  const builder = new Utf8Builder(latin1);
  const r = run(builder, data);
  const list = decodeToList(builder.out, builder.len);
  return r.kind === 'ok' ? list : [r.kind === 'error' ? ERROR : INCOMPLETE, list, r.rest];
}

/**
 * A BIF that converts latin1/unicode/utf8 itself and hands other encodings to `fallback` in
 * unicode.erl, as erts traps there. Only the BIF's own badarg names the BIF: the Erlang code
 * reports its errors itself.
 */
function defineWithFallback(name: string, fallback: Atom, convert: (data: Term, latin1: boolean) => Term): void {
  const native = guardedBif(M, name, (_p: Process, data: Term, enc: Term) => convert(data, enc === LATIN1));
  defineBif(M, name, 2, (p: Process, data: Term, enc: Term) => {
    if (nativeEncoding(enc) === null) return exportEntry(UNICODE_MODULE, fallback, 2).fn(p, data, enc);
    return native(p, data, enc);
  });
}

defineWithFallback('characters_to_binary', C2B_INT, charactersToBinary);
defineWithFallback('characters_to_list', C2L_INT, charactersToList);

defineGuarded(M, 'bin_is_7bit', 1, (_p: Process, b: Term) =>
  b instanceof BitStr && isAligned(b) && isSevenBit(b.toBytes()) ? TRUE : FALSE,
);
