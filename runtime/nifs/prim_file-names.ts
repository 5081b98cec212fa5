// File name encoding: the four BIFs prim_file calls around every NIF that takes or returns a
// path (internal_name2native/1, internal_native2name/1, internal_normalize_utf8/1,
// is_translatable/1; BIFs in erts's bif.tab, not NIFs) and file:native_name_encoding/0.
// erts picks the native encoding at start-up from the locale: utf8 when the C library's
// codeset is UTF-8 (LANG=C.UTF-8, en_US.UTF-8...), latin1 otherwise (no LANG at all).

import { atom, FALSE, TRUE, type Atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Cons, NIL, listFrom } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import { defineBif, lookupBif } from '../bifs/registry.js';
import { guardedBif } from '../bifs/erlang/annotate.js';
import type { Process } from '../process/process.js';

const M = 'prim_file';
const UTF8 = atom('utf8');
const LATIN1 = atom('latin1');
const WARNING = atom('warning');

/** Whether file names are UTF-8 here, decided once as erts decides it from setlocale(LC_CTYPE, ""). */
function detectUtf8(): boolean {
  const env = process.env;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}
const nativeUtf8 = detectUtf8();

export function nativeNameEncoding(): Atom {
  return nativeUtf8 ? UTF8 : LATIN1;
}

function wholeBytes(b: BitStr): Uint8Array {
  return b.toBytes().subarray(0, b.size >>> 3);
}

/** The code points of valid UTF-8 (no surrogates, no overlong forms), or undefined. */
function decodeUtf8(bytes: Uint8Array): number[] | undefined {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    } else if ((b & 0xe0) === 0xc0) {
      cp = b & 0x1f;
      n = 1;
    } else if ((b & 0xf0) === 0xe0) {
      cp = b & 0x0f;
      n = 2;
    } else if ((b & 0xf8) === 0xf0) {
      cp = b & 0x07;
      n = 3;
    } else return undefined;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    out.push(cp);
    i += n + 1;
  }
  return out;
}

function encodeUtf8(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/**
 * prim_file:internal_name2native/1: a binary name as it is, a (possibly deep) list of code
 * points encoded in the native encoding; either way NUL-terminated. Atoms, binaries inside
 * lists, NULs and code points the encoding cannot hold are badarg.
 */
export function name2native(name: Term): BitStr {
  const out: number[] = [];
  if (name instanceof BitStr) {
    for (const b of wholeBytes(name)) {
      if (b === 0) badarg();
      out.push(b);
    }
  } else {
    const stack: Term[] = [name];
    while (stack.length > 0) {
      let l = stack.pop()!;
      while (l instanceof Cons) {
        const c = l.hd;
        if (c instanceof Cons || c === NIL) {
          stack.push(l.tl);
          l = c;
          continue;
        }
        if (typeof c !== 'number' || c <= 0) badarg();
        if (nativeUtf8) {
          if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) badarg();
          encodeUtf8(c, out);
        } else {
          if (c > 255) badarg();
          out.push(c);
        }
        l = l.tl;
      }
      if (l !== NIL) badarg();
    }
  }
  out.push(0);
  return BitStr.fromBytes(Uint8Array.from(out));
}

/** prim_file:internal_native2name/1: the name as a list of code points, or {error, warning} for bytes that are not UTF-8. */
export function native2name(bin: Term): Term {
  if (!(bin instanceof BitStr) || (bin.size & 7) !== 0) badarg();
  const bytes = wholeBytes(bin);
  if (bytes.length === 0) return NIL;
  if (!nativeUtf8) return listFrom(Array.from(bytes));
  const cps = decodeUtf8(bytes);
  // erts's default handling of untranslatable names (+fnuw) is a warning.
  if (cps === undefined) return [atom('error'), WARNING];
  return listFrom(cps);
}

defineBif(M, 'internal_name2native', 1, guardedBif(M, 'internal_name2native', (_p: Process, n: Term) => name2native(n)));
defineBif(M, 'internal_native2name', 1, guardedBif(M, 'internal_native2name', (_p: Process, b: Term) => native2name(b)));

defineBif(
  M,
  'internal_normalize_utf8',
  1,
  guardedBif(M, 'internal_normalize_utf8', (_p: Process, b: Term) => {
    if (!(b instanceof BitStr) || (b.size & 7) !== 0) badarg();
    const bytes = wholeBytes(b);
    if (bytes.length === 0) return NIL;
    const cps = decodeUtf8(bytes);
    if (cps === undefined) badarg();
    // erts composes canonically equivalent sequences (NFC), as String.prototype.normalize does.
    const s = String.fromCodePoint(...cps).normalize('NFC');
    return listFrom(Array.from(s, (ch) => ch.codePointAt(0)!));
  }),
);

defineBif(
  M,
  'is_translatable',
  1,
  guardedBif(M, 'is_translatable', (_p: Process, b: Term) => {
    if (!(b instanceof BitStr) || (b.size & 7) !== 0) badarg();
    const bytes = wholeBytes(b);
    if (bytes.length === 0 || !nativeUtf8) return TRUE;
    return decodeUtf8(bytes) === undefined ? FALSE : TRUE;
  }),
);

if (lookupBif('file', 'native_name_encoding', 0) === undefined) {
  defineBif('file', 'native_name_encoding', 0, (_p: Process) => nativeNameEncoding());
}
