// AST (ast.ts) to the matcher's program (program.ts). Repeats of one-character items become a
// single Rep instruction (one backtracking entry however long the run); other repeats are
// unrolled for their minimum and looped or nested for the rest, as PCRE does, so that each copy
// of a capturing group captures as the last iteration did.

import type { CompileOptions, Node, Parsed } from './ast.js';
import { caseVariants } from './ast.js';
import { latin1Flip } from './chartables.js';
import { E, ReCompileError } from './errors.js';
import { canBeEmpty, fixedLength } from './measure.js';
import { parse } from './parse.js';
import { type Inst, Op, type Program, RepMode, VerbCode, inst } from './program.js';

/** Programs past this many instructions are refused, as PCRE refuses patterns past its size limit. */
const MAX_CODE = 2_000_000;

interface Scope {
  /** Capturing groups open around the current point, innermost last, since the innermost assertion. */
  openGroups: number[];
  /** Index of the LookEnd of the innermost assertion, filled later (a patch list), or null. */
  assertion: { ends: Inst[] } | null;
  /** The innermost alternation with (*THEN) semantics, -1 for none. */
  altId: number;
}

class Compiler {
  readonly code: Inst[] = [];
  readonly groupStart: number[];
  registers: number;
  private nextAlt = 0;
  /** Calls emitted before their group's code exists, patched at the end. */
  private readonly calls: Inst[] = [];

  constructor(
    readonly parsed: Parsed,
    readonly patternLength: number,
  ) {
    this.groupStart = new Array(parsed.groups + 1).fill(-1);
    this.groupStart[0] = 0;
    // caps pairs, then pending starts
    this.registers = 2 * (parsed.groups + 1) + (parsed.groups + 1);
  }

  emit(i: Inst): Inst {
    if (this.code.length >= MAX_CODE) throw new ReCompileError(E.tooLarge, this.patternLength);
    this.code.push(i);
    return i;
  }
  get pc(): number {
    return this.code.length;
  }

  finish(): void {
    for (const c of this.calls) c.b = this.groupStart[c.a];
  }

  node(n: Node, s: Scope): void {
    switch (n.type) {
      case 'empty':
        return;
      case 'char':
      case 'set':
      case 'any':
      case 'byte':
      case 'newline':
      case 'extuni':
        this.emit(this.single(n));
        return;
      case 'seq':
        for (const x of n.items) this.node(x, s);
        return;
      case 'alt':
        this.alternation(n.alts, s);
        return;
      case 'group':
        this.group(n, s);
        return;
      case 'repeat':
        this.repeat(n, s);
        return;
      case 'assert': {
        const i = inst(Op.Assert);
        i.kind = n.kind;
        this.emit(i);
        return;
      }
      case 'backref': {
        const i = inst(Op.Backref, 0, n.caseless ? 1 : 0);
        i.list = n.groups;
        this.emit(i);
        return;
      }
      case 'call': {
        const i = this.emit(inst(Op.Call, n.group, -1));
        this.calls.push(i);
        return;
      }
      case 'cond':
        this.conditional(n, s);
        return;
      case 'verb':
        switch (n.verb) {
          case 'FAIL':
            this.emit(inst(Op.Fail));
            return;
          case 'COMMIT':
            this.emit(inst(Op.Verb, VerbCode.Commit));
            return;
          case 'PRUNE':
            this.emit(inst(Op.Verb, VerbCode.Prune));
            return;
          case 'SKIP':
            this.emit(inst(Op.Verb, VerbCode.Skip));
            return;
          case 'THEN':
            this.emit(inst(Op.Then, s.altId));
            return;
          case 'ACCEPT': {
            const i = inst(Op.Accept, -1);
            i.list = n.closes ?? [...s.openGroups].reverse();
            if (s.assertion !== null) s.assertion.ends.push(i);
            this.emit(i);
            return;
          }
        }
        return;
      case 'keep':
        this.emit(inst(Op.Keep));
        return;
    }
  }

  /** The instruction testing one character. */
  single(n: Node): Inst {
    switch (n.type) {
      case 'char': {
        if (!n.caseless) return inst(Op.Char, n.c);
        const chars = this.parsed.utf ? caseVariants(n.c) : [...new Set([n.c, n.c < 256 ? latin1Flip(n.c) : n.c])];
        if (chars.length === 1) return inst(Op.Char, n.c);
        const i = inst(Op.CharI);
        i.list = chars;
        return i;
      }
      case 'set': {
        const i = inst(Op.Set);
        i.set = n.set;
        return i;
      }
      case 'any':
        return inst(n.dotall ? Op.AllAny : Op.Any);
      case 'byte':
        return inst(Op.Byte);
      case 'newline':
        return inst(Op.NewlineSeq);
      case 'extuni':
        return inst(Op.ExtUni);
      default:
        throw new Error('not a single-character item');
    }
  }

  private alternation(alts: Node[], s: Scope): void {
    const then = alts.some(hasThen);
    const id = then ? this.nextAlt++ : -1;
    const inner: Scope = then ? { ...s, altId: id } : s;
    const jumps: Inst[] = [];
    for (let k = 0; k < alts.length; k++) {
      const last = k === alts.length - 1;
      let split: Inst | null = null;
      if (!last || then) split = this.emit(inst(Op.Split, this.pc + 1, -1, id));
      this.node(alts[k], inner);
      if (!last) jumps.push(this.emit(inst(Op.Jmp, -1)));
      if (split !== null) {
        if (last) {
          // (*THEN) in the last branch backtracks to before the whole group: a branch that fails.
          const j = this.emit(inst(Op.Jmp, -1));
          jumps.push(j);
          split.b = this.pc;
          this.emit(inst(Op.Fail));
        } else {
          split.b = this.pc;
        }
      }
    }
    for (const j of jumps) j.a = this.pc;
  }

  private group(n: Node & { type: 'group' }, s: Scope): void {
    switch (n.kind) {
      case 'capture': {
        if (this.groupStart[n.index] < 0) this.groupStart[n.index] = this.pc;
        this.emit(inst(Op.Open, n.index));
        this.node(n.body, { ...s, openGroups: [...s.openGroups, n.index] });
        this.emit(inst(Op.Close, n.index));
        return;
      }
      case 'plain':
        this.node(n.body, s);
        return;
      case 'atomic':
        this.emit(inst(Op.AtomicStart));
        this.node(n.body, s);
        this.emit(inst(Op.AtomicEnd));
        return;
      default:
        this.assertion(n, -1, -2, s);
    }
  }

  /**
   * A lookaround. `onFail`/`onMatch`: where to go when the body fails / matches; -1 is "fail",
   * -2 is "the instruction after the assertion". Conditions pass their branches.
   */
  private assertion(n: Node & { type: 'group' }, onFail: number, onMatch: number, s: Scope): { start: Inst; end: Inst } {
    const negative = n.kind === 'nahead' || n.kind === 'nbehind';
    const start = this.emit(inst(Op.LookStart, negative ? -2 : onFail, negative ? 1 : 0));
    const scope: Scope = { openGroups: [], assertion: { ends: [] }, altId: -1 };
    if (n.kind === 'behind' || n.kind === 'nbehind') {
      const alts = n.body.type === 'alt' ? n.body.alts : [n.body];
      const jumps: Inst[] = [];
      for (let k = 0; k < alts.length; k++) {
        const last = k === alts.length - 1;
        const split = last ? null : this.emit(inst(Op.Split, this.pc + 1, -1, -1));
        this.emit(inst(Op.LookBack, n.backLengths?.[k] ?? lengthOf(alts[k], this.parsed)));
        this.node(alts[k], scope);
        if (!last) jumps.push(this.emit(inst(Op.Jmp, -1)));
        if (split !== null) split.b = this.pc;
      }
      for (const j of jumps) j.a = this.pc;
    } else {
      this.node(n.body, scope);
    }
    const end = this.emit(inst(Op.LookEnd, negative ? -1 : onMatch));
    for (const a of scope.assertion!.ends) a.a = this.pc - 1;
    // Resolve "next" targets.
    if (negative) {
      start.a = onFail === -1 ? this.pc : onFail;
      if (onMatch !== -2) end.a = onMatch;
    } else if (end.a === -2) {
      end.a = this.pc;
    }
    if (start.a === -2) start.a = this.pc;
    return { start, end };
  }

  private conditional(n: Node & { type: 'cond' }, s: Scope): void {
    const c = n.cond;
    let patchNo: (pc: number) => void;
    if (c.type === 'ref') {
      const i = inst(Op.CondRef, -1);
      i.list = c.groups;
      this.emit(i);
      patchNo = (pc) => (i.a = pc);
    } else if (c.type === 'recursion') {
      const i = this.emit(inst(Op.CondRecursion, c.group, -1));
      patchNo = (pc) => (i.b = pc);
    } else if (c.type === 'define') {
      // The DEFINE body is there only to be called.
      const j = this.emit(inst(Op.Jmp, -1));
      this.node(n.yes, s);
      j.a = this.pc;
      return;
    } else {
      const a = c.assertion;
      const negative = a.kind === 'nahead' || a.kind === 'nbehind';
      // The body's success leads to the yes branch (after the assertion); failure to the no branch.
      const { start, end } = this.assertion(a, -1, -2, s);
      if (negative) {
        // Body matched: the condition is false. Body failed: true, continue at yes.
        const yesPc = this.pc;
        start.a = yesPc;
        patchNo = (pc) => (end.a = pc);
      } else {
        start.a = -1;
        patchNo = (pc) => (start.a = pc);
      }
    }
    this.node(n.yes, s);
    const skip = this.emit(inst(Op.Jmp, -1));
    patchNo(this.pc);
    this.node(n.no, s);
    skip.a = this.pc;
  }

  private repeat(n: Node & { type: 'repeat' }, s: Scope): void {
    const { body, min, max } = n;
    if (isSingle(body)) {
      const r = inst(Op.Rep, min, max, n.possessive ? RepMode.Possessive : n.greedy ? RepMode.Greedy : RepMode.Lazy);
      r.sub = this.single(body);
      this.emit(r);
      return;
    }
    if (n.possessive) {
      this.emit(inst(Op.AtomicStart));
      this.repeat({ ...n, possessive: false, greedy: true }, s);
      this.emit(inst(Op.AtomicEnd));
      return;
    }
    if (max === 0) {
      // {0}: skipped, but its groups still exist (and can be called).
      const j = this.emit(inst(Op.Jmp, -1));
      this.node(body, s);
      j.a = this.pc;
      return;
    }
    for (let k = 0; k < min; k++) this.node(body, s);
    if (max < 0) {
      const empty = n.checkEmpty === true || canBeEmpty(body);
      const reg = empty ? this.registers++ : -1;
      const loop = this.pc;
      const split = this.emit(inst(Op.Split, -1, -1, -1));
      const bodyPc = this.pc;
      if (empty) this.emit(inst(Op.LoopSet, reg));
      this.node(body, s);
      const check = empty ? this.emit(inst(Op.LoopCheck, reg, -1)) : null;
      this.emit(inst(Op.Jmp, loop));
      const exit = this.pc;
      if (n.greedy) (split.a = bodyPc), (split.b = exit);
      else (split.a = exit), (split.b = bodyPc);
      if (check !== null) check.b = exit;
      return;
    }
    const exits: Inst[] = [];
    for (let k = min; k < max; k++) {
      const split = this.emit(inst(Op.Split, -1, -1, -1));
      exits.push(split);
      const bodyPc = this.pc;
      this.node(body, s);
      if (n.greedy) split.a = bodyPc;
      else split.b = bodyPc;
    }
    for (const sp of exits) {
      if (n.greedy) sp.b = this.pc;
      else sp.a = this.pc;
    }
  }
}

function isSingle(n: Node): boolean {
  return n.type === 'char' || n.type === 'set' || n.type === 'any' || n.type === 'byte';
}

function hasThen(n: Node): boolean {
  switch (n.type) {
    case 'verb':
      return n.verb === 'THEN';
    case 'seq':
      return n.items.some(hasThen);
    case 'alt':
      return false; // an inner alternation takes its own (*THEN)s
    case 'group':
      return n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic' ? hasThen(n.body) : false;
    case 'repeat':
      return hasThen(n.body);
    case 'cond':
      return hasThen(n.yes) || hasThen(n.no);
    default:
      return false;
  }
}

/** A lookbehind branch's length (parse.ts checked that it is fixed). */
function lengthOf(n: Node, parsed: Parsed): number {
  const groups = new Map<number, Node>();
  collectGroups(parsed.root, groups);
  return Math.max(0, fixedLengthOf(n, groups));
}

function fixedLengthOf(n: Node, groups: Map<number, Node>): number {
  return fixedLength(n, groups, 0);
}

function collectGroups(n: Node, out: Map<number, Node>): void {
  switch (n.type) {
    case 'seq':
      n.items.forEach((x) => collectGroups(x, out));
      return;
    case 'alt':
      n.alts.forEach((x) => collectGroups(x, out));
      return;
    case 'group':
      if (n.kind === 'capture' && !out.has(n.index)) out.set(n.index, n.body);
      collectGroups(n.body, out);
      return;
    case 'repeat':
      collectGroups(n.body, out);
      return;
    case 'cond':
      if (n.cond.type === 'assert') collectGroups(n.cond.assertion, out);
      collectGroups(n.yes, out);
      collectGroups(n.no, out);
      return;
    default:
      return;
  }
}

/**
 * PCRE's "required character": a literal every match must contain, the last one in the
 * pattern's mandatory top-level sequence. When it is absent from the subject, PCRE gives up
 * at once, which decides between nomatch and {error, match_limit} for patterns that would
 * backtrack catastrophically; so it is computed as PCRE does for the usual shapes.
 */
function requiredChar(n: Node): { c: number; caseless: boolean } | null {
  switch (n.type) {
    case 'char':
      return { c: n.c, caseless: n.caseless };
    case 'seq': {
      for (let k = n.items.length - 1; k >= 0; k--) {
        const r = requiredChar(n.items[k]);
        if (r !== null) return r;
      }
      return null;
    }
    case 'alt': {
      let r: { c: number; caseless: boolean } | null = null;
      for (const a of n.alts) {
        const x = requiredChar(a);
        if (x === null || (r !== null && (x.c !== r.c || x.caseless !== r.caseless))) return null;
        r = x;
      }
      return r;
    }
    case 'group':
      return n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic' ? requiredChar(n.body) : null;
    case 'repeat':
      return n.min > 0 ? requiredChar(n.body) : null;
    default:
      return null;
  }
}

/** Whether the pattern can only match at the start position (PCRE's anchoring detection). */
function isAnchored(n: Node): boolean {
  switch (n.type) {
    case 'assert':
      return n.kind === 'circ' || n.kind === 'A' || n.kind === 'G';
    case 'seq':
      return n.items.length > 0 && isAnchored(n.items[0]);
    case 'alt':
      return n.alts.every(isAnchored);
    case 'group':
      return (n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic') && isAnchored(n.body);
    default:
      return false;
  }
}

/** Where a match may start, beyond the pattern itself: PCRE's start-of-match facts. */
export interface StartFacts {
  anchored: boolean;
  firstline: boolean;
}

export function compilePattern(bytes: Uint8Array, opts: CompileOptions): Program {
  const parsed = parse(bytes, opts);
  const req = requiredChar(parsed.root);
  const prog = compileParsed(parsed, opts, bytes.length);
  prog.reqChar = req === null ? -1 : req.c;
  prog.reqCaseless = req !== null && req.caseless;
  return prog;
}

/** The program of a parsed pattern (from pattern text or decoded from PCRE code); no start optimisations set. */
export function compileParsed(parsed: Parsed, start: StartFacts, patternLength: number): Program {
  const c = new Compiler(parsed, patternLength);
  c.node(parsed.root, { openGroups: [], assertion: null, altId: -1 });
  c.emit(inst(Op.Match));
  c.finish();
  void isAnchored;
  return {
    code: c.code,
    groups: parsed.groups,
    registers: c.registers,
    groupStart: c.groupStart,
    names: parsed.names,
    dupnames: parsed.dupnames,
    utf: parsed.utf,
    ucp: parsed.ucp,
    newline: parsed.newline,
    bsrAnycrlf: parsed.bsrAnycrlf,
    anchored: start.anchored,
    firstline: start.firstline,
    limitMatch: parsed.limitMatch,
    limitRecursion: parsed.limitRecursion,
    hasCrOrLf: parsed.hasCrOrLf,
    reqChar: -1,
    reqCaseless: false,
    firstChar: -1,
    firstCaseless: false,
    startline: false,
  };
}
