// The versions of each module, as erts keeps them: the current one (what calls
// through the export table reach), the old one (made old by a newer load; frames
// already running it finish there), and the code of an -on_load module waiting
// for its on_load function. Purging removes old code after erts_code_purger has
// killed the processes still using it; funs made by purged code then go where erts's
// call_fun sends a fun whose code is gone (see setPurgedFunHandler).

import { atom, type Atom } from '../term/atom.js';
import { Fun, type LambdaInfo } from '../term/fun.js';
import { ErlangException } from '../errors.js';
import type { Process } from '../process/process.js';
import { sched } from '../process/scheduler.js';
import { exportEntryByName } from './exports.js';
import { liveCodeFiles } from './stacktrace.js';

/** One loaded version of a module (LoadedModule in loader.ts). */
export interface ModuleVersion {
  readonly name: Atom;
  readonly filename: string;
  readonly functions: Map<string, Function>;
  /** name/arity -> the function its saved frames resume in, where that is a function of its own. */
  readonly resumeFunctions: Map<string, Function>;
  readonly lambdas: LambdaInfo[];
  /** Exports to point at this version's code: name/arity -> function (BIFs left out). */
  readonly exported: Map<string, Function>;
}

const current = new Map<Atom, ModuleVersion>();
const old = new Map<Atom, ModuleVersion>();
/** on_load code not yet made current (finish_after_on_load decides). */
const onLoadPending = new Map<Atom, ModuleVersion>();
/** on_load code refused by its on_load function, waiting to be purged. */
const onLoadRefused = new Map<Atom, ModuleVersion>();
/** What purge_module(M, prepare | prepare_on_load) chose, until complete or abort. */
const purgeTarget = new Map<Atom, ModuleVersion>();
const ownerOf = new WeakMap<Function, ModuleVersion>();

/** What calling a fun of purged code does; set by the loader (badfun, or the error handler). */
let onPurgedFun: (p: Process, fun: Fun, args: unknown[]) => unknown = (_p, fun) => {
  throw new ErlangException(atom('error'), [atom('badfun'), fun]);
};
export function setPurgedFunHandler(f: (p: Process, fun: Fun, args: unknown[]) => unknown): void {
  onPurgedFun = f;
}

export function currentVersion(name: Atom): ModuleVersion | undefined {
  return current.get(name);
}
export function currentVersions(): ModuleVersion[] {
  return [...current.values()];
}
export function oldVersion(name: Atom): ModuleVersion | undefined {
  return old.get(name);
}
export function pendingOnLoad(name: Atom): ModuleVersion | undefined {
  return onLoadPending.get(name);
}

/** Remember which version each generated function belongs to (check_process_code asks). */
export function registerVersion(v: ModuleVersion): void {
  for (const fn of v.functions.values()) ownerOf.set(fn, v);
  for (const fn of v.resumeFunctions.values()) ownerOf.set(fn, v);
  for (const l of v.lambdas) ownerOf.set(l.fn, v);
}

/** Make `v` current: the current version (if any) becomes old; the export table follows. */
export function makeCurrent(v: ModuleVersion): void {
  const was = current.get(v.name);
  if (was !== undefined) old.set(v.name, was);
  current.set(v.name, v);
  // Functions the old version exported and the new one does not are undefined now.
  if (was !== undefined) for (const key of was.exported.keys()) if (!v.exported.has(key)) exportOf(v.name, key).clear();
  for (const [key, fn] of v.exported) exportOf(v.name, key).set(fn);
  shareFunEntries(v);
}

/**
 * Lambdas that are one fun to erts (its fun entry): same module, index, old_uniq and module MD5,
 * i.e. the same fun of identical code loaded again. Weakly held: versions come and go.
 */
const funEntries = new Map<string, Array<WeakRef<LambdaInfo>>>();

function funEntryKey(l: LambdaInfo): string {
  return `${l.module.name}/${l.index}/${l.uniq}/${Array.from(l.md5).join('.')}`;
}

/**
 * erts keeps one fun entry per fun and points it at the newest code loaded for it, so a fun made
 * by an earlier load of identical code runs the new code (and survives the purge of the old).
 */
function shareFunEntries(v: ModuleVersion): void {
  for (const l of v.lambdas) {
    const key = funEntryKey(l);
    const group = (funEntries.get(key) ?? []).filter((w) => w.deref() !== undefined);
    for (const w of group) w.deref()!.fn = l.fn;
    group.push(new WeakRef(l));
    funEntries.set(key, group);
  }
}

function exportOf(module: Atom, key: string) {
  const slash = key.lastIndexOf('/');
  return exportEntryByName(module.name, key.slice(0, slash), Number(key.slice(slash + 1)));
}

/** Hold `v` as on_load code: not current until its on_load function has said ok. */
export function holdForOnLoad(v: ModuleVersion): void {
  onLoadPending.set(v.name, v);
}

/** finish_after_on_load(M, Keep): make the on_load code current, or set it aside for purging. */
export function finishOnLoad(name: Atom, keep: boolean): boolean {
  const v = onLoadPending.get(name);
  if (v === undefined) return false;
  onLoadPending.delete(name);
  if (keep) makeCurrent(v);
  else onLoadRefused.set(name, v);
  return true;
}

/** delete_module(M): the current version becomes old and its exports undefined. */
export function deleteCurrent(name: Atom): void {
  const v = current.get(name)!;
  current.delete(name);
  old.set(name, v);
  for (const key of v.exported.keys()) exportOf(name, key).clear();
}

/** purge_module(M, prepare | prepare_on_load): whether there is such code to purge. */
export function preparePurge(name: Atom, onLoad: boolean): boolean {
  const v = onLoad ? onLoadRefused.get(name) : old.get(name);
  if (v === undefined) return false;
  purgeTarget.set(name, v);
  return true;
}

export function abortPurge(name: Atom): void {
  purgeTarget.delete(name);
}

/** purge_module(M, complete): drop the prepared version; calls to its funs go to onPurgedFun from now on. */
export function completePurge(name: Atom): boolean {
  const v = purgeTarget.get(name);
  if (v === undefined) return false;
  purgeTarget.delete(name);
  if (old.get(name) === v) old.delete(name);
  if (onLoadRefused.get(name) === v) onLoadRefused.delete(name);
  for (const mine of v.lambdas) {
    // Every lambda of the fun entry that still runs this code (one taken over by a later load of
    // the same code runs that code now, and is left alone).
    for (const w of funEntries.get(funEntryKey(mine)) ?? [new WeakRef(mine)]) {
      const l = w.deref();
      if (l === undefined || ownerOf.get(l.fn) !== v) continue;
      const arity = l.arity;
      l.fn = (p: Process, ...all: unknown[]) => onPurgedFun(p, new Fun(arity, l, all.slice(arity) as never[], null), all.slice(0, arity));
    }
  }
  return true;
}

/**
 * Whether process `p` runs the version check_process_code asks about (the one being purged, else
 * the old one): a saved frame in it, or, for the running process, the frame it was resumed in or a
 * live JS frame in its file. Funs on its heap are not seen (erts counts them too).
 */
export function processUsesOldCode(p: Process, name: Atom): boolean {
  const v = purgeTarget.get(name) ?? old.get(name);
  if (v === undefined) return false;
  for (const fr of p.stack) if (ownerOf.get(fr.fn) === v) return true;
  // The running process: the frame it was resumed in, and the JS frames above it.
  return sched.current === p && (ownerOf.get(sched.resumedFn!) === v || liveCodeFiles().has(v.filename));
}
