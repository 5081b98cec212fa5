// The erlang module's type tests as BIFs (is_atom/1 ... is_record/3): what `apply` and
// `fun erlang:is_atom/1` reach; compiled guards use the test instructions instead. Only
// is_function/2 and is_record/2,3 can fail, on a bad arity, size or record tag.

import { Atom, TRUE, FALSE, bool } from '../../term/atom.js';
import { BitStr } from '../../term/bitstring.js';
import { EFloat } from '../../term/float.js';
import { Fun } from '../../term/fun.js';
import { Pid, Port, Ref } from '../../term/identifiers.js';
import { Cons, NIL } from '../../term/list.js';
import { EMap } from '../../term/map.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, smallInt } from './annotate.js';

const E = 'erlang';

function test(name: string, pred: (t: Term) => boolean): void {
  defineGuarded(E, name, 1, (_p: Process, t: Term) => bool(pred(t)));
}

test('is_atom', (t) => t instanceof Atom);
test('is_binary', (t) => t instanceof BitStr && (t.size & 7) === 0);
test('is_bitstring', (t) => t instanceof BitStr);
test('is_boolean', (t) => t === TRUE || t === FALSE);
test('is_float', (t) => t instanceof EFloat);
test('is_function', (t) => t instanceof Fun);
test('is_integer', (t) => typeof t === 'number' || typeof t === 'bigint');
test('is_list', (t) => t instanceof Cons || t === NIL);
test('is_map', (t) => t instanceof EMap);
test('is_number', (t) => typeof t === 'number' || typeof t === 'bigint' || t instanceof EFloat);
test('is_pid', (t) => t instanceof Pid);
test('is_port', (t) => t instanceof Port);
test('is_reference', (t) => t instanceof Ref);
test('is_tuple', (t) => Array.isArray(t));

/** is_function(F, Arity): a negative or non-integer arity is badarg; a bignum one is just false. */
defineGuarded(E, 'is_function', 2, (_p: Process, f: Term, arity: Term) => {
  if (typeof arity === 'number') {
    if (arity < 0) return badarg();
    return bool(f instanceof Fun && f.arity === arity);
  }
  if (typeof arity === 'bigint') return arity < 0n ? badarg() : FALSE;
  return badarg();
});

/** is_record(T, Tag): a tuple whose first element is the atom Tag (Tag must be an atom). */
defineGuarded(E, 'is_record', 2, (_p: Process, t: Term, tag: Term) => {
  if (!(tag instanceof Atom)) return badarg();
  return bool(Array.isArray(t) && t.length > 0 && t[0] === tag);
});

/** is_record(T, Tag, Size): also of Size elements; Size must be an erts small integer. */
defineGuarded(E, 'is_record', 3, (_p: Process, t: Term, tag: Term, size: Term) => {
  const n = smallInt(size);
  if (!(tag instanceof Atom) || n === undefined) return badarg();
  return bool(Array.isArray(t) && t.length === n && n > 0 && t[0] === tag);
});
