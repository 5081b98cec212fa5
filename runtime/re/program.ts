// The matcher's program: a flat array of instructions that compile.ts emits from the AST and
// match.ts runs with a backtracking stack. Registers hold, in order: the capture pairs
// (start, end) of groups 0..N, the pending start of each group (set at its '(' and copied into
// the pair at its ')', so that a backreference never sees a group that is still open), then one
// register per loop that needs the empty-iteration check.

import type { AssertKind, CharSet, Newline } from './ast.js';

export const enum Op {
  Char, // a: the character
  CharI, // list: the characters that match caselessly
  Set, // set
  Any, // . without dotall: any character but a newline
  AllAny, // . with dotall
  Byte, // \C
  NewlineSeq, // \R
  ExtUni, // \X
  Rep, // a single-character item repeated: sub, a=min, b=max (-1: unbounded), c=RepMode
  Split, // try a, then b; c: alternation id for (*THEN), -1 otherwise
  Jmp, // to a
  Open, // group a opens
  Close, // group a closes (returns from a call to it)
  Assert, // kind
  Backref, // list: group numbers (several for a duplicated name), b=1 when caseless
  AtomicStart,
  AtomicEnd,
  LookStart, // a: where to go when the body fails (-1: fail); b: 1 when verbs in it are confined (negative)
  LookEnd, // a: where to go when the body matched (-1: fail)
  LookBack, // move back a characters, failing at the start of the subject
  Call, // a: group number, b: its first instruction
  CondRef, // list: groups; go to a when none is set
  CondRecursion, // a: group (-1: any); go to b when not in that recursion
  Keep, // \K
  Verb, // a: VerbCode
  Then, // a: the alternation id it belongs to (-1: none)
  Accept, // list: capture groups open around it, innermost first; a: the LookEnd of its assertion (-1)
  LoopSet, // register a := position
  LoopCheck, // when position = register a, go to b (an iteration matched empty: leave the loop)
  Fail,
  Match,
}

export const enum RepMode {
  Greedy,
  Lazy,
  Possessive,
}

export const enum VerbCode {
  Commit,
  Prune,
  Skip,
}

export interface Inst {
  op: Op;
  a: number;
  b: number;
  c: number;
  set: CharSet | null;
  list: number[] | null;
  kind: AssertKind | null;
  sub: Inst | null;
}

export function inst(op: Op, a = 0, b = 0, c = 0): Inst {
  return { op, a, b, c, set: null, list: null, kind: null, sub: null };
}

/** A compiled pattern, ready to run. */
export interface Program {
  code: Inst[];
  groups: number;
  /** Number of registers (see the file comment). */
  registers: number;
  /** First instruction of each capturing group's '(' (for calls); index 0 is the pattern. */
  groupStart: number[];
  names: { name: string; group: number }[];
  dupnames: boolean;
  utf: boolean;
  ucp: boolean;
  newline: Newline;
  bsrAnycrlf: boolean;
  anchored: boolean;
  firstline: boolean;
  limitMatch: number;
  limitRecursion: number;
  hasCrOrLf: boolean;
  /** A character every match contains (PCRE's "required character"), for a quick no-match, or -1. */
  reqChar: number;
  reqCaseless: boolean;
  /**
   * PCRE's start-of-match optimisations, known for patterns decoded from PCRE code: a byte every
   * match starts with (-1: none), and whether matches start only at the start or after a newline.
   * Attempts are made only there, which decides the result with (*COMMIT) and the like.
   */
  firstChar: number;
  firstCaseless: boolean;
  startline: boolean;
}
