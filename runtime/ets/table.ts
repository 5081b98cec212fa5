// ETS tables: what every table carries (type, owner, access, key position, heir, fixation) and
// the interface (Store) of the two stores behind them: hash.ts for set, bag and duplicate_bag
// tables (erts's hash layout, so that walks visit objects in erts's order), ordered.ts for
// ordered_set. The BIFs in bifs/ets.ts and bifs/ets-select.ts and the match specifications use
// a table through Store only.

import type { Atom } from '../term/atom.js';
import type { Ref } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
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
  /**
   * The object of a set's key as the table's own array, which update_counter may change in place
   * (copied the first time, and again after it has been handed out: see holder.ts), or undefined.
   */
  ownObject(key: Term): Term[] | undefined;
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
