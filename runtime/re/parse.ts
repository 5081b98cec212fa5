// PCRE 8.44 pattern syntax to the AST of ast.ts, with PCRE's compile errors and their offsets.
// Like PCRE, it reads the pattern twice: the first pass counts capturing groups and collects
// names, so that the second can resolve forward references ((?2), \k<later>, (?(3)...)).
// Offsets in errors are byte offsets where PCRE's scanner stood: mostly the character that
// made the error, the end of the pattern for an unterminated construct. Escapes are read by
// parse-escapes.ts, classes by parse-class.ts, both over this parser's state (their Scanner).

import { type AssertKind, type CompileOptions, type Cond, type GroupKind, type Newline, type Node, type Parsed, type Verb } from './ast.js';
import { SPACE, WORD, ctype } from './chartables.js';
import { E, ReCompileError, ReUnsupported } from './errors.js';
import { charClass, posixSyntaxAt } from './parse-class.js';
import { escape, isDigit } from './parse-escapes.js';
import { UNKNOWN_LENGTH, canBeEmpty, fixedLength } from './measure.js';
import { decodeUtf8At } from './utf8.js';

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

/** Pass-one facts the second pass needs. */
interface Census {
  groups: number;
  names: Map<string, number[]>;
  groupNodes: Map<number, Node>;
}


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

  isCountedRepeatAt(p: number): boolean {
    const save = this.i;
    try {
      return this.countedRepeat(p) !== null;
    } catch {
      return true;
    } finally {
      this.i = save;
    }
  }

  lit(c: number): Node {
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
        const kind: AssertKind = this.flags.m ? 'mdollar' : this.opts.dollarEndonly ? 'dollarEndonly' : 'dollar';
        return { node: { type: 'assert', kind }, repeatable: false };
      }
      case 0x2e:
        this.i++;
        return { node: { type: 'any', dotall: this.flags.s }, repeatable: true };
      case 0x5b: {
        const d = this.peek(1);
        if ((d === 0x3a || d === 0x2e || d === 0x3d) && posixSyntaxAt(this, this.i)) {
          this.fail(d === 0x3a ? E.posixOutside : E.posixCollating, this.i);
        }
        return { node: charClass(this), repeatable: true };
      }
      case 0x28:
        return this.group();
      case 0x5c:
        return escape(this);
      default:
        this.i++;
        return { node: this.lit(c), repeatable: true };
    }
  }


  /** Characters of a \Q..\E run that precede its last one; sequence() inserts them. */
  private prefix: Node[] = [];
  pendingPrefix(items: Node[]): void {
    this.prefix = items;
  }


  /** \g: backreference (\g1, \g{-1}, \g{name}) or subroutine call (\g<n>, \g'name'). */
  gEscape(): { node: Node; repeatable: boolean } {
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

  kEscape(): { node: Node; repeatable: boolean } {
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
