// erlang:match_spec_test/3: runs a match specification once, as ets (type table) or tracing (type
// trace) would, and answers {ok, Result, Flags, Warnings} or {error, [{error, Message}]} with
// erts's messages (erl_db_util.c). The specification is checked here, in erts's order, for the
// errors erts reports in words; running it is the ETS engine's (runtime/ets/match-spec.ts).
// In the trace dialect the result is true when a clause matches (the body's value is not used);
// the trace action functions (message/1, return_trace/0, display/1...) need the tracer, which
// beamjs does not have: a specification that uses them raises error {notsup, ...}.

import { atom, Atom, TRUE, FALSE } from '../../term/atom.js';
import { Cons, NIL, charlist, listFrom, listToArray } from '../../term/list.js';
import { EMap } from '../../term/map.js';
import type { Term } from '../../term/term.js';
import { formatTermW } from '../../term/display.js';
import { badarg, raiseError, ErlangException } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { compileMatchSpec } from '../../ets/match-spec.js';
import { defineGuarded } from './annotate.js';

const OK = atom('ok');
const ERROR = atom('error');
const TABLE = atom('table');
const TRACE = atom('trace');
const NOTSUP = atom('notsup');
const WILD = atom('_');
const CONST = atom('const');

type Dialect = 'table' | 'trace';

/** The forms only the trace dialect has (erts's "special forms"). */
const TRACE_FORMS = new Set([
  'message/1', 'return_trace/0', 'exception_trace/0', 'display/1', 'process_dump/0', 'enable_trace/1',
  'enable_trace/2', 'disable_trace/1', 'disable_trace/2', 'trace/2', 'trace/3', 'caller/0', 'caller_line/0',
  'current_stacktrace/0', 'current_stacktrace/1', 'silent/1', 'set_seq_token/2', 'get_seq_token/0',
  'is_seq_trace/0', 'set_tcw/1', 'get_tcw/0',
]);
/** Trace forms erts reports as "cannot be called in this context" rather than "wrong dialect". */
const CONTEXT_FORMS = new Set(['set_tcw/1', 'get_tcw/0']);

/** The variable number of '$N' (erts reads up to 9 digits, as the ETS engine does), or -1. */
function varNumber(t: Term): number {
  return t instanceof Atom && /^\$(0|[1-9][0-9]{0,8})$/.test(t.name) ? Number(t.name.slice(1)) : -1;
}

/** The elements of a list, 'improper' or 'notlist'. */
function elements(t: Term): Term[] | 'improper' | 'notlist' {
  if (t !== NIL && !(t instanceof Cons)) return 'notlist';
  return listToArray(t) ?? 'improper';
}

/** Whether the ETS engine knows F/A as a guard function (compiling a call to it succeeds). */
const known = new Map<string, boolean>();
function engineKnows(name: string, arity: number): boolean {
  const key = `${name}/${arity}`;
  let k = known.get(key);
  if (k === undefined) {
    const call: Term[] = [atom(name), ...Array.from({ length: arity }, (): Term => [CONST, 0])];
    try {
      compileMatchSpec(listFrom([[WILD, NIL, listFrom([call])]]));
      k = true;
    } catch (e) {
      if (!(e instanceof ErlangException)) throw e;
      k = false;
    }
    known.set(key, k);
  }
  return k;
}

/** Variables a head binds. */
function bindings(head: Term, out: Set<number>): void {
  const n = varNumber(head);
  if (n >= 0) out.add(n);
  else if (Array.isArray(head)) for (const e of head) bindings(e, out);
  else if (head instanceof Cons) {
    bindings(head.hd, out);
    bindings(head.tl, out);
  } else if (head instanceof EMap) head.forEach((_k, v) => bindings(v, out));
}

/** Thrown by the checks: erts's message for the first error. */
class SpecError {
  constructor(readonly message: string) {}
}

/** Check one guard or body expression; the trace forms it uses go to `traceForms`. */
function checkExpr(t: Term, bound: Set<number>, dialect: Dialect, traceForms: string[]): void {
  const n = varNumber(t);
  if (n >= 0) {
    if (!bound.has(n)) throw new SpecError(`Variable $${n} is unbound.`);
    return;
  }
  if (Array.isArray(t)) {
    if (t.length === 1 && Array.isArray(t[0])) {
      for (const e of t[0]) checkExpr(e, bound, dialect, traceForms);
      return;
    }
    if (t.length === 2 && t[0] === CONST) return;
    // A call names its function by an atom that is not a variable.
    const f = t.length > 0 ? t[0] : undefined;
    if (!(f instanceof Atom) || varNumber(f) >= 0) {
      throw new SpecError(`${formatTermW(t)} is neither a function call, nor a tuple (tuples are written {{ ... }}).`);
    }
    const fa = `${f.name}/${t.length - 1}`;
    // erts prints the function's name as ~w does (quoted where needed).
    const shown = `${formatTermW(f)}/${t.length - 1}`;
    if (TRACE_FORMS.has(fa)) {
      if (dialect === 'table') {
        throw new SpecError(CONTEXT_FORMS.has(fa) ? `Function ${shown} cannot be called in this context.` : `Special form '${f.name}' used in wrong dialect.`);
      }
      traceForms.push(fa);
    } else if (!engineKnows(f.name, t.length - 1)) {
      throw new SpecError(`Function ${shown} does_not_exist.`);
    }
    for (let i = 1; i < t.length; i++) checkExpr(t[i], bound, dialect, traceForms);
    return;
  }
  if (t instanceof Cons) {
    checkExpr(t.hd, bound, dialect, traceForms);
    checkExpr(t.tl, bound, dialect, traceForms);
  } else if (t instanceof EMap) {
    t.forEach((k, v) => {
      checkExpr(k, bound, dialect, traceForms);
      checkExpr(v, bound, dialect, traceForms);
    });
  }
}

function checkExprList(t: Term, bound: Set<number>, dialect: Dialect, traceForms: string[], body: boolean): void {
  const es = elements(t);
  if (es === 'improper') throw new SpecError('Match expression is not a proper list.');
  if (es === 'notlist') throw new SpecError(body ? 'Body clause does not return anything.' : 'Match expression is not a list.');
  if (body && es.length === 0) throw new SpecError('Body clause does not return anything.');
  for (const e of es) checkExpr(e, bound, dialect, traceForms);
}

/** erts's checks of a whole specification; the trace forms it uses. */
function checkSpec(ms: Term, dialect: Dialect): string[] {
  const clauses = elements(ms);
  if (clauses === 'notlist' || (Array.isArray(clauses) && clauses.length === 0)) throw new SpecError('Match programs are not in a list.');
  if (clauses === 'improper') throw new SpecError('Match programs are not in a proper list.');
  const traceForms: string[] = [];
  for (const c of clauses) {
    if (!Array.isArray(c) || c.length !== 3) throw new SpecError('Match program part is not a tuple of arity 3.');
    const [head, guards, body] = c;
    if (dialect === 'trace' && !(head === WILD || head === NIL || head instanceof Cons || Array.isArray(head) || varNumber(head) >= 0)) {
      throw new SpecError('Match head is invalid in this context.');
    }
    const bound = new Set<number>();
    bindings(head, bound);
    checkExprList(guards, bound, dialect, traceForms, false);
    checkExprList(body, bound, dialect, traceForms, true);
  }
  return traceForms;
}

defineGuarded('erlang', 'match_spec_test', 3, (p: Process, subject: Term, ms: Term, type: Term) => {
  if (type !== TABLE && type !== TRACE) badarg();
  const dialect: Dialect = type === TABLE ? 'table' : 'trace';
  // A trace subject is the call's argument list.
  const args = dialect === 'trace' ? listToArray(subject) : undefined;
  if (dialect === 'trace' && args === undefined) badarg();
  let traceForms: string[];
  try {
    traceForms = checkSpec(ms, dialect);
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    return [ERROR, listFrom([[ERROR, charlist(e.message)]])];
  }
  if (traceForms.length > 0) raiseError([NOTSUP, [atom('match_spec_test'), TRACE, atom(traceForms[0])]]);
  const spec = compileMatchSpec(ms);
  if (dialect === 'table') {
    const r = spec.run(p, subject);
    return [OK, r === undefined ? FALSE : r, NIL, NIL];
  }
  // The trace dialect matches heads written as tuples against the arguments as a tuple; '$_' is
  // the argument list either way.
  let matched = false;
  for (const c of listToArray(ms)!) {
    const head = (c as Term[])[0];
    const one = compileMatchSpec(listFrom([[head, (c as Term[])[1], listFrom([TRUE])]]));
    const obj = Array.isArray(head) ? args! : subject;
    if (one.run(p, obj) !== undefined) {
      matched = true;
      break;
    }
  }
  return [OK, matched ? TRUE : FALSE, NIL, NIL];
});
