// A map for tables that are usually tiny and change all the time: a process's monitors (most
// hold none or one: gen_server:call monitors and demonitors on every call) and the alias table.
// V8 shrinks a Map's hash table on delete once it is less than half full, reallocating it, and
// for a Map in the old generation that costs about a microsecond per set/delete pair (ten times
// erts's monitor + demonitor). Up to SPILL entries live in two arrays searched linearly; past
// that, a Map, until the table is back under UNSPILL entries.

const SPILL = 16;
const UNSPILL = 4;

export class SmallMap<K, V> {
  private keys: K[] = [];
  private vals: V[] = [];
  private map: Map<K, V> | null = null;

  get size(): number {
    return this.map !== null ? this.map.size : this.keys.length;
  }

  get(k: K): V | undefined {
    if (this.map !== null) return this.map.get(k);
    const i = this.keys.indexOf(k);
    return i < 0 ? undefined : this.vals[i];
  }

  has(k: K): boolean {
    return this.map !== null ? this.map.has(k) : this.keys.indexOf(k) >= 0;
  }

  set(k: K, v: V): this {
    if (this.map !== null) {
      this.map.set(k, v);
      return this;
    }
    const i = this.keys.indexOf(k);
    if (i >= 0) {
      this.vals[i] = v;
    } else if (this.keys.length < SPILL) {
      this.keys.push(k);
      this.vals.push(v);
    } else {
      this.map = new Map();
      for (let j = 0; j < this.keys.length; j++) this.map.set(this.keys[j], this.vals[j]);
      this.map.set(k, v);
      this.keys = [];
      this.vals = [];
    }
    return this;
  }

  delete(k: K): boolean {
    if (this.map !== null) {
      if (!this.map.delete(k)) return false;
      if (this.map.size < UNSPILL) {
        for (const [key, v] of this.map) {
          this.keys.push(key);
          this.vals.push(v);
        }
        this.map = null;
      }
      return true;
    }
    const i = this.keys.indexOf(k);
    if (i < 0) return false;
    // Insertion order is kept (process_info lists monitors in the order they were made).
    this.keys.splice(i, 1);
    this.vals.splice(i, 1);
    return true;
  }

  clear(): void {
    this.keys = [];
    this.vals = [];
    this.map = null;
  }

  values(): IterableIterator<V> {
    return this.map !== null ? this.map.values() : this.vals.slice().values();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    if (this.map !== null) return this.map[Symbol.iterator]();
    return this.keys.map((k, i): [K, V] => [k, this.vals[i]]).values();
  }
}
