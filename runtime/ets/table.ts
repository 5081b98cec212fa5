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

import type { Atom } from '../term/atom.js';
import { Atom as AtomClass } from '../term/atom.js';
import type { Ref } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
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

class Entry {
  readonly key: Term;
  readonly hash: number;
  obj: Term[];
  /** Deleted while the table was fixed: kept in place until unfixed. */
  dead: boolean;
  constructor(key: Term, hash: number, obj: Term[]) {
    this.key = key;
    this.hash = hash;
    this.obj = obj;
    this.dead = false;
  }
}

/** Where a hash table walk stands: slot and position in its chain. */
interface HashCursor {
  slot: number;
  pos: number;
}

export class HashStore implements Store {
  private readonly bag: boolean;
  private readonly dup: boolean;
  /** The chains, in erts's link order. */
  private buckets: Entry[][];
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
    this.buckets = [];
    for (let i = 0; i < FIRST_SEGSZ; i++) this.buckets.push([]);
  }

  get size(): number {
    return this.nitems;
  }

  private ix(hash: number): number {
    let i = hash & this.szm;
    if (i >= this.nactive) i &= this.szm >>> 1;
    return i;
  }

  /** Built as erts builds it, by consing along the chain: a bag's objects come out oldest first. */
  lookup(key: Term): Term[][] {
    const h = keyHash(key);
    const out: Term[][] = [];
    const b = this.buckets[this.ix(h)];
    for (let i = b.length - 1; i >= 0; i--) {
      const e = b[i];
      if (!e.dead && e.hash === h && eqExact(e.key, key)) {
        out.push(e.obj);
        if (!this.bag) break;
      }
    }
    return out;
  }

  member(key: Term): boolean {
    const h = keyHash(key);
    for (const e of this.buckets[this.ix(h)]) if (!e.dead && e.hash === h && eqExact(e.key, key)) return true;
    return false;
  }

  put(key: Term, obj: Term[]): void {
    const h = keyHash(key);
    const b = this.buckets[this.ix(h)];
    if (!this.bag) {
      for (const e of b) {
        if (e.hash === h && eqExact(e.key, key)) {
          if (e.dead) {
            e.dead = false;
            this.nitems++;
          }
          e.obj = obj;
          return;
        }
      }
      b.push(new Entry(key, h, obj));
    } else {
      // A new object of a key already there goes before that key's first object.
      let first = -1;
      for (let i = 0; i < b.length; i++) {
        const e = b[i];
        if (e.hash === h && eqExact(e.key, key)) {
          if (!this.dup && !e.dead && eqExact(e.obj, obj)) return;
          if (first < 0) first = i;
        }
      }
      if (first < 0) b.push(new Entry(key, h, obj));
      else b.splice(first, 0, new Entry(key, h, obj));
    }
    this.nitems++;
    this.tryGrow();
  }

  putDefault(key: Term, obj: Term[]): void {
    const h = keyHash(key);
    this.buckets[this.ix(h)].push(new Entry(key, h, obj));
    this.nitems++;
    this.tryGrow();
  }

  replace(key: Term, obj: Term[]): void {
    const h = keyHash(key);
    for (const e of this.buckets[this.ix(h)]) {
      if (!e.dead && e.hash === h && eqExact(e.key, key)) {
        e.obj = obj;
        return;
      }
    }
  }

  private removeWhere(key: Term, pred: (e: Entry) => boolean): number {
    const h = keyHash(key);
    const s = this.ix(h);
    const b = this.buckets[s];
    let n = 0;
    for (const e of b) {
      if (!e.dead && e.hash === h && eqExact(e.key, key) && pred(e)) {
        e.dead = true;
        n++;
      }
    }
    if (n === 0) return 0;
    this.nitems -= n;
    if (this.fixed > 0) this.hasDead = true;
    else {
      this.buckets[s] = b.filter((e) => !e.dead);
      this.tryShrink();
    }
    return n;
  }

  deleteKey(key: Term): number {
    return this.removeWhere(key, () => true);
  }

  deleteObject(key: Term, obj: Term[]): number {
    return this.removeWhere(key, (e) => eqExact(e.obj, obj));
  }

  clear(): void {
    this.buckets = [];
    for (let i = 0; i < FIRST_SEGSZ; i++) this.buckets.push([]);
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
    const keep: Entry[] = [];
    const move: Entry[] = [];
    for (const e of this.buckets[from]) ((e.hash & this.szm) === to ? move : keep).push(e);
    this.buckets[from] = keep;
    this.buckets[to] = move;
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
      if (moved.length > 0) this.buckets[dst] = moved.concat(this.buckets[dst]);
      this.buckets.length = src;
    }
  }

  fix(): void {
    this.fixed++;
  }

  unfix(): void {
    if (this.fixed > 0) this.fixed--;
    if (this.fixed === 0 && this.hasDead) {
      for (let i = 0; i < this.buckets.length; i++) {
        const b = this.buckets[i];
        if (b.some((e) => e.dead)) this.buckets[i] = b.filter((e) => !e.dead);
      }
      this.hasDead = false;
    }
  }

  /** The first live entry at or after (slot, pos) in iteration order. */
  private seek(slot: number, pos: number): HashCursor | null {
    for (let s = slot; s < this.nactive; s++, pos = 0) {
      const b = this.buckets[s];
      for (let i = pos; i < b.length; i++) if (!b[i].dead) return { slot: s, pos: i };
    }
    return null;
  }

  private find(key: Term): HashCursor | null {
    const h = keyHash(key);
    const s = this.ix(h);
    const b = this.buckets[s];
    for (let i = 0; i < b.length; i++) if (b[i].hash === h && eqExact(b[i].key, key)) return { slot: s, pos: i };
    return null;
  }

  firstKey(): Term | undefined {
    const c = this.seek(0, 0);
    return c === null ? undefined : this.buckets[c.slot][c.pos].key;
  }

  // erts's hash tables have no order of their own: last/1 and prev/2 are first/1 and next/2.
  lastKey(): Term | undefined {
    return this.firstKey();
  }

  nextKey(key: Term): Term | undefined | null {
    const c = this.find(key);
    if (c === null) return null;
    const b = this.buckets[c.slot];
    let pos = c.pos + 1;
    // A bag keeps the objects of one key together: step over them all.
    while (pos < b.length && b[pos].hash === b[c.pos].hash && eqExact(b[pos].key, key)) pos++;
    const n = this.seek(c.slot, pos);
    return n === null ? undefined : this.buckets[n.slot][n.pos].key;
  }

  prevKey(key: Term): Term | undefined | null {
    return this.nextKey(key);
  }

  start(_reverse: boolean): Cursor {
    return { slot: 0, pos: 0 };
  }

  walk(cur: Cursor, _reverse: boolean, f: (obj: Term[]) => boolean): Cursor | null {
    let c = cur as HashCursor;
    for (;;) {
      const n = this.seek(c.slot, c.pos);
      if (n === null) return null;
      c = { slot: n.slot, pos: n.pos + 1 };
      if (!f(this.buckets[n.slot][n.pos].obj)) return c;
    }
  }

  toArray(): Term[][] {
    const out: Term[][] = [];
    for (let s = 0; s < this.nactive; s++) for (const e of this.buckets[s]) if (!e.dead) out.push(e.obj);
    return out;
  }

  /** Bucket i as erts builds it (consed along the chain), or undefined beyond the last bucket. */
  slot(i: number): Term[][] | undefined {
    if (i >= this.nactive) return undefined;
    const out: Term[][] = [];
    const b = this.buckets[i];
    for (let j = b.length - 1; j >= 0; j--) if (!b[j].dead) out.push(b[j].obj);
    return out;
  }

  /** The live objects of bucket i in chain order (select/3 works bucket by bucket, as erts). */
  bucket(i: number): Term[][] {
    const out: Term[][] = [];
    if (i < this.nactive) for (const e of this.buckets[i]) if (!e.dead) out.push(e.obj);
    return out;
  }

  /** Number of buckets in use (ets:slot/2 answers '$end_of_table' at this index). */
  get slots(): number {
    return this.nactive;
  }
}
