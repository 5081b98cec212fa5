// The matcher: runs a program (program.ts) over a subject of bytes with an explicit backtracking
// stack, so no subject length or nesting depth can overflow the JS stack. Positions are byte
// offsets; in unicode mode characters are decoded from UTF-8 where they are read. Semantics are
// PCRE 8.44's as erts uses it: captures revert on backtracking, atomic groups and assertions cut
// the stack when they succeed, recursion and subroutine calls are atomic and restore the
// captures they set, an iteration of a repeat that matched empty ends the repeat, and the
// backtracking verbs act as PCRE documents. PCRE's match limit counts calls of its internal
// match function; here the count is of backtracking points made, which reaches the same
// verdict for runaway patterns but not at the same step, so a small explicit {match_limit, N}
// can decide differently from erts.

import type { Newline } from './ast.js';
import { isWordChar, unicodeFold, latin1Flip } from './chartables.js';
import { decodeUtf8At } from './utf8.js';
import { graphemeEnd } from './grapheme-break.js';
import { type Inst, Op, type Program, RepMode, VerbCode } from './program.js';

export interface ExecOptions {
  offset: number;
  anchored: boolean;
  notbol: boolean;
  noteol: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  newline: Newline | null;
  bsrAnycrlf: boolean | null;
  matchLimit: number;
  recursionLimit: number;
}

export type ExecResult =
  | { kind: 'match'; ovector: Int32Array; count: number }
  | { kind: 'nomatch' }
  | { kind: 'match_limit' }
  | { kind: 'match_limit_recursion' };

// Backtracking frames: FRAME slots each, [kind, pc, pos, logLength, a, b].
const FRAME = 6;
const BT_BRANCH = 0; // resume at pc; a: alternation id
const BT_GREEDY = 1; // a greedy Rep giving back: a characters left to give, b: 1 when bytewise
const BT_LAZY = 2; // a lazy Rep taking more: pc is the Rep, a: count so far
const BT_MARK = 3; // a: mark kind; pc: where to go when popped (-1: keep failing); b: 1 for a verb barrier
const BT_VERB = 4; // a: VerbCode, pos: where it was passed
const BT_THEN = 5; // a: alternation id

const MARK_ATOMIC = 0;
const MARK_LOOK = 1;
const MARK_CALL = 2;

// How an attempt at one start position ended.
const R_MATCH = 0;
const R_FAIL = 1;
const R_COMMIT = 2;
const R_PRUNE = 3;
const R_SKIP = 4;
const R_LIMIT = 5;
const R_RLIMIT = 6;
const R_ABORT = 7; // a recursion that would loop: PCRE's error, which erts reports as nomatch

/** How far from the end PCRE looks for the required character. */
const REQ_BYTE_MAX = 1000;

interface CallFrame {
  group: number;
  ret: number;
  saved: Int32Array;
  pos: number;
}


export class Matcher {
  private readonly s: Uint8Array;
  private readonly len: number;
  private readonly utf: boolean;
  private readonly code: Inst[];
  private readonly regs: Int32Array;
  private readonly capRegs: number;
  private readonly bt: number[] = [];
  private readonly logSlot: number[] = [];
  private readonly logOld: number[] = [];
  private readonly frames: CallFrame[] = [];
  private readonly newline: Newline;
  private readonly bsrAnycrlf: boolean;
  private readonly ucp: boolean;
  private count = 0;
  private pc = 0;
  private pos = 0;
  private startOffset = 0;
  private skipTo = 0;

  constructor(
    readonly prog: Program,
    subject: Uint8Array,
    readonly opts: ExecOptions,
  ) {
    this.s = subject;
    this.len = subject.length;
    this.utf = prog.utf;
    this.code = prog.code;
    this.regs = new Int32Array(prog.registers);
    this.capRegs = 3 * (prog.groups + 1);
    this.newline = opts.newline ?? prog.newline;
    this.bsrAnycrlf = opts.bsrAnycrlf ?? prog.bsrAnycrlf;
    this.ucp = prog.ucp;
  }

  // ---- characters ----

  /** The character at p (p < len) and, in `clen`, its length in bytes. */
  private clen = 1;
  private charAt(p: number): number {
    const c = this.s[p];
    if (!this.utf || c < 0x80) {
      this.clen = 1;
      return c;
    }
    const d = decodeUtf8At(this.s, p);
    if (d === null) {
      this.clen = 1;
      return c;
    }
    this.clen = d[1];
    return d[0];
  }
  private prevPos(p: number): number {
    if (!this.utf) return p - 1;
    p--;
    while (p > 0 && (this.s[p] & 0xc0) === 0x80) p--;
    return p;
  }
  private charBefore(p: number): number {
    return this.charAt(this.prevPos(p));
  }

  /** Length of the newline starting at p, 0 when there is none. */
  private newlineAt(p: number): number {
    if (p >= this.len) return 0;
    const c = this.s[p];
    switch (this.newline) {
      case 'lf':
        return c === 10 ? 1 : 0;
      case 'cr':
        return c === 13 ? 1 : 0;
      case 'crlf':
        return c === 13 && this.s[p + 1] === 10 ? 2 : 0;
      case 'anycrlf':
        if (c === 13) return this.s[p + 1] === 10 ? 2 : 1;
        return c === 10 ? 1 : 0;
      case 'any': {
        if (c === 13) return this.s[p + 1] === 10 ? 2 : 1;
        if (c >= 10 && c <= 12) return 1;
        if (!this.utf) return c === 0x85 ? 1 : 0;
        const x = this.charAt(p);
        return x === 0x85 || x === 0x2028 || x === 0x2029 ? this.clen : 0;
      }
    }
  }
  /** Whether a newline ends just before p. */
  private newlineBefore(p: number): boolean {
    if (p <= 0) return false;
    const c = this.s[p - 1];
    switch (this.newline) {
      case 'lf':
        return c === 10;
      case 'cr':
        return c === 13;
      case 'crlf':
        return p >= 2 && c === 10 && this.s[p - 2] === 13;
      case 'anycrlf':
        return c === 10 || c === 13;
      case 'any': {
        if (c >= 10 && c <= 13) return true;
        if (!this.utf) return c === 0x85;
        const x = this.charBefore(p);
        return x === 0x85 || x === 0x2028 || x === 0x2029;
      }
    }
  }

  private isWord(c: number): boolean {
    return isWordChar(c, this.ucp);
  }

  /** The position after one character matched by a single-character instruction at p, or -1. */
  private one(i: Inst, p: number): number {
    if (p >= this.len) return -1;
    const c = this.charAt(p);
    switch (i.op) {
      case Op.Char:
        return c === i.a ? p + this.clen : -1;
      case Op.CharI:
        return i.list!.includes(c) ? p + this.clen : -1;
      case Op.Set:
        return i.set!.test(c) ? p + this.clen : -1;
      case Op.Any:
        return this.newlineAt(p) > 0 ? -1 : p + this.clen;
      case Op.AllAny:
        return p + this.clen;
      case Op.Byte:
        return p + 1;
      case Op.NewlineSeq: {
        if (c === 13) return this.s[p + 1] === 10 ? p + 2 : p + 1;
        if (c === 10) return p + 1;
        if (this.bsrAnycrlf) return -1;
        return c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029 ? p + this.clen : -1;
      }
      case Op.ExtUni:
        return this.extendedGrapheme(p);
      default:
        return -1;
    }
  }

  private extendedGrapheme(p: number): number {
    if (!this.utf) {
      return this.s[p] === 13 && this.s[p + 1] === 10 ? p + 2 : p + 1;
    }
    return graphemeEnd(p, (q) => {
      if (q >= this.len) return null;
      const c = this.charAt(q);
      return [c, q + this.clen];
    });
  }

  // ---- registers and the stack ----

  private set(slot: number, v: number): void {
    this.logSlot.push(slot);
    this.logOld.push(this.regs[slot]);
    this.regs[slot] = v;
  }
  private undo(to: number): void {
    const slots = this.logSlot;
    const olds = this.logOld;
    for (let k = slots.length - 1; k >= to; k--) this.regs[slots[k]] = olds[k];
    slots.length = to;
    olds.length = to;
  }
  private push(kind: number, pc: number, pos: number, a: number, b: number): boolean {
    this.bt.push(kind, pc, pos, this.logSlot.length, a, b);
    return ++this.count <= this.opts.matchLimit;
  }
  /** Index of the topmost mark of `kind`, or -1. */
  private findMark(kind: number): number {
    const bt = this.bt;
    for (let k = bt.length - FRAME; k >= 0; k -= FRAME) if (bt[k] === BT_MARK && bt[k + 4] === kind) return k;
    return -1;
  }

  /** Leaves a call: the stack cut at its mark, the captures it set restored, back to the caller. */
  private returnFromCall(): void {
    const f = this.frames.pop()!;
    const m = this.findMark(MARK_CALL);
    if (m >= 0) this.bt.length = m;
    const r = this.regs;
    for (let k = 0; k < this.capRegs; k++) if (r[k] !== f.saved[k]) this.set(k, f.saved[k]);
    this.pc = f.ret;
  }

  /**
   * Backtracks to the newest alternative; true when there is one to resume (pc, pos set), false
   * with `this.result` set when the attempt is over.
   */
  private result = R_FAIL;
  private backtrack(): boolean {
    const bt = this.bt;
    for (;;) {
      if (bt.length === 0) {
        this.result = R_FAIL;
        return false;
      }
      const k = bt.length - FRAME;
      const kind = bt[k];
      const pc = bt[k + 1];
      const pos = bt[k + 2];
      const logLen = bt[k + 3];
      const a = bt[k + 4];
      const b = bt[k + 5];
      switch (kind) {
        case BT_BRANCH:
          // PCRE counts a call for each branch it tries, the first and the later ones.
          if (++this.count > this.opts.matchLimit) {
            this.result = R_LIMIT;
            return false;
          }
          bt.length = k;
          this.undo(logLen);
          this.pc = pc;
          this.pos = pos;
          return true;
        case BT_GREEDY: {
          this.undo(logLen);
          const p = b === 1 ? pos - 1 : this.prevPos(pos);
          if (a > 1) {
            bt[k + 2] = p;
            bt[k + 4] = a - 1;
          } else {
            bt.length = k;
          }
          this.pc = pc;
          this.pos = p;
          return true;
        }
        case BT_LAZY: {
          this.undo(logLen);
          const rep = this.code[pc];
          const q = this.one(rep.sub!, pos);
          if (q < 0) {
            bt.length = k;
            continue;
          }
          if (rep.b >= 0 && a + 1 >= rep.b) bt.length = k;
          else {
            bt[k + 2] = q;
            bt[k + 4] = a + 1;
            if (++this.count > this.opts.matchLimit) {
              this.result = R_LIMIT;
              return false;
            }
          }
          this.pc = pc + 1;
          this.pos = q;
          return true;
        }
        case BT_MARK:
          bt.length = k;
          if (a === MARK_CALL) this.frames.pop();
          if (pc < 0) continue;
          this.undo(logLen);
          this.pc = pc;
          this.pos = pos;
          return true;
        case BT_VERB:
        case BT_THEN: {
          bt.length = k;
          if (kind === BT_THEN && a >= 0) {
            // Next branch of the alternation it is in.
            for (let j = bt.length - FRAME; j >= 0; j -= FRAME) {
              if (bt[j] === BT_MARK && (bt[j + 4] === MARK_CALL || bt[j + 5] === 1)) break;
              if (bt[j] === BT_BRANCH && bt[j + 4] === a) {
                bt.length = j + FRAME;
                break;
              }
            }
            if (bt.length > 0 && bt[bt.length - FRAME] === BT_BRANCH && bt[bt.length - FRAME + 4] === a) continue;
          }
          // Confined to the innermost negative assertion or call, if any: that fails.
          let barrier = -1;
          for (let j = bt.length - FRAME; j >= 0; j -= FRAME) {
            if (bt[j] === BT_MARK && (bt[j + 4] === MARK_CALL || bt[j + 5] === 1)) {
              barrier = j;
              break;
            }
          }
          if (barrier >= 0) {
            bt.length = barrier + FRAME;
            continue;
          }
          const code = kind === BT_THEN ? VerbCode.Prune : a;
          if (code === VerbCode.Commit) this.result = R_COMMIT;
          else if (code === VerbCode.Prune) this.result = R_PRUNE;
          else {
            this.result = R_SKIP;
            this.skipTo = pos;
          }
          return false;
        }
      }
    }
  }

  // ---- one attempt ----

  private attempt(start: number): number {
    const code = this.code;
    const regs = this.regs;
    const groups = this.prog.groups;
    const tmpBase = 2 * (groups + 1);
    regs.fill(-1);
    this.bt.length = 0;
    this.logSlot.length = 0;
    this.logOld.length = 0;
    this.frames.length = 0;
    regs[0] = start;
    this.pc = 0;
    this.pos = start;
    const limit = this.opts.matchLimit;
    const rlimit = this.opts.recursionLimit * FRAME;
    if (++this.count > limit) return R_LIMIT;
    for (;;) {
      const I = code[this.pc];
      let ok = true;
      const pos = this.pos;
      switch (I.op) {
        case Op.Char:
          if (pos < this.len && this.s[pos] === I.a && (!this.utf || I.a < 0x80)) {
            this.pos = pos + 1;
          } else {
            const q = this.one(I, pos);
            if (q < 0) ok = false;
            else this.pos = q;
          }
          this.pc++;
          break;
        case Op.CharI:
        case Op.Set:
        case Op.Any:
        case Op.AllAny:
        case Op.Byte:
        case Op.NewlineSeq:
        case Op.ExtUni: {
          const q = this.one(I, pos);
          if (q < 0) ok = false;
          else this.pos = q;
          this.pc++;
          break;
        }
        case Op.Rep: {
          const sub = I.sub!;
          const max = I.b;
          let p = pos;
          let n = 0;
          const minTest = sub.op === Op.Set ? sub.set!.repeatMinTest : null;
          while (n < I.a) {
            let q: number;
            if (minTest !== null) {
              q = p < this.len && minTest(this.charAt(p)) ? p + this.clen : -1;
            } else {
              q = this.one(sub, p);
            }
            if (q < 0) break;
            p = q;
            n++;
          }
          if (n < I.a) {
            ok = false;
            break;
          }
          if (I.c === RepMode.Lazy) {
            if (max < 0 || n < max) {
              if (!this.push(BT_LAZY, this.pc, p, n, 0)) return R_LIMIT;
            }
          } else {
            const from = n;
            while (max < 0 || n < max) {
              const q = this.one(sub, p);
              if (q < 0) break;
              p = q;
              n++;
            }
            if (I.c === RepMode.Greedy && n > from) {
              if (!this.push(BT_GREEDY, this.pc + 1, p, n - from, sub.op === Op.Byte || !this.utf ? 1 : 0)) return R_LIMIT;
            }
          }
          this.pos = p;
          this.pc++;
          break;
        }
        case Op.Split:
          if (!this.push(BT_BRANCH, I.b, pos, I.c, 0)) return R_LIMIT;
          this.pc = I.a;
          break;
        case Op.Jmp:
          this.pc = I.a;
          break;
        case Op.Open:
          if (++this.count > limit) return R_LIMIT;
          this.set(tmpBase + I.a, pos);
          this.pc++;
          break;
        case Op.Close: {
          const f = this.frames;
          if (f.length > 0 && f[f.length - 1].group === I.a) {
            this.returnFromCall();
            break;
          }
          this.set(2 * I.a, regs[tmpBase + I.a]);
          this.set(2 * I.a + 1, pos);
          this.pc++;
          break;
        }
        case Op.Assert:
          ok = this.assertion(I, pos);
          this.pc++;
          break;
        case Op.Backref: {
          const q = this.backref(I, pos, tmpBase);
          if (q < 0) ok = false;
          else this.pos = q;
          this.pc++;
          break;
        }
        case Op.AtomicStart:
          if (!this.push(BT_MARK, -1, pos, MARK_ATOMIC, 0)) return R_LIMIT;
          this.pc++;
          break;
        case Op.AtomicEnd: {
          const m = this.findMark(MARK_ATOMIC);
          if (m >= 0) this.bt.length = m;
          this.pc++;
          break;
        }
        case Op.LookStart:
          if (!this.push(BT_MARK, I.a, pos, MARK_LOOK, I.b)) return R_LIMIT;
          this.pc++;
          break;
        case Op.LookEnd: {
          const m = this.findMark(MARK_LOOK);
          this.pos = this.bt[m + 2];
          this.bt.length = m;
          if (I.a < 0) ok = false;
          else this.pc = I.a;
          break;
        }
        case Op.LookBack: {
          let p = pos;
          for (let k = 0; k < I.a && p >= 0; k++) p = p > 0 ? this.prevPos(p) : -1;
          if (p < 0) ok = false;
          else this.pos = p;
          this.pc++;
          break;
        }
        case Op.Call: {
          for (const f of this.frames) {
            if (f.group === I.a && f.pos === pos) return R_ABORT;
          }
          if (!this.push(BT_MARK, -1, pos, MARK_CALL, 0)) return R_LIMIT;
          this.frames.push({ group: I.a, ret: this.pc + 1, saved: regs.slice(0, this.capRegs), pos });
          this.pc = I.b;
          break;
        }
        case Op.CondRef: {
          let set = false;
          for (const g of I.list!) if (regs[2 * g + 1] >= 0) set = true;
          this.pc = set ? this.pc + 1 : I.a;
          break;
        }
        case Op.CondRecursion: {
          const f = this.frames;
          const yes = I.a < 0 ? f.length > 0 : f.length > 0 && f[f.length - 1].group === I.a;
          this.pc = yes ? this.pc + 1 : I.b;
          break;
        }
        case Op.Keep:
          this.set(0, pos);
          this.pc++;
          break;
        case Op.Verb:
          if (!this.push(BT_VERB, -1, pos, I.a, 0)) return R_LIMIT;
          this.pc++;
          break;
        case Op.Then:
          if (!this.push(BT_THEN, -1, pos, I.a, 0)) return R_LIMIT;
          this.pc++;
          break;
        case Op.Accept: {
          for (const g of I.list!) {
            this.set(2 * g, regs[tmpBase + g]);
            this.set(2 * g + 1, pos);
          }
          if (I.a >= 0) this.pc = I.a;
          else if (this.frames.length > 0) this.returnFromCall();
          else if (this.matched(pos)) return R_MATCH;
          else ok = false;
          break;
        }
        case Op.LoopSet:
          this.set(I.a, pos);
          this.pc++;
          break;
        case Op.LoopCheck:
          this.pc = regs[I.a] === pos ? I.b : this.pc + 1;
          break;
        case Op.Fail:
          ok = false;
          break;
        case Op.Match: {
          if (this.frames.length > 0 && this.frames[this.frames.length - 1].group === 0) {
            this.returnFromCall();
            break;
          }
          if (this.matched(pos)) return R_MATCH;
          ok = false;
          break;
        }
      }
      if (this.bt.length > rlimit) return R_RLIMIT;
      if (!ok && !this.backtrack()) return this.result;
    }
  }

  /** Whether a match ending at pos is acceptable (notempty...); records its end. */
  private matched(pos: number): boolean {
    const mstart = this.regs[0];
    if (pos === mstart && (this.opts.notempty || (this.opts.notemptyAtstart && mstart === this.startOffset))) return false;
    this.regs[1] = pos;
    return true;
  }

  private assertion(I: Inst, p: number): boolean {
    const o = this.opts;
    switch (I.kind) {
      case 'circ':
        return p === 0 && !o.notbol;
      case 'mcirc':
        if (p === 0) return !o.notbol;
        return p < this.len && this.newlineBefore(p);
      case 'dollar':
        if (o.noteol) return false;
        return p === this.len || (this.newlineAt(p) > 0 && p + this.newlineAt(p) === this.len);
      case 'mdollar':
        if (p === this.len) return !o.noteol;
        return this.newlineAt(p) > 0;
      case 'A':
        return p === 0;
      case 'z':
        return p === this.len;
      case 'dollarEndonly':
        return !o.noteol && p === this.len;
      case 'Z':
        return p === this.len || (this.newlineAt(p) > 0 && p + this.newlineAt(p) === this.len);
      case 'G':
        return p === this.startOffset;
      case 'b':
      case 'B': {
        const before = p > 0 && this.isWord(this.charBefore(p));
        const after = p < this.len && this.isWord(this.charAt(p));
        return (before !== after) === (I.kind === 'b');
      }
      default:
        return false;
    }
  }

  /** A backreference at p: the position after it, or -1. Unset groups never match. */
  private backref(I: Inst, p: number, tmpBase: number): number {
    void tmpBase;
    const regs = this.regs;
    let g = -1;
    for (const x of I.list!) {
      if (regs[2 * x + 1] >= 0) {
        g = x;
        break;
      }
    }
    if (g < 0) return -1;
    const from = regs[2 * g];
    const to = regs[2 * g + 1];
    if (I.b === 0) {
      const n = to - from;
      if (p + n > this.len) return -1;
      for (let k = 0; k < n; k++) if (this.s[from + k] !== this.s[p + k]) return -1;
      return p + n;
    }
    let q = p;
    for (let r = from; r < to; ) {
      if (q >= this.len) return -1;
      const a = this.charAt(r);
      r += this.clen;
      const b = this.charAt(q);
      q += this.clen;
      if (a === b) continue;
      if (this.utf && (a >= 128 || b >= 128)) {
        if (unicodeFold(a) !== unicodeFold(b)) return -1;
      } else if (a >= 256 || b >= 256 || latin1Flip(a) !== b) {
        return -1;
      }
    }
    return q;
  }

  // ---- the search ----

  exec(): ExecResult {
    const o = this.opts;
    const prog = this.prog;
    this.startOffset = o.offset;
    let start = o.offset;
    const anchored = o.anchored || prog.anchored;
    // firstline: the match must start on the first line (from the start offset).
    let lastStart = this.len;
    if (prog.firstline) {
      let p = start;
      while (p < this.len && this.newlineAt(p) === 0) p += this.utf ? this.charLen(p) : 1;
      lastStart = p;
    }
    const req = prog.reqChar >= 0 && (!prog.utf || prog.reqChar < 128) ? this.lastIndexOfReq() : -2;
    for (;;) {
      if (!anchored) start = this.startOptimised(start, lastStart);
      if (start > lastStart) return { kind: 'nomatch' };
      if (req !== -2 && this.len - start < REQ_BYTE_MAX && req < start) return { kind: 'nomatch' };
      const r = this.attempt(start);
      switch (r) {
        case R_MATCH:
          return this.ovector();
        case R_LIMIT:
          return { kind: 'match_limit' };
        case R_RLIMIT:
          return { kind: 'match_limit_recursion' };
        case R_COMMIT:
        case R_ABORT:
          return { kind: 'nomatch' };
        default:
          break;
      }
      if (anchored) return { kind: 'nomatch' };
      if (r === R_SKIP && this.skipTo > start) {
        start = this.skipTo;
        continue;
      }
      if (start >= this.len) return { kind: 'nomatch' };
      const wasCr = this.s[start] === 13;
      start += this.utf ? this.charLen(start) : 1;
      // After a CR that starts a CRLF newline, the LF is skipped too unless the pattern names CR or LF.
      if (
        wasCr && start < this.len && this.s[start] === 10 && !prog.hasCrOrLf &&
        (this.newline === 'crlf' || this.newline === 'any' || this.newline === 'anycrlf')
      ) {
        start++;
      }
    }
  }

  /**
   * The first position from `start` where PCRE would try a match, given the first byte every match
   * starts with or that matches start only at line starts (PCRE's first_char and startline); never
   * past `limit`, where the attempt still happens (it fails there).
   */
  private startOptimised(start: number, limit: number): number {
    const prog = this.prog;
    if (prog.firstChar >= 0) {
      const c = prog.firstChar;
      const alt = prog.firstCaseless && c < 256 ? latin1Flip(c) : c;
      let p = start;
      while (p < limit && this.s[p] !== c && this.s[p] !== alt) p++;
      return p;
    }
    if (prog.startline && start > this.startOffset) {
      let p = start;
      while (p < limit && !this.newlineBefore(p)) p += this.utf ? this.charLen(p) : 1;
      // Just past a CR, with a newline convention that lets CRLF be one newline: not inside it.
      if (
        p > 0 && p < this.len && this.s[p - 1] === 13 && this.s[p] === 10 &&
        (this.newline === 'any' || this.newline === 'anycrlf')
      ) {
        p++;
      }
      return p;
    }
    return start;
  }

  private charLen(p: number): number {
    this.charAt(p);
    return this.clen;
  }

  /** Last position of the required character (either case when caseless), -1 when absent. */
  private lastIndexOfReq(): number {
    const c = this.prog.reqChar;
    const alt = this.prog.reqCaseless ? (c < 256 ? latin1Flip(c) : c) : c;
    for (let p = this.len - 1; p >= 0; p--) if (this.s[p] === c || this.s[p] === alt) return p;
    return -1;
  }

  private ovector(): ExecResult {
    const n = this.prog.groups + 1;
    const ov = new Int32Array(2 * n);
    let count = 0;
    for (let g = 0; g < n; g++) {
      ov[2 * g] = this.regs[2 * g];
      ov[2 * g + 1] = this.regs[2 * g + 1];
      if (ov[2 * g + 1] >= 0 && ov[2 * g] >= 0) count = g + 1;
      else ov[2 * g] = ov[2 * g + 1] = -1;
    }
    return { kind: 'match', ovector: ov, count };
  }
}

/** Runs `prog` over `subject` (whose UTF-8, in unicode mode, the caller has checked). */
export function execute(prog: Program, subject: Uint8Array, opts: ExecOptions): ExecResult {
  return new Matcher(prog, subject, opts).exec();
}
