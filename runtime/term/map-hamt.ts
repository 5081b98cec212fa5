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
// A node is one plain array: [bitmap, owner, then two entries per occupied slot in slot order:
// key, value for a leaf; CHILD, node for an inner node]. One array rather than an object holding
// key and value arrays because a large map is bound by memory: a lookup loads one array per
// level instead of three objects, an update copies one array per level, and the garbage GC
// copies and sweeps is a third of what it was (benchmarks/map_ops: hamtGet and GC were most of
// its time). Other modules go through the accessors below (trieWidth, trieChild...), never
// through the layout.

import { internalHash } from './internal-hash.js';
import { Cons } from './list.js';
import { eqExact as keysEqual } from './compare.js';
import type { Term } from './term.js';

declare const trieNodeBrand: unique symbol;
/** A trie node: an array laid out as the file comment says. */
export type HNode = unknown[] & { readonly [trieNodeBrand]: true };

/** The key entry of a slot that holds a child node (the node is the value entry). */
const CHILD: object = Object.freeze({ trieChild: true });

/** Where a node's entries start: after the bitmap (index 0) and the owner (index 1). */
const FIRST = 2;

/**
 * A fresh node of `length` array elements (FIRST + 2 per slot), entries to be filled in. Every
 * node is made here or copied (slice) from one made here, so all have the one V8 elements kind,
 * HOLEY_ELEMENTS (the owner store makes it so): lookups see one array shape, and a node of
 * integers is never a double array, whose reads allocate a heap number per integer handed out.
 */
function newNode(length: number, bitmap: number, owner: object | null): HNode {
  const a = new Array<unknown>(length);
  a[0] = bitmap;
  a[1] = owner;
  return a as HNode;
}

/** An empty root, for a batch to fill. */
export function emptyNode(owner: object | null): HNode {
  return newNode(FIRST, 0, owner);
}

/** Occupied slots (bit s for slot s, 0..15). */
export function trieBitmap(node: HNode): number {
  return node[0] as number;
}

/** How many slots of the node are occupied (leaves and children). */
export function trieWidth(node: HNode): number {
  return (node.length - FIRST) >> 1;
}

/** The child node at position `pos` (0-based among occupied slots), or undefined for a leaf. */
export function trieChild(node: HNode, pos: number): HNode | undefined {
  const i = FIRST + 2 * pos;
  return node[i] === CHILD ? (node[i + 1] as HNode) : undefined;
}

/** The key of the leaf at position `pos`. */
export function trieKey(node: HNode, pos: number): Term {
  return node[FIRST + 2 * pos] as Term;
}

/** The value of the leaf at position `pos`. */
export function trieValue(node: HNode, pos: number): Term {
  return node[FIRST + 2 * pos + 1] as Term;
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
    const bitmap = node[0] as number;
    const bit = 1 << (h & 15);
    if ((bitmap & bit) === 0) return undefined;
    const i = FIRST + (popcount(bitmap & (bit - 1)) << 1);
    const k = node[i];
    if (k === CHILD) {
      node = node[i + 1] as HNode;
      lvl++;
      h = nextHash(h, lvl, key);
      continue;
    }
    return k === key || keysEqual(k as Term, key) ? (node[i + 1] as Term) : undefined;
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
    const node = newNode(FIRST + 2, 1 << s1, owner);
    node[FIRST] = CHILD;
    node[FIRST + 1] = pairNode(k1, v1, nextHash(h1, lvl + 1, k1), k2, v2, nextHash(h2, lvl + 1, k2), lvl + 1, owner);
    return node;
  }
  const node = newNode(FIRST + 4, (1 << s1) | (1 << s2), owner);
  const first = s1 < s2 ? FIRST : FIRST + 2;
  const second = s1 < s2 ? FIRST + 2 : FIRST;
  node[first] = k1;
  node[first + 1] = v1;
  node[second] = k2;
  node[second + 1] = v2;
  return node;
}

/** The node with entries i, i + 1 set to k, v: in place when the batch owns it, else a copy. */
function withEntry(node: HNode, i: number, k: unknown, v: unknown, owner: object | null): HNode {
  if (owner !== null && node[1] === owner) {
    node[i] = k;
    node[i + 1] = v;
    return node;
  }
  const copy = node.slice() as HNode;
  copy[1] = owner;
  copy[i] = k;
  copy[i + 1] = v;
  return copy;
}

/**
 * Put key => val below `node` (whose level is `lvl`, `h` the key's hash bits there). Returns the
 * node to use instead (the same node when nothing changed or it was updated in place), and sets
 * `change.added` when the key was not there. An existing equal key is replaced by the new one, as
 * erts does in hashmaps.
 */
export function hamtInsert(node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null): HNode {
  const bitmap = node[0] as number;
  const bit = 1 << (h & 15);
  const i = FIRST + (popcount(bitmap & (bit - 1)) << 1);
  if ((bitmap & bit) === 0) {
    change.added = true;
    const n = node.length;
    const grown = newNode(n + 2, bitmap | bit, owner);
    for (let j = FIRST; j < i; j++) grown[j] = node[j];
    grown[i] = key;
    grown[i + 1] = val;
    for (let j = i; j < n; j++) grown[j + 2] = node[j];
    return grown;
  }
  const k = node[i];
  if (k === CHILD) {
    const kid = node[i + 1] as HNode;
    const nk = hamtInsert(kid, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
    return nk === kid ? node : withEntry(node, i, CHILD, nk, owner);
  }
  if (k === key || keysEqual(k as Term, key)) {
    if (k === key && node[i + 1] === val) return node;
    return withEntry(node, i, key, val, owner);
  }
  change.added = true;
  const kv = node[i + 1] as Term;
  const sub = pairNode(k as Term, kv, hashAt(k as Term, lvl + 1), key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
  return withEntry(node, i, CHILD, sub, owner);
}

/**
 * hamtInsert for a key that must be there already (`:=`, maps:update/3): null when it is absent.
 * The key stored is the new one, as hamtInsert's.
 */
export function hamtReplace(node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null): HNode | null {
  const bitmap = node[0] as number;
  const bit = 1 << (h & 15);
  if ((bitmap & bit) === 0) return null;
  const i = FIRST + (popcount(bitmap & (bit - 1)) << 1);
  const k = node[i];
  if (k === CHILD) {
    const kid = node[i + 1] as HNode;
    const nk = hamtReplace(kid, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
    if (nk === null) return null;
    return nk === kid ? node : withEntry(node, i, CHILD, nk, owner);
  }
  if (k !== key && !keysEqual(k as Term, key)) return null;
  if (k === key && node[i + 1] === val) return node;
  return withEntry(node, i, key, val, owner);
}

/** What a node shrinks to when one leaf is all that is left below it. */
class Lone {
  constructor(readonly key: Term, readonly val: Term) {}
}

function removeRec(node: HNode, key: Term, h: number, lvl: number, isRoot: boolean): HNode | Lone {
  const bitmap = node[0] as number;
  const bit = 1 << (h & 15);
  if ((bitmap & bit) === 0) return node;
  const i = FIRST + (popcount(bitmap & (bit - 1)) << 1);
  const k = node[i];
  if (k === CHILD) {
    const kid = node[i + 1] as HNode;
    const r = removeRec(kid, key, nextHash(h, lvl + 1, key), lvl + 1, false);
    if (r === kid) return node;
    if (r instanceof Lone) {
      // The child folded into one leaf: it takes the child's place, and may fold this node too.
      if (node.length === FIRST + 2 && !isRoot) return r;
      return withEntry(node, i, r.key, r.val, null);
    }
    return withEntry(node, i, CHILD, r, null);
  }
  if (k !== key && !keysEqual(k as Term, key)) return node;
  change.removed = true;
  if (!isRoot && node.length === FIRST + 4) {
    const other = i === FIRST ? FIRST + 2 : FIRST;
    if (node[other] !== CHILD) return new Lone(node[other] as Term, node[other + 1] as Term);
  }
  const n = node.length - 2;
  const out = newNode(n, bitmap & ~bit, null);
  for (let j = FIRST; j < i; j++) out[j] = node[j];
  for (let j = i; j < n; j++) out[j] = node[j + 2];
  return out;
}

/** The root without `key` (the same root when absent; `change.removed` tells). */
export function hamtRemove(root: HNode, key: Term): HNode {
  const r = removeRec(root, key, internalHash(key), 0, true);
  return r as HNode; // the root never folds into a leaf
}

/** Calls f(key, value) for every leaf in iteration order (maps:fold, maps:next, printing). */
export function hamtForEach(node: HNode, f: (k: Term, v: Term) => void): void {
  for (let i = FIRST; i < node.length; i += 2) {
    const k = node[i];
    if (k === CHILD) hamtForEach(node[i + 1] as HNode, f);
    else f(k as Term, node[i + 1] as Term);
  }
}

/** Appends keys and values in maps:to_list order (iteration order reversed). */
export function hamtCollectReverse(node: HNode, ks: Term[], vs: Term[]): void {
  for (let i = node.length - 2; i >= FIRST; i -= 2) {
    const k = node[i];
    if (k === CHILD) hamtCollectReverse(node[i + 1] as HNode, ks, vs);
    else {
      ks.push(k as Term);
      vs.push(node[i + 1] as Term);
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
  // The stack (nodes, idxs) points at the next leaf to emit; idxs are array indices of entries.
  const nodes: HNode[] = [];
  const idxs: number[] = [];
  let node = root;
  let p = path;
  for (;;) {
    const i = FIRST + 2 * Number(p & 15n);
    p >>= 4n;
    if (i >= node.length) return undefined;
    nodes.push(node);
    idxs.push(i);
    if (node[i] !== CHILD) break;
    node = node[i + 1] as HNode;
  }
  const ks: Term[] = [];
  const vs: Term[] = [];
  for (;;) {
    const d = nodes.length - 1;
    const n = nodes[d];
    const i = idxs[d];
    if (ks.length === limit) break;
    ks.push(n[i] as Term);
    vs.push(n[i + 1] as Term);
    // Move to the next leaf: up while this level is finished, then right, then down-left.
    let depth = d;
    idxs[depth] += 2;
    while (depth >= 0 && idxs[depth] >= nodes[depth].length) {
      nodes.pop();
      idxs.pop();
      depth--;
      if (depth >= 0) idxs[depth] += 2;
    }
    if (depth < 0) return { ks, vs, next: null };
    let at = nodes[depth];
    let j = idxs[depth];
    while (at[j] === CHILD) {
      at = at[j + 1] as HNode;
      j = FIRST;
      nodes.push(at);
      idxs.push(j);
    }
  }
  let next = 0n;
  for (let d = idxs.length - 1; d >= 0; d--) next = (next << 4n) | BigInt((idxs[d] - FIRST) >> 1);
  return { ks, vs, next };
}
