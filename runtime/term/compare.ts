// PLACEHOLDER being replaced: standard term order and the two equalities.
import type { Term } from './term.js';

/** Standard term order: negative, 0 or positive (number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring). */
export function compare(a: Term, b: Term): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  throw new Error('compare: not yet implemented');
}

/** `=:=`: exact equality (1 =:= 1.0 is false). */
export function eqExact(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  throw new Error('eqExact: not yet implemented');
}

/** `==`: arithmetic equality (1 == 1.0 is true). */
export function eqArith(a: Term, b: Term): boolean {
  return compare(a, b) === 0;
}
