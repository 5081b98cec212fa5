// What the erlang BIF files share: registering a BIF so that its errors name it, and reading
// arguments as erts does. When a BIF raises (badarg, badarith, system_limit...), erts's stack
// trace starts with the BIF itself, `{erlang, Name, Args, [{error_info, ...}]}`; guardedBif()
// gives an exception raised inside a BIF that first entry. BIFs whose exceptions belong to their
// caller (error/1,2,3, exit/1, throw/1, raise/3) are registered with defineBif directly.

import { atom, type Atom } from '../../term/atom.js';
import type { Term } from '../../term/term.js';
import { ErlangException } from '../../errors.js';
import { defineBif, type BifFn } from '../registry.js';

function annotate(e: unknown, m: Atom, f: Atom, args: Term[]): void {
  if (e instanceof ErlangException && e.mfa === null && e.stacktrace === null) {
    e.mfa = [m, f];
    e.args = args;
    e.bif = true;
  }
}

/**
 * `fn` wrapped so that an ErlangException it raises, not yet attributed to a function, is
 * attributed to module:name with the call's arguments. One wrapper per arity keeps the call
 * monomorphic (no rest arguments on the hot path).
 */
export function guardedBif(module: string, name: string, fn: BifFn): BifFn {
  const m = atom(module);
  const f = atom(name);
  switch (fn.length) {
    case 1:
      return (p) => {
        try {
          return fn(p);
        } catch (e) {
          annotate(e, m, f, []);
          throw e;
        }
      };
    case 2:
      return (p, a) => {
        try {
          return fn(p, a);
        } catch (e) {
          annotate(e, m, f, [a]);
          throw e;
        }
      };
    case 3:
      return (p, a, b) => {
        try {
          return fn(p, a, b);
        } catch (e) {
          annotate(e, m, f, [a, b]);
          throw e;
        }
      };
    case 4:
      return (p, a, b, c) => {
        try {
          return fn(p, a, b, c);
        } catch (e) {
          annotate(e, m, f, [a, b, c]);
          throw e;
        }
      };
    default:
      return (p, ...args) => {
        try {
          return fn(p, ...args);
        } catch (e) {
          annotate(e, m, f, args);
          throw e;
        }
      };
  }
}

/** defineBif through guardedBif. `fn` declares the process parameter and one per argument. */
export function defineGuarded(module: string, name: string, arity: number, fn: BifFn): void {
  if (fn.length !== arity + 1) throw new Error(`BIF ${module}:${name}/${arity} declares ${fn.length - 1} arguments`);
  defineBif(module, name, arity, guardedBif(module, name, fn));
}

// erts's small integers are 60-bit on 64-bit machines; a BIF that wants a "small" accepts a JS
// bigint in that range too (beamjs keeps integers beyond 2^53 as bigints).
const SMALL_MIN = -(2n ** 59n);
const SMALL_MAX = 2n ** 59n - 1n;

/** The value of an integer erts holds as a small (approximate beyond 2^53), or undefined. */
export function smallInt(t: Term): number | undefined {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint' && t >= SMALL_MIN && t <= SMALL_MAX) return Number(t);
  return undefined;
}

/** A C `int` made from an erts small, as erts truncates one (the low 32 bits, signed). */
export function smallToCInt(t: Term): number | undefined {
  if (typeof t === 'number') return t | 0; // ToInt32 wraps modulo 2^32, as the C cast does
  if (typeof t === 'bigint' && t >= SMALL_MIN && t <= SMALL_MAX) return Number(BigInt.asIntN(32, t));
  return undefined;
}

const BADARG = atom('badarg');

/**
 * `check()`, with erts's error_info cause given to a badarg it raises without one: erts names
 * which argument was wrong this way (`badopt` for an options list, `time` for a timer's time...).
 */
export function withCause<T>(cause: Term, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof ErlangException && e.reason === BADARG && e.cause === null) e.cause = cause;
    throw e;
  }
}
