// The store of ordered_set tables: objects sorted by key in the standard term order, where keys
// that compare equal are the same key (1 and 1.0 are one key, as in erts's tree). The structure
// is a list of sorted blocks of at most BLOCK objects each (a two-level B-tree): finding a key is
// two binary searches, inserting or deleting touches one block, and a block that fills up is
// split in two, so no operation re-sorts or shifts the whole table.

import { compare } from '../term/compare.js';
import { eqExact } from '../term/compare.js';
import type { Term } from '../term/term.js';
import { Cons, NIL } from '../term/list.js';
import type { Cursor, Store } from './table.js';
import { ObjectHolder } from './holder.js';

const BLOCK = 128;

class Item extends ObjectHolder {
  readonly key: Term;
  constructor(key: Term, obj: Term[]) {
    super(obj);
    this.key = key;
  }
}

/** A position: the key of the object where a walk resumes (it may have been deleted since). */
interface OrderedCursor {
  /** Resume strictly after (or, reverse, strictly before) this key; null: from the start. */
  after: Term | null;
  started: boolean;
}

export class OrderedStore implements Store {
  private blocks: Item[][] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The index of the first block whose last key is >= key (blocks.length when none). */
  private blockFor(key: Term): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const b = this.blocks[mid];
      if (compare(b[b.length - 1].key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** In block b, the first index whose key is >= key. */
  private static indexIn(b: Item[], key: Term): number {
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(b[mid].key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(key: Term): [number, number] | null {
    const bi = this.blockFor(key);
    if (bi === this.blocks.length) return null;
    const b = this.blocks[bi];
    const i = OrderedStore.indexIn(b, key);
    return i < b.length && compare(b[i].key, key) === 0 ? [bi, i] : null;
  }

  /** The item of `key`, or undefined (find without the position). */
  private item(key: Term): Item | undefined {
    const bi = this.blockFor(key);
    if (bi === this.blocks.length) return undefined;
    const b = this.blocks[bi];
    const i = OrderedStore.indexIn(b, key);
    return i < b.length && compare(b[i].key, key) === 0 ? b[i] : undefined;
  }

  lookup(key: Term): Term[][] {
    const it = this.item(key);
    return it === undefined ? [] : [it.obj];
  }

  lookupList(key: Term): Term {
    const it = this.item(key);
    return it === undefined ? NIL : new Cons(it.obj, NIL);
  }

  ownObject(key: Term): Term[] | undefined {
    return this.item(key)?.writable();
  }

  member(key: Term): boolean {
    return this.item(key) !== undefined;
  }

  put(key: Term, obj: Term[]): void {
    if (this.blocks.length === 0) {
      this.blocks.push([new Item(key, obj)]);
      this.count = 1;
      return;
    }
    let bi = this.blockFor(key);
    if (bi === this.blocks.length) bi--;
    const b = this.blocks[bi];
    const i = OrderedStore.indexIn(b, key);
    if (i < b.length && compare(b[i].key, key) === 0) {
      // erts keeps the key already in the tree and replaces the object.
      b[i].obj = obj;
      return;
    }
    b.splice(i, 0, new Item(key, obj));
    this.count++;
    if (b.length > BLOCK) this.blocks.splice(bi + 1, 0, b.splice(BLOCK >>> 1));
  }

  putDefault(key: Term, obj: Term[]): void {
    this.put(key, obj);
  }

  replace(key: Term, obj: Term[]): void {
    const it = this.item(key);
    if (it !== undefined) it.obj = obj;
  }

  private removeAt(bi: number, i: number): void {
    const b = this.blocks[bi];
    b.splice(i, 1);
    this.count--;
    if (b.length === 0) this.blocks.splice(bi, 1);
  }

  deleteKey(key: Term): number {
    const at = this.find(key);
    if (at === null) return 0;
    this.removeAt(at[0], at[1]);
    return 1;
  }

  deleteObject(key: Term, obj: Term[]): number {
    const at = this.find(key);
    if (at === null || !eqExact(this.blocks[at[0]][at[1]].obj, obj)) return 0;
    this.removeAt(at[0], at[1]);
    return 1;
  }

  clear(): void {
    this.blocks = [];
    this.count = 0;
  }

  firstKey(): Term | undefined {
    return this.blocks.length === 0 ? undefined : this.blocks[0][0].key;
  }

  lastKey(): Term | undefined {
    if (this.blocks.length === 0) return undefined;
    const b = this.blocks[this.blocks.length - 1];
    return b[b.length - 1].key;
  }

  /** The first item with key > `key` (any key, present or not, as erts's next/2 on ordered_set). */
  private after(key: Term): Item | undefined {
    let bi = this.blockFor(key);
    if (bi === this.blocks.length) return undefined;
    let b = this.blocks[bi];
    let i = OrderedStore.indexIn(b, key);
    if (i < b.length && compare(b[i].key, key) === 0) i++;
    if (i === b.length) {
      if (++bi === this.blocks.length) return undefined;
      b = this.blocks[bi];
      i = 0;
    }
    return b[i];
  }

  /** The last item with key < `key`. */
  private before(key: Term): Item | undefined {
    let bi = this.blockFor(key);
    let i: number;
    if (bi === this.blocks.length) {
      bi--;
      if (bi < 0) return undefined;
      i = this.blocks[bi].length;
    } else {
      i = OrderedStore.indexIn(this.blocks[bi], key);
    }
    if (i === 0) {
      if (--bi < 0) return undefined;
      i = this.blocks[bi].length;
    }
    return this.blocks[bi][i - 1];
  }

  nextKey(key: Term): Term | undefined {
    return this.after(key)?.key;
  }

  prevKey(key: Term): Term | undefined {
    return this.before(key)?.key;
  }

  start(_reverse: boolean): Cursor {
    const c: OrderedCursor = { after: null, started: false };
    return c;
  }

  walk(cur: Cursor, reverse: boolean, f: (obj: Term[]) => boolean): Cursor | null {
    const c = cur as OrderedCursor;
    let it: Item | undefined;
    if (!c.started) {
      if (this.blocks.length === 0) return null;
      it = reverse ? this.blocks[this.blocks.length - 1][this.blocks[this.blocks.length - 1].length - 1] : this.blocks[0][0];
    } else {
      it = reverse ? this.before(c.after!) : this.after(c.after!);
    }
    while (it !== undefined) {
      const key = it.key;
      if (!f(it.obj)) return { after: key, started: true } as OrderedCursor;
      it = reverse ? this.before(key) : this.after(key);
    }
    return null;
  }

  toArray(): Term[][] {
    const out: Term[][] = [];
    for (const b of this.blocks) for (const it of b) out.push(it.obj);
    return out;
  }

  /** ets:slot/2 on an ordered_set: the i-th object in key order. */
  slot(i: number): Term[][] | undefined {
    if (i > this.count) return undefined;
    for (const b of this.blocks) {
      if (i < b.length) return [b[i].obj];
      i -= b.length;
    }
    return [];
  }

  get slots(): number {
    return this.count;
  }

  fix(): void {}
  unfix(): void {}
}
