// Maps, laid out as erts lays them out so that every order a program can see matches erts:
//  - up to 32 keys (erts's flatmap): keys sorted in map-key order (compare.ts compareExact: integers
//    before floats) with their values in parallel arrays; iteration and maps:to_list both follow
//    that order;
//  - more than 32 keys (erts's hashmap): the hash array mapped trie of map-hamt.ts; iteration
//    (maps:fold, maps:next, printing) walks it in slot order and maps:to_list/keys/values in the
//    reverse of that.
// Which of the two a map is depends only on its size, as in OTP 25 (removal below 33 keys turns a
// hashmap back into a flatmap). Maps are immutable; an update copies at most 32 entries (small) or
// one path of the trie (large), sharing the rest.

import { Atom, atom } from './atom.js';
import { badarg } from '../errors.js';
import { H_MAP_SIZE, mapKeyHash, mixWords, registerMapHashing } from './internal-hash.js';
import { Cons, NIL } from './list.js';
import {
  HNode, change, hamtBuild, hamtCollectReverse, hamtForEach, hamtGet, hamtInsert, hamtNext, hamtRemove,
  hamtReplace,
} from './map-hamt.js';
import { compareExact as compareKeys } from './compare.js';
import { normInt, type Term } from './term.js';

/** erts's MAP_SMALL_MAP_LIMIT: the most keys a flatmap holds. */
export const SMALL_MAP_LIMIT = 32;

/**
 * The small map of `kvs` (flat: k0, v0, ...) when its keys are already in map-key order and
 * distinct, as the compiler orders the keys of a map literal; else undefined.
 */
function fromSortedPairs(kvs: readonly Term[]): EMap | undefined {
  const n = kvs.length >>> 1;
  if (n > SMALL_MAP_LIMIT) return undefined;
  const ks = new Array<Term>(n);
  const vs = new Array<Term>(n);
  for (let i = 0; i < n; i++) {
    ks[i] = kvs[2 * i];
    vs[i] = kvs[2 * i + 1];
    if (i > 0 && compareKeys(ks[i - 1], ks[i]) >= 0) return undefined;
  }
  return EMap.fromSortedUnique(ks, vs);
}

/** Binary search of a small map's sorted keys: the key's position, or -(insertion point + 1). */
function searchKeys(ks: readonly Term[], k: Term): number {
  let lo = 0;
  let hi = ks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(ks[mid], k);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

/** A map's keys and values in map-key order, for comparing maps (see sortedEntriesForCompare). */
export interface SortedEntries {
  readonly keys: readonly Term[];
  readonly values: readonly Term[];
}

export class EMap {
  /** Number of keys. */
  readonly size: number;
  /** Small map: its keys in map-key order (may be shared with other maps: never mutate). Else null. */
  readonly ks: Term[] | null;
  /** Small map: the values, parallel to `ks` (never mutate). Else null. */
  readonly vs: Term[] | null;
  /** Large map: the trie's root. Else null. */
  readonly root: HNode | null;
  /** Large map: keys and values in map-key order, computed on first comparison. */
  private sorted: SortedEntries | null;

  private constructor(size: number, ks: Term[] | null, vs: Term[] | null, root: HNode | null) {
    this.size = size;
    this.ks = ks;
    this.vs = vs;
    this.root = root;
    this.sorted = null;
  }

  static readonly EMPTY: EMap = new EMap(0, [], [], null);

  /**
   * A large map over an existing trie node of `size` keys: erts_internal:map_hashmap_children/1's
   * view of an inner node, which erts hands out as a map too (see bifs/erts_internal-maps.ts).
   */
  static ofTrieNode(node: HNode, size: number): EMap {
    return new EMap(size, null, null, node);
  }

  /** A map of the pairs; a later pair wins over an earlier one with an equal key (maps:from_list). */
  static fromEntries(pairs: ReadonlyArray<readonly [Term, Term]>): EMap {
    const ks: Term[] = new Array(pairs.length);
    const vs: Term[] = new Array(pairs.length);
    for (let i = 0; i < pairs.length; i++) {
      ks[i] = pairs[i][0];
      vs[i] = pairs[i][1];
    }
    return EMap.fromKeysValues(ks, vs);
  }

  /** A map of keys and values in parallel arrays; later duplicates win (key and value). */
  static fromKeysValues(ks: readonly Term[], vs: readonly Term[]): EMap {
    const n = ks.length;
    if (n === 0) return EMap.EMPTY;
    if (n > SMALL_MAP_LIMIT) {
      const { root, size } = hamtBuild(ks, vs);
      return size > SMALL_MAP_LIMIT ? new EMap(size, null, null, root) : smallFromTrie(root, size);
    }
    // Sort positions by key, ties by position, then keep the last of each run of equal keys.
    const order: number[] = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => compareKeys(ks[a], ks[b]) || a - b);
    const sk: Term[] = [];
    const sv: Term[] = [];
    for (let j = 0; j < n; j++) {
      const i = order[j];
      if (j + 1 < n && compareKeys(ks[i], ks[order[j + 1]]) === 0) continue;
      sk.push(ks[i]);
      sv.push(vs[i]);
    }
    return new EMap(sk.length, sk, sv, null);
  }

  /**
   * A map of keys already sorted in map-key order and distinct (a literal map, a decoded flatmap);
   * the arrays are taken over, not copied.
   */
  static fromSortedUnique(ks: Term[], vs: Term[]): EMap {
    if (ks.length === 0) return EMap.EMPTY;
    if (ks.length <= SMALL_MAP_LIMIT) return new EMap(ks.length, ks, vs, null);
    const { root, size } = hamtBuild(ks, vs);
    return new EMap(size, null, null, root);
  }

  get isSmall(): boolean {
    return this.root === null;
  }

  /** Position of k in a small map, or -1. Atoms and integers are equal only to themselves. */
  private indexOf(k: Term): number {
    const ks = this.ks!;
    const n = ks.length;
    for (let i = 0; i < n; i++) if (ks[i] === k) return i;
    if (typeof k === 'number' || k instanceof Atom) return -1;
    const at = this.searchSmall(k);
    return at >= 0 ? at : -1;
  }

  /** Binary search of a small map: the key's position, or -(insertion point + 1). */
  private searchSmall(k: Term): number {
    return searchKeys(this.ks!, k);
  }

  get(k: Term): Term | undefined {
    if (this.root !== null) return hamtGet(this.root, k);
    const i = this.indexOf(k);
    return i < 0 ? undefined : this.vs![i];
  }

  has(k: Term): boolean {
    return this.get(k) !== undefined;
  }

  /** The map with k => v. In a small map an equal key already there is kept (as erts). */
  put(k: Term, v: Term): EMap {
    if (this.root !== null) {
      change.added = false;
      const root = hamtInsert(this.root, k, v, mapKeyHash(k), 0, null);
      if (root === this.root) return this;
      return new EMap(change.added ? this.size + 1 : this.size, null, null, root);
    }
    const ks = this.ks!;
    const vs = this.vs!;
    // Replacing a value (the common case) finds the key by identity first, without comparing.
    let at = -1;
    for (let i = 0; i < ks.length; i++) {
      if (ks[i] === k) {
        at = i;
        break;
      }
    }
    if (at < 0) at = this.searchSmall(k);
    if (at >= 0) {
      if (vs[at] === v) return this;
      const nv = vs.slice();
      nv[at] = v;
      return new EMap(this.size, ks, nv, null);
    }
    const ins = -at - 1;
    if (ks.length < SMALL_MAP_LIMIT) {
      const nk = new Array<Term>(ks.length + 1);
      const nv = new Array<Term>(ks.length + 1);
      for (let i = 0; i < ins; i++) {
        nk[i] = ks[i];
        nv[i] = vs[i];
      }
      nk[ins] = k;
      nv[ins] = v;
      for (let i = ins; i < ks.length; i++) {
        nk[i + 1] = ks[i];
        nv[i + 1] = vs[i];
      }
      return new EMap(ks.length + 1, nk, nv, null);
    }
    const { root, size } = hamtBuild([...ks, k], [...vs, v]);
    return new EMap(size, null, null, root);
  }

  /** The map with k's value replaced, or undefined when k is absent (`:=`, maps:update/3). */
  update(k: Term, v: Term): EMap | undefined {
    if (this.root !== null) {
      const root = hamtReplace(this.root, k, v, mapKeyHash(k), 0, null);
      if (root === null) return undefined;
      return root === this.root ? this : new EMap(this.size, null, null, root);
    }
    const i = this.indexOf(k);
    if (i < 0) return undefined;
    if (this.vs![i] === v) return this;
    const nv = this.vs!.slice();
    nv[i] = v;
    return new EMap(this.size, this.ks, nv, null);
  }

  /** The map without k (the same map when k is absent). */
  remove(k: Term): EMap {
    if (this.root !== null) {
      change.removed = false;
      const root = hamtRemove(this.root, k);
      if (!change.removed) return this;
      const size = this.size - 1;
      return size > SMALL_MAP_LIMIT ? new EMap(size, null, null, root) : smallFromTrie(root, size);
    }
    const i = this.indexOf(k);
    if (i < 0) return this;
    if (this.size === 1) return EMap.EMPTY;
    const nk = this.ks!.slice();
    const nv = this.vs!.slice();
    nk.splice(i, 1);
    nv.splice(i, 1);
    return new EMap(this.size - 1, nk, nv, null);
  }

  /**
   * put_map_assoc: the map with each key => value of `kvs` (flat: k0, v0, k1, v1, ...), in order.
   * Trie nodes made during the batch are updated in place rather than copied per key.
   */
  putMany(kvs: readonly Term[]): EMap {
    let m: EMap = this;
    let i = 0;
    if (m.root === null && kvs.length > 2) {
      // A literal such as #{a => A, b => B, ...} puts several keys at once: one copy, not one per key.
      const r = m.putManySmall(kvs);
      m = r.map;
      i = r.done;
    }
    for (; i < kvs.length && m.root === null; i += 2) m = m.put(kvs[i], kvs[i + 1]);
    if (i >= kvs.length) return m;
    const owner = {};
    let root = m.root!;
    let size = m.size;
    for (; i < kvs.length; i += 2) {
      change.added = false;
      root = hamtInsert(root, kvs[i], kvs[i + 1], mapKeyHash(kvs[i]), 0, owner);
      if (change.added) size++;
    }
    return root === m.root ? m : new EMap(size, null, null, root);
  }

  /**
   * The pairs of `kvs` put into this small map, as successive put() calls would, into one fresh
   * copy; it stops before a pair that would take the map past SMALL_MAP_LIMIT (put() makes the
   * trie from there). `done` is the index in kvs of the first pair not put.
   */
  private putManySmall(kvs: readonly Term[]): { map: EMap; done: number } {
    if (this.size === 0) {
      const built = fromSortedPairs(kvs);
      if (built !== undefined) return { map: built, done: kvs.length };
    }
    const ks = this.ks!.slice();
    const vs = this.vs!.slice();
    let changed = false;
    let i = 0;
    for (; i < kvs.length; i += 2) {
      const k = kvs[i];
      const v = kvs[i + 1];
      let at = ks.indexOf(k);
      if (at < 0) at = searchKeys(ks, k);
      if (at >= 0) {
        // An equal key already there is kept, as put() keeps it.
        if (vs[at] !== v) {
          vs[at] = v;
          changed = true;
        }
        continue;
      }
      if (ks.length === SMALL_MAP_LIMIT) break;
      const ins = -at - 1;
      for (let j = ks.length; j > ins; j--) {
        ks[j] = ks[j - 1];
        vs[j] = vs[j - 1];
      }
      ks[ins] = k;
      vs[ins] = v;
      changed = true;
    }
    return { map: changed ? new EMap(ks.length, ks, vs, null) : this, done: i };
  }

  /**
   * put_map_exact: the map with the value of each key of `kvs` (flat, as putMany) replaced, or
   * undefined when one of the keys is absent (firstMissingKey names it, for {badkey, K}).
   */
  updateMany(kvs: readonly Term[]): EMap | undefined {
    if (this.root === null) {
      // One copy of the values for the whole batch.
      const ks = this.ks!;
      let vs: Term[] | null = null;
      for (let i = 0; i < kvs.length; i += 2) {
        const at = this.indexOf(kvs[i]);
        if (at < 0) return undefined;
        if ((vs ?? this.vs!)[at] === kvs[i + 1]) continue;
        if (vs === null) vs = this.vs!.slice();
        vs[at] = kvs[i + 1];
      }
      return vs === null ? this : new EMap(this.size, ks, vs, null);
    }
    const owner = {};
    let root = this.root;
    for (let i = 0; i < kvs.length; i += 2) {
      const r = hamtReplace(root, kvs[i], kvs[i + 1], mapKeyHash(kvs[i]), 0, owner);
      if (r === null) return undefined;
      root = r;
    }
    return root === this.root ? this : new EMap(this.size, null, null, root);
  }

  /** The first key of `kvs` (flat, as putMany) that this map lacks, or undefined. */
  firstMissingKey(kvs: readonly Term[]): Term | undefined {
    for (let i = 0; i < kvs.length; i += 2) if (!this.has(kvs[i])) return kvs[i];
    return undefined;
  }

  /** maps:merge(a, b): every key of both; where both have a key, b's key and value win. */
  static merge(a: EMap, b: EMap): EMap {
    if (a.size === 0) return b;
    if (b.size === 0) return a;
    if (a.root === null && b.root === null) return mergeSmall(a, b);
    const owner = {};
    if (b.size >= a.size) {
      // b is the larger, so a trie: start from it and add the keys of a that b lacks.
      let root = b.root!;
      let size = b.size;
      a.forEach((k, v) => {
        if (hamtGet(root, k) !== undefined) return;
        change.added = false;
        root = hamtInsert(root, k, v, mapKeyHash(k), 0, owner);
        if (change.added) size++;
      });
      return root === b.root ? b : new EMap(size, null, null, root);
    }
    let root = a.root!;
    let size = a.size;
    b.forEach((k, v) => {
      change.added = false;
      root = hamtInsert(root, k, v, mapKeyHash(k), 0, owner);
      if (change.added) size++;
    });
    return root === a.root ? a : new EMap(size, null, null, root);
  }

  /** Keys in maps:keys/1 and maps:to_list/1 order. */
  keys(): Term[] {
    if (this.root === null) return this.ks!.slice();
    const ks: Term[] = [];
    const vs: Term[] = [];
    hamtCollectReverse(this.root, ks, vs);
    return ks;
  }

  /** Values in maps:values/1 order (that of maps:to_list/1). */
  values(): Term[] {
    if (this.root === null) return this.vs!.slice();
    const ks: Term[] = [];
    const vs: Term[] = [];
    hamtCollectReverse(this.root, ks, vs);
    return vs;
  }

  /** [key, value] pairs in maps:to_list/1 order. */
  entries(): Array<[Term, Term]> {
    const out: Array<[Term, Term]> = [];
    if (this.root === null) {
      const ks = this.ks!;
      const vs = this.vs!;
      for (let i = 0; i < ks.length; i++) out.push([ks[i], vs[i]]);
      return out;
    }
    const ks: Term[] = [];
    const vs: Term[] = [];
    hamtCollectReverse(this.root, ks, vs);
    for (let i = 0; i < ks.length; i++) out.push([ks[i], vs[i]]);
    return out;
  }

  /**
   * Calls f(key, value) in iteration order: that of maps:fold/3, maps:next/1 and of printing
   * (io_lib ~p/~w). For a large map this is the reverse of maps:to_list/1.
   */
  forEach(f: (k: Term, v: Term) => void): void {
    if (this.root !== null) {
      hamtForEach(this.root, f);
      return;
    }
    const ks = this.ks!;
    const vs = this.vs!;
    for (let i = 0; i < ks.length; i++) f(ks[i], vs[i]);
  }

  /** [key, value] pairs in iteration order (see forEach). */
  iterationEntries(): Array<[Term, Term]> {
    const out: Array<[Term, Term]> = [];
    this.forEach((k, v) => out.push([k, v]));
    return out;
  }

  /**
   * Keys and values in map-key order (integers before floats, exact term order), which is how erts
   * compares two maps: by size, then the keys in this order pairwise (exactly), then the values
   * in the same order (with == or =:= as the comparison asks). Not to be mutated.
   */
  sortedEntriesForCompare(): SortedEntries {
    if (this.root === null) return { keys: this.ks!, values: this.vs! };
    if (this.sorted === null) {
      const pairs = this.entries();
      pairs.sort((a, b) => compareKeys(a[0], b[0]));
      this.sorted = { keys: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) };
    }
    return this.sorted;
  }
}

/** A small map of a trie's entries (after shrinking to 32 keys, or duplicates in a build). */
function smallFromTrie(root: HNode, size: number): EMap {
  const pairs: Array<[Term, Term]> = [];
  hamtForEach(root, (k, v) => pairs.push([k, v]));
  pairs.sort((a, b) => compareKeys(a[0], b[0]));
  const ks = pairs.map((p) => p[0]);
  const vs = pairs.map((p) => p[1]);
  return size === 0 ? EMap.EMPTY : EMap.fromSortedUnique(ks, vs);
}

/** Merge of two small maps: one pass over both sorted key arrays. */
function mergeSmall(a: EMap, b: EMap): EMap {
  const ak = a.ks!;
  const av = a.vs!;
  const bk = b.ks!;
  const bv = b.vs!;
  const ks: Term[] = [];
  const vs: Term[] = [];
  let i = 0;
  let j = 0;
  while (i < ak.length && j < bk.length) {
    const c = compareKeys(ak[i], bk[j]);
    if (c < 0) {
      ks.push(ak[i]);
      vs.push(av[i++]);
    } else {
      if (c === 0) i++;
      ks.push(bk[j]);
      vs.push(bv[j++]);
    }
  }
  for (; i < ak.length; i++) {
    ks.push(ak[i]);
    vs.push(av[i]);
  }
  for (; j < bk.length; j++) {
    ks.push(bk[j]);
    vs.push(bv[j]);
  }
  return EMap.fromSortedUnique(ks, vs);
}

// What erts hashes for a map (make_internal_hash): its size, then for a flatmap each key and value
// in key order; for a hashmap the trie's children, last slot first, a leaf as key then value and
// an inner node as its own children (inner nodes carry no size): the leaves, key then value, in
// reverse iteration order. Pushed in iteration order, they are popped in that reverse.
registerMapHashing((m, stack, hash) => {
  if (!(m instanceof EMap)) throw new TypeError('internal-hash: not a term');
  hash = mixWords(hash, m.size, 0, H_MAP_SIZE);
  if (m.root === null) {
    const ks = m.ks!;
    const vs = m.vs!;
    for (let i = ks.length - 1; i >= 0; i--) {
      stack.push(vs[i]);
      stack.push(ks[i]);
    }
    return hash;
  }
  hamtForEach(m.root, (k, v) => {
    stack.push(v);
    stack.push(k);
  });
  return hash;
});

const NONE = atom('none');
const ITERATOR = atom('iterator');

/**
 * How many entries one erts_internal:map_next/3 call on a large map hands out after the first
 * call. erts takes a quarter of the caller's remaining reductions; callers may pass their own.
 */
export const MAP_NEXT_BATCH = 1000;

/**
 * erts_internal:map_next(Path, Map, Acc), the engine of maps:next/1 (Acc = iterator) and
 * maps:to_list/1 (Acc a list). For a small map Path is an index no greater than the size, and the
 * whole map is returned at once: {K, V, {K2, V2, ... none}} or [{K, V}, ..., {Kn, Vn} | Acc]. For a large map Path is a
 * position in the trie (see hamtNext); a batch of entries is returned, ending in [NextPath | Map]
 * (iterator) or prefixed onto Acc last-first and wrapped as [NextPath, Map | Acc] (list) while
 * entries remain. The first call (Path 0) returns at most 32 entries, as erts. badarg for a bad Path
 * or Acc.
 */
export function mapNext(path: Term, map: EMap, acc: Term, budget: number = MAP_NEXT_BATCH): Term {
  if (!(typeof path === 'number' || typeof path === 'bigint') || path < 0) return badarg();
  const asIterator = acc === ITERATOR;
  if (!asIterator && !(acc instanceof Cons || acc === NIL)) return badarg();
  if (map.root === null) {
    if (path > map.size) return badarg();
    const ks = map.ks!;
    const vs = map.vs!;
    let res: Term = asIterator ? NONE : acc;
    // erts checks the index against the size but then hands out the whole map, whatever the index.
    for (let i = ks.length - 1; i >= 0; i--) {
      res = asIterator ? [ks[i], vs[i], res] : new Cons([ks[i], vs[i]], res);
    }
    return res;
  }
  const p = BigInt(path);
  const limit = Math.max(1, p === 0n ? Math.min(SMALL_MAP_LIMIT, budget) : budget);
  const r = hamtNext(map.root, p, limit);
  if (r === undefined) return badarg();
  const { ks, vs, next } = r;
  if (asIterator) {
    let res: Term = next === null ? NONE : new Cons(normInt(next), map);
    for (let i = ks.length - 1; i >= 0; i--) res = [ks[i], vs[i], res];
    return res;
  }
  let res: Term = acc;
  for (let i = 0; i < ks.length; i++) res = new Cons([ks[i], vs[i]], res);
  return next === null ? res : new Cons(normInt(next), new Cons(map, res));
}
