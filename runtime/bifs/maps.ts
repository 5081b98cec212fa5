// The maps module's BIFs: the twelve functions that OTP 25 implements in C (find/2, from_keys/2,
// from_list/1, get/2, is_key/2, keys/1, merge/2, put/3, remove/2, take/2, update/3, values/1);
// maps.erl only declares them. Everything else in maps (fold, map, filter, iterator/next,
// to_list...) is Erlang code that runs as it is, reaching erts_internal:map_next/3 (see
// erts_internal-maps.ts). Errors are erts's: {badmap, M} for a map argument that is not a map,
// {badkey, K} for a missing key, badarg for a list argument that is not what it should be.

import { atom, bool } from '../term/atom.js';
import { Cons, NIL, listFrom } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import { badarg, raiseTagged } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const M = 'maps';
const OK = atom('ok');
const ERROR = atom('error');

/** `m` itself when it is a map, else {badmap, m}. */
export function mapArg(m: Term): EMap {
  return m instanceof EMap ? m : raiseTagged('badmap', m);
}

defineGuarded(M, 'find', 2, (_p: Process, k: Term, m: Term) => {
  const v = mapArg(m).get(k);
  return v === undefined ? ERROR : [OK, v];
});

defineGuarded(M, 'get', 2, (_p: Process, k: Term, m: Term) => {
  const v = mapArg(m).get(k);
  return v === undefined ? raiseTagged('badkey', k) : v;
});

defineGuarded(M, 'is_key', 2, (_p: Process, k: Term, m: Term) => bool(mapArg(m).has(k)));

defineGuarded(M, 'keys', 1, (_p: Process, m: Term) => listFrom(mapArg(m).keys()));

defineGuarded(M, 'values', 1, (_p: Process, m: Term) => listFrom(mapArg(m).values()));

/** merge(M1, M2): M1 is checked first; where both have a key, M2's wins. */
defineGuarded(M, 'merge', 2, (_p: Process, a: Term, b: Term) => EMap.merge(mapArg(a), mapArg(b)));

defineGuarded(M, 'put', 3, (_p: Process, k: Term, v: Term, m: Term) => mapArg(m).put(k, v));

defineGuarded(M, 'remove', 2, (_p: Process, k: Term, m: Term) => mapArg(m).remove(k));

/** take(K, M): {V, M without K}, or error when K is absent. */
defineGuarded(M, 'take', 2, (_p: Process, k: Term, m: Term) => {
  const map = mapArg(m);
  const v = map.get(k);
  return v === undefined ? ERROR : [v, map.remove(k)];
});

defineGuarded(M, 'update', 3, (_p: Process, k: Term, v: Term, m: Term) => {
  const out = mapArg(m).update(k, v);
  return out === undefined ? raiseTagged('badkey', k) : out;
});

/** from_list([{K, V}]): a later pair wins; anything but a proper list of pairs is badarg. */
defineGuarded(M, 'from_list', 1, (_p: Process, l: Term) => {
  const ks: Term[] = [];
  const vs: Term[] = [];
  while (l instanceof Cons) {
    const pair = l.hd;
    if (!Array.isArray(pair) || pair.length !== 2) return badarg();
    ks.push(pair[0]);
    vs.push(pair[1]);
    l = l.tl;
  }
  return l === NIL ? EMap.fromKeysValues(ks, vs) : badarg();
});

/** from_keys(Keys, V): every key of the proper list Keys mapped to V. */
defineGuarded(M, 'from_keys', 2, (_p: Process, l: Term, v: Term) => {
  const ks: Term[] = [];
  while (l instanceof Cons) {
    ks.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) return badarg();
  return EMap.fromKeysValues(ks, new Array<Term>(ks.length).fill(v));
});
