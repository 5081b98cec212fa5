// The hash array mapped trie behind maps of more than 32 keys, laid out as erts lays out its
// hashmaps, because the layout is observable: iteration (maps:fold, maps:next, printing) walks
// the trie depth first in slot order, maps:to_list walks it in reverse, and erts_internal:map_next
// encodes positions in the trie as its iterator path.
//
// Each node covers 4 bits of the key's hash (make_internal_hash), lowest nibble at the root; a
// 16-bit bitmap says which of the 16 slots are occupied and the children sit in slot order. A key
// lives at the shallowest level where no other key shares its hash prefix, so the trie is a pure
// function of the key set: removal folds a node left with a single key back into its parent, as
// erts does. After 8 levels the 32 hash bits are spent and a second hash of the key gives the
// next 8 levels; beamjs hashes the cons [8 | Key] ([16 | Key] after that), which is not erts 25's
// second hash (test/known-failures.ts, maps/maps_hash_collisions): keys with equal 32-bit hashes
// can sit in other slots than on erts.
//
// Nodes are immutable once shared. A batch (building from a list, putMany) passes an owner token:
// nodes it created itself carry the token and are updated in place, others are copied.
//
// A node is one plain array: [bitmap, childmap, owner, then its entries in slot order: key and
// value for a leaf slot, the child node alone for a child slot]. childmap (a subset of bitmap)
// says which slots hold children. One array rather than an object holding key and value arrays,
// and a child in one element, because a large map is bound by memory and by GC: a lookup loads
// one array per level, and an update copies one array per level, of 19 elements for a full inner
// node rather than 32 in two arrays under an object (benchmarks/map_ops: lookups, path copies and
// GC were most of its time). Other modules go through the accessors below (trieWidth,
// trieChild...), never through the layout.

import { internalHash, mapKeyHash } from './internal-hash.js';
import { Cons } from './list.js';
import { eqExact as keysEqual } from './compare.js';
import type { Term } from './term.js';

declare const trieNodeBrand: unique symbol;
/** A trie node: an array laid out as the file comment says. */
export type HNode = unknown[] & { readonly [trieNodeBrand]: true };

/** Where a node's entries start: after the bitmap, the childmap and the owner. */
const FIRST = 3;

/**
 * A fresh node of `length` array elements, entries to be filled in. Every node is made here or
 * copied (slice) from one made here, so all have the one V8 elements kind, HOLEY_ELEMENTS (the
 * owner store makes it so): lookups see one array shape, and a node of integers is never a double
 * array, whose reads allocate a heap number per integer handed out.
 */
function newNode(length: number, bitmap: number, childmap: number, owner: object | null): HNode {
  const a = new Array<unknown>(length);
  a[0] = bitmap;
  a[1] = childmap;
  a[2] = owner;
  return a as HNode;
}

/** An empty root, for a batch to fill. */
export function emptyNode(owner: object | null): HNode {
  return newNode(FIRST, 0, 0, owner);
}

/**
 * The array index of slot `bit`'s entry (whether or not the slot is occupied): after one element
 * per lower occupied slot, and one more per lower leaf slot.
 */
function entryIndex(bitmap: number, childmap: number, bit: number): number {
  const below = bit - 1;
  return FIRST + popcount(bitmap & below) + popcount(bitmap & ~childmap & below);
}

/** The slot bit of the occupied slot at position `pos` (0-based among occupied slots). */
function slotAt(bitmap: number, pos: number): number {
  let b = bitmap;
  for (let n = 0; n < pos; n++) b &= b - 1;
  return b & -b;
}

/** Occupied slots (bit s for slot s, 0..15). */
export function trieBitmap(node: HNode): number {
  return node[0] as number;
}

/** How many slots of the node are occupied (leaves and children). */
export function trieWidth(node: HNode): number {
  return popcount(node[0] as number);
}

/** The child node at position `pos` (0-based among occupied slots), or undefined for a leaf. */
export function trieChild(node: HNode, pos: number): HNode | undefined {
  const bit = slotAt(node[0] as number, pos);
  if (((node[1] as number) & bit) === 0) return undefined;
  return node[entryIndex(node[0] as number, node[1] as number, bit)] as HNode;
}

/** The key of the leaf at position `pos`. */
export function trieKey(node: HNode, pos: number): Term {
  return node[entryIndex(node[0] as number, node[1] as number, slotAt(node[0] as number, pos))] as Term;
}

/** The value of the leaf at position `pos`. */
export function trieValue(node: HNode, pos: number): Term {
  return node[entryIndex(node[0] as number, node[1] as number, slotAt(node[0] as number, pos)) + 1] as Term;
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
  if (lvl < 8) return mapKeyHash(key) >>> (4 * lvl);
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
  let h = mapKeyHash(key);
  let lvl = 0;
  for (;;) {
    const bitmap = node[0] as number;
    const bit = 1 << (h & 15);
    if ((bitmap & bit) === 0) return undefined;
    const childmap = node[1] as number;
    const i = entryIndex(bitmap, childmap, bit);
    if ((childmap & bit) !== 0) {
      node = node[i] as HNode;
      lvl++;
      h = nextHash(h, lvl, key);
      continue;
    }
    const k = node[i];
    return k === key || keysEqual(k as Term, key) ? (node[i + 1] as Term) : undefined;
  }
}

/** Set by hamtInsert/hamtRemove: whether the key count changed. */
export const change = { added: false, removed: false };

/** A node of two leaves (or a chain down to where their hashes part), at level `lvl`. */
function pairNode(
  k1: Term, v1: Term, h1: number, k2: Term, v2: Term, h2: number, lvl: number, owner: object | null,
): HNode {
  const b1 = 1 << (h1 & 15);
  const b2 = 1 << (h2 & 15);
  if (b1 === b2) {
    const node = newNode(FIRST + 1, b1, b1, owner);
    node[FIRST] = pairNode(k1, v1, nextHash(h1, lvl + 1, k1), k2, v2, nextHash(h2, lvl + 1, k2), lvl + 1, owner);
    return node;
  }
  const node = newNode(FIRST + 4, b1 | b2, 0, owner);
  const first = b1 < b2 ? FIRST : FIRST + 2;
  const second = b1 < b2 ? FIRST + 2 : FIRST;
  node[first] = k1;
  node[first + 1] = v1;
  node[second] = k2;
  node[second + 1] = v2;
  return node;
}

/** The node with the leaf at index i set to k, v: in place when the batch owns it, else a copy. */
function withLeaf(node: HNode, i: number, k: Term, v: Term, owner: object | null): HNode {
  if (owner !== null && node[2] === owner) {
    node[i] = k;
    node[i + 1] = v;
    return node;
  }
  const copy = node.slice() as HNode;
  copy[2] = owner;
  copy[i] = k;
  copy[i + 1] = v;
  return copy;
}

/** The node with the child at index i replaced: in place when the batch owns it, else a copy. */
function withChild(node: HNode, i: number, child: HNode, owner: object | null): HNode {
  if (owner !== null && node[2] === owner) {
    node[i] = child;
    return node;
  }
  const copy = node.slice() as HNode;
  copy[2] = owner;
  copy[i] = child;
  return copy;
}

/**
 * A copy of `node` with `remove` elements at index i replaced by `insert` (1 or 2 of a, b), and
 * the given maps: how a slot turns from leaf to child or back, or is added or dropped.
 */
function respliced(
  node: HNode, i: number, remove: number, insert: number, a: unknown, b: unknown,
  bitmap: number, childmap: number, owner: object | null,
): HNode {
  const n = node.length;
  const out = newNode(n - remove + insert, bitmap, childmap, owner);
  for (let j = FIRST; j < i; j++) out[j] = node[j];
  if (insert > 0) out[i] = a;
  if (insert > 1) out[i + 1] = b;
  const shift = insert - remove;
  for (let j = i + remove; j < n; j++) out[j + shift] = node[j];
  return out;
}

/**
 * Put key => val below `node` (whose level is `lvl`, `h` the key's hash bits there). Returns the
 * node to use instead (the same node when nothing changed or it was updated in place), and sets
 * `change.added` when the key was not there. An existing equal key is replaced by the new one, as
 * erts does in hashmaps.
 */
export function hamtInsert(node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null): HNode {
  const bitmap = node[0] as number;
  const childmap = node[1] as number;
  const bit = 1 << (h & 15);
  const i = entryIndex(bitmap, childmap, bit);
  if ((bitmap & bit) === 0) {
    change.added = true;
    return respliced(node, i, 0, 2, key, val, bitmap | bit, childmap, owner);
  }
  if ((childmap & bit) !== 0) {
    const kid = node[i] as HNode;
    const nk = hamtInsert(kid, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
    return nk === kid ? node : withChild(node, i, nk, owner);
  }
  const k = node[i] as Term;
  if (k === key || keysEqual(k, key)) {
    if (k === key && node[i + 1] === val) return node;
    return withLeaf(node, i, key, val, owner);
  }
  change.added = true;
  const sub = pairNode(k, node[i + 1] as Term, hashAt(k, lvl + 1), key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
  return respliced(node, i, 2, 1, sub, undefined, bitmap, childmap | bit, owner);
}

/**
 * hamtInsert for a key that must be there already (`:=`, maps:update/3): null when it is absent.
 * The key stored is the new one, as hamtInsert's.
 */
export function hamtReplace(node: HNode, key: Term, val: Term, h: number, lvl: number, owner: object | null): HNode | null {
  const bitmap = node[0] as number;
  const bit = 1 << (h & 15);
  if ((bitmap & bit) === 0) return null;
  const childmap = node[1] as number;
  const i = entryIndex(bitmap, childmap, bit);
  if ((childmap & bit) !== 0) {
    const kid = node[i] as HNode;
    const nk = hamtReplace(kid, key, val, nextHash(h, lvl + 1, key), lvl + 1, owner);
    if (nk === null) return null;
    return nk === kid ? node : withChild(node, i, nk, owner);
  }
  const k = node[i];
  if (k !== key && !keysEqual(k as Term, key)) return null;
  if (k === key && node[i + 1] === val) return node;
  return withLeaf(node, i, key, val, owner);
}

/** What a node shrinks to when one leaf is all that is left below it. */
class Lone {
  constructor(readonly key: Term, readonly val: Term) {}
}

function removeRec(node: HNode, key: Term, h: number, lvl: number, isRoot: boolean): HNode | Lone {
  const bitmap = node[0] as number;
  const bit = 1 << (h & 15);
  if ((bitmap & bit) === 0) return node;
  const childmap = node[1] as number;
  const i = entryIndex(bitmap, childmap, bit);
  if ((childmap & bit) !== 0) {
    const kid = node[i] as HNode;
    const r = removeRec(kid, key, nextHash(h, lvl + 1, key), lvl + 1, false);
    if (r === kid) return node;
    if (r instanceof Lone) {
      // The child folded into one leaf: it takes the child's place, and may fold this node too.
      if (bitmap === bit && !isRoot) return r;
      return respliced(node, i, 1, 2, r.key, r.val, bitmap, childmap & ~bit, null);
    }
    return withChild(node, i, r, null);
  }
  const k = node[i];
  if (k !== key && !keysEqual(k as Term, key)) return node;
  change.removed = true;
  const rest = bitmap & ~bit;
  if (!isRoot && rest !== 0 && (rest & (rest - 1)) === 0 && (childmap & rest) === 0) {
    // One other slot, a leaf: this node folds into it.
    const o = i === FIRST ? FIRST + 2 : FIRST;
    return new Lone(node[o] as Term, node[o + 1] as Term);
  }
  return respliced(node, i, 2, 0, undefined, undefined, rest, childmap, null);
}

/** The root without `key` (the same root when absent; `change.removed` tells). */
export function hamtRemove(root: HNode, key: Term): HNode {
  const r = removeRec(root, key, mapKeyHash(key), 0, true);
  return r as HNode; // the root never folds into a leaf
}

/** Calls f(key, value) for every leaf in iteration order (maps:fold, maps:next, printing). */
export function hamtForEach(node: HNode, f: (k: Term, v: Term) => void): void {
  const childmap = node[1] as number;
  let i = FIRST;
  for (let b = node[0] as number; b !== 0; b &= b - 1) {
    if ((childmap & b & -b) !== 0) {
      hamtForEach(node[i] as HNode, f);
      i += 1;
    } else {
      f(node[i] as Term, node[i + 1] as Term);
      i += 2;
    }
  }
}

/** Appends keys and values in maps:to_list order (iteration order reversed). */
export function hamtCollectReverse(node: HNode, ks: Term[], vs: Term[]): void {
  const childmap = node[1] as number;
  let i = node.length;
  for (let b = node[0] as number; b !== 0; ) {
    const top = 1 << (31 - Math.clz32(b));
    b &= ~top;
    if ((childmap & top) !== 0) {
      i -= 1;
      hamtCollectReverse(node[i] as HNode, ks, vs);
    } else {
      i -= 2;
      ks.push(node[i] as Term);
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
    root = hamtInsert(root, ks[i], vs[i], mapKeyHash(ks[i]), 0, owner);
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
  // The stack points at the next leaf to emit: per level the node, the slot's bit, the entry's index.
  const nodes: HNode[] = [];
  const bits: number[] = [];
  const idxs: number[] = [];
  let node = root;
  let p = path;
  for (;;) {
    const pos = Number(p & 15n);
    p >>= 4n;
    const bitmap = node[0] as number;
    const childmap = node[1] as number;
    if (pos >= popcount(bitmap)) return undefined;
    const bit = slotAt(bitmap, pos);
    const i = entryIndex(bitmap, childmap, bit);
    nodes.push(node);
    bits.push(bit);
    idxs.push(i);
    if ((childmap & bit) === 0) break;
    node = node[i] as HNode;
  }
  const ks: Term[] = [];
  const vs: Term[] = [];
  for (;;) {
    if (ks.length === limit) break;
    let depth = nodes.length - 1;
    const leafNode = nodes[depth];
    const i = idxs[depth];
    ks.push(leafNode[i] as Term);
    vs.push(leafNode[i + 1] as Term);
    // Move to the next leaf: right (up while a level is finished), then down-left.
    let step = 2;
    for (;;) {
      const n = nodes[depth];
      const later = (n[0] as number) & ~((bits[depth] << 1) - 1);
      if (later !== 0) {
        bits[depth] = later & -later;
        idxs[depth] += step;
        break;
      }
      nodes.pop();
      bits.pop();
      idxs.pop();
      depth--;
      if (depth < 0) return { ks, vs, next: null };
      step = 1; // the level above was at a child
    }
    let at = nodes[depth];
    while (((at[1] as number) & bits[depth]) !== 0) {
      at = at[idxs[depth]] as HNode;
      const first = (at[0] as number) & -(at[0] as number);
      nodes.push(at);
      bits.push(first);
      idxs.push(FIRST);
      depth++;
    }
  }
  let next = 0n;
  for (let d = nodes.length - 1; d >= 0; d--) {
    const pos = popcount((nodes[d][0] as number) & (bits[d] - 1));
    next = (next << 4n) | BigInt(pos);
  }
  return { ks, vs, next };
}
