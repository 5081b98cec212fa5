// The parsed form of a PCRE pattern: what parse.ts produces and compile.ts turns into the
// matcher's program. Characters are code points (bytes in latin1 mode); everything that tests
// one character is a CharSet, whose caseless expansion is done when it is built.

import { latin1Flip, unicodeFold } from './chartables.js';

/** A test on one character: literal characters and ranges (caseless-expanded) plus type tests. */
export class CharSet {
  /** Characters below 256 given literally or as ranges. */
  readonly low = new Uint8Array(256);
  /** Ranges reaching above 255, as [lo, hi] pairs. */
  readonly ranges: number[] = [];
  /** Type tests (\d, [:alpha:], \p{..}...), not affected by caseless. */
  readonly tests: ((c: number) => boolean)[] = [];
  negated = false;
  /** Set when literal parts match caselessly; the mode decides how cases pair. */
  caseless = false;
  utf = false;
  /**
   * For \d \s \w and their negations in unicode mode without ucp: the test PCRE applies in the
   * mandatory part of a repeat, where it looks at the first byte only, so that no non-ASCII
   * character is a digit, space or word character there (while alone, or in the optional part,
   * the Latin-1 table decides below 256).
   */
  repeatMinTest: ((c: number) => boolean) | null = null;
  /** Results for characters below 256, filled by seal(). */
  private table: Uint8Array | null = null;

  addChar(c: number): void {
    if (c < 256) this.low[c] = 1;
    else this.ranges.push(c, c);
  }
  addRange(lo: number, hi: number): void {
    for (let c = lo; c <= Math.min(hi, 255); c++) this.low[c] = 1;
    if (hi > 255) this.ranges.push(Math.max(lo, 256), hi);
  }

  private literal(c: number): boolean {
    if (c < 256) return this.low[c] === 1;
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
    return false;
  }

  private literalCaseless(c: number): boolean {
    if (this.literal(c)) return true;
    if (!this.caseless) return false;
    if (!this.utf || c < 128) {
      const f = c < 256 ? latin1Flip(c) : c;
      if (f !== c && this.literal(f)) return true;
      if (!this.utf) return false;
    }
    // Unicode mode: any character folding to the same as c.
    for (const v of caseVariants(c)) if (v !== c && this.literal(v)) return true;
    return false;
  }

  private raw(c: number): boolean {
    if (this.literalCaseless(c)) return true;
    for (const t of this.tests) if (t(c)) return true;
    return false;
  }

  /** Fixes the set; call once all parts are added. */
  seal(): this {
    const t = new Uint8Array(256);
    for (let c = 0; c < 256; c++) t[c] = this.raw(c) !== this.negated ? 1 : 0;
    this.table = t;
    return this;
  }

  test(c: number): boolean {
    if (c < 256) return this.table![c] === 1;
    return this.raw(c) !== this.negated;
  }
}

/** Where cased characters live; scanning only these keeps building the case classes cheap. */
const CASED_RANGES = [
  0x0000, 0x058f, 0x10a0, 0x10ff, 0x13a0, 0x13ff, 0x1c80, 0x1cbf, 0x1d00, 0x1fff, 0x2100, 0x218f, 0x24b0, 0x24ef,
  0x2c00, 0x2d2f, 0xa640, 0xa7ff, 0xab70, 0xabbf, 0xff00, 0xff5f, 0x10400, 0x104ff, 0x10c80, 0x10cff, 0x118a0,
  0x118ff, 0x16e40, 0x16e9f, 0x1e900, 0x1e95f,
];
let caseClasses: Map<number, number[]> | null = null;

/** The characters that match `c` caselessly in unicode mode (those with the same folding), `c` included. */
export function caseVariants(c: number): number[] {
  if (caseClasses === null) {
    caseClasses = new Map();
    for (let r = 0; r < CASED_RANGES.length; r += 2) {
      for (let x = CASED_RANGES[r]; x <= CASED_RANGES[r + 1]; x++) {
        const f = unicodeFold(x);
        if (f === x) continue;
        let cls = caseClasses.get(f);
        if (cls === undefined) caseClasses.set(f, (cls = [f]));
        cls.push(x);
      }
    }
  }
  const cls = caseClasses.get(unicodeFold(c));
  return cls === undefined ? [c] : cls;
}

export type AssertKind =
  | 'circ' // ^ without multiline
  | 'mcirc' // ^ with multiline
  | 'dollar' // $ without multiline
  | 'mdollar' // $ with multiline
  | 'A' // \A
  | 'z' // \z
  | 'dollarEndonly' // $ with dollar_endonly: the very end, and never with noteol
  | 'Z' // \Z
  | 'G' // \G
  | 'b' // \b
  | 'B'; // \B

export type GroupKind = 'capture' | 'plain' | 'atomic' | 'ahead' | 'nahead' | 'behind' | 'nbehind';

export type Cond =
  | { type: 'ref'; groups: number[] } // (?(n)..), (?(<name>)..): several groups for a duplicated name
  | { type: 'recursion'; group: number } // (?(R)..) is group -1; (?(Rn)..), (?(R&name)..)
  | { type: 'define' }
  | { type: 'assert'; assertion: Node & { type: 'group' } };

export type Verb = 'ACCEPT' | 'FAIL' | 'COMMIT' | 'PRUNE' | 'SKIP' | 'THEN';

export type Node =
  | { type: 'empty' }
  | { type: 'char'; c: number; caseless: boolean }
  | { type: 'set'; set: CharSet }
  | { type: 'any'; dotall: boolean } // . and \N
  | { type: 'byte' } // \C
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; alts: Node[] }
  // backLengths: for a lookbehind decoded from PCRE code, each branch's length as PCRE computed it.
  | { type: 'group'; kind: GroupKind; index: number; body: Node; backLengths?: number[] }
  // checkEmpty: an unbounded repeat ends on an empty iteration even where canBeEmpty() says the body
  // cannot match empty (PCRE marks such groups SBRA...: its own analysis is authoritative).
  | { type: 'repeat'; body: Node; min: number; max: number; greedy: boolean; possessive: boolean; checkEmpty?: boolean }
  | { type: 'assert'; kind: AssertKind }
  | { type: 'backref'; groups: number[]; caseless: boolean }
  | { type: 'call'; group: number }
  | { type: 'cond'; cond: Cond; yes: Node; no: Node }
  // closes: for an ACCEPT decoded from PCRE code, the groups its CLOSE opcodes close, innermost first.
  | { type: 'verb'; verb: Verb; closes?: number[] }
  | { type: 'keep' } // \K
  | { type: 'newline' } // \R
  | { type: 'extuni' }; // \X

/** What parse() gives compile(). */
export interface Parsed {
  root: Node;
  /** Number of capturing groups. */
  groups: number;
  /** Names in PCRE's name-table order (sorted by name bytes), each with its group number. */
  names: { name: string; group: number }[];
  dupnames: boolean;
  /** Start-of-pattern settings ((*UTF8), (*CRLF)...) folded into the options. */
  utf: boolean;
  ucp: boolean;
  newline: Newline;
  bsrAnycrlf: boolean;
  limitMatch: number;
  limitRecursion: number;
  noStartOpt: boolean;
  /** Whether the pattern contains a literal CR or LF (affects the CRLF bumpalong rule). */
  hasCrOrLf: boolean;
}

export type Newline = 'cr' | 'lf' | 'crlf' | 'anycrlf' | 'any';

/** Compile-time options, from re:compile's option list. */
export interface CompileOptions {
  utf: boolean;
  ucp: boolean;
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
  anchored: boolean;
  dollarEndonly: boolean;
  ungreedy: boolean;
  noAutoCapture: boolean;
  dupnames: boolean;
  firstline: boolean;
  noStartOptimize: boolean;
  neverUtf: boolean;
  newline: Newline | null;
  bsr: 'anycrlf' | 'unicode' | null;
}

export function defaultCompileOptions(): CompileOptions {
  return {
    utf: false,
    ucp: false,
    caseless: false,
    multiline: false,
    dotall: false,
    extended: false,
    anchored: false,
    dollarEndonly: false,
    ungreedy: false,
    noAutoCapture: false,
    dupnames: false,
    firstline: false,
    noStartOptimize: false,
    neverUtf: false,
    newline: null,
    bsr: null,
  };
}
