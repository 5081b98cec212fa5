// The ets BIFs that run match specifications over a table: select/1,2,3, select_reverse/1,2,3,
// match/1,2,3, match_object/1,2,3, select_count/2, internal_select_delete/2 (select_delete/2 and
// match_delete/2 in ets.erl), select_replace/2, and match_spec_compile/1, match_spec_run_r/3,
// is_compiled_ms/1. Results come in erts's order: a hash table's walk conses its results, so
// they come out in reverse walk order (each chunk of select/3 on its own); an ordered_set's come
// in key order (descending for select_reverse). Continuations have erts's shapes and hold
// plain values (a bucket index or the last key), so one can be resumed any number of times.

import { atom, TRUE } from '../term/atom.js';
import { Cons, NIL, listFrom, listToArray } from '../term/list.js';
import { Ref } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { eqExact } from '../term/compare.js';
import { badarg, badargWithCause } from '../errors.js';
import type { Process } from '../process/process.js';
import { makeRef } from '../process/signals.js';
import { defineGuarded } from './erlang/annotate.js';
import type { Cursor, EtsTable } from '../ets/table.js';
import type { HashStore } from '../ets/hash.js';
import { readable, writable, tableId } from '../ets/registry.js';
import { MatchSpec, compileMatchSpec, patternSpec, boundKey } from '../ets/match-spec.js';

const M = 'ets';
const END = atom('$end_of_table');

/** Compiled match specifications handed to Erlang (match_spec_compile/1, continuations). */
const compiled = new WeakMap<Ref, MatchSpec>();

function compiledRef(ms: MatchSpec): Ref {
  const r = makeRef();
  compiled.set(r, ms);
  return r;
}

/** Run ms over the whole table (or only the objects of a key the spec's head binds). */
function runAll(p: Process, tb: EtsTable, ms: MatchSpec, f: (obj: Term[], r: Term) => void, reverse = false): void {
  const key = boundKey(ms.source, tb.keypos);
  if (key !== undefined) {
    for (const o of tb.store.lookup(key)) {
      const r = ms.run(p, o);
      if (r !== undefined) f(o, r);
    }
    return;
  }
  tb.store.walk(tb.store.start(reverse), reverse, (o) => {
    const r = ms.run(p, o);
    if (r !== undefined) f(o, r);
    return true;
  });
}

/** Results in erts's list order. */
function resultList(tb: EtsTable, rs: Term[]): Term {
  if (tb.type !== 'ordered_set') rs.reverse();
  return listFrom(rs);
}

function select(p: Process, t: Term, ms: MatchSpec, reverse: boolean): Term {
  const tb = readable(p, t);
  const rs: Term[] = [];
  runAll(p, tb, ms, (_o, r) => rs.push(r), reverse && tb.type === 'ordered_set');
  return resultList(tb, rs);
}

/**
 * A chunk of a hash table, as erts makes it: buckets are matched whole, from `slot` on, each
 * match consed onto `acc`; once a bucket brings the count to `limit` or more, the last `limit`
 * of the list are returned and the rest (reversed) rides in the continuation
 * {Table, NextSlot, Limit, CompiledMs, Rest, length(Rest)}.
 */
function hashChunk(p: Process, tb: EtsTable, ms: MatchSpec, msRef: Ref, slot: number, acc: Term[], limit: number): Term {
  const store = tb.store as HashStore;
  // acc is in list order (head first).
  let s = slot;
  while (acc.length < limit && s < store.slots) {
    for (const o of store.bucket(s)) {
      const r = ms.run(p, o);
      if (r !== undefined) acc.unshift(r);
    }
    s++;
  }
  if (acc.length >= limit) {
    const cut = acc.length - limit;
    const rest = acc.slice(0, cut).reverse();
    return [listFrom(acc.slice(cut)), [tableId(tb), s, limit, msRef, listFrom(rest), rest.length]];
  }
  return acc.length === 0 ? END : [listFrom(acc), END];
}

/**
 * A chunk of an ordered_set: `limit` results in key order (descending when reverse), and the
 * continuation {Table, LastKey, [], Limit, CompiledMs, [], 0, Reverse}, which resumes after
 * LastKey whatever happened to the table since.
 */
function orderedChunk(p: Process, tb: EtsTable, ms: MatchSpec, msRef: Ref, cursor: Cursor, reverse: boolean, limit: number): Term {
  const rs: Term[] = [];
  let lastKey: Term = NIL;
  const kp = tb.keypos - 1;
  const next = tb.store.walk(cursor, reverse, (o) => {
    const r = ms.run(p, o);
    if (r !== undefined) rs.push(r);
    lastKey = o[kp];
    return rs.length < limit;
  });
  if (rs.length === 0) return END;
  if (next === null) return [listFrom(rs), END];
  return [listFrom(rs), [tableId(tb), lastKey, NIL, limit, msRef, NIL, 0, reverse ? 1 : 0]];
}

function limitArg(n: Term): number {
  if (typeof n !== 'number' || n < 1) badarg();
  return n;
}

function selectLimit(p: Process, t: Term, ms: MatchSpec, n: Term, reverse: boolean): Term {
  const tb = readable(p, t);
  const limit = limitArg(n);
  const ref = compiledRef(ms);
  if (tb.type !== 'ordered_set') return hashChunk(p, tb, ms, ref, 0, [], limit);
  return orderedChunk(p, tb, ms, ref, tb.store.start(reverse), reverse, limit);
}

function resume(p: Process, c: Term): Term {
  if (c === END) return END;
  if (!Array.isArray(c) || (c.length !== 6 && c.length !== 8)) badargWithCause(atom('id'));
  if (c.length === 6) {
    const [t, slot, limit, msRef, rest] = c;
    const ms = msRef instanceof Ref ? compiled.get(msRef) : undefined;
    const acc = listToArray(rest);
    if (typeof slot !== 'number' || typeof limit !== 'number' || ms === undefined || acc === undefined) badarg();
    const tb = readable(p, t);
    if (tb.type === 'ordered_set') badarg();
    return hashChunk(p, tb, ms, msRef as Ref, slot, acc, limit);
  }
  const [t, lastKey, , limit, msRef, , , rev] = c;
  const ms = msRef instanceof Ref ? compiled.get(msRef) : undefined;
  if (typeof limit !== 'number' || ms === undefined) badarg();
  const tb = readable(p, t);
  if (tb.type !== 'ordered_set') badarg();
  return orderedChunk(p, tb, ms, msRef as Ref, { after: lastKey, started: true }, rev === 1, limit);
}

defineGuarded(M, 'select', 2, (p: Process, t: Term, ms: Term) => {
  readable(p, t);
  return select(p, t, compileMatchSpec(ms), false);
});
defineGuarded(M, 'select_reverse', 2, (p: Process, t: Term, ms: Term) => {
  readable(p, t);
  return select(p, t, compileMatchSpec(ms), true);
});
defineGuarded(M, 'select', 3, (p: Process, t: Term, ms: Term, n: Term) => {
  readable(p, t);
  return selectLimit(p, t, compileMatchSpec(ms), n, false);
});
defineGuarded(M, 'select_reverse', 3, (p: Process, t: Term, ms: Term, n: Term) => {
  readable(p, t);
  return selectLimit(p, t, compileMatchSpec(ms), n, true);
});
defineGuarded(M, 'select', 1, (p: Process, c: Term) => resume(p, c));
defineGuarded(M, 'select_reverse', 1, (p: Process, c: Term) => resume(p, c));
defineGuarded(M, 'match', 1, (p: Process, c: Term) => resume(p, c));
defineGuarded(M, 'match_object', 1, (p: Process, c: Term) => resume(p, c));

defineGuarded(M, 'match', 2, (p: Process, t: Term, pat: Term) => {
  readable(p, t);
  return select(p, t, patternSpec(pat, false), false);
});
defineGuarded(M, 'match_object', 2, (p: Process, t: Term, pat: Term) => {
  readable(p, t);
  return select(p, t, patternSpec(pat, true), false);
});
defineGuarded(M, 'match', 3, (p: Process, t: Term, pat: Term, n: Term) => {
  readable(p, t);
  return selectLimit(p, t, patternSpec(pat, false), n, false);
});
defineGuarded(M, 'match_object', 3, (p: Process, t: Term, pat: Term, n: Term) => {
  readable(p, t);
  return selectLimit(p, t, patternSpec(pat, true), n, false);
});

defineGuarded(M, 'select_count', 2, (p: Process, t: Term, ms: Term) => {
  const tb = readable(p, t);
  const spec = compileMatchSpec(ms);
  let n = 0;
  runAll(p, tb, spec, (_o, r) => {
    if (r === TRUE) n++;
  });
  return n;
});

defineGuarded(M, 'internal_select_delete', 2, (p: Process, t: Term, ms: Term) => {
  const tb = writable(p, t);
  const spec = compileMatchSpec(ms);
  const doomed: Term[][] = [];
  runAll(p, tb, spec, (o, r) => {
    if (r === TRUE) doomed.push(o);
  });
  const kp = tb.keypos - 1;
  let n = 0;
  for (const o of doomed) n += tb.store.deleteObject(o[kp], o) > 0 ? 1 : 0;
  return n;
});

defineGuarded(M, 'select_replace', 2, (p: Process, t: Term, ms: Term) => {
  const tb = writable(p, t);
  if (tb.type === 'bag' || tb.type === 'duplicate_bag') badarg();
  const spec = compileMatchSpec(ms);
  const kp = tb.keypos - 1;
  const repl: Term[][] = [];
  runAll(p, tb, spec, (o, r) => {
    // The replacement must keep the object's key exactly.
    if (Array.isArray(r) && r.length > kp && eqExact(r[kp], o[kp])) repl.push(r);
  });
  for (const r of repl) tb.store.replace(r[kp], r);
  return repl.length;
});

defineGuarded(M, 'match_spec_compile', 1, (_p: Process, ms: Term) => compiledRef(compileMatchSpec(ms)));

defineGuarded(M, 'is_compiled_ms', 1, (_p: Process, t: Term) => (t instanceof Ref && compiled.has(t) ? TRUE : atom('false')));

defineGuarded(M, 'match_spec_run_r', 3, (p: Process, l: Term, c: Term, acc: Term) => {
  const ms = c instanceof Ref ? compiled.get(c) : undefined;
  if (ms === undefined) badarg();
  let out = acc;
  while (l instanceof Cons) {
    const r = ms.run(p, l.hd);
    if (r !== undefined) out = new Cons(r, out);
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return out;
});
