// The erlang module's conversions between atoms, integers, lists and binaries, and the binary
// size and slicing BIFs (floats are in float-conversions.ts). Atoms hold at most 255 characters:
// making a longer one is system_limit, looking one up is badarg. Text is read as erts reads it:
// integers with an optional sign and at least one digit, atoms from code points (lists) or from
// latin1 or strict UTF-8 bytes (binaries).

import { atom, existingAtom, Atom } from '../../term/atom.js';
import { BitStr, EMPTY_BINARY } from '../../term/bitstring.js';
import { Cons, NIL, charlist } from '../../term/list.js';
import { normInt, type Term } from '../../term/term.js';
import { integerToString } from '../../term/number-format.js';
import {
  binaryPart,
  binaryToList,
  bitSize,
  bitstringToList,
  byteSize,
  iolistSize,
  iolistToBinary,
  listToBinary,
  listToBitstring,
} from '../../bs/binary-ops.js';
import { badarg, raiseError } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, smallInt } from './annotate.js';
import { asciiBinary } from './float-conversions.js';

const E = 'erlang';
const LATIN1 = atom('latin1');
const UTF8 = atom('utf8');
const UNICODE = atom('unicode');
const SYSTEM_LIMIT = atom('system_limit');

/** MAX_ATOM_CHARACTERS. */
const MAX_ATOM_CHARS = 255;

function systemLimit(): never {
  return raiseError(SYSTEM_LIMIT);
}

/** The bytes of a binary (not a bitstring with a partial byte), or badarg. */
function binaryBytes(t: Term): Uint8Array {
  if (!(t instanceof BitStr) || (t.size & 7) !== 0) return badarg();
  return t.toBytes();
}

// ---------------------------------------------------------------------------------------------
// Atoms. atom_to_binary/1, binary_to_atom/1 and binary_to_existing_atom/1 are not BIFs in OTP 25:
// erlang.beam defines them in Erlang on top of the /2 forms.

defineGuarded(E, 'atom_to_list', 1, (_p: Process, a: Term) => (a instanceof Atom ? charlist(a.name) : badarg()));

/**
 * The text of an atom to be made from a list of code points. A 256th element is system_limit
 * whatever it is (when `mustExist`, badarg); before that, an element that is not a Unicode
 * scalar value, or an improper tail, is badarg.
 */
function atomTextFromList(l: Term, mustExist: boolean): string {
  let s = '';
  let n = 0;
  while (l instanceof Cons) {
    if (n === MAX_ATOM_CHARS) return mustExist ? badarg() : systemLimit();
    const c = l.hd;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return badarg();
    s += String.fromCodePoint(c);
    n++;
    l = l.tl;
  }
  return l === NIL ? s : badarg();
}

defineGuarded(E, 'list_to_atom', 1, (_p: Process, l: Term) => atom(atomTextFromList(l, false)));
defineGuarded(E, 'list_to_existing_atom', 1, (_p: Process, l: Term) => existingAtom(atomTextFromList(l, true)) ?? badarg());

function atomToBinary(a: Term, enc: Term): BitStr {
  if (!(a instanceof Atom)) return badarg();
  if (enc === UTF8 || enc === UNICODE) return BitStr.fromBytes(new TextEncoder().encode(a.name));
  if (enc !== LATIN1) return badarg();
  const cps = Array.from(a.name, (ch) => ch.codePointAt(0)!);
  if (cps.some((c) => c > 255)) return badarg();
  return BitStr.fromBytes(Uint8Array.from(cps));
}
defineGuarded(E, 'atom_to_binary', 2, (_p: Process, a: Term, enc: Term) => atomToBinary(a, enc));

/**
 * The code points of strict UTF-8 (no overlong forms, surrogates or values above 0x10FFFF), or
 * badarg. Characters are counted as they are read: a 256th is system_limit (badarg when
 * `mustExist`) even if invalid bytes follow it.
 */
function atomTextFromUtf8(b: Uint8Array, mustExist: boolean): string {
  let s = '';
  let n = 0;
  let i = 0;
  while (i < b.length) {
    if (++n > MAX_ATOM_CHARS) return mustExist ? badarg() : systemLimit();
    const c = b[i];
    let cp: number;
    let len: number;
    let min: number;
    if (c < 0x80) {
      cp = c;
      len = 1;
      min = 0;
    } else if (c >= 0xc2 && c <= 0xdf) {
      cp = c & 0x1f;
      len = 2;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      cp = c & 0x0f;
      len = 3;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      cp = c & 0x07;
      len = 4;
      min = 0x10000;
    } else {
      return badarg();
    }
    if (i + len > b.length) return badarg();
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if ((d & 0xc0) !== 0x80) return badarg();
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return badarg();
    s += String.fromCodePoint(cp);
    i += len;
  }
  return s;
}

function binaryToAtom(bin: Term, enc: Term, mustExist: boolean): Atom {
  const b = binaryBytes(bin);
  let text: string;
  if (enc === LATIN1) {
    if (b.length > MAX_ATOM_CHARS) return mustExist ? badarg() : systemLimit();
    text = String.fromCharCode(...b);
  } else if (enc === UTF8 || enc === UNICODE) {
    text = atomTextFromUtf8(b, mustExist);
  } else {
    return badarg();
  }
  return mustExist ? (existingAtom(text) ?? badarg()) : atom(text);
}
defineGuarded(E, 'binary_to_atom', 2, (_p: Process, b: Term, enc: Term) => binaryToAtom(b, enc, false));
defineGuarded(E, 'binary_to_existing_atom', 2, (_p: Process, b: Term, enc: Term) => binaryToAtom(b, enc, true));

// ---------------------------------------------------------------------------------------------
// Integers

function base(b: Term): number {
  const v = smallInt(b);
  return v === undefined || v < 2 || v > 36 ? badarg() : v;
}

function integerText(n: Term, b: number): string {
  if (typeof n !== 'number' && typeof n !== 'bigint') return badarg();
  return integerToString(n, b);
}

// Base 10 and a number (the usual case) go digit by digit straight into the list or the bytes:
// making the JS string first cost more than the rest of the BIF.

/** How many decimal digits m (a non-negative safe integer) has. */
function decimalDigits(m: number): number {
  let d = 1;
  while (m >= 10) {
    m = Math.floor(m / 10);
    d++;
  }
  return d;
}

function decimalList(n: number): Term {
  let m = n < 0 ? -n : n;
  let l: Term = NIL;
  do {
    const q = Math.floor(m / 10);
    l = new Cons(48 + (m - q * 10), l);
    m = q;
  } while (m > 0);
  return n < 0 ? new Cons(45, l) : l;
}

function decimalBinary(n: number): BitStr {
  let m = n < 0 ? -n : n;
  const len = decimalDigits(m) + (n < 0 ? 1 : 0);
  const out = new Uint8Array(len);
  let i = len;
  do {
    const q = Math.floor(m / 10);
    out[--i] = 48 + (m - q * 10);
    m = q;
  } while (m > 0);
  if (n < 0) out[0] = 45;
  return new BitStr(out, 0, len * 8);
}

defineGuarded(E, 'integer_to_list', 1, (_p: Process, n: Term) =>
  typeof n === 'number' ? decimalList(n) : charlist(integerText(n, 10)),
);
defineGuarded(E, 'integer_to_list', 2, (_p: Process, n: Term, b: Term) => charlist(integerText(n, base(b))));
defineGuarded(E, 'integer_to_binary', 1, (_p: Process, n: Term) =>
  typeof n === 'number' ? decimalBinary(n) : asciiBinary(integerText(n, 10)),
);
defineGuarded(E, 'integer_to_binary', 2, (_p: Process, n: Term, b: Term) => asciiBinary(integerText(n, base(b))));

/** The value of a digit character in `b`, or -1. */
function digitValue(c: number, b: number): number {
  let v = 99;
  if (c >= 48 && c <= 57) v = c - 48;
  else if (c >= 97 && c <= 122) v = c - 87;
  else if (c >= 65 && c <= 90) v = c - 55;
  return v < b ? v : -1;
}

/**
 * An optional sign, then one or more digits of base `b` and nothing else, as an integer; badarg
 * otherwise. Digits are read in chunks small enough to stay exact in a double.
 */
export function parseInteger(codes: ArrayLike<number>, b: number, from = 0, to = codes.length): number | bigint {
  let i = from;
  let negative = false;
  if (to > from && (codes[from] === 43 || codes[from] === 45)) {
    negative = codes[from] === 45;
    i = from + 1;
  }
  if (i === to) return badarg();
  if (b === 10 && to - i <= 15) {
    // Up to 15 decimal digits are exact in a double: one pass, no chunks.
    let v = 0;
    for (; i < to; i++) {
      const d = codes[i] - 48;
      if (!(d >= 0 && d <= 9)) return badarg();
      v = v * 10 + d;
    }
    return negative ? -v + 0 : v;
  }
  // b^chunk < 2^53 for every base up to 36 when chunk is 10.
  const CHUNK = 10;
  let acc = 0;
  let big: bigint | null = null;
  while (i < to) {
    const end = Math.min(to, i + CHUNK);
    let part = 0;
    let scale = 1;
    for (; i < end; i++) {
      const d = digitValue(codes[i], b);
      if (d < 0) return badarg();
      part = part * b + d;
      scale *= b;
    }
    if (big === null && acc * scale + part <= Number.MAX_SAFE_INTEGER) acc = acc * scale + part;
    else {
      big = (big ?? BigInt(acc)) * BigInt(scale) + BigInt(part);
    }
  }
  if (big === null) return negative ? -acc + 0 : acc;
  return normInt(negative ? -big : big);
}

/**
 * The elements of a proper list as char codes, or badarg. erts reads each small integer as a
 * byte (its low 8 bits: [$1, $0 + 256] is 10) but takes only '-' and '+' themselves as a sign;
 * anything else becomes -1, which no digit matches.
 */
function listCodes(l: Term): number[] {
  const out: number[] = [];
  while (l instanceof Cons) {
    const c = l.hd;
    let code = typeof c === 'number' ? c & 0xff : smallInt(c) !== undefined ? Number((c as bigint) & 0xffn) : -1;
    if (out.length === 0 && (code === 43 || code === 45) && c !== code) code = -1;
    out.push(code);
    l = l.tl;
  }
  return l === NIL ? out : badarg();
}

defineGuarded(E, 'list_to_integer', 1, (_p: Process, l: Term) => parseInteger(listCodes(l), 10));
defineGuarded(E, 'list_to_integer', 2, (_p: Process, l: Term, b: Term) => parseInteger(listCodes(l), base(b)));
defineGuarded(E, 'binary_to_integer', 1, (_p: Process, bin: Term) => {
  // A byte-aligned binary is read where it lies, without a view of it.
  if (bin instanceof BitStr && ((bin.offset | bin.size) & 7) === 0) {
    const from = bin.offset >>> 3;
    return parseInteger(bin.bytes, 10, from, from + (bin.size >>> 3));
  }
  return parseInteger(binaryBytes(bin), 10);
});
defineGuarded(E, 'binary_to_integer', 2, (_p: Process, bin: Term, b: Term) => parseInteger(binaryBytes(bin), base(b)));

// ---------------------------------------------------------------------------------------------
// Binaries and lists

defineGuarded(E, 'list_to_binary', 1, (_p: Process, l: Term) => listToBinary(l));
defineGuarded(E, 'list_to_bitstring', 1, (_p: Process, l: Term) => listToBitstring(l));
defineGuarded(E, 'iolist_to_binary', 1, (_p: Process, l: Term) => iolistToBinary(l));
defineGuarded(E, 'iolist_size', 1, (_p: Process, l: Term) => iolistSize(l));
defineGuarded(E, 'binary_to_list', 1, (_p: Process, b: Term) => binaryToList(b));
defineGuarded(E, 'bitstring_to_list', 1, (_p: Process, b: Term) => bitstringToList(b));
defineGuarded(E, 'byte_size', 1, (_p: Process, b: Term) => byteSize(b));
defineGuarded(E, 'bit_size', 1, (_p: Process, b: Term) => bitSize(b));

/** binary_to_list(B, Start, Stop): bytes Start..Stop (1-based, inclusive) of whole bytes of B. */
defineGuarded(E, 'binary_to_list', 3, (_p: Process, b: Term, start: Term, stop: Term) => {
  if (!(b instanceof BitStr) || typeof start !== 'number' || typeof stop !== 'number') return badarg();
  if (start < 1 || stop < start || stop > b.size >>> 3) return badarg();
  let l: Term = NIL;
  for (let i = stop - 1; i >= start - 1; i--) l = new Cons(b.byteAt(i), l);
  return l;
});

/** split_binary(B, Pos): the first Pos bytes and the rest (which keeps any trailing bits). */
defineGuarded(E, 'split_binary', 2, (_p: Process, b: Term, pos: Term) => {
  if (!(b instanceof BitStr) || typeof pos !== 'number' || pos < 0 || pos > b.size >>> 3) return badarg();
  const head = pos === 0 ? EMPTY_BINARY : new BitStr(b.bytes, b.offset, pos * 8);
  const tail = pos * 8 === b.size ? EMPTY_BINARY : new BitStr(b.bytes, b.offset + pos * 8, b.size - pos * 8);
  return [head, tail];
});

defineGuarded(E, 'binary_part', 3, (_p: Process, b: Term, start: Term, len: Term) => binaryPart(b, start, len));
defineGuarded(E, 'binary_part', 2, (_p: Process, b: Term, range: Term) => {
  if (!Array.isArray(range) || range.length !== 2) return badarg();
  return binaryPart(b, range[0], range[1]);
});
