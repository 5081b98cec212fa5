// Erlang exceptions as JS values. Generated code and BIFs throw ErlangException;
// `try`/`catch` in generated code catches it and hands class, reason and the raw
// stack trace to Erlang. It deliberately does not extend Error: building a JS stack
// string on every Erlang throw would make throw-based control flow slow.

import { atom, ERROR, EXIT, THROW, type Atom } from './term/atom.js';
import type { Term } from './term/term.js';

export class ErlangException {
  /** error, exit or throw. */
  readonly cls: Atom;
  readonly reason: Term;
  /** The Erlang stack trace term, once built (lazily, from `frames`). */
  stacktrace: Term | null;
  /** Raw call sites captured at the throw, turned into a stack trace on demand. */
  frames: unknown;
  /** Arguments of the failing BIF or function, for the first stack trace entry. */
  args: Term[] | null;
  /** Module and function the error is about (function_clause, undef, BIF errors), for the first stack trace entry. */
  mfa: [Atom, Atom] | null;
  /** Whether `mfa` is a BIF that raised (its entry gets erts's error_info). */
  bif: boolean;
  /** error/3's {error_info, Map} (or a bit-syntax failure's): added to the raising function's location. */
  errorInfo: Term | null;
  /** For a BIF's error: the `cause` erts puts in its error_info map (e.g. `id` for a missing ETS table). */
  cause: Term | null;
  constructor(cls: Atom, reason: Term, args: Term[] | null = null) {
    this.cls = cls;
    this.reason = reason;
    this.stacktrace = null;
    this.frames = null;
    this.args = args;
    this.mfa = null;
    this.bif = false;
    this.errorInfo = null;
    this.cause = null;
    if (onCreate !== null) onCreate(this);
  }
}

/** Set by the stack trace module: records where each exception was made. */
let onCreate: ((e: ErlangException) => void) | null = null;
export function setExceptionCreateHook(f: (e: ErlangException) => void): void {
  onCreate = f;
}

/**
 * `raw` raised again with another class or reason (raise/3, raw_raise): it keeps the stack trace
 * of `raw` and captures none of its own. Capturing one scans the saved frames, which a throw
 * re-raised at every level of a deep recursion would do once per level.
 */
export function reraisedFrom(raw: ErlangException, cls: Atom, reason: Term): ErlangException {
  const hook = onCreate;
  onCreate = null;
  let e: ErlangException;
  try {
    e = new ErlangException(cls, reason);
  } finally {
    onCreate = hook;
  }
  e.frames = raw.frames;
  e.stacktrace = raw.stacktrace;
  e.args = raw.args;
  e.mfa = raw.mfa;
  // What the trace's first entry is built from when it has not been built yet (a BIF's error_info).
  e.bif = raw.bif;
  e.errorInfo = raw.errorInfo;
  e.cause = raw.cause;
  return e;
}

export function raiseError(reason: Term, args: Term[] | null = null): never {
  throw new ErlangException(ERROR, reason, args);
}
export function raiseExit(reason: Term): never {
  throw new ErlangException(EXIT, reason);
}
export function raiseThrow(reason: Term): never {
  throw new ErlangException(THROW, reason);
}

const BADARG = atom('badarg');
const BADARITH = atom('badarith');
export function badarg(): never {
  throw new ErlangException(ERROR, BADARG);
}
export function badarith(): never {
  throw new ErlangException(ERROR, BADARITH);
}
/** badarg whose error_info carries a cause, as some BIFs give (ets: `id`, `access`...). */
export function badargWithCause(cause: Term): never {
  const e = new ErlangException(ERROR, BADARG);
  e.cause = cause;
  throw e;
}

/** {Tag, Value} errors such as {badmatch, V}, {badkey, K}, {badmap, M}. */
export function raiseTagged(tag: string, value: Term): never {
  throw new ErlangException(ERROR, [atom(tag), value]);
}
