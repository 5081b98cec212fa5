// ETS tables: what every table carries (type, owner, access, key position, heir, fixation) and
// the store behind set, bag and duplicate_bag tables, a linear hash table laid out as erts's
// erl_db_hash.c lays it out, so that tab2list, first/next, select and foldl visit objects in
// erts's order. ordered_set tables keep their objects in ordered.ts instead. Both stores offer
// one interface (Store), which the BIFs in bifs/ets.ts and the match specifications use.
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
// Chains are linked lists of entries, as in erts: a bucket costs one slot, a split or a join
// relinks entries without allocating, and an operation hashes its key once.

import type { Atom } from '../term/atom.js';
import { Atom as AtomClass } from '../term/atom.js';
import type { Ref } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { Cons, NIL } from '../term/list.js';
import { ObjectHolder } from './holder.js';
import { eqExact } from '../term/compare.js';
import { internalHash } from '../term/internal-hash.js';
import { atomHash } from '../term/phash.js';
import type { Process } from '../process/process.js';

export type TableType = 'set' | 'ordered_set' | 'bag' | 'duplicate_bag';
export type Access = 'public' | 'protected' | 'private';

/** A place in a table's iteration order, opaque outside the store that made it. */
export type Cursor = unknown;

/** What both stores offer. Objects are tuples; `key` is element keypos of an object. */
export interface Store {
  readonly size: number;
  /** The objects with this key, in table order. */
  lookup(key: Term): Term[][];
  /** lookup/2's answer: the objects with this key as an Erlang list, in the order erts gives. */
  lookupList(key: Term): Term;
  /** Where a set keeps the object of this key (update_counter changes it there), or undefined. */
  holder(key: Term): ObjectHolder | undefined;
  member(key: Term): boolean;
  /** insert/2 of one object: a set replaces, a bag adds unless an equal object is there, a duplicate_bag adds. */
  put(key: Term, obj: Term[]): void;
  /** Delete every object with this key; returns how many. */
  deleteKey(key: Term): number;
  /** Delete the objects exactly equal to obj; returns how many. */
  deleteObject(key: Term, obj: Term[]): number;
  /** Replace the one object of a set with key `key` (update_element, update_counter). */
  replace(key: Term, obj: Term[]): void;
  /** update_counter with a default: add a new object where erts adds it. */
  putDefault(key: Term, obj: Term[]): void;
  clear(): void;
  firstKey(): Term | undefined;
  lastKey(): Term | undefined;
  /** The key after `key` in iteration order; undefined at the end. `null` when `key` is not in a hash table. */
  nextKey(key: Term): Term | undefined | null;
  prevKey(key: Term): Term | undefined | null;
  /** Cursor at the first (or last, `reverse`) object. */
  start(reverse: boolean): Cursor;
  /** Calls `f` on objects from `cur` on until it returns false; returns the cursor after the last visited, or null at the end. */
  walk(cur: Cursor, reverse: boolean, f: (obj: Term[]) => boolean): Cursor | null;
  /** The objects in iteration order. */
  toArray(): Term[][];
  /** The objects of slot i (ets:slot/2): a bucket of a hash table, the i-th object of an ordered_set. */
  slot(i: number): Term[][] | undefined;
  /** The index at which slot/1 answers '$end_of_table'. */
  readonly slots: number;
  fix(): void;
  unfix(): void;
}

export class EtsTable {
  readonly tid: Ref;
  name: Atom;
  readonly named: boolean;
  readonly type: TableType;
  /** 1-based position of the key in each object. */
  readonly keypos: number;
  access: Access;
  owner: Process;
  heir: Process | null;
  heirData: Term;
  readonly store: Store;
  readConcurrency: boolean;
  writeConcurrency: Term;
  decentralizedCounters: boolean;
  compressed: boolean;
  /** safe_fixtable counts, by process; a table is fixed while any is positive. */
  readonly fixes: Map<Process, number>;
  /** erlang:monotonic_time/0 and timestamp of the first fix, for info(T, safe_fixed[_monotonic_time]). */
  fixedAt: [Term, Term] | null;
  deleted: boolean;

  constructor(
    tid: Ref,
    name: Atom,
    named: boolean,
    type: TableType,
    keypos: number,
    access: Access,
    owner: Process,
    store: Store,
  ) {
    this.tid = tid;
    this.name = name;
    this.named = named;
    this.type = type;
    this.keypos = keypos;
    this.access = access;
    this.owner = owner;
    this.heir = null;
    this.heirData = null as unknown as Term;
    this.store = store;
    this.readConcurrency = false;
    this.writeConcurrency = null as unknown as Term;
    this.decentralizedCounters = false;
    this.compressed = false;
    this.fixes = new Map();
    this.fixedAt = null;
    this.deleted = false;
  }
}

// --- the hash store -------------------------------------------------------------------------

const FIRST_SEGSZ = 256;
const EXT_SEGSZ = 2048;
const RESIZE_LOOP_LIMIT = 5;

/** erts's ETS hash of a key (MAKE_HASH). */
export function keyHash(key: Term): number {
  return (key instanceof AtomClass ? atomHash(key) : internalHash(key, 0)) & 0x7fffffff;
}

/** Whether an entry holds `key` (of hash h): integers and atoms are equal only to themselves. */
function holds(e: Entry, h: number, key: Term): boolean {
  return e.hash === h && (e.key === key || eqExact(e.key, key));
}

class Entry extends ObjectHolder {
  readonly key: Term;
  readonly hash: number;
  /** Deleted while the table was fixed: kept in place until unfixed. */
  dead: boolean;
  /** The next entry of the chain. */
  next: Entry | null;
  constructor(key: Term, hash: number, obj: Term[]) {
    super(obj);
    this.key = key;
    this.hash = hash;
    this.dead = false;
    this.next = null;
  }
}

/** Where a hash table walk stands: the entry to look at next (null: the head of `slot`'s chain). */
interface HashCursor {
  slot: number;
  at: Entry | null;
}

/** The chain without its dead entries. */
function purged(e: Entry | null): Entry | null {
  while (e !== null && e.dead) e = e.next;
  if (e === null) return null;
  let last = e;
  for (let n = e.next; n !== null; n = n.next) {
    if (!n.dead) {
      last.next = n;
      last = n;
    }
  }
  last.next = null;
  return e;
}

export class HashStore implements Store {
  private readonly bag: boolean;
  private readonly dup: boolean;
  /** The head of each chain; a chain is in erts's link order. */
  private buckets: Array<Entry | null>;
  private nactive = FIRST_SEGSZ;
  private szm = FIRST_SEGSZ - 1;
  /** Allocated slots: the first segment and every extra 2048-slot one (erts's nslots). */
  private nslots = FIRST_SEGSZ;
  private shrinkLimit = 0;
  private nitems = 0;
  private fixed = 0;
  private hasDead = false;

  constructor(type: TableType) {
    this.bag = type === 'bag' || type === 'duplicate_bag';
    this.dup = type === 'duplicate_bag';
    this.buckets = new Array<Entry | null>(FIRST_SEGSZ).fill(null);
  }

  get size(): number {
    return this.nitems;
  }

  private ix(hash: number): number {
    let i = hash & this.szm;
    if (i >= this.nactive) i &= this.szm >>> 1;
    return i;
  }

  /** The first live entry of a set's key, or null. */
  private live(key: Term, h: number): Entry | null {
    for (let e = this.buckets[this.ix(h)]; e !== null; e = e.next) if (!e.dead && holds(e, h, key)) return e;
    return null;
  }

  /** Built as erts builds it, by consing along the chain: a bag's objects come out oldest first. */
  lookup(key: Term): Term[][] {
    const h = keyHash(key);
    const out: Term[][] = [];
    for (let e = this.buckets[this.ix(h)]; e !== null; e = e.next) {
      if (!e.dead && holds(e, h, key)) {
        out.push(e.obj);
        if (!this.bag) break;
      }
    }
    return out.reverse();
  }

  lookupList(key: Term): Term {
    const h = keyHash(key);
    let out: Term = NIL;
    for (let e = this.buckets[this.ix(h)]; e !== null; e = e.next) {
      if (!e.dead && holds(e, h, key)) {
        out = new Cons(e.obj, out);
        if (!this.bag) break;
      }
    }
    return out;
  }

  holder(key: Term): ObjectHolder | undefined {
    return this.live(key, keyHash(key)) ?? undefined;
  }

  member(key: Term): boolean {
    return this.live(key, keyHash(key)) !== null;
  }

  put(key: Term, obj: Term[]): void {
    const h = keyHash(key);
    const s = this.ix(h);
    if (!this.bag) {
      let last: Entry | null = null;
      for (let e = this.buckets[s]; e !== null; e = e.next) {
        if (holds(e, h, key)) {
          if (e.dead) {
            e.dead = false;
            this.nitems++;
          }
          e.obj = obj;
          return;
        }
        last = e;
      }
      const entry = new Entry(key, h, obj);
      if (last === null) this.buckets[s] = entry;
      else last.next = entry;
    } else {
      // A new object of a key already there goes before that key's first object.
      let before: Entry | null = null;
      let first: Entry | null = null;
      let last: Entry | null = null;
      for (let e = this.buckets[s]; e !== null; e = e.next) {
        if (holds(e, h, key)) {
          if (!this.dup && !e.dead && eqExact(e.obj, obj)) return;
          if (first === null) {
            first = e;
            before = last;
          }
        }
        last = e;
      }
      const entry = new Entry(key, h, obj);
      if (first === null) {
        if (last === null) this.buckets[s] = entry;
        else last.next = entry;
      } else {
        entry.next = first;
        if (before === null) this.buckets[s] = entry;
        else before.next = entry;
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
    let last: Entry | null = null;
    for (let e = this.buckets[s]; e !== null; e = e.next) {
      if (holds(e, h, key)) {
        e.dead = false;
        e.obj = obj;
        this.nitems++;
        return;
      }
      last = e;
    }
    const entry = new Entry(key, h, obj);
    if (last === null) this.buckets[s] = entry;
    else last.next = entry;
    this.nitems++;
    this.tryGrow();
  }

  replace(key: Term, obj: Term[]): void {
    const e = this.live(key, keyHash(key));
    if (e !== null) e.obj = obj;
  }

  /** Deletes the live entries of `key` for which `pred` holds (all when obj is null); returns how many. */
  private removeWhere(key: Term, obj: Term[] | null): number {
    const h = keyHash(key);
    const s = this.ix(h);
    let n = 0;
    for (let e = this.buckets[s]; e !== null; e = e.next) {
      if (!e.dead && holds(e, h, key) && (obj === null || eqExact(e.obj, obj))) {
        e.dead = true;
        n++;
      }
    }
    if (n === 0) return 0;
    this.nitems -= n;
    if (this.fixed > 0) this.hasDead = true;
    else {
      this.buckets[s] = purged(this.buckets[s]);
      this.tryShrink();
    }
    return n;
  }

  deleteKey(key: Term): number {
    return this.removeWhere(key, null);
  }

  deleteObject(key: Term, obj: Term[]): number {
    return this.removeWhere(key, obj);
  }

  clear(): void {
    this.buckets = new Array<Entry | null>(FIRST_SEGSZ).fill(null);
    this.nactive = FIRST_SEGSZ;
    this.szm = FIRST_SEGSZ - 1;
    this.nslots = FIRST_SEGSZ;
    this.shrinkLimit = 0;
    this.nitems = 0;
    this.hasDead = false;
  }

  private tryGrow(): void {
    for (let n = 0; n < RESIZE_LOOP_LIMIT && this.fixed === 0 && this.nitems > this.nactive; n++) this.grow();
  }

  private grow(): void {
    if (this.nactive === this.nslots) {
      this.nslots += EXT_SEGSZ;
      this.calcShrinkLimit();
    }
    let from: number;
    if (this.nactive <= this.szm) {
      from = this.nactive & (this.szm >>> 1);
    } else {
      from = 0;
      this.szm = ((this.szm << 1) | 1) >>> 0;
    }
    const to = this.nactive++;
    // Split the chain in two, each keeping its entries' order.
    let keepHead: Entry | null = null;
    let keepTail: Entry | null = null;
    let moveHead: Entry | null = null;
    let moveTail: Entry | null = null;
    for (let e = this.buckets[from]; e !== null; e = e.next) {
      if ((e.hash & this.szm) === to) {
        if (moveTail === null) moveHead = e;
        else moveTail.next = e;
        moveTail = e;
      } else {
        if (keepTail === null) keepHead = e;
        else keepTail.next = e;
        keepTail = e;
      }
    }
    if (keepTail !== null) keepTail.next = null;
    if (moveTail !== null) moveTail.next = null;
    this.buckets[from] = keepHead;
    this.buckets[to] = moveHead;
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
      const moved = this.buckets[src];
      if (moved !== null) {
        let tail = moved;
        while (tail.next !== null) tail = tail.next;
        tail.next = this.buckets[dst];
        this.buckets[dst] = moved;
      }
      this.buckets.length = src;
    }
  }

  fix(): void {
    this.fixed++;
  }

  unfix(): void {
    if (this.fixed > 0) this.fixed--;
    if (this.fixed === 0 && this.hasDead) {
      for (let i = 0; i < this.buckets.length; i++) this.buckets[i] = purged(this.buckets[i]);
      this.hasDead = false;
    }
  }

  /** The first live entry at or after `e` in slot `slot`'s chain, or in the chains after it. */
  private seek(slot: number, e: Entry | null): HashCursor | null {
    for (let s = slot; s < this.nactive; s++, e = this.buckets[s] ?? null) {
      for (; e !== null; e = e.next) if (!e.dead) return { slot: s, at: e };
    }
    return null;
  }

  firstKey(): Term | undefined {
    const c = this.seek(0, this.buckets[0]);
    return c === null ? undefined : c.at!.key;
  }

  // erts's hash tables have no order of their own: last/1 and prev/2 are first/1 and next/2.
  lastKey(): Term | undefined {
    return this.firstKey();
  }

  nextKey(key: Term): Term | undefined | null {
    const h = keyHash(key);
    const s = this.ix(h);
    let e = this.buckets[s];
    // The key's first entry, live or not.
    while (e !== null && !holds(e, h, key)) e = e.next;
    if (e === null) return null;
    // A bag keeps the objects of one key together: step over them all.
    e = e.next;
    while (e !== null && holds(e, h, key)) e = e.next;
    for (let t = s; t < this.nactive; t++, e = this.buckets[t] ?? null) {
      for (; e !== null; e = e.next) if (!e.dead) return e.key;
    }
    return undefined;
  }

  prevKey(key: Term): Term | undefined | null {
    return this.nextKey(key);
  }

  start(_reverse: boolean): Cursor {
    const c: HashCursor = { slot: 0, at: this.buckets[0] };
    return c;
  }

  walk(cur: Cursor, _reverse: boolean, f: (obj: Term[]) => boolean): Cursor | null {
    const c = cur as HashCursor;
    let slot = c.slot;
    let e = c.at;
    for (; slot < this.nactive; slot++, e = this.buckets[slot] ?? null) {
      for (; e !== null; e = e.next) {
        if (e.dead) continue;
        if (!f(e.obj)) {
          const next: HashCursor = { slot, at: e.next };
          return next;
        }
      }
    }
    return null;
  }

  toArray(): Term[][] {
    const out: Term[][] = [];
    for (let s = 0; s < this.nactive; s++) for (let e = this.buckets[s]; e !== null; e = e.next) if (!e.dead) out.push(e.obj);
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
    if (i < this.nactive) for (let e = this.buckets[i]; e !== null; e = e.next) if (!e.dead) out.push(e.obj);
    return out;
  }

  /** Number of buckets in use (ets:slot/2 answers '$end_of_table' at this index). */
  get slots(): number {
    return this.nactive;
  }
}
