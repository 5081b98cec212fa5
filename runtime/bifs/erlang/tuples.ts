// The erlang module's tuple BIFs: element access and update, sizes, building tuples and
// converting them to and from lists. Tuples are JS arrays that are never mutated once made, so
// every update copies. erts caps a tuple at 2^24 - 1 elements; a bigger one is badarg.

import { BitStr } from '../../term/bitstring.js';
import { Cons, NIL, listFrom } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, smallInt } from './annotate.js';

const E = 'erlang';

/** ERTS_MAX_TUPLE_SIZE. */
export const MAX_TUPLE_SIZE = (1 << 24) - 1;

/** A 1-based position within `t`, as a 0-based index; badarg unless 1 =< Pos =< size. */
function position(pos: Term, t: Term[]): number {
  if (typeof pos !== 'number' || pos < 1 || pos > t.length) return badarg();
  return pos - 1;
}

function tuple(t: Term): Term[] {
  return Array.isArray(t) ? t : badarg();
}

defineGuarded(E, 'element', 2, (_p: Process, pos: Term, t: Term) => {
  const tup = tuple(t);
  return tup[position(pos, tup)];
});

defineGuarded(E, 'setelement', 3, (_p: Process, pos: Term, t: Term, v: Term) => {
  const tup = tuple(t);
  const i = position(pos, tup);
  const out = tup.slice();
  out[i] = v;
  return out;
});

defineGuarded(E, 'tuple_size', 1, (_p: Process, t: Term) => tuple(t).length);

/** size/1: a tuple's arity or a bitstring's whole bytes (a trailing partial byte does not count). */
defineGuarded(E, 'size', 1, (_p: Process, t: Term) => {
  if (Array.isArray(t)) return t.length;
  if (t instanceof BitStr) return t.size >>> 3;
  return badarg();
});

function arity(n: Term): number {
  const v = smallInt(n);
  return v === undefined || v < 0 || v > MAX_TUPLE_SIZE ? badarg() : v;
}

defineGuarded(E, 'make_tuple', 2, (_p: Process, n: Term, v: Term) => new Array<Term>(arity(n)).fill(v));

/** make_tuple(N, Default, [{Pos, V}]): later entries for one position win. */
defineGuarded(E, 'make_tuple', 3, (_p: Process, n: Term, v: Term, init: Term) => {
  const out = new Array<Term>(arity(n)).fill(v);
  let l = init;
  while (l instanceof Cons) {
    const e = l.hd;
    if (!Array.isArray(e) || e.length !== 2) return badarg();
    const pos = e[0];
    if (typeof pos !== 'number' || pos < 1 || pos > out.length) return badarg();
    out[pos - 1] = e[1];
    l = l.tl;
  }
  return l === NIL ? out : badarg();
});

defineGuarded(E, 'append_element', 2, (_p: Process, t: Term, v: Term) => {
  const tup = tuple(t);
  if (tup.length + 1 > MAX_TUPLE_SIZE) return badarg();
  const out = tup.slice();
  out.push(v);
  return out;
});

defineGuarded(E, 'delete_element', 2, (_p: Process, pos: Term, t: Term) => {
  const tup = tuple(t);
  const i = position(pos, tup);
  const out = tup.slice();
  out.splice(i, 1);
  return out;
});

/** insert_element(Pos, T, V): 1 =< Pos =< size + 1. */
defineGuarded(E, 'insert_element', 3, (_p: Process, pos: Term, t: Term, v: Term) => {
  const tup = tuple(t);
  if (typeof pos !== 'number' || pos < 1 || pos > tup.length + 1) return badarg();
  const out = tup.slice(0, pos - 1);
  out.push(v);
  for (let i = pos - 1; i < tup.length; i++) out.push(tup[i]);
  return out;
});

defineGuarded(E, 'tuple_to_list', 1, (_p: Process, t: Term) => listFrom(tuple(t)));

defineGuarded(E, 'list_to_tuple', 1, (_p: Process, l: Term) => {
  const out: Term[] = [];
  while (l instanceof Cons) {
    if (out.length === MAX_TUPLE_SIZE) return badarg();
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : badarg();
});
