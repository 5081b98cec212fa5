// PCRE 8.44 pattern syntax to the AST of ast.ts, with PCRE's compile errors and their offsets.
// Like PCRE, it reads the pattern twice: the first pass counts capturing groups and collects
// names, so that the second can resolve forward references ((?2), \k<later>, (?(3)...)).
// Offsets in errors are byte offsets where PCRE's scanner stood: mostly the character that
// made the error, the end of the pattern for an unterminated construct.

import {
  type CharSet as CharSetT, CharSet, type AssertKind, type CompileOptions, type Cond, type GroupKind, type Newline,
  type Node, type Parsed, type Verb,
} from './ast.js';
import {
  ALPHA, BLANK, CNTRL, DIGIT, GRAPH, LOWER, PRINT, PUNCT, SPACE, UPPER, WORD, XDIGIT, ctype, hasProperty, isHSpace,
  isVSpace, propertyTest, ucpDigit, ucpSpace, ucpWord,
} from './chartables.js';
import { E, ReCompileError, ReUnsupported } from './errors.js';

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  J: boolean;
}

/** One group being parsed, for the "recursive call could loop" check. */
interface OpenLevel {
  index: number; // capturing group number, 0 for the whole pattern, -1 for others
  consumed: boolean; // whether the current branch has surely consumed a character so far
}

const MAX_NAME = 32;
const MAX_REPEAT = 65535;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
function isWordByte(c: number): boolean {
  return c < 256 && (ctype[c] & WORD) !== 0;
}

/** Decodes the pattern (UTF-8 in unicode mode) into characters and their byte offsets. */
function decode(bytes: Uint8Array, utf: boolean): { cps: number[]; offs: number[] } {
  const cps: number[] = [];
  const offs: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    offs.push(i);
    if (!utf || b < 0x80) {
      cps.push(b);
      i++;
      continue;
    }
    const cp = decodeUtf8At(bytes, i);
    if (cp === null) throw new ReCompileError(E.invalidUtf8, i);
    cps.push(cp[0]);
    i += cp[1];
  }
  offs.push(bytes.length);
  return { cps, offs };
}

/** The character at `i` of valid UTF-8 and its length, or null when invalid there. */
export function decodeUtf8At(b: Uint8Array, i: number): [number, number] | null {
  const c = b[i];
  let n: number;
  let v: number;
  if (c < 0x80) return [c, 1];
  if (c >= 0xc2 && c < 0xe0) (n = 2), (v = c & 0x1f);
  else if (c >= 0xe0 && c < 0xf0) (n = 3), (v = c & 0x0f);
  else if (c >= 0xf0 && c < 0xf5) (n = 4), (v = c & 0x07);
  else return null;
  if (i + n > b.length) return null;
  for (let k = 1; k < n; k++) {
    const d = b[i + k];
    if ((d & 0xc0) !== 0x80) return null;
    v = (v << 6) | (d & 0x3f);
  }
  if ((n === 3 && v < 0x800) || (n === 4 && (v < 0x10000 || v > 0x10ffff))) return null;
  if (v >= 0xd800 && v <= 0xdfff) return null;
  return [v, n];
}

/** Pass-one facts the second pass needs. */
interface Census {
  groups: number;
  names: Map<string, number[]>;
  groupNodes: Map<number, Node>;
}

/** fixedLength's answer for a call to a group not parsed yet. */
const UNKNOWN_LENGTH = -4;

class Parser {
  readonly cps: number[];
  readonly offs: number[];
  i = 0;
  utf: boolean;
  ucp: boolean;
  newline: Newline;
  bsrAnycrlf: boolean;
  limitMatch = -1;
  limitRecursion = -1;
  noStartOpt: boolean;
  hasCrOrLf = false;
  flags: Flags;
  groupCount = 0;
  readonly names = new Map<string, number[]>();
  /** Numbered backreferences, checked against the final count at the end (as PCRE does). */
  readonly backrefNumbers: number[] = [];
  readonly levels: OpenLevel[] = [];
  /** Length of each capturing group's body when fixed (for calls in lookbehinds), -1 otherwise. */
  readonly groupNodes = new Map<number, Node>();

  constructor(
    readonly bytes: Uint8Array,
    readonly opts: CompileOptions,
    readonly census: Census | null,
  ) {
    this.utf = opts.utf;
    this.ucp = opts.ucp;
    this.newline = opts.newline ?? 'lf';
    this.bsrAnycrlf = opts.bsr === 'anycrlf';
    this.noStartOpt = opts.noStartOptimize;
    this.flags = { i: opts.caseless, m: opts.multiline, s: opts.dotall, x: opts.extended, U: opts.ungreedy, J: opts.dupnames };
    // Start-of-pattern settings may switch on UTF, so they are read from the raw bytes first.
    const start = this.startSettings();
    let d: { cps: number[]; offs: number[] };
    try {
      d = decode(bytes.subarray(start), this.utf);
    } catch (e) {
      if (e instanceof ReCompileError) throw new ReCompileError(e.message, e.offset + start);
      throw e;
    }
    this.cps = d.cps;
    this.offs = d.offs.map((o) => o + start);
  }

  fail(msg: string, idx: number): never {
    throw new ReCompileError(msg, this.offs[Math.min(idx, this.offs.length - 1)]);
  }
  get end(): number {
    return this.cps.length;
  }
  peek(k = 0): number {
    const j = this.i + k;
    return j < this.cps.length ? this.cps[j] : -1;
  }

  /** (*UTF8), (*CRLF), (*LIMIT_MATCH=n)... at the very start; returns the bytes they take. */
  private startSettings(): number {
    const b = this.bytes;
    let p = 0;
    const text = (from: number): string => {
      let s = '';
      for (let k = from; k < b.length && k < from + 40; k++) s += String.fromCharCode(b[k]);
      return s;
    };
    for (;;) {
      if (b[p] !== 0x28 || b[p + 1] !== 0x2a) return p;
      const m = /^\(\*(UTF8|UTF|UCP|CR|LF|CRLF|ANYCRLF|ANY|BSR_ANYCRLF|BSR_UNICODE|NO_START_OPT|NO_AUTO_POSSESS|LIMIT_MATCH=(\d+)|LIMIT_RECURSION=(\d+))\)/.exec(text(p));
      if (m === null) return p;
      const name = m[1];
      if (name === 'UTF8' || name === 'UTF') {
        if (this.opts.neverUtf) throw new ReCompileError(E.utfDisabled, p);
        this.utf = true;
      } else if (name === 'UCP') this.ucp = true;
      else if (name === 'CR') this.newline = 'cr';
      else if (name === 'LF') this.newline = 'lf';
      else if (name === 'CRLF') this.newline = 'crlf';
      else if (name === 'ANYCRLF') this.newline = 'anycrlf';
      else if (name === 'ANY') this.newline = 'any';
      else if (name === 'BSR_ANYCRLF') this.bsrAnycrlf = true;
      else if (name === 'BSR_UNICODE') this.bsrAnycrlf = false;
      else if (name === 'NO_START_OPT') this.noStartOpt = true;
      else if (name.startsWith('LIMIT_MATCH')) this.limitMatch = Number(m[2]);
      else if (name.startsWith('LIMIT_RECURSION')) this.limitRecursion = Number(m[3]);
      p += m[0].length;
    }
  }

  isNewlineChar(c: number): boolean {
    switch (this.newline) {
      case 'lf':
        return c === 10;
      case 'cr':
        return c === 13;
      case 'crlf':
        return c === 10; // a comment ends at the LF of its CRLF
      case 'anycrlf':
        return c === 10 || c === 13;
      case 'any':
        return c === 10 || c === 11 || c === 12 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
    }
  }

  /** Skips what does not change the previous item: white space and # comments in extended mode, (?#...), \Q\E, \E. */
  private skipTransparent(): void {
    for (;;) {
      const c = this.peek();
      if (this.flags.x && c >= 0 && c < 256 && (ctype[c] & SPACE) !== 0) {
        this.i++;
        continue;
      }
      if (this.flags.x && c === 0x23) {
        while (this.i < this.end && !this.isNewlineChar(this.cps[this.i])) this.i++;
        if (this.i < this.end) this.i++;
        continue;
      }
      if (c === 0x28 && this.peek(1) === 0x3f && this.peek(2) === 0x23) {
        this.i += 3;
        while (this.i < this.end && this.cps[this.i] !== 0x29) this.i++;
        if (this.i >= this.end) this.fail(E.missingCommentParen, this.end);
        this.i++;
        continue;
      }
      if (c === 0x5c && this.peek(1) === 0x45) {
        this.i += 2;
        continue;
      }
      if (c === 0x5c && this.peek(1) === 0x51 && this.peek(2) === 0x5c && this.peek(3) === 0x45) {
        this.i += 4;
        continue;
      }
      return;
    }
  }

  parse(): Node {
    this.levels.push({ index: 0, consumed: false });
    const root = this.alternation(null);
    if (this.i < this.end) this.fail(E.unmatchedParen, this.i); // a stray ')'
    for (const n of this.backrefNumbers) if (n > this.finalGroups) this.fail(E.noSuchGroup, this.end);
    return root;
  }

  /** The number of capturing groups: pass one's count, or in pass one a quick scan's. */
  get totalGroups(): number {
    return this.census ? this.census.groups : this.quickCount();
  }
  private quick = -1;
  private quickCount(): number {
    if (this.quick >= 0) return this.quick;
    let n = 0;
    const cps = this.cps;
    let inClass = false;
    for (let k = 0; k < cps.length; k++) {
      const c = cps[k];
      if (c === 0x5c) {
        if (cps[k + 1] === 0x51) {
          k += 2;
          while (k < cps.length && !(cps[k] === 0x5c && cps[k + 1] === 0x45)) k++;
        }
        k++;
      } else if (inClass) {
        if (c === 0x5d) inClass = false;
      } else if (c === 0x5b) {
        inClass = true;
        if (cps[k + 1] === 0x5e) k++;
        if (cps[k + 1] === 0x5d) k++;
      } else if (c === 0x28) {
        const d = cps[k + 1];
        if (d === 0x2a) continue;
        if (d !== 0x3f) {
          if (!this.opts.noAutoCapture) n++;
          continue;
        }
        const e = cps[k + 2];
        if (e === 0x28) k += 2; // (?( : the condition's parenthesis is no group
        if ((e === 0x3c && cps[k + 3] !== 0x3d && cps[k + 3] !== 0x21) || e === 0x27 || (e === 0x50 && cps[k + 3] === 0x3c)) n++;
      }
    }
    this.quick = n;
    return n;
  }
  get finalGroups(): number {
    return this.census ? this.census.groups : MAX_REPEAT;
  }

  /** Branches up to ')' or the end. `resetBase` is set inside (?|...). */
  private alternation(resetBase: number | null): Node {
    const alts: Node[] = [];
    let maxGroup = this.groupCount;
    const level = this.levels[this.levels.length - 1];
    for (;;) {
      if (resetBase !== null) this.groupCount = resetBase;
      level.consumed = false;
      alts.push(this.sequence());
      if (this.groupCount > maxGroup) maxGroup = this.groupCount;
      if (this.peek() === 0x7c) {
        this.i++;
        continue;
      }
      break;
    }
    if (resetBase !== null) this.groupCount = maxGroup;
    return alts.length === 1 ? alts[0] : { type: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    // The last item and whether a quantifier may follow it.
    let repeatable = false;
    const level = this.levels[this.levels.length - 1];
    for (;;) {
      this.skipTransparent();
      const c = this.peek();
      if (c < 0 || c === 0x7c || c === 0x29) break;
      const q = this.quantifier();
      if (q !== null) {
        if (!repeatable) this.fail(E.nothingToRepeat, this.i - 1);
        const body = items.pop()!;
        items.push(this.makeRepeat(body, q));
        repeatable = false;
        if (q.min > 0 && !canBeEmpty(body)) level.consumed = true;
        else level.consumed = items.slice(0, -1).some((n) => !canBeEmpty(n));
        continue;
      }
      const atom = this.atom();
      if (this.prefix.length > 0) {
        // The characters of a \Q..\E run before its last one.
        for (const n of this.prefix) items.push(n);
        this.prefix = [];
        level.consumed = true;
      }
      if (atom === null) {
        repeatable = false;
        continue;
      }
      items.push(atom.node);
      repeatable = atom.repeatable;
      if (!canBeEmpty(atom.node)) level.consumed = true;
    }
    return items.length === 1 ? items[0] : items.length === 0 ? { type: 'empty' } : { type: 'seq', items };
  }

  private makeRepeat(body: Node, q: { min: number; max: number; lazy: boolean; possessive: boolean }): Node {
    // A lookaround repeated more than once is the same as once (PCRE caps it at one).
    if (body.type === 'group' && body.kind !== 'capture' && body.kind !== 'plain' && body.kind !== 'atomic') {
      if (q.max > 1 || q.max < 0) q.max = 1;
      if (q.min > 1) q.min = 1;
    }
    const greedy = q.lazy ? this.flags.U : !this.flags.U;
    return { type: 'repeat', body, min: q.min, max: q.max, greedy: q.possessive ? true : greedy, possessive: q.possessive };
  }

  /** A quantifier at the current position, consumed; null (nothing consumed) when there is none. */
  private quantifier(): { min: number; max: number; lazy: boolean; possessive: boolean } | null {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === 0x2a) (min = 0), (max = -1), this.i++;
    else if (c === 0x2b) (min = 1), (max = -1), this.i++;
    else if (c === 0x3f) (min = 0), (max = 1), this.i++;
    else if (c === 0x7b) {
      const r = this.countedRepeat(this.i);
      if (r === null) return null;
      ({ min, max } = r);
    } else return null;
    let lazy = false;
    let possessive = false;
    if (this.peek() === 0x3f) (lazy = true), this.i++;
    else if (this.peek() === 0x2b) (possessive = true), this.i++;
    return { min, max, lazy, possessive };
  }

  /** {n}, {n,}, {n,m} at `p`; consumes it and returns the bounds, or null when it is not one (then '{' is literal). */
  private countedRepeat(p: number): { min: number; max: number } | null {
    let j = p + 1;
    const num = (): number => {
      let v = 0;
      while (j < this.end && isDigit(this.cps[j])) {
        v = v * 10 + this.cps[j] - 48;
        if (v > 1e9) v = 1e9;
        j++;
      }
      return v;
    };
    if (j >= this.end || !isDigit(this.cps[j])) return null;
    const min = num();
    let max = min;
    if (this.cps[j] === 0x2c) {
      j++;
      if (this.cps[j] === 0x7d) max = -1;
      else {
        if (j >= this.end || !isDigit(this.cps[j])) return null;
        max = num();
      }
    }
    if (this.cps[j] !== 0x7d) return null;
    if (min > MAX_REPEAT || max > MAX_REPEAT) this.fail(E.quantifierTooBig, j);
    if (max >= 0 && max < min) this.fail(E.quantifierOrder, j);
    this.i = j + 1;
    return { min, max };
  }

  private isCountedRepeatAt(p: number): boolean {
    const save = this.i;
    try {
      return this.countedRepeat(p) !== null;
    } catch {
      return true;
    } finally {
      this.i = save;
    }
  }

  private lit(c: number): Node {
    if (c === 10 || c === 13) this.hasCrOrLf = true;
    return { type: 'char', c, caseless: this.flags.i };
  }

  /** One item; null for things that leave nothing to repeat (option settings, callouts, empty \Q\E). */
  private atom(): { node: Node; repeatable: boolean } | null {
    const c = this.cps[this.i];
    switch (c) {
      case 0x5e: // ^
        this.i++;
        return { node: { type: 'assert', kind: this.flags.m ? 'mcirc' : 'circ' }, repeatable: false };
      case 0x24: {
        // $
        this.i++;
        const kind: AssertKind = this.flags.m ? 'mdollar' : this.opts.dollarEndonly ? 'z' : 'dollar';
        return { node: { type: 'assert', kind }, repeatable: false };
      }
      case 0x2e:
        this.i++;
        return { node: { type: 'any', dotall: this.flags.s }, repeatable: true };
      case 0x5b: {
        const d = this.peek(1);
        if ((d === 0x3a || d === 0x2e || d === 0x3d) && this.posixSyntaxAt(this.i)) {
          this.fail(d === 0x3a ? E.posixOutside : E.posixCollating, this.i);
        }
        return { node: this.charClass(), repeatable: true };
      }
      case 0x28:
        return this.group();
      case 0x5c:
        return this.escape();
      default:
        this.i++;
        return { node: this.lit(c), repeatable: true };
    }
  }

  // ---- escapes outside classes ----

  private escape(): { node: Node; repeatable: boolean } | null {
    const start = this.i;
    this.i++; // the backslash
    if (this.i >= this.end) this.fail(E.backslashAtEnd, this.end);
    const c = this.cps[this.i];
    const one = (node: Node, repeatable = true): { node: Node; repeatable: boolean } => {
      this.i++;
      return { node, repeatable };
    };
    const assert = (kind: AssertKind) => one({ type: 'assert', kind }, false);
    switch (c) {
      case 0x51: {
        // \Q...\E
        this.i++;
        const items: Node[] = [];
        while (this.i < this.end) {
          if (this.cps[this.i] === 0x5c && this.peek(1) === 0x45) {
            this.i += 2;
            break;
          }
          items.push(this.lit(this.cps[this.i++]));
        }
        if (items.length === 0) return null;
        // Only the last character is what a quantifier applies to.
        if (items.length === 1) return { node: items[0], repeatable: true };
        const last = items.pop()!;
        this.pendingPrefix(items);
        return { node: last, repeatable: true };
      }
      case 0x45:
        this.i++;
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
        if (this.peek(1) === 0x7b && !this.isCountedRepeatAt(this.i + 1)) this.fail(E.unsupportedEscape, this.i);
        return one({ type: 'any', dotall: false });
      case 0x4c:
      case 0x6c:
      case 0x55:
      case 0x75:
        this.fail(E.unsupportedEscape, this.i);
      case 0x67:
        return this.gEscape();
      case 0x6b:
        return this.kEscape();
      default:
        break;
    }
    if (isDigit(c) && c !== 0x30) {
      // \1..\9: a backreference when < 8 or not more than the groups opened so far, else octal.
      let j = this.i;
      let s = 0;
      while (j < this.end && isDigit(this.cps[j])) {
        s = s * 10 + this.cps[j] - 48;
        if (s > 1e9) s = 1e9;
        j++;
      }
      if (s < 8 || s <= this.groupCount) {
        this.i = j;
        this.backrefNumbers.push(s);
        return { node: { type: 'backref', groups: [s], caseless: this.flags.i }, repeatable: true };
      }
      if (c >= 0x38) return one(this.lit(c));
    }
    const set = this.typeEscape(c);
    if (set !== null) {
      if (this.utf && !this.ucp) set.repeatMinTest = asciiOnlyTest(c, set);
      this.i++;
      return { node: { type: 'set', set: set.seal() }, repeatable: true };
    }
    const v = this.charEscape(false);
    void start;
    return { node: this.lit(v), repeatable: true };
  }

  /** Characters of a \Q..\E run that precede its last one; sequence() inserts them. */
  private prefix: Node[] = [];
  private pendingPrefix(items: Node[]): void {
    this.prefix = items;
  }

  /**
   * A character escape at this.i (the character after the backslash); consumes it and returns
   * the character. In a class, \b is a backspace and digits are always octal.
   */
  private charEscape(inClass: boolean): number {
    const c = this.cps[this.i];
    const simple: Record<number, number> = { 0x61: 7, 0x65: 27, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9 };
    if (c in simple) {
      this.i++;
      if (c === 0x6e || c === 0x72) this.hasCrOrLf = true;
      return simple[c];
    }
    if (inClass && c === 0x62) {
      this.i++;
      return 8;
    }
    if (c === 0x78) return this.hexEscape();
    if (c === 0x6f) return this.octalBraceEscape();
    if (c === 0x63) {
      this.i++;
      if (this.i >= this.end) this.fail(E.cAtEnd, this.end);
      let x = this.cps[this.i];
      if (x > 127) this.fail(E.cNotAscii, this.i);
      if (x >= 97 && x <= 122) x -= 32;
      this.i++;
      return x ^ 0x40;
    }
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 48;
      this.i++;
      for (let k = 0; k < 2 && this.i < this.end && this.cps[this.i] >= 0x30 && this.cps[this.i] <= 0x37; k++) {
        v = v * 8 + this.cps[this.i] - 48;
        this.i++;
      }
      if (!this.utf && v > 255) this.fail(E.octalTooBig, this.i - 1);
      return v;
    }
    this.i++;
    return c;
  }

  private hexEscape(): number {
    this.i++; // x
    if (this.peek() === 0x7b) {
      const open = this.i;
      let j = open + 1;
      let v = 0;
      let digits = 0;
      let overflow = false;
      while (j < this.end && hexValue(this.cps[j]) >= 0) {
        v = v * 16 + hexValue(this.cps[j]);
        if (v > 0x7fffffff) overflow = true;
        digits++;
        j++;
      }
      if (j < this.end && this.cps[j] === 0x7d) {
        if (digits === 0) this.fail(E.digitsMissing, j);
        if (overflow || v > (this.utf ? 0x10ffff : 255)) this.fail(E.charTooLarge, j);
        if (this.utf && v >= 0xd800 && v <= 0xdfff) this.fail(E.surrogate, j);
        this.i = j + 1;
        return v;
      }
      this.fail(E.nonHex, j);
    }
    let v = 0;
    for (let k = 0; k < 2 && this.i < this.end && hexValue(this.cps[this.i]) >= 0; k++) {
      v = v * 16 + hexValue(this.cps[this.i]);
      this.i++;
    }
    return v;
  }

  private octalBraceEscape(): number {
    const o = this.i;
    this.i++;
    if (this.peek() !== 0x7b) this.fail(E.oBrace, o);
    let j = this.i + 1;
    let v = 0;
    let digits = 0;
    while (j < this.end && this.cps[j] >= 0x30 && this.cps[j] <= 0x37) {
      v = v * 8 + this.cps[j] - 48;
      if (v > 0x7fffffff) v = 0x7fffffff;
      digits++;
      j++;
    }
    if (j < this.end && this.cps[j] === 0x7d) {
      if (digits === 0) this.fail(E.digitsMissing, j);
      if (v > (this.utf ? 0x10ffff : 255)) this.fail(E.charTooLarge, j);
      if (this.utf && v >= 0xd800 && v <= 0xdfff) this.fail(E.surrogate, j);
      this.i = j + 1;
      return v;
    }
    this.fail(E.nonOctal, j);
  }

  /** \d \D \s \S \w \W \h \H \v \V \p \P as a CharSet (not consumed, except \p's argument), or null. */
  private typeEscape(c: number): CharSetT | null {
    const s = new CharSet();
    s.utf = this.utf;
    const neg = (t: (c: number) => boolean) => (x: number) => !t(x);
    const ucp = this.ucp;
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
      case 0x70:
      case 0x50: {
        const t = this.property(c === 0x50);
        s.tests.push(t);
        return s;
      }
      default:
        return null;
    }
  }

  /** \p{..} / \P{..} / \pL with this.i on the p; leaves this.i on the last character of it. */
  private property(negated: boolean): (c: number) => boolean {
    this.i++;
    if (this.i >= this.end) this.fail(E.malformedProperty, this.end);
    let name: string;
    if (this.cps[this.i] === 0x7b) {
      let j = this.i + 1;
      if (this.cps[j] === 0x5e) {
        negated = !negated;
        j++;
      }
      let s = '';
      while (j < this.end && this.cps[j] !== 0x7d) s += String.fromCodePoint(this.cps[j++]);
      if (j >= this.end) this.fail(E.malformedProperty, this.end);
      name = s;
      this.i = j;
    } else {
      name = String.fromCodePoint(this.cps[this.i]);
    }
    const t = propertyTest(name);
    if (t === null) this.fail(E.unknownProperty, this.i);
    return negated ? (c) => !t(c) : t;
  }

  /** \g: backreference (\g1, \g{-1}, \g{name}) or subroutine call (\g<n>, \g'name'). */
  private gEscape(): { node: Node; repeatable: boolean } {
    const g = this.i;
    const next = this.peek(1);
    if (next === 0x3c || next === 0x27) {
      this.i += 2;
      const term = next === 0x3c ? 0x3e : 0x27;
      return { node: this.callByRef(term, g), repeatable: true };
    }
    let braced = false;
    let p = this.i;
    if (next === 0x7b) {
      const q = this.cps[this.i + 2];
      if (q !== 0x2d && !isDigit(q)) {
        this.i += 2;
        return { node: this.namedBackref(0x7d), repeatable: true };
      }
      braced = true;
      p++;
    }
    let negated = false;
    if (this.cps[p + 1] === 0x2d) {
      negated = true;
      p++;
    }
    let s = 0;
    while (p + 1 < this.end && isDigit(this.cps[p + 1])) {
      s = s * 10 + this.cps[++p] - 48;
      if (s > 0x7fffffff) this.fail(E.numberTooBig, p);
    }
    if (braced && this.cps[++p] !== 0x7d) this.fail(E.gSyntax, p);
    if (s === 0) this.fail(E.zeroReference, p);
    if (negated) {
      if (s > this.groupCount) this.fail(E.noSuchGroup, p);
      s = this.groupCount - (s - 1);
    }
    this.i = p + 1;
    this.backrefNumbers.push(s);
    return { node: { type: 'backref', groups: [s], caseless: this.flags.i }, repeatable: true };
  }

  private kEscape(): { node: Node; repeatable: boolean } {
    const next = this.peek(1);
    const term = next === 0x3c ? 0x3e : next === 0x27 ? 0x27 : next === 0x7b ? 0x7d : -1;
    if (term < 0) this.fail(E.kSyntax, this.i);
    this.i += 2;
    return { node: this.namedBackref(term), repeatable: true };
  }

  /** A group name at this.i ending with `term`; consumes both. */
  private readName(term: number): { name: string; termAt: number } {
    const start = this.i;
    if (this.i < this.end && isDigit(this.cps[this.i])) this.fail(E.nameDigit, this.i);
    while (this.i < this.end && isWordByte(this.cps[this.i])) this.i++;
    const name = this.cps.slice(start, this.i).map((c) => String.fromCharCode(c)).join('');
    if (this.i - start > MAX_NAME) this.fail(E.nameTooLong, this.i);
    if (this.peek() !== term) {
      if (this.i === start) this.fail(E.nameExpected, this.i);
      this.fail(E.nameTerminator, this.i);
    }
    const termAt = this.i;
    this.i++;
    return { name, termAt };
  }

  private groupsNamed(name: string, at: number): number[] {
    if (this.census === null) return [1];
    const g = this.census.names.get(name);
    if (g === undefined) this.fail(E.noSuchGroup, at);
    return g;
  }

  private namedBackref(term: number): Node {
    const { name, termAt } = this.readName(term);
    return { type: 'backref', groups: this.groupsNamed(name, termAt), caseless: this.flags.i };
  }

  /** \g<..> / \g'..': a name or a (signed) number. */
  private callByRef(term: number, at: number): Node {
    const c = this.peek();
    if (c === 0x2d || c === 0x2b || isDigit(c)) {
      const sign = c === 0x2d ? -1 : c === 0x2b ? 1 : 0;
      if (sign !== 0) this.i++;
      let n = 0;
      const d0 = this.i;
      while (this.i < this.end && isDigit(this.cps[this.i])) n = Math.min(n * 10 + this.cps[this.i++] - 48, 1e9);
      if (this.i === d0 || this.peek() !== term) this.fail(E.gSyntax, this.i);
      this.i++;
      return this.callNumber(n, sign, this.i - 1);
    }
    void at;
    const { name, termAt } = this.readName(term);
    return this.makeCall(this.groupsNamed(name, termAt)[0], termAt);
  }

  private callNumber(n: number, sign: number, at: number): Node {
    let g = n;
    if (sign < 0) {
      if (n === 0) this.fail(E.zeroReference, at);
      g = this.groupCount - n + 1;
      if (g <= 0) this.fail(E.noSuchGroup, at);
    } else if (sign > 0) {
      if (n === 0) this.fail(E.zeroReference, at);
      g = this.groupCount + n;
    }
    if (g > this.totalGroups) this.fail(E.noSuchGroup, at);
    return this.makeCall(g, at);
  }

  /** A call; a call to an enclosing group reached without consuming anything would loop forever. */
  private makeCall(g: number, at: number): Node {
    for (let k = this.levels.length - 1; k >= 0; k--) {
      const l = this.levels[k];
      if (l.consumed) break;
      if (l.index === g) this.fail(E.recursiveLoop, at);
    }
    return { type: 'call', group: g };
  }

  // ---- character classes ----

  private charClass(): Node {
    const open = this.i;
    this.i++;
    const set = new CharSet();
    set.utf = this.utf;
    set.caseless = this.flags.i;
    if (this.peek() === 0x5e) {
      set.negated = true;
      this.i++;
    }
    let first = true;
    for (;;) {
      if (this.i >= this.end) this.fail(E.missingBracket, this.end);
      let c = this.cps[this.i];
      if (c === 0x5d && !first) {
        this.i++;
        break;
      }
      first = false;
      // POSIX [:name:]
      if (c === 0x5b && (this.peek(1) === 0x3a || this.peek(1) === 0x2e || this.peek(1) === 0x3d) && this.posixSyntaxAt(this.i)) {
        if (this.peek(1) !== 0x3a) this.fail(E.posixCollating, this.i);
        const t = this.posixClass();
        set.tests.push(t);
        // A hyphen after a POSIX class is literal; a range to a POSIX class is an error.
        continue;
      }
      if (c === 0x5c && this.peek(1) === 0x51) {
        // \Q..\E inside a class
        this.i += 2;
        while (this.i < this.end && !(this.cps[this.i] === 0x5c && this.peek(1) === 0x45)) {
          const ch = this.cps[this.i++];
          if (!this.classRangeFrom(set, ch)) set.addChar(ch);
        }
        if (this.i < this.end) this.i += 2;
        continue;
      }
      if (c === 0x5c && this.peek(1) === 0x45) {
        this.i += 2;
        continue;
      }
      let single: number;
      if (c === 0x5c) {
        this.i++;
        if (this.i >= this.end) this.fail(E.backslashAtEnd, this.end);
        const e = this.cps[this.i];
        if (e === 0x4e) this.fail(E.nInClass, this.i);
        const ts = this.typeEscape(e);
        if (ts !== null) {
          this.i++;
          for (const t of ts.tests) set.tests.push(t);
          continue;
        }
        if (e === 0x4c || e === 0x6c || e === 0x55 || e === 0x75) this.fail(E.unsupportedEscape, this.i);
        single = this.charEscape(true);
      } else {
        single = c;
        this.i++;
      }
      if (single === 10 || single === 13) this.hasCrOrLf = true;
      if (!this.classRangeFrom(set, single)) set.addChar(single);
      void open;
    }
    return { type: 'set', set: set.seal() };
  }

  /** If a '-' and a range end follow, adds the range `lo`-end and returns true. */
  private classRangeFrom(set: CharSet, lo: number): boolean {
    if (this.peek() !== 0x2d) return false;
    const after = this.peek(1);
    if (after < 0 || after === 0x5d) return false;
    if (after === 0x5b && (this.peek(2) === 0x3a || this.peek(2) === 0x2e || this.peek(2) === 0x3d) && this.posixSyntaxAt(this.i + 1)) {
      this.fail(E.invalidRange, this.i + 1);
    }
    const save = this.i;
    this.i++; // '-'
    let hi: number;
    if (after === 0x5c) {
      this.i++;
      if (this.i >= this.end) this.fail(E.backslashAtEnd, this.end);
      const e = this.cps[this.i];
      if (e === 0x45 || e === 0x51) {
        // \E or \Q after '-': the hyphen is literal.
        this.i = save;
        return false;
      }
      if (this.typeEscapeLetter(e)) this.fail(E.invalidRange, this.i);
      if (e === 0x4e) this.fail(E.nInClass, this.i);
      hi = this.charEscape(true);
    } else {
      hi = after;
      this.i++;
    }
    if (hi < lo) this.fail(E.rangeOrder, this.i - 1);
    if (lo <= 10 && hi >= 10) this.hasCrOrLf = true;
    if (lo <= 13 && hi >= 13) this.hasCrOrLf = true;
    set.addRange(lo, hi);
    return true;
  }

  private typeEscapeLetter(e: number): boolean {
    return [0x64, 0x44, 0x73, 0x53, 0x77, 0x57, 0x68, 0x48, 0x76, 0x56, 0x70, 0x50].includes(e);
  }

  /** Whether [: at p is POSIX syntax: [:letters:] (or . / =) closed before any ']'. */
  private posixSyntaxAt(p: number): boolean {
    const term = this.cps[p + 1];
    for (let j = p + 2; j < this.end; j++) {
      const c = this.cps[j];
      if (c === 0x5c && (this.cps[j + 1] === 0x5d || this.cps[j + 1] === 0x5c)) j++;
      else if (c === 0x5b && (this.cps[j + 1] === 0x3a || this.cps[j + 1] === 0x2e || this.cps[j + 1] === 0x3d)) return false;
      else if (c === term && this.cps[j + 1] === 0x5d) return true;
      else if (c === 0x5d) return false;
    }
    return false;
  }

  private posixClass(): (c: number) => boolean {
    this.i += 2; // [:
    let negated = false;
    if (this.peek() === 0x5e) {
      negated = true;
      this.i++;
    }
    const start = this.i;
    while (this.i < this.end && this.cps[this.i] !== 0x3a) this.i++;
    const name = this.cps.slice(start, this.i).map((c) => String.fromCharCode(c)).join('');
    const t = this.posixTest(name);
    if (t === null) this.fail(E.unknownPosix, start);
    this.i += 2; // :]
    return negated ? (c) => !t(c) : t;
  }

  private posixTest(name: string): ((c: number) => boolean) | null {
    // Caseless, PCRE takes [:upper:] and [:lower:] as [:alpha:].
    if (this.flags.i && (name === 'upper' || name === 'lower')) name = 'alpha';
    const bit: Record<string, number> = {
      alpha: ALPHA, lower: LOWER, upper: UPPER, alnum: ALPHA | DIGIT, ascii: 0, blank: BLANK, cntrl: CNTRL, digit: DIGIT,
      graph: GRAPH, print: PRINT, punct: PUNCT, space: SPACE, word: WORD, xdigit: XDIGIT,
    };
    if (!(name in bit)) return null;
    if (name === 'ascii') return (c) => c < 128;
    if (this.ucp) {
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
        case 'graph':
          return (c) =>
            !(hasProperty(c, 'Z') || hasProperty(c, 'Cc') || hasProperty(c, 'Cs') || hasProperty(c, 'Cn') ||
              (hasProperty(c, 'Cf') && c !== 0x061c && !(c >= 0x2066 && c <= 0x2069)) || c === 0x180e) || c === 0x180e && false;
        case 'print':
          return (c) =>
            (!(hasProperty(c, 'Z') || hasProperty(c, 'Cc') || hasProperty(c, 'Cs') || hasProperty(c, 'Cn') ||
              (hasProperty(c, 'Cf') && c !== 0x061c && !(c >= 0x2066 && c <= 0x2069))) || hasProperty(c, 'Zs')) && c !== 0x180e;
        case 'punct':
          return (c) => hasProperty(c, 'P') || (c < 128 && hasProperty(c, 'S'));
        default:
          break;
      }
    }
    const b = bit[name];
    return (c) => c < 256 && (ctype[c] & b) !== 0;
  }

  // ---- groups ----

  private group(): { node: Node; repeatable: boolean } | null {
    const open = this.i;
    this.i++;
    if (this.peek() === 0x2a) return this.verb(open);
    if (this.peek() !== 0x3f) {
      if (this.opts.noAutoCapture) return this.groupBody('plain', -1, open);
      return this.capturing(open, null);
    }
    this.i++; // ?
    const c = this.peek();
    switch (c) {
      case 0x3a:
        this.i++;
        return this.groupBody('plain', -1, open);
      case 0x7c: {
        this.i++;
        return this.groupBody('plain', -1, open, true);
      }
      case 0x3e:
        this.i++;
        return this.groupBody('atomic', -1, open);
      case 0x3d:
        this.i++;
        return this.groupBody('ahead', -1, open);
      case 0x21:
        this.i++;
        return this.groupBody('nahead', -1, open);
      case 0x3c: {
        const d = this.peek(1);
        if (d === 0x3d) {
          this.i += 2;
          return this.groupBody('behind', -1, open);
        }
        if (d === 0x21) {
          this.i += 2;
          return this.groupBody('nbehind', -1, open);
        }
        this.i++;
        if (d < 0 || !isWordByte(d)) this.fail(E.afterQuestionLt, this.i);
        return this.capturing(open, 0x3e);
      }
      case 0x27:
        this.i++;
        return this.capturing(open, 0x27);
      case 0x50: {
        this.i++;
        const d = this.peek();
        if (d === 0x3c) {
          this.i++;
          return this.capturing(open, 0x3e);
        }
        if (d === 0x3d) {
          this.i++;
          return { node: this.namedBackref(0x29), repeatable: true };
        }
        if (d === 0x3e) {
          this.i++;
          const { name, termAt } = this.readName(0x29);
          return { node: this.makeCall(this.groupsNamed(name, termAt)[0], termAt), repeatable: true };
        }
        this.fail(E.afterQuestionP, this.i);
      }
      case 0x26: {
        this.i++;
        const { name, termAt } = this.readName(0x29);
        return { node: this.makeCall(this.groupsNamed(name, termAt)[0], termAt), repeatable: true };
      }
      case 0x52:
      case 0x2b:
      case 0x2d:
        if (c === 0x52 || isDigit(this.peek(1)) || c === 0x2b) return this.recursion(c);
        break;
      case 0x28:
        return this.conditional(open);
      case 0x43:
        return this.callout();
      default:
        if (isDigit(c)) return this.recursion(c);
    }
    return this.optionSetting();
  }

  private recursion(c: number): { node: Node; repeatable: boolean } {
    if (c === 0x52) {
      this.i++;
      if (this.peek() !== 0x29) this.fail(E.recursionSyntax, this.i);
      this.i++;
      return { node: this.makeCall(0, this.i - 1), repeatable: true };
    }
    let sign = 0;
    if (c === 0x2b || c === 0x2d) {
      sign = c === 0x2b ? 1 : -1;
      this.i++;
      if (!isDigit(this.peek())) this.fail(E.digitAfterPlus, this.i);
    }
    let n = 0;
    while (isDigit(this.peek())) {
      n = n * 10 + this.cps[this.i++] - 48;
      if (n > 0xffff) this.fail(E.numberTooBig, this.i);
    }
    if (this.peek() !== 0x29) this.fail(E.recursionSyntax, this.i);
    this.i++;
    return { node: this.callNumber(n, sign, this.i - 1), repeatable: true };
  }

  private callout(): null {
    this.i++; // C
    let n = 0;
    while (isDigit(this.peek())) {
      n = n * 10 + this.cps[this.i++] - 48;
      if (n > 255) {
        while (isDigit(this.peek())) this.i++;
        this.fail(E.calloutTooBig, this.i);
      }
    }
    if (this.peek() !== 0x29) this.fail(E.calloutParen, this.i);
    this.i++;
    // erts sets no callout function, so PCRE passes over callouts.
    return null;
  }

  /** (?imsxUXJ-imsx) or (?i:...). */
  private optionSetting(): { node: Node; repeatable: boolean } | null {
    const f = { ...this.flags };
    let on = true;
    for (;;) {
      const c = this.peek();
      switch (c) {
        case 0x2d:
          on = false;
          break;
        case 0x69:
          f.i = on;
          break;
        case 0x6d:
          f.m = on;
          break;
        case 0x73:
          f.s = on;
          break;
        case 0x78:
          f.x = on;
          break;
        case 0x55:
          f.U = on;
          break;
        case 0x4a:
          f.J = on;
          break;
        case 0x58:
          break; // PCRE_EXTRA: only makes unknown escapes errors
        case 0x29:
          this.i++;
          this.flags = f;
          return null;
        case 0x3a: {
          this.i++;
          const saved = this.flags;
          this.flags = f;
          const r = this.groupBody('plain', -1, this.i - 1, false, saved);
          return r;
        }
        default:
          this.fail(E.afterQuestion, this.i);
      }
      this.i++;
    }
  }

  private capturing(open: number, nameTerm: number | null): { node: Node; repeatable: boolean } {
    const index = ++this.groupCount;
    if (nameTerm !== null) {
      const { name, termAt } = this.readName(nameTerm);
      this.defineName(name, index, termAt);
    }
    return this.groupBody('capture', index, open);
  }

  private defineName(name: string, index: number, termAt: number): void {
    const existing = this.names.get(name);
    if (existing !== undefined) {
      if (existing.includes(index)) return;
      if (!this.flags.J && !this.opts.dupnames) this.fail(E.duplicateName, termAt);
      existing.push(index);
    } else {
      for (const [n, gs] of this.names) if (gs.includes(index) && n !== name) this.fail(E.differentNames, termAt);
      this.names.set(name, [index]);
    }
  }

  /** The body of a group up to its ')'. `restoreFlags` are the flags to go back to after it. */
  private groupBody(kind: GroupKind, index: number, open: number, reset = false, restoreFlags?: Flags): { node: Node; repeatable: boolean } {
    const saved = restoreFlags ?? this.flags;
    this.flags = { ...this.flags };
    this.levels.push({ index: kind === 'capture' ? index : -1, consumed: false });
    if (this.levels.length > 250) this.fail(E.tooDeep, this.i);
    const body = this.alternation(reset ? this.groupCount : null);
    this.levels.pop();
    this.flags = saved;
    if (this.peek() !== 0x29) this.fail(E.missingParen, this.end);
    const close = this.i;
    this.i++;
    const node: Node = { type: 'group', kind, index, body };
    if (kind === 'behind' || kind === 'nbehind') this.checkLookbehind(body, close);
    if (kind === 'capture') this.groupNodes.set(index, body);
    void open;
    return { node, repeatable: true };
  }

  private checkLookbehind(body: Node, close: number): void {
    const alts = body.type === 'alt' ? body.alts : [body];
    const groups = this.census ? this.census.groupNodes : this.groupNodes;
    for (const a of alts) {
      const r = fixedLength(a, groups, 0);
      if (r === UNKNOWN_LENGTH && this.census === null) continue; // a call to a later group: pass two checks it
      if (r < 0) this.fail(E.lookbehindNotFixed, close);
    }
  }

  private conditional(open: number): { node: Node; repeatable: boolean } {
    this.i++; // the inner '('
    let cond: Cond;
    const c = this.peek();
    if (c === 0x3f && (this.peek(1) === 0x3d || this.peek(1) === 0x21 || this.peek(1) === 0x3c)) {
      // An assertion condition.
      this.i--;
      const save = this.i;
      this.i++;
      this.i++; // ?
      let kind: GroupKind;
      if (this.peek() === 0x3d) (kind = 'ahead'), this.i++;
      else if (this.peek() === 0x21) (kind = 'nahead'), this.i++;
      else if (this.peek(1) === 0x3d) (kind = 'behind'), (this.i += 2);
      else if (this.peek(1) === 0x21) (kind = 'nbehind'), (this.i += 2);
      else this.fail(E.assertionExpected, save + 1);
      const a = this.groupBody(kind, -1, save).node as Node & { type: 'group' };
      cond = { type: 'assert', assertion: a };
    } else if (c === 0x3f && this.peek(1) === 0x43) {
      throw new ReUnsupported('callout as a condition (?(?C...)');
    } else if (c === 0x3f || c < 0 || !(isWordByte(c) || c === 0x2b || c === 0x2d || c === 0x3c || c === 0x27)) {
      this.fail(E.assertionExpected, this.i);
    } else {
      cond = this.condReference();
    }
    this.levels.push({ index: -1, consumed: false });
    const saved = this.flags;
    this.flags = { ...this.flags };
    const body = this.alternation(null);
    this.flags = saved;
    this.levels.pop();
    if (this.peek() !== 0x29) this.fail(E.missingParen, this.end);
    const alts = body.type === 'alt' ? body.alts : [body];
    if (cond.type === 'define' && alts.length > 1) this.fail(E.defineBranches, this.i);
    if (alts.length > 2) this.fail(E.condTooManyBranches, this.i);
    this.i++;
    void open;
    return { node: { type: 'cond', cond, yes: alts[0], no: alts[1] ?? { type: 'empty' } }, repeatable: true };
  }

  /** The reference of (?(n)..), (?(<name>)..), (?(R)..), (?(DEFINE)..); this.i after the inner '('. */
  private condReference(): Cond {
    const start = this.i;
    let c = this.peek();
    let term = 0x29;
    if (c === 0x3c) (term = 0x3e), this.i++;
    else if (c === 0x27) (term = 0x27), this.i++;
    c = this.peek();
    if (term === 0x29 && (c === 0x2b || c === 0x2d || isDigit(c))) {
      let sign = 0;
      if (c === 0x2b || c === 0x2d) {
        sign = c === 0x2b ? 1 : -1;
        this.i++;
      }
      let n = 0;
      const d0 = this.i;
      while (isDigit(this.peek())) n = Math.min(n * 10 + this.cps[this.i++] - 48, 1e9);
      if (this.i === d0 || this.peek() !== 0x29) this.fail(E.malformedCondition, this.i);
      this.i++;
      if (sign === 0 && n === 0) this.fail(E.condZero, this.i);
      let g = n;
      if (sign < 0) g = this.groupCount - n + 1;
      else if (sign > 0) g = this.groupCount + n;
      if (g <= 0 || g > this.totalGroups) this.fail(E.noSuchGroup, this.i);
      return { type: 'ref', groups: [g] };
    }
    // A name (or R, Rn, R&name, DEFINE).
    const nameStart = this.i;
    if (c === 0x52 && term === 0x29) {
      // (?(R), (?(Rdigits), (?(R&name)
      if (this.peek(1) === 0x26) {
        this.i += 2;
        const { name, termAt } = this.readName(0x29);
        return { type: 'recursion', group: this.groupsNamed(name, termAt)[0] };
      }
      let j = this.i + 1;
      let n = 0;
      while (j < this.end && isDigit(this.cps[j])) n = n * 10 + this.cps[j++] - 48;
      if (this.cps[j] === 0x29) {
        this.i = j + 1;
        if (j === nameStart + 1) return { type: 'recursion', group: -1 };
        return { type: 'recursion', group: n };
      }
    }
    while (this.i < this.end && isWordByte(this.cps[this.i])) this.i++;
    const name = this.cps.slice(nameStart, this.i).map((x) => String.fromCharCode(x)).join('');
    if (name.length === 0 || this.peek() !== term) this.fail(E.malformedCondition, this.i);
    this.i++;
    if (term !== 0x29) {
      if (this.peek() !== 0x29) this.fail(E.malformedCondition, this.i);
      this.i++;
    }
    if (name.length > MAX_NAME) this.fail(E.nameTooLong, this.i);
    if (this.census !== null) {
      const g = this.census.names.get(name);
      if (g !== undefined) return { type: 'ref', groups: g };
      if (term === 0x29 && name === 'DEFINE') return { type: 'define' };
      this.fail(E.noSuchGroup, this.i);
    }
    void start;
    if (term === 0x29 && name === 'DEFINE') return { type: 'define' };
    return { type: 'ref', groups: [1] };
  }

  private verb(open: number): { node: Node; repeatable: boolean } | null {
    this.i++; // *
    const start = this.i;
    while (this.i < this.end && ((this.cps[this.i] >= 0x41 && this.cps[this.i] <= 0x5a) || this.cps[this.i] === 0x5f)) this.i++;
    const name = this.cps.slice(start, this.i).map((x) => String.fromCharCode(x)).join('');
    let arg: string | null = null;
    if (this.peek() === 0x3a) {
      this.i++;
      const a0 = this.i;
      while (this.i < this.end && this.cps[this.i] !== 0x29) this.i++;
      arg = this.cps.slice(a0, this.i).map((x) => String.fromCharCode(x)).join('');
      if (arg.length > 255) this.fail(E.markNameTooLong, this.i);
    }
    if (this.peek() !== 0x29) this.fail(E.verbUnknown, this.i);
    const close = this.i;
    this.i++;
    const known: Record<string, Verb | 'MARK'> = {
      ACCEPT: 'ACCEPT', FAIL: 'FAIL', F: 'FAIL', COMMIT: 'COMMIT', PRUNE: 'PRUNE', SKIP: 'SKIP', THEN: 'THEN', MARK: 'MARK', '': 'MARK',
    };
    const v = known[name];
    if (v === undefined) this.fail(E.verbUnknown, close);
    if (arg !== null && (v === 'ACCEPT' || v === 'FAIL' || v === 'COMMIT')) this.fail(E.verbArgument, close);
    if (v === 'MARK') {
      if (arg === null || arg.length === 0) this.fail(E.markArgument, close);
      return null; // erts never reports marks; a mark alone changes no match
    }
    if (v === 'SKIP' && arg !== null) throw new ReUnsupported('(*SKIP:NAME)');
    void open;
    return { node: { type: 'verb', verb: v }, repeatable: false };
  }
}

/** The mandatory-repeat test of \\d \\D \\s \\S \\w \\W in unicode mode (see CharSet.repeatMinTest). */
function asciiOnlyTest(letter: number, set: CharSet): ((c: number) => boolean) | null {
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

/** Whether a node can match the empty string (cheaply, erring towards true for calls). */
export function canBeEmpty(n: Node): boolean {
  switch (n.type) {
    case 'char':
    case 'set':
    case 'any':
    case 'byte':
    case 'newline':
    case 'extuni':
      return false;
    case 'seq':
      return n.items.every(canBeEmpty);
    case 'alt':
      return n.alts.some(canBeEmpty);
    case 'group':
      return n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic' ? canBeEmpty(n.body) : true;
    case 'repeat':
      return n.min === 0 || canBeEmpty(n.body);
    case 'cond':
      return canBeEmpty(n.yes) || canBeEmpty(n.no);
    case 'call':
      return false;
    default:
      return true;
  }
}

/**
 * The length in characters every match of `n` has, -1 when it varies, for lookbehinds. Calls
 * take the called group's length; `depth` stops recursive calls.
 */
export function fixedLength(n: Node, groups: Map<number, Node>, depth: number): number {
  switch (n.type) {
    case 'empty':
    case 'assert':
    case 'keep':
    case 'verb':
      return 0;
    case 'char':
    case 'set':
    case 'any':
    case 'byte':
      return 1;
    case 'newline':
    case 'extuni':
    case 'backref':
      return -1;
    case 'seq': {
      let t = 0;
      for (const x of n.items) {
        const l = fixedLength(x, groups, depth);
        if (l < 0) return l;
        t += l;
      }
      return t;
    }
    case 'alt': {
      let len = -3;
      for (const a of n.alts) {
        const l = fixedLength(a, groups, depth);
        if (l < 0) return -1;
        if (len !== -3 && l !== len) return -1;
        len = l;
      }
      return len;
    }
    case 'group':
      if (n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic') return fixedLength(n.body, groups, depth);
      return 0;
    case 'repeat': {
      if (n.min !== n.max) return -1;
      const l = fixedLength(n.body, groups, depth);
      return l < 0 ? -1 : l * n.min;
    }
    case 'cond': {
      const a = fixedLength(n.yes, groups, depth);
      const b = fixedLength(n.no, groups, depth);
      return a >= 0 && a === b ? a : -1;
    }
    case 'call': {
      const g = groups.get(n.group);
      if (g === undefined) return UNKNOWN_LENGTH;
      if (depth > 20) return -1;
      return fixedLength(g, groups, depth + 1);
    }
  }
}

/** Parses `bytes` (already cut at a NUL, as erts hands PCRE a C string) with `opts`. */
export function parse(bytes: Uint8Array, opts: CompileOptions): Parsed {
  const first = new Parser(bytes, opts, null);
  first.parse();
  const census: Census = { groups: first.groupCount, names: first.names, groupNodes: first.groupNodes };
  const p = new Parser(bytes, opts, census);
  const root = p.parse();
  const names: { name: string; group: number }[] = [];
  for (const [name, gs] of census.names) for (const g of gs) names.push({ name, group: g });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.group - b.group));
  return {
    root,
    groups: census.groups,
    names,
    // Only the compile option counts (PCRE's info options do not include an inline (?J)).
    dupnames: opts.dupnames,
    utf: p.utf,
    ucp: p.ucp,
    newline: p.newline,
    bsrAnycrlf: p.bsrAnycrlf,
    limitMatch: p.limitMatch,
    limitRecursion: p.limitRecursion,
    noStartOpt: p.noStartOpt,
    hasCrOrLf: p.hasCrOrLf,
  };
}
