// The Erlang term, as JS values:
//   integer   number (a safe integer) or bigint (only beyond +-(2^53-1): one value, one representation)
//   float     EFloat          atom   Atom (interned)       list  Cons | NIL
//   tuple     Term[] (a JS array)                          binary / bitstring  BitStr
//   map       EMap            fun    Fun      pid Pid      port Port     reference Ref

import type { Atom } from './atom.js';
import type { EFloat } from './float.js';
import type { Cons, Nil } from './list.js';
import type { BitStr } from './bitstring.js';
import type { EMap } from './map.js';
import type { Fun } from './fun.js';
import type { Pid, Port, Ref } from './identifiers.js';

export type ETuple = Term[];

export type Term =
  | number
  | bigint
  | EFloat
  | Atom
  | Cons
  | Nil
  | ETuple
  | BitStr
  | EMap
  | Fun
  | Pid
  | Port
  | Ref;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// Constants, not literals in the test: `-9007199254740991n` in an expression is a negation evaluated at each call.
const MIN_SAFE_BIG = -9007199254740991n;
const MAX_SAFE_BIG = 9007199254740991n;
/** An integer in its one representation: a number when safe, else a bigint. */
export function normInt(b: bigint): number | bigint {
  return b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

export function isInteger(t: unknown): t is number | bigint {
  return typeof t === 'number' || typeof t === 'bigint';
}
