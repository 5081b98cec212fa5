// The helpers generated code may use, passed to every module factory as `$rt`.
// This is the whole interface between translated code and the runtime: a module
// binds the names it needs once (`const { NIL, Cons, ... } = $rt;`). Keep it
// small and keep each helper's semantics exactly erts's.

import { atom, ERROR, EXIT, THROW, Atom } from '../term/atom.js';
import { NIL, Cons, listToArray, listFrom } from '../term/list.js';
import { EFloat } from '../term/float.js';
import { Fun } from '../term/fun.js';
import { Pid, Port, Ref } from '../term/identifiers.js';
import { BitStr } from '../term/bitstring.js';
import { EMap } from '../term/map.js';
import { MAX_SAFE, type Term } from '../term/term.js';
import { compare, eqExact, eqArith } from '../term/compare.js';
import { add as rawAdd, sub as rawSub, mul as rawMul, fdiv as rawFdiv, toFloat, checkFloat } from '../term/arith.js';
import { guardedBif } from '../bifs/erlang/annotate.js';
import { ErlangException, badarg, reraisedFrom } from '../errors.js';
import { SUSPEND } from '../process/frame.js';
import type { Process } from '../process/process.js';
import { sched, toErlangException, stacktraceOf } from '../process/scheduler.js';
import { exportEntry } from './exports.js';
import { sendMessage } from '../process/signals.js';
import * as bs from '../bs/index.js';
import {
  mapGet, mapGetAt, mapGetMany, mapHasKeys, mapPutAssoc, mapPutAssocAt, mapPutExact, mapPutExactAt, mapSite,
} from './map-instructions.js';
import * as fs from 'node:fs';

// The slow paths of inlined arithmetic: bigints, floats and errors. Whether erts's badarith names
// the operator (a first stack-trace entry {erlang, Op, Args, [error_info]}) depends on the
// instruction: + and - whose second operand is an integer literal fail without it (erts has
// immediate forms for them), as do float divisions; * and + or - of two variables name it.
const add = rawAdd;
const sub = rawSub;
const fdiv = rawFdiv;
const addBif = guardedBif('erlang', '+', (_p: unknown, a: Term, b: Term) => rawAdd(a, b));
const subBif = guardedBif('erlang', '-', (_p: unknown, a: Term, b: Term) => rawSub(a, b));
const mulBif = guardedBif('erlang', '*', (_p: unknown, a: Term, b: Term) => rawMul(a, b));
// Two floats (what the inline small-integer path leaves most often, in float code the compiler
// could not type) are computed here, before the general path and its error naming.
function addNamed(a: Term, b: Term): Term {
  if (a instanceof EFloat && b instanceof EFloat) {
    const r = a.value + b.value;
    if (r - r === 0) return new EFloat(r);
  }
  return addBif(null as never, a, b);
}
function subNamed(a: Term, b: Term): Term {
  if (a instanceof EFloat && b instanceof EFloat) {
    const r = a.value - b.value;
    if (r - r === 0) return new EFloat(r);
  }
  return subBif(null as never, a, b);
}
function mul(a: Term, b: Term): Term {
  if (a instanceof EFloat && b instanceof EFloat) {
    const r = a.value * b.value;
    if (r - r === 0) return new EFloat(r);
  }
  return mulBif(null as never, a, b);
}

/** A try/catch handler's label, stored in a y register while the handler is active. */
export class CatchTag {
  readonly label: number;
  /** true for `try` (handler gets class, reason, trace), false for old-style `catch`. */
  readonly isTry: boolean;
  constructor(label: number, isTry: boolean) {
    this.label = label;
    this.isTry = isTry;
  }
}

const A_EXIT = atom('EXIT');
const BADFUN = atom('badfun');
const BADARITY = atom('badarity');
const FUNCTION_CLAUSE = atom('function_clause');

function errorTagged(tag: string, v: Term): ErlangException {
  return new ErlangException(ERROR, [atom(tag), v]);
}
function errorAtom(name: string): ErlangException {
  return new ErlangException(ERROR, atom(name));
}

/** func_info: no clause matched; the stack trace's first entry carries the arguments. */
function functionClause(m: Atom, f: Atom, args: Term[]): ErlangException {
  const e = new ErlangException(ERROR, FUNCTION_CLAUSE, args);
  e.mfa = [m, f];
  return e;
}

/** The value of `catch Expr` when Expr raised. */
function catchValue(e: ErlangException): Term {
  if (e.cls === THROW) return e.reason;
  if (e.cls === EXIT) return [A_EXIT, e.reason];
  return [A_EXIT, [e.reason, stacktraceOf(e)]];
}

/** raw_raise: re-raise with a raw stack trace from a catch; badarg-free: an invalid class makes erts raise badarg... */
function rawRaise(cls: Term, reason: Term, raw: unknown): ErlangException {
  if (cls !== ERROR && cls !== EXIT && cls !== THROW) return new ErlangException(ERROR, atom('badarg'));
  if (raw instanceof ErlangException) return reraisedFrom(raw, cls as Atom, reason);
  return new ErlangException(cls as Atom, reason);
}

/** raise (pre-OTP 23): the class comes from the raw trace. */
function reraise(raw: unknown, reason: Term): ErlangException {
  if (raw instanceof ErlangException) return rawRaise(raw.cls, reason, raw);
  return new ErlangException(ERROR, reason);
}

function buildStacktrace(raw: unknown): Term {
  if (raw instanceof ErlangException) return stacktraceOf(raw);
  return NIL;
}

function isFunction2(f: Term, arity: Term): boolean {
  if (typeof arity !== 'number' || arity < 0) throw new ErlangException(ERROR, atom('badarg'));
  return f instanceof Fun && f.arity === arity;
}

/** call_fun: call F with args; badfun / badarity as erts raises them. */
function callFun(p: Process, f: Term, args: Term[]): unknown {
  if (f instanceof Fun) {
    if (f.arity !== args.length) throw new ErlangException(ERROR, [BADARITY, [f, listFrom(args)]]);
    if (f.lambda !== null) {
      const env = f.env;
      if (env.length === 0) return f.lambda.fn(p, ...args);
      return f.lambda.fn(p, ...args, ...env);
    }
    return f.export!.fn(p, ...args);
  }
  throw new ErlangException(ERROR, [BADFUN, f]);
}

// call_fun with 0 to 3 arguments, the common case: no argument array, and no spread for a fun
// with up to two free variables. The general callFun handles the rest and every error.
type Lam = (p: Process, ...a: Term[]) => unknown;
function callFun0(p: Process, f: Term): unknown {
  if (f instanceof Fun && f.arity === 0) {
    const l = f.lambda;
    if (l === null) return f.export!.fn(p);
    const e = f.env;
    if (e.length === 0) return (l.fn as Lam)(p);
    if (e.length === 1) return (l.fn as Lam)(p, e[0]);
  }
  return callFun(p, f, []);
}
function callFun1(p: Process, f: Term, a: Term): unknown {
  if (f instanceof Fun && f.arity === 1) {
    const l = f.lambda;
    if (l === null) return f.export!.fn(p, a);
    const e = f.env;
    if (e.length === 0) return (l.fn as Lam)(p, a);
    if (e.length === 1) return (l.fn as Lam)(p, a, e[0]);
    if (e.length === 2) return (l.fn as Lam)(p, a, e[0], e[1]);
  }
  return callFun(p, f, [a]);
}
function callFun2(p: Process, f: Term, a: Term, b: Term): unknown {
  if (f instanceof Fun && f.arity === 2) {
    const l = f.lambda;
    if (l === null) return f.export!.fn(p, a, b);
    const e = f.env;
    if (e.length === 0) return (l.fn as Lam)(p, a, b);
    if (e.length === 1) return (l.fn as Lam)(p, a, b, e[0]);
    if (e.length === 2) return (l.fn as Lam)(p, a, b, e[0], e[1]);
  }
  return callFun(p, f, [a, b]);
}
function callFun3(p: Process, f: Term, a: Term, b: Term, c: Term): unknown {
  if (f instanceof Fun && f.arity === 3) {
    const l = f.lambda;
    if (l === null) return f.export!.fn(p, a, b, c);
    const e = f.env;
    if (e.length === 0) return (l.fn as Lam)(p, a, b, c);
    if (e.length === 1) return (l.fn as Lam)(p, a, b, c, e[0]);
  }
  return callFun(p, f, [a, b, c]);
}

/** apply/3 and the apply instruction. */
function applyMFA(p: Process, m: Term, f: Term, args: Term[]): unknown {
  if (!(m instanceof Atom) || !(f instanceof Atom)) badarg();
  return exportEntry(m, f, args.length).fn(p, ...args);
}

// The apply instruction with 0 to 3 arguments (`Mod:f(A, B)` with Mod a variable): no argument array.
function apply0(p: Process, m: Term, f: Term): unknown {
  return m instanceof Atom && f instanceof Atom ? exportEntry(m, f, 0).fn(p) : applyMFA(p, m, f, []);
}
function apply1(p: Process, m: Term, f: Term, a: Term): unknown {
  return m instanceof Atom && f instanceof Atom ? exportEntry(m, f, 1).fn(p, a) : applyMFA(p, m, f, [a]);
}
function apply2(p: Process, m: Term, f: Term, a: Term, b: Term): unknown {
  return m instanceof Atom && f instanceof Atom ? exportEntry(m, f, 2).fn(p, a, b) : applyMFA(p, m, f, [a, b]);
}
function apply3(p: Process, m: Term, f: Term, a: Term, b: Term, c: Term): unknown {
  return m instanceof Atom && f instanceof Atom ? exportEntry(m, f, 3).fn(p, a, b, c) : applyMFA(p, m, f, [a, b, c]);
}

// `To ! Msg` that fails names erlang:send/2 as the first stack trace entry, as on erts.
const sendBif = guardedBif('erlang', 'send', (p: Process, to: Term, msg: Term) => {
  sendMessage(p, to, msg);
  return msg;
});
function send(p: Process, to: Term, msg: Term): Term {
  return sendBif(p, to, msg);
}

function waitTimeout(p: Process, fn: Function, label: number, ys: Term[], catches: boolean, ms: number): unknown {
  return sched.waitTimeout(p, fn, label, ys, catches, ms);
}

function badLabel(fn: string, label: number): Error {
  return new Error(`beamjs internal error: ${fn} jumped to label ${label}, which it does not have`);
}

/** Instruction kinds executed, when BEAMJS_OPCODE_COVERAGE names a file to append them to at exit. */
const coveredOps = new Set<string>();
function covered(name: string): void {
  coveredOps.add(name);
}
const coverageFile = process.env.BEAMJS_OPCODE_COVERAGE;
if (coverageFile !== undefined && coverageFile !== '') {
  process.on('exit', () => {
    fs.appendFileSync(coverageFile, [...coveredOps].join('\n') + '\n');
  });
}

export const generatedApi = {
  covered,
  SUSPEND,
  NIL,
  Cons,
  EFloat,
  Atom,
  Pid,
  Port,
  Ref,
  BitStr,
  EMap,
  Fun,
  CatchTag,
  ErlangException,
  MAX_SAFE,
  compare,
  eqExact,
  eqArith,
  add,
  sub,
  addNamed,
  subNamed,
  mul,
  fdiv,
  toFloat,
  checkFloat,
  isFunction2,
  callFun,
  callFun0,
  callFun1,
  callFun2,
  callFun3,
  applyMFA,
  apply0,
  apply1,
  apply2,
  apply3,
  send,
  waitTimeout,
  functionClause,
  errorTagged,
  errorAtom,
  reraise,
  rawRaise,
  buildStacktrace,
  catchValue,
  toErlangException,
  badLabel,
  mapPutAssoc,
  mapPutExact,
  mapHasKeys,
  mapGet,
  mapGetAt,
  mapGetMany,
  mapPutAssocAt,
  mapPutExactAt,
  mapSite,
  listToArray,
  ...bs,
};

export type GeneratedApi = typeof generatedApi;
