// The node's ETS tables: found by table identifier (a reference) or, for named tables, by name;
// erts's access rules (a private table is the owner's alone, a protected one is read by all but
// written by the owner only); and what happens to tables when processes die: the owner's tables
// go to their heir (with an 'ETS-TRANSFER' message) or are deleted, and a dead process's
// safe_fixtable fixes are released.

import { atom, Atom } from '../term/atom.js';
import { Ref, type RefKey } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { badargWithCause } from '../errors.js';
import { Process, Status } from '../process/process.js';
import { sched, refKey } from '../process/scheduler.js';
import { addExitHook } from '../process/exit-hooks.js';
import type { EtsTable } from './table.js';

const CAUSE_ID = atom('id');
const CAUSE_ACCESS = atom('access');
const ETS_TRANSFER = atom('ETS-TRANSFER');

/** By refKey of the table's reference. */
const byTid = new Map<RefKey, EtsTable>();
const byName = new Map<Atom, EtsTable>();

/** What ets:new/2 returned for the table: its name when named, else its reference. */
export function tableId(t: EtsTable): Term {
  return t.named ? t.name : t.tid;
}

export function nameTaken(name: Atom): boolean {
  return byName.has(name);
}

export function addTable(t: EtsTable): void {
  forgetLast();
  byTid.set(refKey(t.tid), t);
  if (t.named) byName.set(t.name, t);
  ownedBy(t.owner).add(t);
}

export function removeTable(t: EtsTable): void {
  forgetLast();
  t.deleted = true;
  byTid.delete(refKey(t.tid));
  if (t.named && byName.get(t.name) === t) byName.delete(t.name);
  ownedBy(t.owner).delete(t);
  for (const fixer of t.fixes.keys()) fixedBy(fixer).delete(t);
  t.fixes.clear();
  t.store.clear();
}

export function renameTable(t: EtsTable, name: Atom): void {
  forgetLast();
  if (t.named) {
    byName.delete(t.name);
    byName.set(name, t);
  }
  t.name = name;
}

export function allTables(): EtsTable[] {
  return [...byTid.values()];
}

/** The named table called `name`, if any. */
export function namedTable(name: Atom): EtsTable | undefined {
  return byName.get(name);
}

// The last table found and the term it was found by: a loop over one table finds it without a
// map lookup. Forgotten whenever a table is added, removed or renamed.
let lastId: Term | null = null;
let lastTable: EtsTable | null = null;

function forgetLast(): void {
  lastId = null;
  lastTable = null;
}

/** The table `t` names, or undefined. */
export function findTable(t: Term): EtsTable | undefined {
  if (t === lastId) return lastTable!;
  let tb: EtsTable | undefined;
  if (t instanceof Atom) tb = byName.get(t);
  else if (t instanceof Ref) tb = byTid.get(refKey(t));
  if (tb !== undefined) {
    lastId = t;
    lastTable = tb;
  }
  return tb;
}

/** The table, or erts's badarg with cause `id`. */
export function table(t: Term): EtsTable {
  return findTable(t) ?? badargWithCause(CAUSE_ID);
}

/**
 * Whether p is an ETS super user (erts_internal:ets_super_user/1), which may read and write every
 * table: erts_internal:ets_info_binary/1 is one while it walks a table for ets:info(T, binary).
 */
export function isSuperUser(p: Process): boolean {
  return p.ext.get('ets-super-user') === true;
}
export function setSuperUser(p: Process, on: boolean): void {
  if (on) p.ext.set('ets-super-user', true);
  else p.ext.delete('ets-super-user');
}

/** A table p may read: not another process's private table (badarg, cause `access`). */
export function readable(p: Process, t: Term): EtsTable {
  const tb = table(t);
  if (tb.access === 'private' && tb.owner !== p && !isSuperUser(p)) badargWithCause(CAUSE_ACCESS);
  return tb;
}

/** A table p may write: public, or its own. */
export function writable(p: Process, t: Term): EtsTable {
  const tb = table(t);
  if (tb.access !== 'public' && tb.owner !== p && !isSuperUser(p)) badargWithCause(CAUSE_ACCESS);
  return tb;
}

function ownedBy(p: Process): Set<EtsTable> {
  let s = p.ext.get('ets') as Set<EtsTable> | undefined;
  if (s === undefined) {
    s = new Set();
    p.ext.set('ets', s);
  }
  return s;
}

function fixedBy(p: Process): Set<EtsTable> {
  let s = p.ext.get('ets-fix') as Set<EtsTable> | undefined;
  if (s === undefined) {
    s = new Set();
    p.ext.set('ets-fix', s);
  }
  return s;
}

/** Make `to` the owner of `t` and tell it, as give_away/3 and an heir's inheritance do. */
export function transferTable(t: EtsTable, from: Process, to: Process, data: Term): void {
  ownedBy(t.owner).delete(t);
  t.owner = to;
  ownedBy(to).add(t);
  sched.deliver(to, [ETS_TRANSFER, tableId(t), from.pid, data]);
}

/** safe_fixtable(T, true) by p. */
export function fixTable(t: EtsTable, p: Process, monotonic: () => [Term, Term]): void {
  if (t.fixes.size === 0) {
    t.fixedAt = monotonic();
  }
  t.fixes.set(p, (t.fixes.get(p) ?? 0) + 1);
  fixedBy(p).add(t);
  t.store.fix();
}

/** safe_fixtable(T, false) by p, or all of p's fixes when `all` (p died). */
export function unfixTable(t: EtsTable, p: Process, all: boolean): void {
  const n = t.fixes.get(p);
  if (n === undefined) return;
  const drop = all ? n : 1;
  if (n - drop <= 0) {
    t.fixes.delete(p);
    fixedBy(p).delete(t);
  } else {
    t.fixes.set(p, n - drop);
  }
  for (let i = 0; i < drop; i++) t.store.unfix();
  if (t.fixes.size === 0) t.fixedAt = null;
}

addExitHook((p: Process) => {
  const fixed = p.extMap?.get('ets-fix') as Set<EtsTable> | undefined;
  if (fixed !== undefined) for (const t of [...fixed]) unfixTable(t, p, true);
  const owned = p.extMap?.get('ets') as Set<EtsTable> | undefined;
  if (owned === undefined) return;
  for (const t of [...owned]) {
    const heir = t.heir;
    if (heir !== null && heir !== p && heir.status !== Status.Exited) transferTable(t, p, heir, t.heirData);
    else removeTable(t);
  }
});

/** sched is imported for its side of the hook; re-exported for the BIFs' convenience. */
export { sched };
