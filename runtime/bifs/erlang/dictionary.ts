// The process dictionary: put/2, get/0,1, get_keys/0,1, erase/0,1. Keys are compared with =:=
// (1 and 1.0 are two keys). The table is laid out as erts lays out its own (erl_process_dict.c):
// a linear-hashing table of buckets that starts with 8 slots, splits one bucket at a time as it
// grows and merges them back as it shrinks; each bucket holds one {Key, Value} or a list of them,
// newest first. get/0 and get_keys/0 walk the slots upwards and build their result by prepending,
// so they list the entries in erts's order as long as keys hash as on erts: small integers by
// their low 32 bits, atoms by their atom-table index (Atom.id here, which matches erts only where
// the atom table does), everything else by erts's internal hash.

import { Atom, UNDEFINED } from '../../term/atom.js';
import { Cons, NIL } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { eqExact } from '../../term/compare.js';
import { internalHash } from '../../term/internal-hash.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';

/** One {Key, Value} entry (a 2-tuple, as get/0 returns it). */
type Entry = [Term, Term];
/**
 * A bucket: null when empty; otherwise its entries in erts's list order. A bucket of one entry is
 * erts's lone tuple; erts never keeps a one-element list (it turns it back into a tuple), so
 * length 1 always means "tuple" and the merge rules below can tell the two apart.
 */
type Bucket = Entry[] | null;

const INITIAL_SIZE = 8;
const MAX_HASH = 1342177280;
const SMALL_MIN = -(2n ** 59n);
const SMALL_MAX = 2n ** 59n - 1n;

/** erts's MAKE_HASH for the process dictionary: an unsigned 32-bit number. */
export function pdHash(key: Term): number {
  if (typeof key === 'number') return key >>> 0; // ToUint32 is the value modulo 2^32, as the C cast
  if (typeof key === 'bigint' && key >= SMALL_MIN && key <= SMALL_MAX) return Number(BigInt.asUintN(32, key));
  if (key instanceof Atom) return key.id >>> 0;
  return internalHash(key, 0);
}

export class ProcDict {
  /** Slot contents; only the first `usedSlots` are in the table. */
  private data: Bucket[] = new Array(INITIAL_SIZE).fill(null);
  private usedSlots = INITIAL_SIZE;
  private sizeMask = INITIAL_SIZE * 2 - 1;
  private splitPosition = 0;
  size = 0;

  private index(hx: number): number {
    const high = (hx & this.sizeMask) >>> 0;
    if (high >= this.usedSlots) return (hx & (this.sizeMask >>> 1)) >>> 0;
    return high;
  }

  get(key: Term): Term | undefined {
    const b = this.data[this.index(pdHash(key))];
    if (b === null) return undefined;
    for (const e of b) if (eqExact(e[0], key)) return e[1];
    return undefined;
  }

  /** Store key => value; returns the old value or undefined. */
  put(key: Term, value: Term): Term | undefined {
    const ix = this.index(pdHash(key));
    const old = this.data[ix];
    const tpl: Entry = [key, value];
    if (old === null) {
      this.data[ix] = [tpl];
      this.size++;
    } else {
      const i = old.findIndex((e) => eqExact(e[0], key));
      if (i < 0) {
        this.data[ix] = [tpl, ...old];
        this.size++;
      } else {
        // The entry is replaced where it stands (OTP 25 keeps the bucket's order on update).
        const prev = old[i][1];
        const rebuilt = old.slice();
        rebuilt[i] = tpl;
        this.data[ix] = rebuilt;
        return prev;
      }
    }
    if (this.usedSlots <= this.size) this.grow();
    return undefined;
  }

  /** Remove key; returns its value or undefined. */
  erase(key: Term): Term | undefined {
    const ix = this.index(pdHash(key));
    const old = this.data[ix];
    let ret: Term | undefined;
    if (old !== null) {
      const i = old.findIndex((e) => eqExact(e[0], key));
      if (i >= 0) {
        ret = old[i][1];
        this.size--;
        const rest = old.slice(0, i).concat(old.slice(i + 1));
        this.data[ix] = rest.length === 0 ? null : rest;
      }
    }
    const range = this.usedSlots;
    if (range > INITIAL_SIZE && Math.floor(range / 2) > this.size) this.shrink();
    return ret;
  }

  /** Every entry in the order get/0 returns them. */
  entries(): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; i < this.usedSlots; i++) {
      const b = this.data[i];
      if (b !== null) for (const e of b) out.push(e);
    }
    return out.reverse();
  }

  private grow(): void {
    let steps = Math.floor(this.usedSlots / 4) & 0xf;
    if (steps === 0) steps = 1;
    if (MAX_HASH - steps <= this.usedSlots) return;
    let homeSize = this.usedSlots - this.splitPosition;
    for (let s = 0; s < steps; s++) {
      if (this.splitPosition === homeSize) {
        homeSize *= 2;
        this.sizeMask = homeSize * 2 - 1;
        this.splitPosition = 0;
      }
      const pos = this.splitPosition;
      this.splitPosition++;
      this.usedSlots++;
      const l = this.data[pos];
      if (this.data.length < this.usedSlots) this.data.push(null);
      if (l === null) {
        this.data[pos + homeSize] = null;
        continue;
      }
      // Entries that now hash elsewhere move to the new slot; both halves come out reversed.
      const stay: Entry[] = [];
      const move: Entry[] = [];
      for (const e of l) (this.index(pdHash(e[0])) === pos ? stay : move).unshift(e);
      this.data[pos] = stay.length === 0 ? null : stay;
      this.data[pos + homeSize] = move.length === 0 ? null : move;
    }
  }

  private shrink(): void {
    const range = this.usedSlots;
    let steps = Math.floor((range * 3) / 10);
    if (range - steps < INITIAL_SIZE) steps = range - INITIAL_SIZE;
    for (let s = 0; s < steps; s++) {
      if (this.splitPosition === 0) {
        this.sizeMask = this.usedSlots - 1;
        this.splitPosition = this.usedSlots / 2;
      }
      this.splitPosition--;
      const hi = this.data[this.usedSlots - 1];
      const lo = this.data[this.splitPosition];
      if (hi !== null) this.data[this.splitPosition] = lo === null ? hi : merge(lo, hi);
      this.usedSlots--;
      this.data[this.usedSlots] = null;
    }
  }
}

/** Bucket `hi` folded into bucket `lo`, in the order erts's shrink leaves them. */
function merge(lo: Entry[], hi: Entry[]): Entry[] {
  if (lo.length === 1) return hi.length === 1 ? [lo[0], hi[0]] : [lo[0], ...hi];
  if (hi.length === 1) return [hi[0], ...lo];
  return [...hi].reverse().concat(lo);
}

const KEY = 'dict';

/** p's dictionary, or undefined while it has never been written (or after erase/0). */
export function dictOf(p: Process): ProcDict | undefined {
  return p.ext.get(KEY) as ProcDict | undefined;
}

export function dictGet(p: Process, key: Term): Term {
  return dictOf(p)?.get(key) ?? UNDEFINED;
}

export function dictPut(p: Process, key: Term, value: Term): Term {
  let d = dictOf(p);
  if (d === undefined) {
    d = new ProcDict();
    p.ext.set(KEY, d);
  }
  return d.put(key, value) ?? UNDEFINED;
}

/** The dictionary as get/0 and process_info(P, dictionary) give it. */
export function dictToList(p: Process): Term {
  const d = dictOf(p);
  if (d === undefined) return NIL;
  let l: Term = NIL;
  const es = d.entries();
  for (let i = es.length - 1; i >= 0; i--) l = new Cons(es[i], l);
  return l;
}

function keysWhere(p: Process, pred: (e: Entry) => boolean): Term {
  const d = dictOf(p);
  if (d === undefined) return NIL;
  let l: Term = NIL;
  const es = d.entries();
  for (let i = es.length - 1; i >= 0; i--) if (pred(es[i])) l = new Cons(es[i][0], l);
  return l;
}

const E = 'erlang';

defineGuarded(E, 'put', 2, (p: Process, key: Term, value: Term) => dictPut(p, key, value));
defineGuarded(E, 'get', 1, (p: Process, key: Term) => dictGet(p, key));
defineGuarded(E, 'get', 0, (p: Process) => dictToList(p));
defineGuarded(E, 'get_keys', 0, (p: Process) => keysWhere(p, () => true));
defineGuarded(E, 'get_keys', 1, (p: Process, value: Term) => keysWhere(p, (e) => eqExact(e[1], value)));
defineGuarded(E, 'erase', 1, (p: Process, key: Term) => dictOf(p)?.erase(key) ?? UNDEFINED);
defineGuarded(E, 'erase', 0, (p: Process) => {
  const all = dictToList(p);
  p.ext.delete(KEY);
  return all;
});
