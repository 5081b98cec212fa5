// ets:info(T, memory): the words erts's table would take on a 64-bit machine. Measured on erts
// 25: an empty set/bag/duplicate_bag table takes 305 words and each object its flat term size
// plus 4; each 2048-slot segment the hash table grows by adds 2048 words, and the first one a
// 262-word segment table too. An empty ordered_set takes 139 words and each object its flat size
// plus 5. Compressed tables are counted as uncompressed (an approximation).

import { Atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { EFloat } from '../term/float.js';
import { Fun } from '../term/fun.js';
import { Pid, Port, Ref, LOCAL_NODE } from '../term/identifiers.js';
import { Cons } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import type { EtsTable } from './table.js';

const SMALL_LIMIT = 2n ** 59n;

/** The heap words of a term, as erts's size_object counts them (shared subterms counted each time). */
export function flatSize(t: Term): number {
  let n = 0;
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (typeof x === 'number') {
      if (!Number.isInteger(x) || Math.abs(x) >= 2 ** 59) n += 2;
    } else if (typeof x === 'bigint') {
      if (x >= SMALL_LIMIT || x < -SMALL_LIMIT) {
        const bits = (x < 0n ? -x : x).toString(2).length;
        n += 1 + Math.ceil(bits / 64);
      }
    } else if (x instanceof Atom) {
      // immediate
    } else if (x instanceof Cons) {
      n += 2;
      stack.push(x.hd, x.tl);
    } else if (Array.isArray(x)) {
      n += 1 + x.length;
      for (const e of x) stack.push(e);
    } else if (x instanceof EFloat) {
      n += 2;
    } else if (x instanceof BitStr) {
      const bytes = Math.ceil(x.size / 8);
      n += bytes <= 64 ? 2 + Math.ceil(bytes / 8) : 6;
      if (x.size % 8 !== 0) n += 4;
    } else if (x instanceof EMap) {
      const ks = x.keys();
      n += 3 + 2 * ks.length;
      for (const k of ks) stack.push(k, x.get(k)!);
    } else if (x instanceof Pid || x instanceof Port) {
      if (x.node !== LOCAL_NODE) n += 4;
    } else if (x instanceof Ref) {
      n += x.node !== LOCAL_NODE ? 6 : 4;
    } else if (x instanceof Fun) {
      n += x.lambda !== null ? 3 + x.env.length : 2;
      if (x.lambda !== null) for (const e of x.env) stack.push(e);
    }
  }
  return n;
}

const EXT_SEGSZ = 2048;
const FIRST_SEGSZ = 256;

export function tableMemory(tb: EtsTable): number {
  const objs = tb.store.toArray();
  if (tb.type === 'ordered_set') {
    let n = 139;
    for (const o of objs) n += flatSize(o) + 5;
    return n;
  }
  let n = 305;
  for (const o of objs) n += flatSize(o) + 4;
  const extra = Math.max(0, Math.ceil((tb.store.slots - FIRST_SEGSZ) / EXT_SEGSZ));
  if (extra > 0) n += extra * EXT_SEGSZ + 262;
  return n;
}
