// Signals between processes: messages, links, monitors and exit signals, with
// erts's rules for each (what a dead or unknown target answers, what trapping
// exits changes). Delivery is immediate: one process runs at a time here, and
// order between one sender and one receiver is the order of the calls.

import { SmallMap } from './small-map.js';
import { atom, Atom, TRUE, NORMAL } from '../term/atom.js';
import { Pid, Port, Ref, LOCAL_NODE, type RefKey } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { badarg, raiseError } from '../errors.js';
import { Process, Status } from './process.js';
import { sched, refKey } from './scheduler.js';
import { sendToPort, linkPort, unlinkPort, exitSignalToPort } from '../ports/port-table.js';
import { NIL } from '../term/list.js';
import { tokenForSend } from './seq-trace.js';

const DOWN = atom('DOWN');
const PROCESS = atom('process');
const NOPROC = atom('noproc');
const NOCONNECTION = atom('noconnection');
const EXIT_TAG = atom('EXIT');

/** `To ! Msg`: to a pid, a registered name, or {Name, Node}. Unknown names raise badarg. */
export function sendMessage(from: Process, to: Term, msg: Term): void {
  if (to instanceof Pid) {
    const p = sched.lookup(to);
    if (p !== undefined) deliverFrom(from, p, msg);
    return;
  }
  if (to instanceof Atom) {
    const p = sched.registered.get(to);
    if (p === undefined) badarg();
    deliverFrom(from, p, msg);
    return;
  }
  if (Array.isArray(to) && to.length === 2 && to[0] instanceof Atom && to[1] instanceof Atom) {
    if (to[1] !== LOCAL_NODE) return; // no distribution yet: dropped, as erts drops to unreachable nodes
    const p = sched.registered.get(to[0]);
    if (p !== undefined) deliverFrom(from, p, msg);
    return;
  }
  if (to instanceof Ref) {
    sendToAlias(from, to, msg);
    return;
  }
  if (to instanceof Port) {
    sendToPort(from, to, msg);
    return;
  }
  badarg();
}

/**
 * How an alias (erlang:alias/0,1, monitor/3's {alias, Mode}) stays active: until unalias/1
 * (explicit_unalias), until its monitor is gone (demonitor), until one message or its monitor
 * (reply_demonitor), until one message (reply).
 */
export type AliasMode = 'explicit_unalias' | 'demonitor' | 'reply_demonitor' | 'reply';
export interface AliasEntry {
  readonly ref: Ref;
  readonly owner: Process;
  readonly mode: AliasMode;
}
/** Active aliases by reference key. Entries of dead owners or removed monitors are dropped when next used. */
export const aliases = new SmallMap<RefKey, AliasEntry>();

/** A message sent by `from`: it carries from's sequential trace token on, if it has one. */
function deliverFrom(from: Process, to: Process, msg: Term): void {
  if (from.seqToken === NIL) sched.deliver(to, msg);
  else sched.deliver(to, msg, tokenForSend(from, to.pid, msg));
}

/** OTP 24+: a message to a reference reaches the process that holds it as an active alias; otherwise it is dropped. */
function sendToAlias(from: Process, ref: Ref, msg: Term): void {
  const key = refKey(ref);
  const a = aliases.get(key);
  if (a === undefined || a.ref.node !== ref.node || a.ref.creation !== ref.creation) return;
  const owner = a.owner;
  const monitorBound = a.mode === 'demonitor' || a.mode === 'reply_demonitor';
  if (owner.status === Status.Exited || (monitorBound && !owner.monitors.has(key))) {
    aliases.delete(key);
    return;
  }
  if (a.mode === 'reply' || a.mode === 'reply_demonitor') {
    aliases.delete(key);
    if (a.mode === 'reply_demonitor') demonitor(owner, ref);
  }
  deliverFrom(from, owner, msg);
}

export function link(p: Process, to: Term): void {
  if (to instanceof Port) {
    linkPort(p, to);
    return;
  }
  if (!(to instanceof Pid)) badarg();
  if (to === p.pid) return;
  const q = sched.lookup(to);
  if (q === undefined || q.status === Status.Exited) {
    // erts: a process that traps exits gets {'EXIT', Pid, noproc}; any other gets error noproc from link/1.
    if (p.trapExit) sched.deliver(p, [EXIT_TAG, to, NOPROC]);
    else raiseError(NOPROC);
    return;
  }
  p.links.add(q);
  q.links.add(p);
}

export function unlink(p: Process, to: Term): void {
  if (!(to instanceof Pid) && !(to instanceof Port)) badarg();
  if (to instanceof Pid) {
    const q = sched.lookup(to);
    if (q !== undefined) {
      p.links.delete(q);
      q.links.delete(p);
    }
  } else unlinkPort(p, to);
}

let refCounter = 1;
/** A fresh local reference. */
export function makeRef(): Ref {
  const n = refCounter++;
  return new Ref(LOCAL_NODE, 0, [n & 0x3ffff, Math.floor(n / 0x40000) >>> 0, 0]);
}

/** monitor(process, Target): Target is a pid, a registered name or {Name, Node}. */
export function monitorProcess(p: Process, target: Term): Ref {
  const ref = makeRef();
  let q: Process | undefined;
  let item: Term = target;
  if (target instanceof Pid) q = sched.lookup(target);
  else if (target instanceof Atom) {
    q = sched.registered.get(target);
    item = [target, LOCAL_NODE];
  } else if (Array.isArray(target) && target.length === 2 && target[0] instanceof Atom && target[1] instanceof Atom) {
    q = target[1] === LOCAL_NODE ? sched.registered.get(target[0]) : undefined;
    item = target;
    if (target[1] !== LOCAL_NODE) {
      sched.deliver(p, [DOWN, ref, PROCESS, item, NOCONNECTION]);
      return ref;
    }
  } else badarg();
  if (q === undefined || q.status === Status.Exited) {
    sched.deliver(p, [DOWN, ref, PROCESS, item, NOPROC]);
    return ref;
  }
  const key = refKey(ref);
  p.monitors.set(key, { ref, other: q, item, tag: null });
  q.monitoredBy.set(key, { ref, other: p, item, tag: null });
  return ref;
}

/** demonitor(Ref): true whether or not the monitor was active, as erts. */
export function demonitor(p: Process, ref: Term): boolean {
  if (!(ref instanceof Ref)) badarg();
  const key = refKey(ref);
  const m = p.monitors.get(key);
  if (m === undefined) return false;
  p.monitors.delete(key);
  m.other.monitoredBy.delete(key);
  return true;
}

/** exit(Pid, Reason) sent by p. */
export function sendExit(p: Process, to: Term, reason: Term): void {
  if (to instanceof Pid) {
    const q = sched.lookup(to);
    if (q !== undefined) sched.exitSignal(p.pid, q, reason, false);
    return;
  }
  if (to instanceof Port) {
    exitSignalToPort(p, to, reason, false);
    return;
  }
  badarg();
}

export { TRUE, NORMAL };
