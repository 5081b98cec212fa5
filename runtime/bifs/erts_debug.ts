// erts_debug:flat_size/1 and same/2, and the facts about erts's term layout they rest on, which
// erts_internal:term_type/1 shares. Sizes are erts's size_object on a 64-bit machine (OTP 25),
// checked against erts term by term: immediates (small integers, atoms, [], local pids and ports)
// take no words; a cons 2; a tuple its arity + 1 ({} none: one global literal); a bignum a header
// and a word per 64 bits; a float 2; a local reference 3 (4 for an alias, a "pid reference"),
// external pids and ports 4, external references 2 + their words; a fun 5 + its free variables; a
// flat map (up to 32 keys) 3 + a value per key + its keys tuple; a hashmap a cons per pair, 2 + a
// word per child for its root and 1 + a word per child for each inner node. Binaries count as
// size_object counts them, which is what copying them would make: a binary of up to 64 bytes is a
// heap binary (2 + its bytes in words: erts extracts small parts of binaries as heap binaries),
// anything larger or built by appending a 6-word reference to shared data, and a bitstring that
// does not end on a byte boundary a 5-word sub-binary besides. Shared subterms count each time.

import { Atom, bool } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { EFloat } from '../term/float.js';
import { Fun } from '../term/fun.js';
import { LOCAL_NODE, Pid, Port, Ref } from '../term/identifiers.js';
import { Cons } from '../term/list.js';
import { EMap } from '../term/map.js';
import { type HNode, trieChild, trieKey, trieValue, trieWidth } from '../term/map-hamt.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { aliases } from '../process/signals.js';
import { refKey } from '../process/scheduler.js';
import { defineGuarded } from './erlang/annotate.js';
import { isHashmapNodeView } from './erts_internal-maps.js';

const M = 'erts_debug';

const SMALL_MIN = -(2n ** 59n);
const SMALL_MAX = 2n ** 59n - 1n;
/** The largest binary erts keeps on the process heap (ERL_ONHEAP_BIN_LIMIT). */
const ONHEAP_BIN_LIMIT = 64;
const PROC_BIN_WORDS = 6;
const SUB_BIN_WORDS = 5;
const FUN_WORDS = 5;

/** Whether a bigint is a bignum in erts (beyond the 60-bit small integers). */
export function isBignum(n: bigint): boolean {
  return n < SMALL_MIN || n > SMALL_MAX;
}

/** erts's kinds of binary: what erts_internal:term_type/1 calls `b`. */
export type BinaryKind = 'heap_binary' | 'refc_binary' | 'sub_binary';

/** Whether the bytes behind `b` are a reference-counted binary in erts (large, or appendable). */
function refcBacked(b: BitStr): boolean {
  return b.area !== null || b.bytes.length > ONHEAP_BIN_LIMIT;
}

export function binaryKind(b: BitStr): BinaryKind {
  // Appending makes a writable binary, which erts hands out as a sub-binary of it.
  if (b.area !== null || (b.size & 7) !== 0 || (b.offset & 7) !== 0) return 'sub_binary';
  const n = b.size >>> 3;
  if (n <= ONHEAP_BIN_LIMIT) return 'heap_binary';
  return b.offset === 0 && b.bytes.length === n ? 'refc_binary' : 'sub_binary';
}

function heapBinWords(bytes: number): number {
  return 2 + Math.ceil(bytes / 8);
}

function binaryWords(b: BitStr): number {
  const bytes = b.size >>> 3;
  const bitOffset = b.offset & 7;
  const tailBits = b.size & 7;
  if (bitOffset === 0 && tailBits === 0) {
    return b.area === null && bytes <= ONHEAP_BIN_LIMIT ? heapBinWords(bytes) : PROC_BIN_WORDS;
  }
  // Not byte-aligned: a sub-binary over a copy of the bytes it touches.
  const extra = bitOffset + tailBits > 8 ? 2 : 1;
  return SUB_BIN_WORDS + (refcBacked(b) ? PROC_BIN_WORDS : heapBinWords(bytes + extra));
}

function bignumWords(n: bigint): number {
  const mag = n < 0n ? -n : n;
  return 1 + Math.ceil(mag.toString(16).length / 16);
}

function refWords(r: Ref): number {
  if (r.node !== LOCAL_NODE) return 2 + Math.ceil(r.ids.length / 2);
  // An alias is a pid reference in erts, which carries the owner's pid.
  return aliases.has(refKey(r)) ? 4 : 3;
}

/**
 * The words of a hashmap trie's nodes and leaves (a header and one word per child, a root one
 * more for the size, a leaf a cons [Key | Value]); its keys and values are pushed onto `terms`.
 */
function trieWords(node: HNode, isRoot: boolean, terms: Term[]): number {
  const width = trieWidth(node);
  let n = (isRoot ? 2 : 1) + width;
  for (let i = 0; i < width; i++) {
    const kid = trieChild(node, i);
    if (kid !== undefined) n += trieWords(kid, false, terms);
    else {
      n += 2;
      terms.push(trieKey(node, i), trieValue(node, i));
    }
  }
  return n;
}

/** The words of `t` as erts's size_object counts them on a 64-bit machine. */
export function flatSize(t: Term): number {
  let n = 0;
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (typeof x === 'number' || x instanceof Atom) continue;
    if (typeof x === 'bigint') {
      if (isBignum(x)) n += bignumWords(x);
    } else if (x instanceof Cons) {
      n += 2;
      stack.push(x.hd, x.tl);
    } else if (Array.isArray(x)) {
      if (x.length > 0) n += 1 + x.length;
      for (const e of x) stack.push(e);
    } else if (x instanceof EFloat) {
      n += 2;
    } else if (x instanceof BitStr) {
      n += binaryWords(x);
    } else if (x instanceof EMap) {
      if (x.root === null) {
        n += 3 + x.size + (x.size > 0 ? 1 + x.size : 0);
        x.forEach((k, v) => stack.push(k, v));
      } else {
        // map_hashmap_children/1's view of an inner node is that node, without a root's size word.
        n += trieWords(x.root, !isHashmapNodeView(x), stack);
      }
    } else if (x instanceof Pid || x instanceof Port) {
      if (x.node !== LOCAL_NODE) n += 4;
    } else if (x instanceof Ref) {
      n += refWords(x);
    } else if (x instanceof Fun) {
      n += FUN_WORDS + x.env.length;
      for (const e of x.env) stack.push(e);
    }
  }
  return n;
}

/**
 * Whether two terms are the same object in erts's memory: immediates (small integers, atoms, [],
 * local pids and ports) are the same when equal; boxed terms only when they are one object.
 * beamjs cannot tell two equal bignums apart, nor two equal external identifiers built apart.
 */
function same(a: Term, b: Term): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  if ((a instanceof Pid && b instanceof Pid) || (a instanceof Port && b instanceof Port)) {
    if (a.node !== LOCAL_NODE || b.node !== LOCAL_NODE) return a === b;
    return a.id === b.id && a.creation === b.creation && (!(a instanceof Pid) || a.serial === (b as Pid).serial);
  }
  return a === b;
}

defineGuarded(M, 'flat_size', 1, (_p: Process, t: Term) => flatSize(t));

defineGuarded(M, 'same', 2, (_p: Process, a: Term, b: Term) => bool(same(a, b)));
