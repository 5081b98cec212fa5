// The hash array mapped trie behind maps of more than 32 keys, laid out as erts lays out its
// hashmaps, because the layout is observable: iteration (maps:fold, maps:next, printing) walks
// the trie depth first in slot order, maps:to_list walks it in reverse, and erts_internal:map_next
// encodes positions in the trie as its iterator path.
//
// Each node covers 4 bits of the key's hash (make_internal_hash), lowest nibble at the root; a
// 16-bit bitmap says which of the 16 slots are occupied and the children sit in slot order. A key
// lives at the shallowest level where no other key shares its hash prefix, so the trie is a pure
// function of the key set: removal folds a node left with a single key back into its parent, as
// erts does. After 8 levels the 32 hash bits are spent and erts hashes the cons [8 | Key] for the
// next 8 levels ([16 | Key] after that), which is modelled here.
//
// Nodes are immutable once shared. A batch (building from a list, putMany) passes an owner token:
// nodes it created itself carry the token and are updated in place, others are copied.

import { internalHash } from './internal-hash.js';
import { Cons } from './list.js';
import { eqExact as keysEqual } from './compare.js';
import type { Term } from './term.js';

export class HNode {
  /** Occupied slots (bit s for slot s, 0..15). */
  bitmap: number;
  /** One entry per occupied slot, in slot order: a key (a leaf) or a child node. */
  kids: Array<Term | HNode>;
  /** The leaf values, parallel to `kids` (undefined where the kid is a node). */
  vals: Array<Term | undefined>;
  /** The batch that created this node and may still change it; null once shared. */
  owner: object | null;
  constructor(bitmap: number, kids: Array<Term | HNode>, vals: Array<Term | undefined>, owner: object | null) {
    this.bitmap = bitmap;
    this.kids = kids;
    this.vals = vals;
    this.owner = owner;
  }
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

// Beyond 256 levels something hashes alike forever (two unequal keys with the same hash at every
// level): a bug in the key hashing, not a property of the data.
const MAX_LEVEL = 256;

/** The hash bits of `key` as seen from level `lvl`: its slot there is the low nibble. */
export function hashAt(key: Term, lvl: number): number {
  if (lvl < 8) return internalHash(key) >>> (4 * lvl);
  const base = lvl - (lvl & 7);
  return internalHash(new Cons(base, key)) >>> (4 * (lvl & 7));
}

/** Moving one level down: the next nibble, or a fresh 32 bits every 8 levels. */
function nextHash(h: number, newLvl: number, key: Term): number {
  if (newLvl > MAX_LEVEL) throw new Error('map-hamt: unequal keys with equal hashes at every level');
  return (newLvl & 7) !== 0 ? h >>> 4 : hashAt(key, newLvl);
}

export function hamtGet(root: HNode, key: Term): Term | undefined {
  let node = root;
  let h = internalHash(key);
  let lvl = 0;
  for (;;) {
    const bit = 1 << (h & 15);
    if ((node.bitmap & bit) === 0) return undefined;
    const idx = popcount(node.bitmap & (bit - 1));
    const kid = node.kids[idx];
    if (kid instanceof HNode) {
      node = kid;
      lvl++;
      h = nextHash(h, lvl, key);
      continue;
    }
    return keysEqual(kid, key) ? node.vals[idx] : undefined;
  }
}

/** Set by hamtInsert/hamtRemove: whether the key count changed. */
export const change = { added: false, removed: false, missing: false };

/** A node of two leaves (or a chain down to where their hashes part), at level `lvl`. */
function pairNode(
  k1: Term, v1: Term, h1: number, k2: Term, v2: Term, h2: number, lvl: number, owner: object | null,
): HNode {
  const s1 = h1 & 15;
  const s2 = h2 & 15;
  if (s1 === s2) {
    const sub = pairNode(k1, v1, nextHash(h1, lvl + 1, k1), k2, v2, nextHash(h2, lvl + 1, k2), lvl + 1, owner);
    return new HNode(1 << s1, [sub], [undefined], owner);
  }
  return s1 < s2
    ? new HNode((1 << s1) | (1 << s2), [k1, k2], [v1, v2], owner)
    : new HNode((1 << s1) | (1 << s2), [k2, k1], [v2, v1], owner);
}

function setKid(node: HNode, idx: number, kid: Term | HNode, val: Term | undefined, owner: object | null): HNode {
  if (owner !== null && node.owner === owner) {
    node.kids[idx] = kid;
    node.vals[idx] = val;
    return node;
  }
  const kids = node.kids.slice();
  const vals = node.vals.slice();
  kids[idx] = kid;
  vals[idx] = val;
  return new HNode(node.bitmap, kids, vals, owner);
}

/**
 * Put key => val below `node` (whose level is `lvl`, `h` the key's hash bits there). Returns the
 * node to use instead (the same node when nothing changed or it was updated in place). An
 * existing equal key is replaced by the new one, as erts does in hashmaps. With `exact`, an
 * absent key is not added: `change.missing` is set instead.
 */
export function hamtInsert(
  node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null, exact: boolean,
): HNode {
  const bit = 1 << (h & 15);
  const idx = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    if (exact) {
      change.missing = true;
      return node;
    }
    change.added = true;
    if (owner !== null && node.owner === owner) {
      node.bitmap |= bit;
      node.kids.splice(idx, 0, key);
      node.vals.splice(idx, 0, val);
      return node;
    }
    const kids = node.kids.slice();
    const vals = node.vals.slice();
    kids.splice(idx, 0, key);
    vals.splice(idx, 0, val);
    return new HNode(node.bitmap | bit, kids, vals, owner);
  }
  const kid = node.kids[idx];
  if (kid instanceof HNode) {
    const nk = hamtInsert(kid, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner, exact);
    return nk === kid ? node : setKid(node, idx, nk, undefined, owner);
  }
  if (keysEqual(kid, key)) {
    if (kid === key && node.vals[idx] === val) return node;
    return setKid(node, idx, key, val, owner);
  }
  if (exact) {
    change.missing = true;
    return node;
  }
  change.added = true;
  const sub = pairNode(kid, node.vals[idx]!, hashAt(kid, lvl + 1), key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
  return setKid(node, idx, sub, undefined, owner);
}

/** What a node shrinks to when one leaf is all that is left below it. */
class Lone {
  constructor(readonly key: Term, readonly val: Term) {}
}

function removeRec(node: HNode, key: Term, h: number, lvl: number, isRoot: boolean): HNode | Lone {
  const bit = 1 << (h & 15);
  if ((node.bitmap & bit) === 0) return node;
  const idx = popcount(node.bitmap & (bit - 1));
  const kid = node.kids[idx];
  if (kid instanceof HNode) {
    const r = removeRec(kid, key, nextHash(h, lvl + 1, key), lvl + 1, false);
    if (r === kid) return node;
    if (r instanceof Lone) {
      // The child folded into one leaf: it takes the child's place, and may fold this node too.
      if (node.kids.length === 1 && !isRoot) return r;
      const kids = node.kids.slice();
      const vals = node.vals.slice();
      kids[idx] = r.key;
      vals[idx] = r.val;
      return new HNode(node.bitmap, kids, vals, null);
    }
    const kids = node.kids.slice();
    kids[idx] = r;
    return new HNode(node.bitmap, kids, node.vals, null);
  }
  if (!keysEqual(kid, key)) return node;
  change.removed = true;
  if (!isRoot && node.kids.length === 2) {
    const other = 1 - idx;
    const ok = node.kids[other];
    if (!(ok instanceof HNode)) return new Lone(ok, node.vals[other]!);
  }
  const kids = node.kids.slice();
  const vals = node.vals.slice();
  kids.splice(idx, 1);
  vals.splice(idx, 1);
  return new HNode(node.bitmap & ~bit, kids, vals, null);
}

/** The root without `key` (the same root when absent; `change.removed` tells). */
export function hamtRemove(root: HNode, key: Term): HNode {
  const r = removeRec(root, key, internalHash(key), 0, true);
  return r as HNode; // the root never folds into a leaf
}

/** Calls f(key, value) for every leaf in iteration order (maps:fold, maps:next, printing). */
export function hamtForEach(node: HNode, f: (k: Term, v: Term) => void): void {
  const kids = node.kids;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid instanceof HNode) hamtForEach(kid, f);
    else f(kid, node.vals[i]!);
  }
}

/** Appends keys and values in maps:to_list order (iteration order reversed). */
export function hamtCollectReverse(node: HNode, ks: Term[], vs: Term[]): void {
  const kids = node.kids;
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i];
    if (kid instanceof HNode) hamtCollectReverse(kid, ks, vs);
    else {
      ks.push(kid);
      vs.push(node.vals[i]!);
    }
  }
}

/** A fresh trie of the given entries (keys distinct or later ones winning), built in place. */
export function hamtBuild(ks: readonly Term[], vs: readonly Term[]): { root: HNode; size: number } {
  const owner = {};
  let root = new HNode(0, [], [], owner);
  let size = 0;
  for (let i = 0; i < ks.length; i++) {
    change.added = false;
    root = hamtInsert(root, ks[i], vs[i], internalHash(ks[i]), 0, owner, false);
    if (change.added) size++;
  }
  return { root, size };
}

/**
 * erts_internal:map_next/3 over a trie: up to `limit` entries in iteration order starting at the
 * leaf `path` designates, and the path of the leaf after them (null when none is left). A path
 * holds one child position per level, 4 bits each, the root's in the lowest bits; positions not
 * written are 0 (the first child). Returns undefined for a path that leads nowhere (badarg).
 */
export function hamtNext(
  root: HNode, path: bigint, limit: number,
): { ks: Term[]; vs: Term[]; next: bigint | null } | undefined {
  const nodes: HNode[] = [];
  const idxs: number[] = [];
  let node = root;
  let p = path;
  for (;;) {
    const idx = Number(p & 15n);
    p >>= 4n;
    if (idx >= node.kids.length) return undefined;
    nodes.push(node);
    idxs.push(idx);
    const kid = node.kids[idx];
    if (!(kid instanceof HNode)) break;
    node = kid;
  }
  const ks: Term[] = [];
  const vs: Term[] = [];
  // The stack (nodes, idxs) points at the next leaf to emit; advance depth first.
  for (;;) {
    const d = nodes.length - 1;
    const n = nodes[d];
    const i = idxs[d];
    if (ks.length === limit) break;
    ks.push(n.kids[i] as Term);
    vs.push(n.vals[i]!);
    // Move to the next leaf: up while this level is finished, then right, then down-left.
    let depth = d;
    idxs[depth]++;
    while (depth >= 0 && idxs[depth] >= nodes[depth].kids.length) {
      nodes.pop();
      idxs.pop();
      depth--;
      if (depth >= 0) idxs[depth]++;
    }
    if (depth < 0) return { ks, vs, next: null };
    let kid = nodes[depth].kids[idxs[depth]];
    while (kid instanceof HNode) {
      nodes.push(kid);
      idxs.push(0);
      kid = kid.kids[0];
    }
  }
  let next = 0n;
  for (let d = idxs.length - 1; d >= 0; d--) next = (next << 4n) | BigInt(idxs[d]);
  return { ks, vs, next };
}
