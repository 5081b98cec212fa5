// persistent_term: a node-wide table of terms, read without copying. Laid out as erts lays it
// out, so that get/0 lists the entries in erts's order and info/0 reports erts's memory figure:
// open addressing over a power-of-two array (8 slots at first), keys placed by erts's internal
// hash and compared with =:=, linear probing; the table doubles before an insertion would fill
// half of it and halves when an erasure leaves it a quarter full (never below 8), rehashing the
// entries in slot order. Putting a value =:= to the stored one changes nothing. erts copies each
// {Key, Value} into a literal area of its own; beamjs terms are immutable, so they are kept as
// they are, and the memory figure is computed from their erts sizes.

import { atom, Atom, FALSE, TRUE } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { EFloat } from '../term/float.js';
import { Fun } from '../term/fun.js';
import { Port, Pid, Ref } from '../term/identifiers.js';
import { Cons, NIL } from '../term/list.js';
import { EMap } from '../term/map.js';
import { eqExact } from '../term/compare.js';
import { internalHash } from '../term/internal-hash.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const M = 'persistent_term';
const OK = atom('ok');
const COUNT = atom('count');
const MEMORY = atom('memory');

const INITIAL_SIZE = 8;

type Entry = [key: Term, value: Term];

class Table {
  slots: Array<Entry | null>;
  count = 0;
  constructor(size: number) {
    this.slots = new Array<Entry | null>(size).fill(null);
  }
  get mask(): number {
    return this.slots.length - 1;
  }
  /** The slot holding `key`, or the empty slot where it would go. */
  lookup(key: Term): number {
    let i = internalHash(key) & this.mask;
    for (;;) {
      const e = this.slots[i];
      if (e === null || eqExact(e[0], key)) return i;
      i = (i + 1) & this.mask;
    }
  }
  /** A table of `size` slots with this one's entries, inserted in slot order. */
  rehashed(size: number): Table {
    const t = new Table(size);
    for (const e of this.slots) {
      if (e === null) continue;
      t.slots[t.lookup(e[0])] = e;
      t.count++;
    }
    return t;
  }
}

let table = new Table(INITIAL_SIZE);

/**
 * The slot of a key looked up before, by the key's identity: erl_scan asks for the same literal
 * tuple key each time it quotes an atom, and hashing the tuple cost more than the rest of the
 * lookup. Forgotten whenever an entry comes or goes (slots move then).
 */
let slotByIdentity = new WeakMap<object, number>();

function slotOf(key: Term): number {
  if (typeof key !== 'object') return table.lookup(key);
  let i = slotByIdentity.get(key);
  if (i === undefined) {
    i = table.lookup(key);
    slotByIdentity.set(key, i);
  }
  return i;
}

function put(key: Term, value: Term): Term {
  let i = table.lookup(key);
  const old = table.slots[i];
  if (old === null) {
    slotByIdentity = new WeakMap();
    if (100 * table.count >= 50 * table.slots.length) {
      table = table.rehashed(table.slots.length * 2);
      i = table.lookup(key);
    }
    table.count++;
  } else if (eqExact(old[1], value)) {
    return OK;
  }
  table.slots[i] = [key, value];
  return OK;
}

function erase(key: Term): Term {
  const i = table.lookup(key);
  if (table.slots[i] === null) return FALSE;
  slotByIdentity = new WeakMap();
  const shrink = 200 * table.count <= 50 * table.slots.length && table.slots.length > INITIAL_SIZE;
  if (!shrink && table.slots[(i + 1) & table.mask] === null) {
    // Not a stepping stone for another key's probe: cleared where it is.
    table.slots[i] = null;
    table.count--;
  } else {
    table.slots[i] = null;
    table.count--;
    table = table.rehashed(shrink ? table.slots.length / 2 : table.slots.length);
  }
  return TRUE;
}

defineGuarded(M, 'put', 2, (_p: Process, key: Term, value: Term) => put(key, value));

defineGuarded(M, 'get', 1, (_p: Process, key: Term) => {
  const e = table.slots[slotOf(key)];
  return e === null ? badarg() : e[1];
});

defineGuarded(M, 'get', 2, (_p: Process, key: Term, dflt: Term) => {
  const e = table.slots[slotOf(key)];
  return e === null ? dflt : e[1];
});

defineGuarded(M, 'erase', 1, (_p: Process, key: Term) => erase(key));

// erts conses {Key, Value} for each slot from the first on: the last slot's entry comes first.
defineGuarded(M, 'get', 0, (_p: Process) => {
  let l: Term = NIL;
  for (const e of table.slots) if (e !== null) l = new Cons([e[0], e[1]], l);
  return l;
});

// --- info/0 ----------------------------------------------------------------------------------

/** sizeof(HashTable) in a 64-bit erts 13 (with its first slot) and a literal area's header. */
const TABLE_HEADER_BYTES = 104;
const LITERAL_AREA_BYTES = 24;

/**
 * Heap words erts needs for `t` when it copies it into a literal area, shared subterms counted
 * once: binaries become 6-word reference binaries there. Maps beyond 32 keys and funs are
 * estimates.
 */
function literalWords(root: Term): number {
  const seen = new Set<object>();
  const stack: Term[] = [root];
  let words = 0;
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (typeof t === 'number' || t instanceof Atom || t === NIL || t instanceof Pid || t instanceof Port) continue;
    if (typeof t === 'bigint') {
      const mag = t < 0n ? -t : t;
      if (mag >= 2n ** 59n) words += 1 + Math.ceil(mag.toString(16).length / 16);
      continue;
    }
    if (seen.has(t as object)) continue;
    seen.add(t as object);
    if (t instanceof Cons) {
      words += 2;
      stack.push(t.hd, t.tl);
    } else if (Array.isArray(t)) {
      // {} is one global literal in erts, never copied.
      if (t.length > 0) words += 1 + t.length;
      for (const x of t) stack.push(x);
    } else if (t instanceof EFloat) {
      words += 2;
    } else if (t instanceof BitStr) {
      words += 6;
    } else if (t instanceof EMap) {
      const n = t.size;
      // A small map: header, size, keys tuple pointer and the values, plus the keys tuple.
      words += n <= 32 ? 4 + 2 * n : 2 + 3 * n + Math.ceil(n / 8);
      t.forEach((k, v) => stack.push(k, v));
    } else if (t instanceof Ref) {
      words += 4;
    } else if (t instanceof Fun) {
      words += 5;
    }
  }
  return words;
}

defineGuarded(M, 'info', 0, (_p: Process) => {
  let memory = TABLE_HEADER_BYTES + (table.slots.length - 1) * 8;
  for (const e of table.slots) {
    if (e !== null) memory += LITERAL_AREA_BYTES + 8 * (literalWords([e[0], e[1]]) - 1);
  }
  return EMap.fromEntries([
    [COUNT, table.count],
    [MEMORY, memory],
  ]);
});

/** erts_internal:erase_persistent_terms(): an empty table again (init:restart/0, through erl_init). */
defineGuarded('erts_internal', 'erase_persistent_terms', 0, (_p: Process) => {
  table = new Table(INITIAL_SIZE);
  return TRUE;
});
