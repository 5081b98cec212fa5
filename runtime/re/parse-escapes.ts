// Escapes of PCRE 8.44 pattern syntax, for parse.ts: character escapes (\n, \x{..}, \o{..}, \cX,
// octal), type escapes (\d \s \w \h \v and negations, \p{..}) and the escapes that stand alone
// outside a class (\Q..\E, assertions, \K \R \X \C \N, numbered backreferences). The parser
// passes itself as the Scanner; \g and \k, which resolve group names and numbers, call back into it.

import { CharSet, type AssertKind, type Node } from './ast.js';
import { DIGIT, SPACE, WORD, ctype, isHSpace, isVSpace, propertyTest, ucpDigit, ucpSpace, ucpWord } from './chartables.js';
import { E } from './errors.js';

/** The parser state escapes and classes read and advance (parse.ts's Parser is one). */
export interface Scanner {
  /** The pattern's characters (code points in unicode mode, bytes otherwise). */
  readonly cps: number[];
  /** The current index into cps. */
  i: number;
  readonly end: number;
  readonly utf: boolean;
  readonly ucp: boolean;
  /** Set when the pattern names CR or LF (PCRE_HASCRORLF: it changes the CRLF bumpalong). */
  hasCrOrLf: boolean;
  readonly flags: { readonly i: boolean };
  fail(msg: string, idx: number): never;
  peek(k?: number): number;
}

/** What escape() needs besides: literals, group counts and the name-resolving escapes. */
export interface EscapeHost extends Scanner {
  readonly groupCount: number;
  readonly backrefNumbers: number[];
  lit(c: number): Node;
  pendingPrefix(items: Node[]): void;
  isCountedRepeatAt(at: number): boolean;
  gEscape(): { node: Node; repeatable: boolean };
  kEscape(): { node: Node; repeatable: boolean };
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** An escape outside a class, with p.i on the backslash; null when it leaves nothing to repeat (\E, an empty \Q\E). */
export function escape(p: EscapeHost): { node: Node; repeatable: boolean } | null {
  const start = p.i;
  p.i++; // the backslash
  if (p.i >= p.end) p.fail(E.backslashAtEnd, p.end);
  const c = p.cps[p.i];
  const one = (node: Node, repeatable = true): { node: Node; repeatable: boolean } => {
    p.i++;
    return { node, repeatable };
  };
  const assert = (kind: AssertKind) => one({ type: 'assert', kind }, false);
  switch (c) {
    case 0x51: {
      // \Q...\E
      p.i++;
      const items: Node[] = [];
      while (p.i < p.end) {
        if (p.cps[p.i] === 0x5c && p.peek(1) === 0x45) {
          p.i += 2;
          break;
        }
        items.push(p.lit(p.cps[p.i++]));
      }
      if (items.length === 0) return null;
      // Only the last character is what a quantifier applies to.
      if (items.length === 1) return { node: items[0], repeatable: true };
      const last = items.pop()!;
      p.pendingPrefix(items);
      return { node: last, repeatable: true };
    }
    case 0x45:
      p.i++;
      return null;
    case 0x62:
      return assert('b');
    case 0x42:
      return assert('B');
    case 0x41:
      return assert('A');
    case 0x7a:
      return assert('z');
    case 0x5a:
      return assert('Z');
    case 0x47:
      return assert('G');
    case 0x4b:
      return one({ type: 'keep' }, false);
    case 0x52:
      return one({ type: 'newline' });
    case 0x58:
      return one({ type: 'extuni' });
    case 0x43:
      return one({ type: 'byte' });
    case 0x4e:
      if (p.peek(1) === 0x7b && !p.isCountedRepeatAt(p.i + 1)) p.fail(E.unsupportedEscape, p.i);
      return one({ type: 'any', dotall: false });
    case 0x4c:
    case 0x6c:
    case 0x55:
    case 0x75:
      p.fail(E.unsupportedEscape, p.i);
    case 0x67:
      return p.gEscape();
    case 0x6b:
      return p.kEscape();
    default:
      break;
  }
  if (isDigit(c) && c !== 0x30) {
    // \1..\9: a backreference when < 8 or not more than the groups opened so far, else octal.
    let j = p.i;
    let s = 0;
    while (j < p.end && isDigit(p.cps[j])) {
      s = s * 10 + p.cps[j] - 48;
      if (s > 1e9) s = 1e9;
      j++;
    }
    if (s < 8 || s <= p.groupCount) {
      p.i = j;
      p.backrefNumbers.push(s);
      return { node: { type: 'backref', groups: [s], caseless: p.flags.i }, repeatable: true };
    }
    if (c >= 0x38) return one(p.lit(c));
  }
  const set = typeEscape(p, c);
  if (set !== null) {
    if (p.utf && !p.ucp) set.repeatMinTest = asciiOnlyTest(c, set);
    p.i++;
    return { node: { type: 'set', set: set.seal() }, repeatable: true };
  }
  const v = charEscape(p, false);
  void start;
  return { node: p.lit(v), repeatable: true };
}

/**
 * A character escape at p.i (the character after the backslash); consumes it and returns
 * the character. In a class, \b is a backspace and digits are always octal.
 */
export function charEscape(p: Scanner, inClass: boolean): number {
  const c = p.cps[p.i];
  const simple: Record<number, number> = { 0x61: 7, 0x65: 27, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9 };
  if (c in simple) {
    p.i++;
    if (c === 0x6e || c === 0x72) p.hasCrOrLf = true;
    return simple[c];
  }
  if (inClass && c === 0x62) {
    p.i++;
    return 8;
  }
  if (c === 0x78) return hexEscape(p);
  if (c === 0x6f) return octalBraceEscape(p);
  if (c === 0x63) {
    p.i++;
    if (p.i >= p.end) p.fail(E.cAtEnd, p.end);
    let x = p.cps[p.i];
    if (x > 127) p.fail(E.cNotAscii, p.i);
    if (x >= 97 && x <= 122) x -= 32;
    p.i++;
    return x ^ 0x40;
  }
  if (c >= 0x30 && c <= 0x37) {
    let v = c - 48;
    p.i++;
    for (let k = 0; k < 2 && p.i < p.end && p.cps[p.i] >= 0x30 && p.cps[p.i] <= 0x37; k++) {
      v = v * 8 + p.cps[p.i] - 48;
      p.i++;
    }
    if (!p.utf && v > 255) p.fail(E.octalTooBig, p.i - 1);
    return v;
  }
  p.i++;
  return c;
}

export function hexEscape(p: Scanner): number {
  p.i++; // x
  if (p.peek() === 0x7b) {
    const open = p.i;
    let j = open + 1;
    let v = 0;
    let digits = 0;
    let overflow = false;
    while (j < p.end && hexValue(p.cps[j]) >= 0) {
      v = v * 16 + hexValue(p.cps[j]);
      if (v > 0x7fffffff) overflow = true;
      digits++;
      j++;
    }
    if (j < p.end && p.cps[j] === 0x7d) {
      if (digits === 0) p.fail(E.digitsMissing, j);
      if (overflow || v > (p.utf ? 0x10ffff : 255)) p.fail(E.charTooLarge, j);
      if (p.utf && v >= 0xd800 && v <= 0xdfff) p.fail(E.surrogate, j);
      p.i = j + 1;
      return v;
    }
    p.fail(E.nonHex, j);
  }
  let v = 0;
  for (let k = 0; k < 2 && p.i < p.end && hexValue(p.cps[p.i]) >= 0; k++) {
    v = v * 16 + hexValue(p.cps[p.i]);
    p.i++;
  }
  return v;
}

export function octalBraceEscape(p: Scanner): number {
  const o = p.i;
  p.i++;
  if (p.peek() !== 0x7b) p.fail(E.oBrace, o);
  let j = p.i + 1;
  let v = 0;
  let digits = 0;
  while (j < p.end && p.cps[j] >= 0x30 && p.cps[j] <= 0x37) {
    v = v * 8 + p.cps[j] - 48;
    if (v > 0x7fffffff) v = 0x7fffffff;
    digits++;
    j++;
  }
  if (j < p.end && p.cps[j] === 0x7d) {
    if (digits === 0) p.fail(E.digitsMissing, j);
    if (v > (p.utf ? 0x10ffff : 255)) p.fail(E.charTooLarge, j);
    if (p.utf && v >= 0xd800 && v <= 0xdfff) p.fail(E.surrogate, j);
    p.i = j + 1;
    return v;
  }
  p.fail(E.nonOctal, j);
}

/** \d \D \s \S \w \W \h \H \v \V \p \P as a CharSet (not consumed, except \p's argument), or null. */
export function typeEscape(p: Scanner, c: number): CharSet | null {
  if (c === 0x70 || c === 0x50) {
    const s = new CharSet();
    s.utf = p.utf;
    s.tests.push(property(p, c === 0x50));
    return s;
  }
  return typeSet(c, p.utf, p.ucp);
}

/**
 * The CharSet of the type escape \d \D \s \S \w \W \h \H \v \V named by its letter, or null for
 * another letter. Not sealed; in unicode mode without ucp the caller sets repeatMinTest.
 */
export function typeSet(c: number, utf: boolean, ucp: boolean): CharSet | null {
  const s = new CharSet();
  s.utf = utf;
  const neg = (t: (c: number) => boolean) => (x: number) => !t(x);
  const digit = ucp ? ucpDigit : (x: number) => x < 256 && (ctype[x] & DIGIT) !== 0;
  const space = ucp ? ucpSpace : (x: number) => x < 256 && (ctype[x] & SPACE) !== 0;
  const word = ucp ? ucpWord : (x: number) => x < 256 && (ctype[x] & WORD) !== 0;
  switch (c) {
    case 0x64:
      s.tests.push(digit);
      return s;
    case 0x44:
      s.tests.push(neg(digit));
      return s;
    case 0x73:
      s.tests.push(space);
      return s;
    case 0x53:
      s.tests.push(neg(space));
      return s;
    case 0x77:
      s.tests.push(word);
      return s;
    case 0x57:
      s.tests.push(neg(word));
      return s;
    case 0x68:
      s.tests.push(isHSpace);
      return s;
    case 0x48:
      s.tests.push(neg(isHSpace));
      return s;
    case 0x76:
      s.tests.push(isVSpace);
      return s;
    case 0x56:
      s.tests.push(neg(isVSpace));
      return s;
    default:
      return null;
  }
}

/** \p{..} / \P{..} / \pL with p.i on the p; leaves p.i on the last character of it. */
export function property(p: Scanner, negated: boolean): (c: number) => boolean {
  p.i++;
  if (p.i >= p.end) p.fail(E.malformedProperty, p.end);
  let name: string;
  if (p.cps[p.i] === 0x7b) {
    let j = p.i + 1;
    if (p.cps[j] === 0x5e) {
      negated = !negated;
      j++;
    }
    let s = '';
    while (j < p.end && p.cps[j] !== 0x7d) s += String.fromCodePoint(p.cps[j++]);
    if (j >= p.end) p.fail(E.malformedProperty, p.end);
    name = s;
    p.i = j;
  } else {
    name = String.fromCodePoint(p.cps[p.i]);
  }
  const t = propertyTest(name);
  if (t === null) p.fail(E.unknownProperty, p.i);
  return negated ? (c) => !t(c) : t;
}

/** The mandatory-repeat test of \\d \\D \\s \\S \\w \\W in unicode mode (see CharSet.repeatMinTest). */
export function asciiOnlyTest(letter: number, set: CharSet): ((c: number) => boolean) | null {
  switch (letter) {
    case 0x64:
    case 0x73:
    case 0x77:
      return (c) => c < 128 && set.test(c);
    case 0x44:
    case 0x53:
    case 0x57:
      return (c) => c >= 128 || set.test(c);
    default:
      return null;
  }
}
