// Character classes of PCRE 8.44 pattern syntax, for parse.ts: [...] and [^...] with ranges,
// escapes (parse-escapes.ts), \Q..\E runs and POSIX [:name:] classes, built into a CharSet.

import { CharSet, type Node } from './ast.js';
import {
  ALPHA, BLANK, CNTRL, DIGIT, GRAPH, LOWER, PRINT, PUNCT, SPACE, UPPER, WORD, XDIGIT, ctype, hasProperty, ucpSpace,
  ucpWord,
} from './chartables.js';
import { E } from './errors.js';
import { type Scanner, charEscape, typeEscape } from './parse-escapes.js';
import { PT_PXGRAPH, PT_PXPRINT, PT_PXPUNCT, propertyTestOf } from './pcre-properties.js';

/** A class [...] with p.i on its '['; consumes it. */
export function charClass(p: Scanner): Node {
  const open = p.i;
  p.i++;
  const set = new CharSet();
  set.utf = p.utf;
  set.caseless = p.flags.i;
  if (p.peek() === 0x5e) {
    set.negated = true;
    p.i++;
  }
  let first = true;
  for (;;) {
    if (p.i >= p.end) p.fail(E.missingBracket, p.end);
    let c = p.cps[p.i];
    if (c === 0x5d && !first) {
      p.i++;
      break;
    }
    first = false;
    // POSIX [:name:]
    if (c === 0x5b && (p.peek(1) === 0x3a || p.peek(1) === 0x2e || p.peek(1) === 0x3d) && posixSyntaxAt(p, p.i)) {
      if (p.peek(1) !== 0x3a) p.fail(E.posixCollating, p.i);
      const t = posixClass(p);
      set.tests.push(t);
      // A hyphen after a POSIX class is literal; a range to a POSIX class is an error.
      continue;
    }
    if (c === 0x5c && p.peek(1) === 0x51) {
      // \Q..\E inside a class
      p.i += 2;
      while (p.i < p.end && !(p.cps[p.i] === 0x5c && p.peek(1) === 0x45)) {
        const ch = p.cps[p.i++];
        if (!classRangeFrom(p, set, ch)) set.addChar(ch);
      }
      if (p.i < p.end) p.i += 2;
      continue;
    }
    if (c === 0x5c && p.peek(1) === 0x45) {
      p.i += 2;
      continue;
    }
    let single: number;
    if (c === 0x5c) {
      p.i++;
      if (p.i >= p.end) p.fail(E.backslashAtEnd, p.end);
      const e = p.cps[p.i];
      if (e === 0x4e) p.fail(E.nInClass, p.i);
      const ts = typeEscape(p, e);
      if (ts !== null) {
        p.i++;
        for (const t of ts.tests) set.tests.push(t);
        continue;
      }
      if (e === 0x4c || e === 0x6c || e === 0x55 || e === 0x75) p.fail(E.unsupportedEscape, p.i);
      single = charEscape(p, true);
    } else {
      single = c;
      p.i++;
    }
    if (single === 10 || single === 13) p.hasCrOrLf = true;
    if (!classRangeFrom(p, set, single)) set.addChar(single);
    void open;
  }
  return { type: 'set', set: set.seal() };
}

/** If a '-' and a range end follow, adds the range `lo`-end and returns true. */
function classRangeFrom(p: Scanner, set: CharSet, lo: number): boolean {
  if (p.peek() !== 0x2d) return false;
  const after = p.peek(1);
  if (after < 0 || after === 0x5d) return false;
  if (after === 0x5b && (p.peek(2) === 0x3a || p.peek(2) === 0x2e || p.peek(2) === 0x3d) && posixSyntaxAt(p, p.i + 1)) {
    p.fail(E.invalidRange, p.i + 1);
  }
  const save = p.i;
  p.i++; // '-'
  let hi: number;
  if (after === 0x5c) {
    p.i++;
    if (p.i >= p.end) p.fail(E.backslashAtEnd, p.end);
    const e = p.cps[p.i];
    if (e === 0x45 || e === 0x51) {
      // \E or \Q after '-': the hyphen is literal.
      p.i = save;
      return false;
    }
    if (typeEscapeLetter(e)) p.fail(E.invalidRange, p.i);
    if (e === 0x4e) p.fail(E.nInClass, p.i);
    hi = charEscape(p, true);
  } else {
    hi = after;
    p.i++;
  }
  if (hi < lo) p.fail(E.rangeOrder, p.i - 1);
  if (lo <= 10 && hi >= 10) p.hasCrOrLf = true;
  if (lo <= 13 && hi >= 13) p.hasCrOrLf = true;
  set.addRange(lo, hi);
  return true;
}

function typeEscapeLetter(e: number): boolean {
  return [0x64, 0x44, 0x73, 0x53, 0x77, 0x57, 0x68, 0x48, 0x76, 0x56, 0x70, 0x50].includes(e);
}

/** Whether [: at `at` is POSIX syntax: [:letters:] (or . / =) closed before any ']'. */
export function posixSyntaxAt(p: Scanner, at: number): boolean {
  const term = p.cps[at + 1];
  for (let j = at + 2; j < p.end; j++) {
    const c = p.cps[j];
    if (c === 0x5c && (p.cps[j + 1] === 0x5d || p.cps[j + 1] === 0x5c)) j++;
    else if (c === 0x5b && (p.cps[j + 1] === 0x3a || p.cps[j + 1] === 0x2e || p.cps[j + 1] === 0x3d)) return false;
    else if (c === term && p.cps[j + 1] === 0x5d) return true;
    else if (c === 0x5d) return false;
  }
  return false;
}

function posixClass(p: Scanner): (c: number) => boolean {
  p.i += 2; // [:
  let negated = false;
  if (p.peek() === 0x5e) {
    negated = true;
    p.i++;
  }
  const start = p.i;
  while (p.i < p.end && p.cps[p.i] !== 0x3a) p.i++;
  const name = p.cps.slice(start, p.i).map((c) => String.fromCharCode(c)).join('');
  const t = posixTest(p, name);
  if (t === null) p.fail(E.unknownPosix, start);
  p.i += 2; // :]
  return negated ? (c) => !t(c) : t;
}

function posixTest(p: Scanner, name: string): ((c: number) => boolean) | null {
  // Caseless, PCRE takes [:upper:] and [:lower:] as [:alpha:].
  if (p.flags.i && (name === 'upper' || name === 'lower')) name = 'alpha';
  const bit: Record<string, number> = {
    alpha: ALPHA, lower: LOWER, upper: UPPER, alnum: ALPHA | DIGIT, ascii: 0, blank: BLANK, cntrl: CNTRL, digit: DIGIT,
    graph: GRAPH, print: PRINT, punct: PUNCT, space: SPACE, word: WORD, xdigit: XDIGIT,
  };
  if (!(name in bit)) return null;
  if (name === 'ascii') return (c) => c < 128;
  if (p.ucp) {
    // With ucp, PCRE maps these POSIX classes onto Unicode properties.
    switch (name) {
      case 'alpha':
        return (c) => hasProperty(c, 'L');
      case 'lower':
        return (c) => hasProperty(c, 'Ll');
      case 'upper':
        return (c) => hasProperty(c, 'Lu');
      case 'alnum':
        return (c) => hasProperty(c, 'L') || hasProperty(c, 'N');
      case 'digit':
        return (c) => hasProperty(c, 'Nd');
      case 'space':
        return (c) => ucpSpace(c) || c === 0x0b;
      case 'word':
        return ucpWord;
      // As PCRE's matcher has them (pcre-properties.ts): Cf counts as graphic and printable but
      // for a few exceptions, private use (Co) does not.
      case 'graph':
        return propertyTestOf(PT_PXGRAPH, 0) as (c: number) => boolean;
      case 'print':
        return propertyTestOf(PT_PXPRINT, 0) as (c: number) => boolean;
      case 'punct':
        return propertyTestOf(PT_PXPUNCT, 0) as (c: number) => boolean;
      default:
        break;
    }
  }
  const b = bit[name];
  return (c) => c < 256 && (ctype[c] & b) !== 0;
}
