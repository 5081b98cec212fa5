// List BIFs: erlang's length/1, hd/1, tl/1, '++'/2 and '--'/2 (also named append/2 and
// subtract/2), and the lists module's functions that OTP 25 implements in C (reverse/2, member/2,
// keyfind/3, keymember/3, keysearch/3; lists.erl only declares them). All walk lists with loops,
// never recursion, and raise badarg on an improper list where erts does. erts returns some of
// them in several slices to keep its schedulers fair; here each runs to completion.

import { Atom, atom, FALSE, TRUE } from '../../term/atom.js';
import { EFloat } from '../../term/float.js';
import { Cons, NIL, listFrom } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { compareExact, eqArith, eqExact } from '../../term/compare.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, smallInt } from './annotate.js';

const E = 'erlang';
const L = 'lists';
const VALUE = atom('value');

defineGuarded(E, 'length', 1, (_p: Process, l: Term) => {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tl;
  }
  return l === NIL ? n : badarg();
});

defineGuarded(E, 'hd', 1, (_p: Process, l: Term) => (l instanceof Cons ? l.hd : badarg()));
defineGuarded(E, 'tl', 1, (_p: Process, l: Term) => (l instanceof Cons ? l.tl : badarg()));

/** A ++ B: A must be a proper list; B is not looked at ([1] ++ 2 is [1|2]). */
export function append(a: Term, b: Term): Term {
  if (a === NIL) return b;
  const items: Term[] = [];
  while (a instanceof Cons) {
    items.push(a.hd);
    a = a.tl;
  }
  if (a !== NIL) return badarg();
  return listFrom(items, b);
}
defineGuarded(E, '++', 2, (_p: Process, a: Term, b: Term) => append(a, b));
defineGuarded(E, 'append', 2, (_p: Process, a: Term, b: Term) => append(a, b));

/** The elements of a proper list, or badarg. */
function properItems(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : badarg();
}

/**
 * A -- B: each element of B removes the first element of A that is exactly equal to it (=:=).
 * Both must be proper lists. Once every element of B is used up, the rest of A is shared.
 * A larger B is sorted (exact term order) and searched, as erts keeps it in a search tree.
 */
export function subtract(a: Term, b: Term): Term {
  const as = properItems(a);
  const bs = properItems(b);
  if (as.length === 0) return NIL;
  if (bs.length === 0) return a;
  const remove = bs.length <= 8 ? linearRemover(bs) : sortedRemover(bs);
  const kept: Term[] = [];
  let rest: Term = a;
  let left = bs.length;
  while (rest instanceof Cons && left > 0) {
    if (remove(rest.hd)) left--;
    else kept.push(rest.hd);
    rest = rest.tl;
  }
  return listFrom(kept, rest);
}
defineGuarded(E, '--', 2, (_p: Process, a: Term, b: Term) => subtract(a, b));
defineGuarded(E, 'subtract', 2, (_p: Process, a: Term, b: Term) => subtract(a, b));

/** A test that consumes one occurrence of its argument from `pool`, saying whether there was one. */
type Remover = (t: Term) => boolean;

function linearRemover(pool: Term[]): Remover {
  return (t) => {
    for (let i = 0; i < pool.length; i++) {
      if (eqExact(pool[i], t)) {
        pool.splice(i, 1);
        return true;
      }
    }
    return false;
  };
}

function sortedRemover(pool: Term[]): Remover {
  pool.sort(compareExact);
  const keys: Term[] = [];
  const counts: number[] = [];
  for (const t of pool) {
    if (keys.length > 0 && compareExact(keys[keys.length - 1], t) === 0) counts[counts.length - 1]++;
    else {
      keys.push(t);
      counts.push(1);
    }
  }
  return (t) => {
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareExact(keys[mid], t);
      if (c === 0) {
        if (counts[mid] === 0) return false;
        counts[mid]--;
        return true;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}

/** lists:reverse(L, Tail): L reversed onto Tail; L must be a proper list. */
export function reverseOnto(l: Term, tail: Term): Term {
  if (l === NIL) return tail;
  if (!(l instanceof Cons)) return badarg();
  // Check first: the result must not be built for an improper list.
  let c: Term = l;
  while (c instanceof Cons) c = c.tl;
  if (c !== NIL) return badarg();
  let out = tail;
  for (c = l; c instanceof Cons; c = c.tl) out = new Cons(c.hd, out);
  return out;
}
defineGuarded(L, 'reverse', 2, (_p: Process, l: Term, tail: Term) => reverseOnto(l, tail));

/** lists:member/2: exact equality; an improper list is badarg unless the element is found first. */
defineGuarded(L, 'member', 2, (_p: Process, x: Term, l: Term) => {
  if (l === NIL) return FALSE;
  if (!(l instanceof Cons)) return badarg();
  while (l instanceof Cons) {
    if (eqExact(l.hd, x)) return TRUE;
    l = l.tl;
  }
  return l === NIL ? FALSE : badarg();
});

const SMALL_LIMIT = 2n ** 59n;

/**
 * The shared search of keyfind/keymember/keysearch: the first tuple in `list` whose element N
 * equals `key`, or false. Equality is erts's: an integer key that erts holds as a small matches
 * the same integer, or a float equal to the key converted to a double; any other key matches by
 * arithmetic equality (==). An improper list is badarg unless a match comes first.
 */
function keyfind(key: Term, n: Term, list: Term): Term {
  const pos = smallInt(n);
  if (pos === undefined || pos < 1) return badarg();
  const i = pos - 1;
  let match: (e: Term) => boolean;
  if (typeof key === 'number' || (typeof key === 'bigint' && key < SMALL_LIMIT && key >= -SMALL_LIMIT)) {
    const d = Number(key);
    match = (e) => e === key || (e instanceof EFloat && e.value === d);
  } else if (key instanceof Atom) {
    match = (e) => e === key;
  } else {
    match = (e) => eqArith(key, e);
  }
  while (list instanceof Cons) {
    const t = list.hd;
    if (Array.isArray(t) && i < t.length && match(t[i])) return t;
    list = list.tl;
  }
  return list === NIL ? FALSE : badarg();
}

defineGuarded(L, 'keyfind', 3, (_p: Process, key: Term, n: Term, list: Term) => keyfind(key, n, list));
defineGuarded(L, 'keymember', 3, (_p: Process, key: Term, n: Term, list: Term) =>
  keyfind(key, n, list) === FALSE ? FALSE : TRUE,
);
defineGuarded(L, 'keysearch', 3, (_p: Process, key: Term, n: Term, list: Term) => {
  const t = keyfind(key, n, list);
  return t === FALSE ? FALSE : [VALUE, t];
});
