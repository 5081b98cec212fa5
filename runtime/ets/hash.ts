// The store behind set, bag and duplicate_bag tables: a linear hash table laid out as erts's
// erl_db_hash.c lays it out, so that tab2list, first/next, select and foldl visit objects in
// erts's order. (ordered_set tables keep their objects in ordered.ts; both offer table.ts's Store.)
//
// The hash layout, checked object for object against erts 25 (test/ets.test.ts, test/erl/ets/):
// - the hash of a key is erts's internal hash (make_internal_hash(Key, 0)), or for an atom the
//   hash kept with the atom (hashpjw of its text);
// - 256 buckets at first; slot = hash & szm, folded to hash & (szm >> 1) when beyond nactive;
//   linear hashing adds one bucket (splitting bucket nactive & (szm >> 1), keeping link order)
//   each time the object count passes the bucket count, at most 5 per operation;
// - shrinking joins the top bucket into its buddy (top bucket's chain first), only once the
//   table has two 2048-slot segments beyond its first 256 slots (below that it never shrinks);
// - a new key goes to the end of its chain, as does update_counter's default object; an object
//   of a bag whose key is present goes before that key's first object;
// - first/next walk the buckets from slot 0 up, each chain from its head; lists (tab2list,
//   select, match, lookup of a bag, slot) are built by consing along that walk, so they come out
//   in the reverse order;
// - while a table is fixed (safe_fixtable), deleted objects stay in their chains, invisible,
//   and the table neither grows nor shrinks; unfixing purges them.
//
// Chains are linked lists, as in erts, but of entry numbers rather than objects: entry e's object
// is element e of one array, its hash, successor and flags sit together in a typed array, and a
// bucket is the number of its first entry. Entries are numbered in insertion order (freed numbers
// are reused), as erts's objects lie in memory in allocation order: finding a key costs one random
// access (its bucket's head, as erts's segment) and then reads at the entry's number, where keys
// inserted one after the other sit side by side. Entries as linked objects cost an object each
// to promote and trace, and the GC's copying scattered them in bucket order, so that looking up
// keys in insertion order missed the cache on every entry and object (issue 6: ets_ops, 600k
// update_counter calls). Walks in bucket order (first/next, foldl) pay for it instead, as on erts.
// The key of an entry is element keypos of its object (a table never changes that element).
//
// Copy on write (as holder.ts does for ordered_set): an object that update_counter copied for the
// table itself (OWNED) is seen by nobody until something hands it out, so the next update_counter
// changes it in place; handing it out (lookup, walks, slot, toArray) clears OWNED.

import { Atom } from '../term/atom.js';
import type { Term } from '../term/term.js';
import { Cons, NIL } from '../term/list.js';
import { eqExact } from '../term/compare.js';
import { internalHash } from '../term/internal-hash.js';
import { atomHash } from '../term/phash.js';
import type { Cursor, Store, TableType } from './table.js';

const FIRST_SEGSZ = 256;
const EXT_SEGSZ = 2048;
const RESIZE_LOOP_LIMIT = 5;
/** Entry numbers to start with: most tables are small. */
const FIRST_ENTRIES = 16;

/** End of a chain (and of the free list). */
const NONE = -1;
// Where an entry's fields lie in meta, from entry number * STRIDE (one cache line holds four entries).
const STRIDE = 4;
const HASH = 0;
const NEXT = 1;
const FLAGS = 2;
/** Flag: deleted while the table was fixed, kept in its chain until unfixed. */
const DEAD = 1;
/** Flag: the object is the table's own copy, not yet handed out (see the top of the file). */
const OWNED = 2;

/** erts's ETS hash of a key (MAKE_HASH). */
export function keyHash(key: Term): number {
  return (key instanceof Atom ? atomHash(key) : internalHash(key, 0)) & 0x7fffffff;
}

/** Where a walk stands: the entry to look at next in `slot`'s chain (NONE: the chain is done). */
interface HashCursor {
  slot: number;
  at: number;
}

function grownInt32(a: Int32Array, n: number, fill: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

export class HashStore implements Store {
  private readonly bag: boolean;
  private readonly dup: boolean;
  /** keypos - 1: where an object holds its key. */
  private readonly kp: number;
  /** The first entry of each bucket's chain, NONE when empty; a chain is in erts's link order. */
  private heads: Int32Array;
  /** Entry e's object (null once freed). */
  private objs: Array<Term[] | null>;
  /** Entry e's key hash, next entry (of its chain, or of the free list) and flags, from e * STRIDE. */
  private meta: Int32Array;
  /** Entry numbers handed out so far (the free list holds the freed ones below this). */
  private used = 0;
  private free = NONE;
  private nactive = FIRST_SEGSZ;
  private szm = FIRST_SEGSZ - 1;
  /** Allocated slots: the first segment and every extra 2048-slot one (erts's nslots). */
  private nslots = FIRST_SEGSZ;
  private shrinkLimit = 0;
  private nitems = 0;
  private fixed = 0;
  private hasDead = false;
  /**
   * The entry whose key first/1 or next/2 last answered: ets:foldl and other walks then ask
   * lookup/2 and next/2 about that very key term, found here without hashing it again (half the
   * cost of a walk step). Never stale: it is used only while its object's key is that term
   * (===), and a freed entry has no object while one taken again holds another key, or this
   * one (and is then its entry). An equal term that is not the same one goes the usual way.
   */
  private walked = NONE;

  constructor(type: TableType, keypos = 1) {
    this.bag = type === 'bag' || type === 'duplicate_bag';
    this.dup = type === 'duplicate_bag';
    this.kp = keypos - 1;
    this.heads = new Int32Array(FIRST_SEGSZ).fill(NONE);
    this.objs = [];
    this.meta = new Int32Array(FIRST_ENTRIES * STRIDE);
  }

  get size(): number {
    return this.nitems;
  }

  private ix(hash: number): number {
    let i = hash & this.szm;
    if (i >= this.nactive) i &= this.szm >>> 1;
    return i;
  }

  // --- entries -------------------------------------------------------------------------------

  private next(e: number): number {
    return this.meta[e * STRIDE + NEXT];
  }

  private setNext(e: number, n: number): void {
    this.meta[e * STRIDE + NEXT] = n;
  }

  private dead(e: number): boolean {
    return (this.meta[e * STRIDE + FLAGS] & DEAD) !== 0;
  }

  private keyOf(e: number): Term {
    return this.objs[e]![this.kp];
  }

  /** Whether entry e holds `key` (of hash h), live or dead: integers and atoms are equal only to themselves. */
  private holds(e: number, h: number, key: Term): boolean {
    if (this.meta[e * STRIDE + HASH] !== h) return false;
    const k = this.keyOf(e);
    return k === key || eqExact(k, key);
  }

  /** Whether `key` is the very term (===) that entry `walked` holds; the entry may be dead. */
  private atWalked(key: Term): boolean {
    const o = this.walked === NONE ? null : this.objs[this.walked];
    return o !== null && o[this.kp] === key;
  }

  /** The live entry of a set's key, or NONE. */
  private live(key: Term, h: number): number {
    for (let e = this.heads[this.ix(h)]; e !== NONE; e = this.next(e)) if (this.holds(e, h, key) && !this.dead(e)) return e;
    return NONE;
  }

  /** Entry e's object, handed out: it is shared from now on. */
  private share(e: number): Term[] {
    this.meta[e * STRIDE + FLAGS] &= ~OWNED;
    return this.objs[e]!;
  }

  /** Puts obj in entry e, live and shared. */
  private store(e: number, obj: Term[]): void {
    this.objs[e] = obj;
    this.meta[e * STRIDE + FLAGS] = 0;
  }

  /** A new entry, in no chain yet. */
  private alloc(h: number, obj: Term[]): number {
    let e = this.free;
    if (e !== NONE) {
      this.free = this.next(e);
      this.objs[e] = obj;
    } else {
      e = this.used++;
      if (e * STRIDE === this.meta.length) this.meta = grownInt32(this.meta, this.meta.length * 2, 0);
      this.objs.push(obj);
    }
    const m = e * STRIDE;
    this.meta[m + HASH] = h;
    this.meta[m + NEXT] = NONE;
    this.meta[m + FLAGS] = 0;
    return e;
  }

  private release(e: number): void {
    this.objs[e] = null;
    this.setNext(e, this.free);
    this.free = e;
  }

  /** Links entry e after `last` in slot s's chain (at its head when last is NONE). */
  private linkAfter(s: number, last: number, e: number): void {
    if (last === NONE) this.heads[s] = e;
    else this.setNext(last, e);
  }

  // --- objects -------------------------------------------------------------------------------

  /** Built as erts builds it, by consing along the chain: a bag's objects come out oldest first. */
  lookup(key: Term): Term[][] {
    const h = keyHash(key);
    if (!this.bag) {
      const e = this.live(key, h);
      return e === NONE ? [] : [this.share(e)];
    }
    const out: Term[][] = [];
    for (let e = this.heads[this.ix(h)]; e !== NONE; e = this.next(e)) {
      if (!this.dead(e) && this.holds(e, h, key)) out.push(this.share(e));
    }
    return out.reverse();
  }

  lookupList(key: Term): Term {
    if (!this.bag && this.atWalked(key)) {
      const e = this.walked;
      return this.dead(e) ? NIL : new Cons(this.share(e), NIL);
    }
    const h = keyHash(key);
    if (!this.bag) {
      const e = this.live(key, h);
      return e === NONE ? NIL : new Cons(this.share(e), NIL);
    }
    let out: Term = NIL;
    for (let e = this.heads[this.ix(h)]; e !== NONE; e = this.next(e)) {
      if (!this.dead(e) && this.holds(e, h, key)) out = new Cons(this.share(e), out);
    }
    return out;
  }

  ownObject(key: Term): Term[] | undefined {
    const e = this.live(key, keyHash(key));
    if (e === NONE) return undefined;
    const f = e * STRIDE + FLAGS;
    if ((this.meta[f] & OWNED) === 0) {
      this.objs[e] = this.objs[e]!.slice();
      this.meta[f] |= OWNED;
    }
    return this.objs[e]!;
  }

  member(key: Term): boolean {
    return this.live(key, keyHash(key)) !== NONE;
  }

  put(key: Term, obj: Term[]): void {
    const h = keyHash(key);
    const s = this.ix(h);
    if (!this.bag) {
      let last = NONE;
      for (let e = this.heads[s]; e !== NONE; e = this.next(e)) {
        if (this.holds(e, h, key)) {
          if (this.dead(e)) this.nitems++;
          this.store(e, obj);
          return;
        }
        last = e;
      }
      this.linkAfter(s, last, this.alloc(h, obj));
    } else {
      // A new object of a key already there goes before that key's first object.
      let before = NONE;
      let first = NONE;
      let last = NONE;
      for (let e = this.heads[s]; e !== NONE; e = this.next(e)) {
        if (this.holds(e, h, key)) {
          if (!this.dup && !this.dead(e) && eqExact(this.objs[e]!, obj)) return;
          if (first === NONE) {
            first = e;
            before = last;
          }
        }
        last = e;
      }
      const entry = this.alloc(h, obj);
      if (first === NONE) {
        this.linkAfter(s, last, entry);
      } else {
        this.setNext(entry, first);
        this.linkAfter(s, before, entry);
      }
    }
    this.nitems++;
    this.tryGrow();
  }

  /**
   * Only called when the key has no live object. An object of the key deleted while the table
   * is fixed is brought back with the new object in its place (erts's db_lookup_dbterm_hash
   * reuses it, without trying to grow); else the object goes to the end of the chain.
   */
  putDefault(key: Term, obj: Term[]): void {
    const h = keyHash(key);
    const s = this.ix(h);
    let last = NONE;
    for (let e = this.heads[s]; e !== NONE; e = this.next(e)) {
      if (this.holds(e, h, key)) {
        this.store(e, obj);
        this.nitems++;
        return;
      }
      last = e;
    }
    this.linkAfter(s, last, this.alloc(h, obj));
    this.nitems++;
    this.tryGrow();
  }

  replace(key: Term, obj: Term[]): void {
    const e = this.live(key, keyHash(key));
    if (e !== NONE) this.store(e, obj);
  }

  /** Deletes the live entries of `key` (only those exactly equal to obj unless it is null); returns how many. */
  private removeWhere(key: Term, obj: Term[] | null): number {
    const h = keyHash(key);
    const s = this.ix(h);
    let n = 0;
    for (let e = this.heads[s]; e !== NONE; e = this.next(e)) {
      if (!this.dead(e) && this.holds(e, h, key) && (obj === null || eqExact(this.objs[e]!, obj))) {
        this.meta[e * STRIDE + FLAGS] |= DEAD;
        n++;
      }
    }
    if (n === 0) return 0;
    this.nitems -= n;
    if (this.fixed > 0) this.hasDead = true;
    else {
      this.purge(s);
      this.tryShrink();
    }
    return n;
  }

  /** Unlinks the dead entries of bucket s and frees them, the others keeping their order. */
  private purge(s: number): void {
    let last = NONE;
    for (let e = this.heads[s]; e !== NONE; ) {
      const n = this.next(e);
      if (this.dead(e)) {
        this.release(e);
      } else {
        this.linkAfter(s, last, e);
        last = e;
      }
      e = n;
    }
    this.linkAfter(s, last, NONE);
  }

  deleteKey(key: Term): number {
    return this.removeWhere(key, null);
  }

  deleteObject(key: Term, obj: Term[]): number {
    return this.removeWhere(key, obj);
  }

  clear(): void {
    this.heads = new Int32Array(FIRST_SEGSZ).fill(NONE);
    this.objs = [];
    this.meta = new Int32Array(FIRST_ENTRIES * STRIDE);
    this.used = 0;
    this.free = NONE;
    this.nactive = FIRST_SEGSZ;
    this.szm = FIRST_SEGSZ - 1;
    this.nslots = FIRST_SEGSZ;
    this.shrinkLimit = 0;
    this.nitems = 0;
    this.hasDead = false;
    this.walked = NONE;
  }

  // --- growing and shrinking -----------------------------------------------------------------

  private tryGrow(): void {
    for (let n = 0; n < RESIZE_LOOP_LIMIT && this.fixed === 0 && this.nitems > this.nactive; n++) this.grow();
  }

  private grow(): void {
    if (this.nactive === this.nslots) {
      this.nslots += EXT_SEGSZ;
      this.calcShrinkLimit();
    }
    if (this.nactive === this.heads.length) this.heads = grownInt32(this.heads, this.heads.length * 2, NONE);
    let from: number;
    if (this.nactive <= this.szm) {
      from = this.nactive & (this.szm >>> 1);
    } else {
      from = 0;
      this.szm = ((this.szm << 1) | 1) >>> 0;
    }
    const to = this.nactive++;
    // Split the chain in two, each keeping its entries' order.
    let keepTail = NONE;
    let moveTail = NONE;
    for (let e = this.heads[from]; e !== NONE; e = this.next(e)) {
      if ((this.meta[e * STRIDE + HASH] & this.szm) === to) {
        this.linkAfter(to, moveTail, e);
        moveTail = e;
      } else {
        this.linkAfter(from, keepTail, e);
        keepTail = e;
      }
    }
    this.linkAfter(from, keepTail, NONE);
    this.linkAfter(to, moveTail, NONE);
  }

  private calcShrinkLimit(): void {
    this.shrinkLimit = this.nslots >= FIRST_SEGSZ + 2 * EXT_SEGSZ ? Math.floor((this.nslots - EXT_SEGSZ) / 2) : 0;
  }

  private tryShrink(): void {
    if (this.nactive <= FIRST_SEGSZ || this.fixed > 0) return;
    for (let n = 0; n < RESIZE_LOOP_LIMIT && this.nitems < this.shrinkLimit; n++) {
      const src = this.nactive - 1;
      const low = this.szm >>> 1;
      const dst = src & low;
      this.nactive = src;
      if (dst === 0) this.szm = low;
      if (this.nslots - src >= EXT_SEGSZ) {
        this.nslots -= EXT_SEGSZ;
        this.calcShrinkLimit();
      }
      // The top chain first, then the buddy's.
      const moved = this.heads[src];
      if (moved !== NONE) {
        let tail = moved;
        while (this.next(tail) !== NONE) tail = this.next(tail);
        this.setNext(tail, this.heads[dst]);
        this.heads[dst] = moved;
      }
      this.heads[src] = NONE;
    }
  }

  fix(): void {
    this.fixed++;
  }

  unfix(): void {
    if (this.fixed > 0) this.fixed--;
    if (this.fixed === 0 && this.hasDead) {
      for (let s = 0; s < this.nactive; s++) this.purge(s);
      this.hasDead = false;
    }
  }

  // --- walks -----------------------------------------------------------------------------------

  /** The first live entry from entry `at` of slot `slot`'s chain on, through the later chains; NONE at the end. */
  private seek(slot: number, at: number): number {
    for (let s = slot, e = at; s < this.nactive; e = ++s < this.nactive ? this.heads[s] : NONE) {
      for (; e !== NONE; e = this.next(e)) if (!this.dead(e)) return e;
    }
    return NONE;
  }

  firstKey(): Term | undefined {
    const e = this.seek(0, this.heads[0]);
    this.walked = e;
    return e === NONE ? undefined : this.keyOf(e);
  }

  // erts's hash tables have no order of their own: last/1 and prev/2 are first/1 and next/2.
  lastKey(): Term | undefined {
    return this.firstKey();
  }

  nextKey(key: Term): Term | undefined | null {
    let h: number;
    let s: number;
    let e: number;
    if (this.atWalked(key)) {
      // An entry of the key (a bag's objects of one key are together: the rest are skipped below).
      e = this.walked;
      h = this.meta[e * STRIDE + HASH];
      s = this.ix(h);
    } else {
      h = keyHash(key);
      s = this.ix(h);
      // The key's first entry, live or not.
      e = this.heads[s];
      while (e !== NONE && !this.holds(e, h, key)) e = this.next(e);
      if (e === NONE) return null;
    }
    // A bag keeps the objects of one key together: step over them all.
    e = this.next(e);
    while (e !== NONE && this.holds(e, h, key)) e = this.next(e);
    const n = this.seek(s, e);
    this.walked = n;
    return n === NONE ? undefined : this.keyOf(n);
  }

  prevKey(key: Term): Term | undefined | null {
    return this.nextKey(key);
  }

  start(_reverse: boolean): Cursor {
    const c: HashCursor = { slot: 0, at: this.heads[0] };
    return c;
  }

  walk(cur: Cursor, _reverse: boolean, f: (obj: Term[]) => boolean): Cursor | null {
    const c = cur as HashCursor;
    for (let s = c.slot, e = c.at; s < this.nactive; e = ++s < this.nactive ? this.heads[s] : NONE) {
      for (; e !== NONE; e = this.next(e)) {
        if (this.dead(e)) continue;
        if (!f(this.share(e))) {
          const next: HashCursor = { slot: s, at: this.next(e) };
          return next;
        }
      }
    }
    return null;
  }

  toArray(): Term[][] {
    const out: Term[][] = [];
    for (let s = 0; s < this.nactive; s++) for (let e = this.heads[s]; e !== NONE; e = this.next(e)) if (!this.dead(e)) out.push(this.share(e));
    return out;
  }

  /** Bucket i as erts builds it (consed along the chain), or undefined beyond the last bucket. */
  slot(i: number): Term[][] | undefined {
    if (i >= this.nactive) return undefined;
    return this.bucket(i).reverse();
  }

  /** The live objects of bucket i in chain order (select/3 works bucket by bucket, as erts). */
  bucket(i: number): Term[][] {
    const out: Term[][] = [];
    if (i < this.nactive) for (let e = this.heads[i]; e !== NONE; e = this.next(e)) if (!this.dead(e)) out.push(this.share(e));
    return out;
  }

  /** Number of buckets in use (ets:slot/2 answers '$end_of_table' at this index). */
  get slots(): number {
    return this.nactive;
  }
}
