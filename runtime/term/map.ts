// Maps. PLACEHOLDER being replaced: sorted small map up to 32 keys and a HAMT beyond,
// with erts's key order. The public API below is the contract other files use.

import type { Term } from './term.js';
import { compare, eqExact } from './compare.js';

export class EMap {
  readonly ks: Term[];
  readonly vs: Term[];
  constructor(ks: Term[], vs: Term[]) {
    this.ks = ks;
    this.vs = vs;
  }
  static readonly EMPTY: EMap = new EMap([], []);
  static fromEntries(pairs: ReadonlyArray<readonly [Term, Term]>): EMap {
    let m = EMap.EMPTY;
    for (const [k, v] of pairs) m = m.put(k, v);
    return m;
  }
  get size(): number {
    return this.ks.length;
  }
  private indexOf(k: Term): number {
    for (let i = 0; i < this.ks.length; i++) if (eqExact(this.ks[i], k)) return i;
    return -1;
  }
  get(k: Term): Term | undefined {
    const i = this.indexOf(k);
    return i < 0 ? undefined : this.vs[i];
  }
  has(k: Term): boolean {
    return this.indexOf(k) >= 0;
  }
  put(k: Term, v: Term): EMap {
    const i = this.indexOf(k);
    const ks = this.ks.slice();
    const vs = this.vs.slice();
    if (i >= 0) {
      vs[i] = v;
      return new EMap(ks, vs);
    }
    let j = 0;
    while (j < ks.length && compare(ks[j], k) < 0) j++;
    ks.splice(j, 0, k);
    vs.splice(j, 0, v);
    return new EMap(ks, vs);
  }
  /** The map with k's value replaced, or undefined when k is absent (for `:=`). */
  update(k: Term, v: Term): EMap | undefined {
    const i = this.indexOf(k);
    if (i < 0) return undefined;
    const vs = this.vs.slice();
    vs[i] = v;
    return new EMap(this.ks, vs);
  }
  remove(k: Term): EMap {
    const i = this.indexOf(k);
    if (i < 0) return this;
    const ks = this.ks.slice();
    const vs = this.vs.slice();
    ks.splice(i, 1);
    vs.splice(i, 1);
    return new EMap(ks, vs);
  }
  /** Keys, values and entries in erts's iteration order (what maps:to_list/1 returns). */
  keys(): Term[] {
    return this.ks.slice();
  }
  values(): Term[] {
    return this.vs.slice();
  }
  entries(): Array<[Term, Term]> {
    return this.ks.map((k, i) => [k, this.vs[i]]);
  }
}
