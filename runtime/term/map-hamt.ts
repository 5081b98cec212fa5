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
//
// A node keeps its entries in one array, two per occupied slot (key, value for a leaf; child,
// undefined for an inner node), so that replacing an entry copies one array per level, and a
// lookup follows one array per level: with keys and values in two arrays, the copies and the
// garbage they make were the larger part of the cost of a large map (benchmarks/map_ops).

import { internalHash } from './internal-hash.js';
import { Cons } from './list.js';
import { eqExact as keysEqual } from './compare.js';
import type { Term } from './term.js';

/** A node's entries: see HNode.slots. */
export type Slots = Array<Term | HNode | undefined>;

export class HNode {
  /** Occupied slots (bit s for slot s, 0..15). */
  bitmap: number;
  /**
   * Two entries per occupied slot, in slot order: at 2i the key of a leaf or a child node, at
   * 2i + 1 the leaf's value (undefined after a child). Made by newSlots or copied from such an
   * array, never otherwise (see newSlots).
   */
  slots: Slots;
  /** The batch that created this node and may still change it; null once shared. */
  owner: object | null;
  constructor(bitmap: number, slots: Slots, owner: object | null) {
    this.bitmap = bitmap;
    this.slots = slots;
    this.owner = owner;
  }
}

/**
 * A fresh slots array of length n. Every slots array is made here or copied (slice) from one made
 * here, so that all have the one V8 elements kind HOLEY_ELEMENTS: reads in hamtGet see a single
 * array shape, and a node whose entries are all numbers is not stored as a double array (whose
 * reads allocate a heap number for each integer handed out).
 */
function newSlots(n: number): Slots {
  const a: Slots = new Array(n);
  a[0] = undefined;
  if (n === 0) a.length = 0;
  return a;
}

/** An empty root, for a batch to fill. */
export function emptyNode(owner: object | null): HNode {
  return new HNode(0, newSlots(0), owner);
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
    const bitmap = node.bitmap;
    const bit = 1 << (h & 15);
    if ((bitmap & bit) === 0) return undefined;
    const i = popcount(bitmap & (bit - 1)) << 1;
    const slots = node.slots;
    const k = slots[i];
    if (k instanceof HNode) {
      node = k;
      lvl++;
      h = nextHash(h, lvl, key);
      continue;
    }
    return k === key || keysEqual(k as Term, key) ? (slots[i + 1] as Term) : undefined;
  }
}

/** Set by hamtInsert/hamtRemove: whether the key count changed. */
export const change = { added: false, removed: false };

/** A node of two leaves (or a chain down to where their hashes part), at level `lvl`. */
function pairNode(
  k1: Term, v1: Term, h1: number, k2: Term, v2: Term, h2: number, lvl: number, owner: object | null,
): HNode {
  const s1 = h1 & 15;
  const s2 = h2 & 15;
  if (s1 === s2) {
    const sub = pairNode(k1, v1, nextHash(h1, lvl + 1, k1), k2, v2, nextHash(h2, lvl + 1, k2), lvl + 1, owner);
    const slots = newSlots(2);
    slots[0] = sub;
    return new HNode(1 << s1, slots, owner);
  }
  const slots = newSlots(4);
  if (s1 < s2) {
    slots[0] = k1;
    slots[1] = v1;
    slots[2] = k2;
    slots[3] = v2;
  } else {
    slots[0] = k2;
    slots[1] = v2;
    slots[2] = k1;
    slots[3] = v1;
  }
  return new HNode((1 << s1) | (1 << s2), slots, owner);
}

/** The node with the entry at slots index i (even) set to kid, val: in place when the batch owns it. */
function withEntry(node: HNode, i: number, kid: Term | HNode, val: Term | undefined, owner: object | null): HNode {
  if (owner !== null && node.owner === owner) {
    node.slots[i] = kid;
    node.slots[i + 1] = val;
    return node;
  }
  const slots = node.slots.slice();
  slots[i] = kid;
  slots[i + 1] = val;
  return new HNode(node.bitmap, slots, owner);
}

/**
 * Put key => val below `node` (whose level is `lvl`, `h` the key's hash bits there). Returns the
 * node to use instead (the same node when nothing changed or it was updated in place), and sets
 * `change.added` when the key was not there. An existing equal key is replaced by the new one, as
 * erts does in hashmaps.
 */
export function hamtInsert(node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null): HNode {
  const bitmap = node.bitmap;
  const bit = 1 << (h & 15);
  const i = popcount(bitmap & (bit - 1)) << 1;
  const slots = node.slots;
  if ((bitmap & bit) === 0) {
    change.added = true;
    const n = slots.length;
    const grown = newSlots(n + 2);
    for (let j = 0; j < i; j++) grown[j] = slots[j];
    grown[i] = key;
    grown[i + 1] = val;
    for (let j = i; j < n; j++) grown[j + 2] = slots[j];
    if (owner !== null && node.owner === owner) {
      node.bitmap = bitmap | bit;
      node.slots = grown;
      return node;
    }
    return new HNode(bitmap | bit, grown, owner);
  }
  const k = slots[i];
  if (k instanceof HNode) {
    const nk = hamtInsert(k, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
    return nk === k ? node : withEntry(node, i, nk, undefined, owner);
  }
  if (k === key || keysEqual(k as Term, key)) {
    if (k === key && slots[i + 1] === val) return node;
    return withEntry(node, i, key, val, owner);
  }
  change.added = true;
  const kv = slots[i + 1] as Term;
  const sub = pairNode(k as Term, kv, hashAt(k as Term, lvl + 1), key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
  return withEntry(node, i, sub, undefined, owner);
}

/**
 * hamtInsert for a key that must be there already (`:=`, maps:update/3): null when it is absent.
 * The key stored is the new one, as hamtInsert's.
 */
export function hamtReplace(node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null): HNode | null {
  const bitmap = node.bitmap;
  const bit = 1 << (h & 15);
  if ((bitmap & bit) === 0) return null;
  const i = popcount(bitmap & (bit - 1)) << 1;
  const slots = node.slots;
  const k = slots[i];
  if (k instanceof HNode) {
    const nk = hamtReplace(k, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
    if (nk === null) return null;
    return nk === k ? node : withEntry(node, i, nk, undefined, owner);
  }
  if (k !== key && !keysEqual(k as Term, key)) return null;
  if (k === key && slots[i + 1] === val) return node;
  return withEntry(node, i, key, val, owner);
}

/** What a node shrinks to when one leaf is all that is left below it. */
class Lone {
  constructor(readonly key: Term, readonly val: Term) {}
}

/** node's slots without the entry at index i (even). */
function without(slots: Slots, i: number): Slots {
  const n = slots.length - 2;
  const out = newSlots(n);
  for (let j = 0; j < i; j++) out[j] = slots[j];
  for (let j = i; j < n; j++) out[j] = slots[j + 2];
  return out;
}

function removeRec(node: HNode, key: Term, h: number, lvl: number, isRoot: boolean): HNode | Lone {
  const bit = 1 << (h & 15);
  if ((node.bitmap & bit) === 0) return node;
  const i = popcount(node.bitmap & (bit - 1)) << 1;
  const slots = node.slots;
  const k = slots[i];
  if (k instanceof HNode) {
    const r = removeRec(k, key, nextHash(h, lvl + 1, key), lvl + 1, false);
    if (r === k) return node;
    if (r instanceof Lone) {
      // The child folded into one leaf: it takes the child's place, and may fold this node too.
      if (slots.length === 2 && !isRoot) return r;
      return withEntry(node, i, r.key, r.val, null);
    }
    return withEntry(node, i, r, undefined, null);
  }
  if (k !== key && !keysEqual(k as Term, key)) return node;
  change.removed = true;
  if (!isRoot && slots.length === 4) {
    const other = 2 - i;
    const ok = slots[other];
    if (!(ok instanceof HNode)) return new Lone(ok as Term, slots[other + 1] as Term);
  }
  return new HNode(node.bitmap & ~bit, without(slots, i), null);
}

/** The root without `key` (the same root when absent; `change.removed` tells). */
export function hamtRemove(root: HNode, key: Term): HNode {
  const r = removeRec(root, key, internalHash(key), 0, true);
  return r as HNode; // the root never folds into a leaf
}

/** Calls f(key, value) for every leaf in iteration order (maps:fold, maps:next, printing). */
export function hamtForEach(node: HNode, f: (k: Term, v: Term) => void): void {
  const slots = node.slots;
  for (let i = 0; i < slots.length; i += 2) {
    const k = slots[i];
    if (k instanceof HNode) hamtForEach(k, f);
    else f(k as Term, slots[i + 1] as Term);
  }
}

/** Appends keys and values in maps:to_list order (iteration order reversed). */
export function hamtCollectReverse(node: HNode, ks: Term[], vs: Term[]): void {
  const slots = node.slots;
  for (let i = slots.length - 2; i >= 0; i -= 2) {
    const k = slots[i];
    if (k instanceof HNode) hamtCollectReverse(k, ks, vs);
    else {
      ks.push(k as Term);
      vs.push(slots[i + 1] as Term);
    }
  }
}

/** A fresh trie of the given entries (keys distinct or later ones winning), built in place. */
export function hamtBuild(ks: readonly Term[], vs: readonly Term[]): { root: HNode; size: number } {
  const owner = {};
  let root = emptyNode(owner);
  let size = 0;
  for (let i = 0; i < ks.length; i++) {
    change.added = false;
    root = hamtInsert(root, ks[i], vs[i], internalHash(ks[i]), 0, owner);
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
  // The stack (nodes, idxs) points at the next leaf to emit; idxs are slots indices (2 per child).
  const nodes: HNode[] = [];
  const idxs: number[] = [];
  let node = root;
  let p = path;
  for (;;) {
    const i = 2 * Number(p & 15n);
    p >>= 4n;
    if (i >= node.slots.length) return undefined;
    nodes.push(node);
    idxs.push(i);
    const kid = node.slots[i];
    if (!(kid instanceof HNode)) break;
    node = kid;
  }
  const ks: Term[] = [];
  const vs: Term[] = [];
  for (;;) {
    const d = nodes.length - 1;
    const slots = nodes[d].slots;
    const i = idxs[d];
    if (ks.length === limit) break;
    ks.push(slots[i] as Term);
    vs.push(slots[i + 1] as Term);
    // Move to the next leaf: up while this level is finished, then right, then down-left.
    let depth = d;
    idxs[depth] += 2;
    while (depth >= 0 && idxs[depth] >= nodes[depth].slots.length) {
      nodes.pop();
      idxs.pop();
      depth--;
      if (depth >= 0) idxs[depth] += 2;
    }
    if (depth < 0) return { ks, vs, next: null };
    let kid = nodes[depth].slots[idxs[depth]];
    while (kid instanceof HNode) {
      nodes.push(kid);
      idxs.push(0);
      kid = kid.slots[0];
    }
  }
  let next = 0n;
  for (let d = idxs.length - 1; d >= 0; d--) next = (next << 4n) | BigInt(idxs[d] >> 1);
  return { ks, vs, next };
}
