// The BIFs that raise on purpose: error/1,2,3, exit/1, throw/1, raise/3 and nif_error/1,2.
// Their exceptions belong to the caller (the stack trace starts at the function that called
// them), so they are registered unwrapped, except nif_error, whose trace erts starts with the
// BIF itself. raise/3 never fails: given a bad class or stack trace it returns the atom badarg.

import { atom, Atom, ERROR, EXIT, THROW } from '../../term/atom.js';
import { Fun } from '../../term/fun.js';
import { Cons, NIL, listFrom, listToArray } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { ErlangException, raiseError, raiseExit, raiseThrow } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineBif } from '../registry.js';
import { defineGuarded } from './annotate.js';
import { backtraceDepth } from '../../code/backtrace-depth.js';

const E = 'erlang';
const BADARG = atom('badarg');


defineBif(E, 'error', 1, (_p: Process, reason: Term) => raiseError(reason));

/**
 * error(Reason, Args): the first stack trace entry is the caller with Args in place of its
 * arity. Args that are not a proper list leave the arity there, as on erts.
 */
function errorWithArgs(reason: Term, args: Term, errorInfo: Term | null = null): never {
  const e = new ErlangException(ERROR, reason, listToArray(args) ?? null);
  e.errorInfo = errorInfo;
  throw e;
}
defineBif(E, 'error', 2, (_p: Process, reason: Term, args: Term) => errorWithArgs(reason, args));
// error/3's options: [{error_info, Map}] adds {error_info, Map} to the first entry's location.
const ERROR_INFO = atom('error_info');
defineBif(E, 'error', 3, (_p: Process, reason: Term, args: Term, options: Term) => {
  let info: Term | null = null;
  for (const o of listToArray(options) ?? []) if (Array.isArray(o) && o.length === 2 && o[0] === ERROR_INFO) info = o[1];
  return errorWithArgs(reason, args, info);
});

defineBif(E, 'exit', 1, (_p: Process, reason: Term) => raiseExit(reason));
defineBif(E, 'throw', 1, (_p: Process, reason: Term) => raiseThrow(reason));

// nif_error is error/1 (the arguments go nowhere) seen from the BIF, as erts reports it.
defineGuarded(E, 'nif_error', 1, (_p: Process, reason: Term) => raiseError(reason));
defineGuarded(E, 'nif_error', 2, (_p: Process, reason: Term, _args: Term) => raiseError(reason));

/**
 * The stack trace raise/3 installs, or undefined when `st` is not one erts accepts: a proper
 * list of {M, F, ArityOrArgs, Location}, {Fun, Args, Location}, {M, F, ArityOrArgs} or
 * {Fun, Args}, M and F atoms, Location a list. The term is kept as it is unless an entry has the
 * short forms or there are more than BACKTRACE_DEPTH entries; then the first BACKTRACE_DEPTH
 * entries are copied, the short forms getting an empty location.
 */
export function raiseStacktrace(st: Term): Term | undefined {
  const entries = listToArray(st);
  if (entries === undefined) return undefined;
  const BACKTRACE_DEPTH = Math.max(1, backtraceDepth());
  let copy = entries.length > BACKTRACE_DEPTH;
  for (const t of entries) {
    if (!Array.isArray(t)) return undefined;
    let location: Term = NIL;
    if (t.length === 2) {
      if (!(t[0] instanceof Fun)) return undefined;
      copy = true;
    } else if (t.length === 3) {
      if (t[0] instanceof Fun) location = t[2];
      else if (t[0] instanceof Atom && t[1] instanceof Atom) copy = true;
      else return undefined;
    } else if (t.length === 4) {
      if (!(t[0] instanceof Atom && t[1] instanceof Atom)) return undefined;
      location = t[3];
    } else {
      return undefined;
    }
    if (!(location instanceof Cons) && location !== NIL) return undefined;
  }
  if (!copy) return st;
  return listFrom(
    entries.slice(0, BACKTRACE_DEPTH).map((t) => {
      const e = t as Term[];
      if (e.length === 2) return [e[0], e[1], NIL];
      if (e.length === 3 && e[0] instanceof Atom) return [e[0], e[1], e[2], NIL];
      return e;
    }),
  );
}

defineBif(E, 'raise', 3, (_p: Process, cls: Term, reason: Term, st: Term) => {
  if (cls !== ERROR && cls !== EXIT && cls !== THROW) return BADARG;
  const trace = raiseStacktrace(st);
  if (trace === undefined) return BADARG;
  const e = new ErlangException(cls as Atom, reason);
  e.stacktrace = trace;
  throw e;
});
