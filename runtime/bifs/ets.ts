// The ets module's BIFs on tables and objects: new/2, delete/1,2, insert/2, insert_new/2,
// lookup/2, lookup_element/3, member/2, delete_object/2, internal_delete_all/2, take/2,
// first/last/next/prev, update_counter/3,4, update_element/3, info/1,2, whereis/1, rename/2,
// give_away/3, setopts/2, safe_fixtable/2, slot/2 and internal_request_all/0. The select and
// match family is in ets-select.ts. What ets.erl writes in Erlang over these (all/0,
// delete_all_objects/1, tab2list/1, foldl/3, foldr/3, match_delete/2, select_delete/2,
// fun2ms/1...) runs as it is. Errors are erts's badarg, with the error_info cause erts gives
// (id: no such table, access: not allowed, badkey, keypos, position, already_exists...).

import { atom, Atom, TRUE, FALSE, UNDEFINED, bool } from '../term/atom.js';
import { Cons, NIL, listFrom } from '../term/list.js';
import { Pid, Ref, LOCAL_NODE } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { normInt } from '../term/term.js';
import { compare } from '../term/compare.js';
import { badarg, badargWithCause } from '../errors.js';
import type { Process } from '../process/process.js';
import { Status } from '../process/process.js';
import { makeRef } from '../process/signals.js';
import { defineGuarded } from './erlang/annotate.js';
import { lookupBif } from './registry.js';
import { EtsTable, type Access, type TableType } from '../ets/table.js';
import { HashStore } from '../ets/hash.js';
import { OrderedStore } from '../ets/ordered.js';
import {
  addTable,
  allTables,
  findTable,
  fixTable,
  nameTaken,
  namedTable,
  readable,
  removeTable,
  setSuperUser,
  renameTable,
  sched,
  table,
  tableId,
  transferTable,
  unfixTable,
  writable,
} from '../ets/registry.js';
import { tableMemory } from '../ets/memory.js';

const M = 'ets';
const END = atom('$end_of_table');
const NONE = atom('none');
const AUTO = atom('auto');
const A = (s: string): Atom => atom(s);
const TYPES = new Set(['set', 'ordered_set', 'bag', 'duplicate_bag']);
const ACCESSES = new Set(['public', 'protected', 'private']);

// --- arguments -------------------------------------------------------------------------------

/** A proper list's elements, or badarg. */
function listArg(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return out;
}

/** An object for table tb: a tuple with the key position in it. */
function objectArg(tb: EtsTable, o: Term): Term[] {
  if (!Array.isArray(o) || o.length < tb.keypos) badarg();
  return o;
}

/** insert/2's second argument: an object or a proper list of objects, all checked first. */
function objectsArg(tb: EtsTable, o: Term): Term[][] {
  if (Array.isArray(o)) return [objectArg(tb, o)];
  return listArg(o).map((x) => objectArg(tb, x));
}

function posInt(t: Term): number {
  if (typeof t !== 'number' || t < 1) badarg();
  return t;
}

function isSetLike(tb: EtsTable): boolean {
  return tb.type === 'set' || tb.type === 'ordered_set';
}

function localLivePid(t: Term): Process | undefined {
  if (!(t instanceof Pid) || t.node !== LOCAL_NODE) return undefined;
  const q = sched.lookup(t);
  return q !== undefined && q.status !== Status.Exited ? q : undefined;
}

// --- new/2 -----------------------------------------------------------------------------------

defineGuarded(M, 'new', 2, (p: Process, name: Term, opts: Term) => {
  if (!(name instanceof Atom)) badarg();
  let type: TableType = 'set';
  let access: Access = 'protected';
  let named = false;
  let keypos = 1;
  let heir: Process | null = null;
  let heirData: Term = NIL;
  let readConc = false;
  let writeConc: Term = FALSE;
  let decentral: boolean | null = null;
  let compressed = false;
  for (const o of listArg(opts)) {
    if (o instanceof Atom) {
      if (TYPES.has(o.name)) type = o.name as TableType;
      else if (ACCESSES.has(o.name)) access = o.name as Access;
      else if (o.name === 'named_table') named = true;
      else if (o.name === 'compressed') compressed = true;
      else badarg();
    } else if (Array.isArray(o) && o.length === 2 && o[0] instanceof Atom) {
      const [k, v] = o;
      switch (k.name) {
        case 'keypos':
          keypos = posInt(v);
          break;
        case 'heir':
          if (v !== NONE) badarg();
          heir = null;
          break;
        case 'read_concurrency':
          if (v !== TRUE && v !== FALSE) badarg();
          readConc = v === TRUE;
          break;
        case 'write_concurrency':
          if (v !== TRUE && v !== FALSE && v !== AUTO) badarg();
          writeConc = v;
          break;
        case 'decentralized_counters':
          if (v !== TRUE && v !== FALSE) badarg();
          decentral = v === TRUE;
          break;
        default:
          badarg();
      }
    } else if (Array.isArray(o) && o.length === 3 && o[0] === A('heir')) {
      if (!(o[1] instanceof Pid)) badarg();
      // A heir that is not alive is accepted and never inherits.
      heir = localLivePid(o[1]) ?? null;
      heirData = o[2];
    } else {
      badarg();
    }
  }
  if (named && nameTaken(name)) badargWithCause(A('already_exists'));
  const store = type === 'ordered_set' ? new OrderedStore() : new HashStore(type, keypos);
  const tb = new EtsTable(makeRef(), name, named, type, keypos, access, p, store);
  tb.heir = heir;
  tb.heirData = heirData;
  // erts turns the concurrency options off for private tables.
  const priv = access === 'private';
  tb.readConcurrency = readConc && !priv;
  tb.writeConcurrency = priv ? FALSE : writeConc;
  tb.decentralizedCounters =
    decentral ?? (type === 'ordered_set' ? writeConc === TRUE || writeConc === AUTO : writeConc === AUTO);
  if (priv) tb.decentralizedCounters = decentral ?? false;
  tb.compressed = compressed;
  addTable(tb);
  return tableId(tb);
});

// --- deleting tables --------------------------------------------------------------------------

defineGuarded(M, 'delete', 1, (p: Process, t: Term) => {
  removeTable(writable(p, t));
  return TRUE;
});

defineGuarded(M, 'internal_delete_all', 2, (p: Process, t: Term, _u: Term) => {
  const tb = writable(p, t);
  const n = tb.store.size;
  if (tb.fixes.size > 0) {
    // Fixed: delete key by key, so that a walk in progress stays valid.
    for (const o of tb.store.toArray()) tb.store.deleteKey(o[tb.keypos - 1]);
  } else {
    tb.store.clear();
  }
  return n;
});

// --- objects ----------------------------------------------------------------------------------

defineGuarded(M, 'insert', 2, (p: Process, t: Term, o: Term) => {
  const tb = writable(p, t);
  if (Array.isArray(o)) {
    // One object, the common case: no list of objects to make.
    tb.store.put(objectArg(tb, o)[tb.keypos - 1], o);
    return TRUE;
  }
  const objs = objectsArg(tb, o);
  const kp = tb.keypos - 1;
  // erts puts a list into a bag last object first (observed: the order of a key's objects shows it).
  if (tb.type === 'bag' && !Array.isArray(o)) objs.reverse();
  for (const obj of objs) tb.store.put(obj[kp], obj);
  return TRUE;
});

defineGuarded(M, 'insert_new', 2, (p: Process, t: Term, o: Term) => {
  const tb = writable(p, t);
  const objs = objectsArg(tb, o);
  const kp = tb.keypos - 1;
  for (const obj of objs) if (tb.store.member(obj[kp])) return FALSE;
  if (tb.type === 'bag' && !Array.isArray(o)) objs.reverse();
  for (const obj of objs) tb.store.put(obj[kp], obj);
  return TRUE;
});

defineGuarded(M, 'lookup', 2, (p: Process, t: Term, k: Term) => readable(p, t).store.lookupList(k));

defineGuarded(M, 'member', 2, (p: Process, t: Term, k: Term) => bool(readable(p, t).store.member(k)));

defineGuarded(M, 'lookup_element', 3, (p: Process, t: Term, k: Term, pos: Term) => {
  const tb = readable(p, t);
  const objs = tb.store.lookup(k);
  if (objs.length === 0) badargWithCause(A('badkey'));
  const i = posInt(pos);
  for (const o of objs) if (o.length < i) badarg();
  if (isSetLike(tb)) return objs[0][i - 1];
  return listFrom(objs.map((o) => o[i - 1]));
});

defineGuarded(M, 'delete', 2, (p: Process, t: Term, k: Term) => {
  writable(p, t).store.deleteKey(k);
  return TRUE;
});

defineGuarded(M, 'delete_object', 2, (p: Process, t: Term, o: Term) => {
  const tb = writable(p, t);
  const obj = objectArg(tb, o);
  tb.store.deleteObject(obj[tb.keypos - 1], obj);
  return TRUE;
});

defineGuarded(M, 'take', 2, (p: Process, t: Term, k: Term) => {
  const tb = writable(p, t);
  const objs = tb.store.lookup(k);
  if (objs.length > 0) tb.store.deleteKey(k);
  return listFrom(objs);
});

// --- walking ----------------------------------------------------------------------------------

defineGuarded(M, 'first', 1, (p: Process, t: Term) => readable(p, t).store.firstKey() ?? END);
defineGuarded(M, 'last', 1, (p: Process, t: Term) => readable(p, t).store.lastKey() ?? END);

function step(p: Process, t: Term, k: Term, forward: boolean): Term {
  const tb = readable(p, t);
  const n = forward ? tb.store.nextKey(k) : tb.store.prevKey(k);
  if (n === null) badarg();
  return n ?? END;
}
defineGuarded(M, 'next', 2, (p: Process, t: Term, k: Term) => step(p, t, k, true));

// erts_internal:ets_raw_first/1 and ets_raw_next/2 walk a table as first/1 and next/2 do, for
// erts_internal:ets_info_binary/1; ets_super_user/1 lets that walk into private tables.
defineGuarded('erts_internal', 'ets_raw_first', 1, (p: Process, t: Term) => readable(p, t).store.firstKey() ?? END);
defineGuarded('erts_internal', 'ets_raw_next', 2, (p: Process, t: Term, k: Term) => step(p, t, k, true));
defineGuarded('erts_internal', 'ets_super_user', 1, (p: Process, on: Term) => {
  if (on !== TRUE && on !== FALSE) badarg();
  setSuperUser(p, on === TRUE);
  return atom('ok');
});
defineGuarded(M, 'prev', 2, (p: Process, t: Term, k: Term) => step(p, t, k, false));

defineGuarded(M, 'slot', 2, (p: Process, t: Term, i: Term) => {
  const tb = readable(p, t);
  if (typeof i !== 'number' || i < 0) badarg();
  if (i === tb.store.slots) return END;
  const objs = tb.store.slot(i);
  if (objs === undefined) badarg();
  return listFrom(objs);
});

defineGuarded(M, 'safe_fixtable', 2, (p: Process, t: Term, on: Term) => {
  const tb = readable(p, t);
  if (on === TRUE) fixTable(tb, p, fixStamp);
  else if (on === FALSE) unfixTable(tb, p, false);
  else badarg();
  return TRUE;
});

/** erlang:monotonic_time() and erlang:timestamp() at a table's first fix. */
function fixStamp(): [Term, Term] {
  const ns = process.hrtime.bigint();
  const now = Date.now() * 1000;
  return [normInt(ns - 576460752303423488n), [Math.floor(now / 1e12), Math.floor(now / 1e6) % 1e6, now % 1e6]];
}

// --- counters and elements --------------------------------------------------------------------

type CounterOp = [pos: number, incr: number | bigint, threshold: number | bigint | null, setValue: number | bigint];

function counterOps(tb: EtsTable, op: Term): [CounterOp[], boolean] {
  const one = (o: Term): CounterOp => {
    if (typeof o === 'number' || typeof o === 'bigint') return [tb.keypos + 1, o, null, 0];
    if (!Array.isArray(o) || (o.length !== 2 && o.length !== 4)) badarg();
    const pos = posInt(o[0]);
    const incr = o[1];
    if (typeof incr !== 'number' && typeof incr !== 'bigint') badarg();
    if (o.length === 2) return [pos, incr, null, 0];
    const [, , th, sv] = o;
    if ((typeof th !== 'number' && typeof th !== 'bigint') || (typeof sv !== 'number' && typeof sv !== 'bigint')) badarg();
    return [pos, incr, th, sv];
  };
  if (op instanceof Cons || op === NIL) return [listArg(op).map(one), true];
  return [[one(op)], false];
}

function applyCounters(tb: EtsTable, obj: Term[], ops: CounterOp[], cause: string | null): [Term[], Term[]] {
  const out = obj.slice();
  const results: Term[] = [];
  for (const [pos, incr, th, sv] of ops) {
    if (pos === tb.keypos) badargWithCause(A('keypos'));
    if (pos > out.length) cause === null ? badarg() : badargWithCause(A(cause));
    const cur = out[pos - 1];
    if (typeof cur !== 'number' && typeof cur !== 'bigint') badarg();
    let v: number | bigint;
    if (typeof cur === 'number' && typeof incr === 'number' && Number.isSafeInteger(cur + incr)) v = cur + incr;
    else v = normInt(BigInt(cur) + BigInt(incr));
    if (th !== null) {
      const neg = typeof incr === 'number' ? incr < 0 : incr < 0n;
      if (neg ? compare(v, th) < 0 : compare(v, th) > 0) v = sv;
    }
    out[pos - 1] = v;
    results.push(v);
  }
  return [out, results];
}

/**
 * update_counter of one {Pos, Incr} (or Incr) on an object that is there, both small integers:
 * the object is found once and changed where the table keeps it (see ets/holder.ts). undefined
 * when another case applies (the general path then decides, errors included: nothing has been
 * changed yet, though the table may now keep its own copy of the object, equal to the old one).
 */
function bumpOne(tb: EtsTable, k: Term, op: Term): Term | undefined {
  let pos: number;
  let incr: number;
  if (typeof op === 'number') {
    pos = tb.keypos + 1;
    incr = op;
  } else if (Array.isArray(op) && op.length === 2 && typeof op[0] === 'number' && typeof op[1] === 'number') {
    pos = op[0];
    incr = op[1];
    if (pos < 1) return undefined;
  } else {
    return undefined;
  }
  const obj = tb.store.ownObject(k);
  if (obj === undefined || pos === tb.keypos || pos > obj.length) return undefined;
  const cur = obj[pos - 1];
  if (typeof cur !== 'number') return undefined;
  const v = cur + incr;
  if (!Number.isSafeInteger(v)) return undefined;
  obj[pos - 1] = v;
  return v;
}

function updateCounter(p: Process, t: Term, k: Term, op: Term, dflt: Term | undefined): Term {
  const tb = writable(p, t);
  if (!isSetLike(tb)) badarg();
  const done = bumpOne(tb, k, op);
  if (done !== undefined) return done;
  const [ops, many] = counterOps(tb, op);
  const objs = tb.store.lookup(k);
  let results: Term[];
  if (objs.length > 0) {
    const [obj, rs] = applyCounters(tb, objs[0], ops, null);
    tb.store.replace(k, obj);
    results = rs;
  } else {
    if (dflt === undefined) badargWithCause(A('badkey'));
    if (!Array.isArray(dflt) || dflt.length < tb.keypos) badarg();
    const base = dflt.slice();
    base[tb.keypos - 1] = k;
    const [obj, rs] = applyCounters(tb, base, ops, 'position');
    tb.store.putDefault(k, obj);
    results = rs;
  }
  return many ? listFrom(results) : results[0];
}

defineGuarded(M, 'update_counter', 3, (p: Process, t: Term, k: Term, op: Term) => updateCounter(p, t, k, op, undefined));
defineGuarded(M, 'update_counter', 4, (p: Process, t: Term, k: Term, op: Term, d: Term) => updateCounter(p, t, k, op, d));

defineGuarded(M, 'update_element', 3, (p: Process, t: Term, k: Term, el: Term) => {
  const tb = writable(p, t);
  if (!isSetLike(tb)) badarg();
  const pairs = Array.isArray(el) ? [el] : listArg(el);
  for (const pr of pairs) if (!Array.isArray(pr) || pr.length !== 2) badarg();
  const objs = tb.store.lookup(k);
  for (const pr of pairs as Term[][]) {
    const pos = posInt(pr[0]);
    if (pos === tb.keypos) badargWithCause(A('keypos'));
    if (objs.length > 0 && pos > objs[0].length) badarg();
  }
  if (objs.length === 0) return FALSE;
  const obj = objs[0].slice();
  for (const [pos, v] of pairs as Array<[number, Term]>) obj[pos - 1] = v;
  tb.store.replace(k, obj);
  return TRUE;
});

// --- the table itself -------------------------------------------------------------------------

const INFO_ITEMS = [
  'id', 'decentralized_counters', 'read_concurrency', 'write_concurrency', 'compressed', 'memory',
  'owner', 'heir', 'name', 'size', 'node', 'named_table', 'type', 'keypos', 'protection',
];

function infoItem(tb: EtsTable, item: string): Term | undefined {
  switch (item) {
    case 'id':
      return tb.tid;
    case 'decentralized_counters':
      return bool(tb.decentralizedCounters);
    case 'read_concurrency':
      return bool(tb.readConcurrency);
    case 'write_concurrency':
      return tb.writeConcurrency;
    case 'compressed':
      return bool(tb.compressed);
    case 'memory':
      return tableMemory(tb);
    case 'owner':
      return tb.owner.pid;
    case 'heir':
      return tb.heir !== null && tb.heir.status !== Status.Exited ? tb.heir.pid : NONE;
    case 'name':
      return tb.name;
    case 'size':
      return tb.store.size;
    case 'node':
      return LOCAL_NODE;
    case 'named_table':
      return bool(tb.named);
    case 'type':
      return A(tb.type);
    case 'keypos':
      return tb.keypos;
    case 'protection':
      return A(tb.access);
    case 'fixed':
      return bool(tb.fixes.size > 0);
    case 'safe_fixed':
    case 'safe_fixed_monotonic_time': {
      if (tb.fixedAt === null) return FALSE;
      const fixers = listFrom([...tb.fixes].map(([q, n]) => [q.pid, n]));
      return [item === 'safe_fixed' ? tb.fixedAt[1] : tb.fixedAt[0], fixers];
    }
    case 'stats':
      return FALSE;
    case 'binary':
      return NIL;
    default:
      return undefined;
  }
}

defineGuarded(M, 'info', 1, (_p: Process, t: Term) => {
  if (!(t instanceof Atom) && !(t instanceof Ref)) badargWithCause(A('type'));
  const tb = findTable(t);
  if (tb === undefined) return UNDEFINED;
  return listFrom(INFO_ITEMS.map((i) => [A(i), infoItem(tb, i)!]));
});

defineGuarded(M, 'info', 2, (_p: Process, t: Term, item: Term) => {
  if (!(t instanceof Atom) && !(t instanceof Ref)) badargWithCause(A('type'));
  const tb = findTable(t);
  if (!(item instanceof Atom)) badarg();
  if (tb === undefined) return UNDEFINED;
  const v = infoItem(tb, item.name);
  if (v === undefined) badarg();
  return v;
});

defineGuarded(M, 'whereis', 1, (_p: Process, name: Term) => {
  if (!(name instanceof Atom)) badarg();
  return namedTable(name)?.tid ?? UNDEFINED;
});

defineGuarded(M, 'rename', 2, (p: Process, t: Term, name: Term) => {
  const tb = writable(p, t);
  if (!(name instanceof Atom)) badarg();
  if (tb.named && nameTaken(name) && namedTable(name) !== tb) badarg();
  renameTable(tb, name);
  return tableId(tb);
});

defineGuarded(M, 'give_away', 3, (p: Process, t: Term, to: Term, data: Term) => {
  const tb = writable(p, t);
  if (!(to instanceof Pid)) badarg();
  if (tb.owner !== p) badargWithCause(A('not_owner'));
  const q = localLivePid(to);
  if (q === undefined) badargWithCause(A('dead_owner'));
  if (q === p) badargWithCause(A('owner'));
  transferTable(tb, p, q, data);
  return TRUE;
});

defineGuarded(M, 'setopts', 2, (p: Process, t: Term, opts: Term) => {
  const tb = table(t);
  const list = Array.isArray(opts) ? [opts] : listArg(opts);
  let heir: Process | null | undefined;
  let heirData: Term = NIL;
  let access: Access | undefined;
  for (const o of list) {
    if (Array.isArray(o) && o.length === 3 && o[0] === A('heir')) {
      if (!(o[1] instanceof Pid)) badarg();
      heir = localLivePid(o[1]) ?? null;
      heirData = o[2];
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A('heir') && o[1] === NONE) {
      heir = null;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A('protection') && o[1] instanceof Atom && ACCESSES.has(o[1].name)) {
      access = o[1].name as Access;
    } else {
      badarg();
    }
  }
  writable(p, t);
  if (tb.owner !== p) badargWithCause(A('not_owner'));
  if (heir !== undefined) {
    tb.heir = heir;
    tb.heirData = heirData;
  }
  if (access !== undefined) tb.access = access;
  return TRUE;
});

/** ets:all/0's helper: a reference, and one {Ref, Tables} message per scheduler to the caller. */
defineGuarded(M, 'internal_request_all', 0, (p: Process) => {
  const ref = makeRef();
  const info = lookupBif('erlang', 'system_info', 1)!;
  const n = info(p, A('schedulers')) as number;
  const ids = allTables().reverse().map(tableId);
  for (let i = 0; i < n; i++) sched.deliver(p, [ref, i === 0 ? listFrom(ids) : NIL]);
  return ref;
});
