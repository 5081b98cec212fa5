// The erlang BIFs of processes: spawning (spawn*, spawn_opt), exit signals, links, monitors and
// aliases, the name registry, sending, group leaders, apply/2,3, yield/0, hibernate/3 and
// the internal BIFs erlang.erl builds on. The signal rules themselves live in process/signals.ts
// and the scheduler; this file checks arguments as erts does and raises erts's errors. What OTP
// writes in Erlang over these (spawn/1, spawn_link/1, spawn_monitor/1,3, spawn_opt/2, alias/0,
// group_leader/2, garbage_collect/0,1,2, halt/0,1) runs from erlang.beam as it is.
// process_info/1,2 and process_flag/2 are in process-info.ts.
//
// A BIF whose signal ends its own caller (exit(self(), kill), exit of a linked process that takes
// the caller with it) returns SUSPEND with nothing saved: the caller's frames unwind, and the
// scheduler acts on the pending exit before the process runs again, as erts ends the process
// before the BIF returns.

import { atom, Atom, TRUE, FALSE, UNDEFINED, ERROR, bool } from '../../term/atom.js';
import { monitorPort, demonitorPort } from '../../ports/port-table.js';
import { Pid, Port, Ref, LOCAL_NODE } from '../../term/identifiers.js';
import { NIL, listFrom, listToArray } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { ErlangException, badarg, badargWithCause } from '../../errors.js';
import { Process, Status } from '../../process/process.js';
import type { Frame } from '../../process/frame.js';
import { SUSPEND } from '../../process/frame.js';
import { sched, refKey } from '../../process/scheduler.js';
import {
  sendMessage,
  link,
  unlink,
  makeRef,
  sendExit,
  aliases,
  type AliasMode,
} from '../../process/signals.js';
import { exportEntry } from '../../code/exports.js';
import { generatedApi } from '../../code/generated-api.js';
import { defineBif } from '../registry.js';
import { defineGuarded, guardedBif, smallInt, withCause } from './annotate.js';
import {
  flagsOf,
  checkPriority,
  checkMaxHeapSize,
  checkMessageQueueData,
  roundHeapSize,
  MIN_HEAP_SIZE,
  MIN_BIN_VHEAP_SIZE,
} from './process-info.js';

const E = 'erlang';
const BADARG = atom('badarg');
const DOWN = atom('DOWN');
const PROCESS = atom('process');
const TIME_OFFSET = atom('time_offset');
const CLOCK_SERVICE = atom('clock_service');
const NOPROC = atom('noproc');
const APPLY = atom('apply');
const LINK = atom('link');
const MONITOR = atom('monitor');
const ALIAS = atom('alias');
const TAG = atom('tag');
const FLUSH = atom('flush');
const INFO = atom('info');
const NOSUSPEND = atom('nosuspend');
const NOCONNECT = atom('noconnect');
const OK = atom('ok');
const PORT = atom('port');
const EXPLICIT_UNALIAS = atom('explicit_unalias');
const REPLY = atom('reply');
// error_info causes (erl_erts_errors explains each).
const BADOPT = atom('badopt');
const BADTYPE = atom('badtype');
const NONE = atom('none');
const NOTALIVE = atom('notalive');
const REGISTERED_NAME = atom('registered_name');
const ALIAS_MODES = new Map<Atom, AliasMode>([
  [EXPLICIT_UNALIAS, 'explicit_unalias'],
  [atom('demonitor'), 'demonitor'],
  [atom('reply_demonitor'), 'reply_demonitor'],
]);

/** badarg raised by a BIF that cannot be wrapped by guardedBif (it runs Erlang code), naming it. */
function bifBadarg(name: string, args: Term[]): never {
  const e = new ErlangException(ERROR, BADARG, args);
  e.mfa = [atom(E), atom(name)];
  e.bif = true;
  throw e;
}

/** After a signal the caller sent: unwind at once if it is to die (see the file comment). */
function afterSignal(p: Process, result: Term): Term {
  return p.pendingExit !== undefined ? (SUSPEND as Term) : result;
}

/** The live local process of `pid`, or undefined. A pid of another node is badarg. */
function localProcess(pid: Term): Process | undefined {
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) badarg();
  const q = sched.lookup(pid);
  return q !== undefined && q.status !== Status.Exited ? q : undefined;
}

// --- spawning ------------------------------------------------------------------------------

interface MonitorOptions {
  tag: Term | null;
  alias: AliasMode | null;
}

interface SpawnOptions {
  link: boolean;
  monitor: MonitorOptions | null;
  priority: Atom | null;
  minHeapSize: number | null;
  minBinVheapSize: number | null;
  fullsweepAfter: number | null;
  maxHeapSize: Term | null;
  messageQueueData: Atom | null;
}

function nonNegSmall(t: Term): number {
  const n = smallInt(t);
  if (n === undefined || n < 0) badarg();
  return n;
}

/** monitor/3's option list ([{alias, Mode}, {tag, Tag}]), also spawn_opt's {monitor, Opts}. */
function monitorOptions(opts: Term): MonitorOptions {
  const items = listToArray(opts);
  if (items === undefined) badarg();
  const o: MonitorOptions = { tag: null, alias: null };
  for (const it of items) {
    if (!Array.isArray(it) || it.length !== 2) badarg();
    if (it[0] === ALIAS) {
      const mode = it[1] instanceof Atom ? ALIAS_MODES.get(it[1]) : undefined;
      if (mode === undefined) badarg();
      o.alias = mode;
    } else if (it[0] === TAG) {
      o.tag = it[1];
    } else badarg();
  }
  return o;
}

function spawnOptions(list: Term): SpawnOptions {
  const items = listToArray(list);
  if (items === undefined) badarg();
  const o: SpawnOptions = {
    link: false,
    monitor: null,
    priority: null,
    minHeapSize: null,
    minBinVheapSize: null,
    fullsweepAfter: null,
    maxHeapSize: null,
    messageQueueData: null,
  };
  let maxHeap: Term | undefined;
  for (const it of items) {
    if (it === LINK) o.link = true;
    else if (it === MONITOR) o.monitor = { tag: null, alias: null };
    else if (Array.isArray(it) && it.length === 2 && it[0] instanceof Atom) {
      const v = it[1];
      switch (it[0].name) {
        case 'monitor':
          o.monitor = monitorOptions(v);
          break;
        case 'priority':
          o.priority = checkPriority(v);
          break;
        case 'min_heap_size':
          o.minHeapSize = roundHeapSize(nonNegSmall(v), MIN_HEAP_SIZE);
          break;
        case 'min_bin_vheap_size':
          o.minBinVheapSize = roundHeapSize(nonNegSmall(v), MIN_BIN_VHEAP_SIZE);
          break;
        case 'fullsweep_after':
          o.fullsweepAfter = nonNegSmall(v);
          break;
        case 'max_heap_size':
          maxHeap = v;
          break;
        case 'message_queue_data':
          o.messageQueueData = checkMessageQueueData(v);
          break;
        default:
          badarg();
      }
    } else badarg();
  }
  // Checked against the new process's minimum heap size, whichever order the options came in.
  if (maxHeap !== undefined) o.maxHeapSize = checkMaxHeapSize(maxHeap, o.minHeapSize ?? MIN_HEAP_SIZE);
  return o;
}

const NO_OPTIONS: SpawnOptions = spawnOptions(NIL);

/**
 * Start M:F(Args) in a new process; the result of spawn_opt/4 (a pid, or {Pid, Ref} with monitor).
 * `monitorRef` is the reference a monitor option uses (spawn_request's request id), else a new one.
 */
function spawnMFA(p: Process, m: Term, f: Term, args: Term, o: SpawnOptions, monitorRef?: Ref): Term {
  const a = listToArray(args);
  if (!(m instanceof Atom) || !(f instanceof Atom) || a === undefined) badarg();
  const entry = exportEntry(m, f, a.length);
  // Through the export entry at the time of the call, so that the newest code (or the loader's
  // stub, which loads the module or raises undef in the new process) runs.
  const start = (q: Process, ...xs: Term[]): unknown => entry.fn(q, ...xs);
  const q = sched.spawn(start, a, { initialCall: [m, f, a.length], link: o.link ? p : undefined, groupLeader: p.groupLeader });
  const fl = flagsOf(q);
  fl.parent = p.pid;
  if (o.priority !== null) fl.priority = o.priority;
  if (o.minHeapSize !== null) fl.minHeapSize = o.minHeapSize;
  if (o.minBinVheapSize !== null) fl.minBinVheapSize = o.minBinVheapSize;
  if (o.fullsweepAfter !== null) fl.fullsweepAfter = o.fullsweepAfter;
  if (o.maxHeapSize !== null) fl.maxHeapSize = o.maxHeapSize;
  if (o.messageQueueData !== null) fl.messageQueueData = o.messageQueueData;
  if (o.monitor === null) return q.pid;
  const ref = monitorRef ?? makeRef();
  addMonitor(p, q, ref, q.pid, o.monitor);
  return [q.pid, ref];
}


const LINKED: SpawnOptions = { ...NO_OPTIONS, link: true };

/** Processes started by spawn_system_process/3: erts_internal:is_system_process/1 is true of them. */
export const systemProcesses = new WeakSet<Process>();

/** erts_internal:spawn_system_process(M, F, A): a process of the runtime itself (prim_file's closer...). */
defineGuarded('erts_internal', 'spawn_system_process', 3, (p: Process, m: Term, f: Term, a: Term) => {
  const pid = spawnMFA(p, m, f, a, NO_OPTIONS) as Pid;
  const q = sched.lookup(pid);
  if (q !== undefined) systemProcesses.add(q);
  return pid;
});

defineGuarded(E, 'spawn', 3, (p: Process, m: Term, f: Term, a: Term) => spawnMFA(p, m, f, a, NO_OPTIONS));
defineGuarded(E, 'spawn_link', 3, (p: Process, m: Term, f: Term, a: Term) => spawnMFA(p, m, f, a, LINKED));
defineGuarded(E, 'spawn_opt', 4, (p: Process, m: Term, f: Term, a: Term, o: Term) => {
  const opts = withCause(BADOPT, () => spawnOptions(o));
  return spawnMFA(p, m, f, a, opts);
});

// --- exit signals and links ----------------------------------------------------------------

defineGuarded(E, 'exit', 2, (p: Process, to: Term, reason: Term) => {
  if (to instanceof Pid && to.node !== LOCAL_NODE) return TRUE; // no connection: the signal is lost
  sendExit(p, to, reason);
  return afterSignal(p, TRUE);
});

defineGuarded(E, 'link', 1, (p: Process, to: Term) => {
  if (to instanceof Pid && sched.lookup(to) === p) return TRUE;
  link(p, to);
  return afterSignal(p, TRUE);
});

defineGuarded(E, 'unlink', 1, (p: Process, to: Term) => {
  unlink(p, to);
  return TRUE;
});

// --- monitors and aliases ------------------------------------------------------------------

/** Record that p monitors q under `ref`; `item` is what the DOWN message names. */
function addMonitor(p: Process, q: Process, ref: Ref, item: Term, o: MonitorOptions): void {
  const key = refKey(ref);
  p.monitors.set(key, { ref, other: q, item, tag: o.tag });
  q.monitoredBy.set(key, { ref, other: p, item, tag: o.tag });
  if (o.alias !== null) aliases.set(key, { ref, owner: p, mode: o.alias });
}

/** monitor(process, Item): a pid, a registered name, or {Name, Node} of this node. */
function monitorProcess(p: Process, target: Term, o: MonitorOptions): Ref {
  let q: Process | undefined;
  let item: Term;
  if (target instanceof Pid) {
    if (target.node !== LOCAL_NODE) badarg();
    q = sched.lookup(target);
    item = target;
  } else if (target instanceof Atom) {
    q = sched.registered.get(target);
    item = [target, LOCAL_NODE];
  } else if (Array.isArray(target) && target.length === 2 && target[0] instanceof Atom && target[1] instanceof Atom) {
    if (target[1] !== LOCAL_NODE) badarg(); // a remote node, and this node is not alive
    q = sched.registered.get(target[0]);
    item = target;
  } else badarg();
  const ref = makeRef();
  // erts holds back one monitor signal to a process (its scheduler's pending signal) and sends
  // the one before when another is made: a DOWN held back for a missing process goes out now.
  if (q !== undefined || target instanceof Pid) flushPendingDown(p);
  if (q === undefined || q.status === Status.Exited) {
    // The monitor fires; an alias bound to it is already gone with it.
    if (o.alias === 'explicit_unalias') aliases.set(refKey(ref), { ref, owner: p, mode: o.alias });
    const down = [o.tag ?? DOWN, ref, PROCESS, item, NOPROC];
    // A name that is not registered gets its DOWN at once; a pid's monitor signal is held back
    // until the process is scheduled out (runtime/process/scheduler.ts) or monitors again.
    if (target instanceof Pid) p.pendingDown = { ref, msg: down };
    else sched.deliver(p, down);
    return ref;
  }
  if (q === p) {
    // erts creates no monitor on the caller itself.
    if (o.alias === 'explicit_unalias') aliases.set(refKey(ref), { ref, owner: p, mode: o.alias });
    return ref;
  }
  addMonitor(p, q, ref, item, o);
  return ref;
}

function monitor(p: Process, type: Term, item: Term, o: MonitorOptions): Ref {
  if (type === PROCESS) return monitorProcess(p, item, o);
  if (type === TIME_OFFSET) {
    // The offset is final (no time warp): such a monitor never fires.
    if (item !== CLOCK_SERVICE) badarg();
    return makeRef();
  }
  if (type === PORT) {
    const ref = makeRef();
    monitorPort(p, item, ref);
    return ref;
  }
  return badargWithCause(BADTYPE);
}

const NO_MONITOR_OPTIONS: MonitorOptions = { tag: null, alias: null };
defineGuarded(E, 'monitor', 2, (p: Process, type: Term, item: Term) => monitor(p, type, item, NO_MONITOR_OPTIONS));
defineGuarded(E, 'monitor', 3, (p: Process, type: Term, item: Term, opts: Term) => monitor(p, type, item, withCause(BADOPT, () => monitorOptions(opts))));

/** Deliver the DOWN that monitorProcess held back, if any. */
function flushPendingDown(p: Process): void {
  if (p.pendingDown === null) return;
  const msg = p.pendingDown.msg;
  p.pendingDown = null;
  sched.deliver(p, msg);
}

/** Remove the monitor `ref` that p holds; whether there was one. Its monitor-bound alias goes too. */
function removeMonitor(p: Process, ref: Ref): boolean {
  const key = refKey(ref);
  if (p.pendingDown !== null && p.pendingDown.ref instanceof Ref && refKey(p.pendingDown.ref) === key) {
    // Demonitored before its DOWN was sent: erts drops the DOWN of a monitor that is gone.
    p.pendingDown = null;
    return true;
  }
  const a = aliases.get(key);
  if (a !== undefined && a.owner === p && (a.mode === 'demonitor' || a.mode === 'reply_demonitor')) aliases.delete(key);
  const m = p.monitors.get(key);
  if (m === undefined) return demonitorPort(p, ref);
  p.monitors.delete(key);
  m.other.monitoredBy.delete(key);
  return true;
}

/** Take out of p's mailbox the messages {_, Ref, _, _, _} a monitor sent (demonitor's flush). */
function flushMonitorMessages(p: Process, ref: Ref): void {
  const mb = p.mailbox;
  const key = refKey(ref);
  mb.rewind();
  for (let msg = mb.peek(); msg !== undefined; msg = mb.peek()) {
    if (Array.isArray(msg) && msg.length === 5 && msg[1] instanceof Ref && refKey(msg[1]) === key && msg[1].node === ref.node) mb.remove();
    else mb.advance();
  }
  mb.rewind();
}

defineGuarded(E, 'demonitor', 1, (p: Process, ref: Term) => {
  if (!(ref instanceof Ref)) badarg();
  removeMonitor(p, ref);
  return TRUE;
});

defineGuarded(E, 'demonitor', 2, (p: Process, ref: Term, opts: Term) => {
  if (!(ref instanceof Ref)) badarg();
  const items = listToArray(opts);
  if (items === undefined) badarg();
  let flush = false;
  let info = false;
  for (const o of items) {
    if (o === FLUSH) flush = true;
    else if (o === INFO) info = true;
    else badarg();
  }
  const found = removeMonitor(p, ref);
  if (flush) flushMonitorMessages(p, ref);
  return info ? bool(found) : TRUE;
});


defineGuarded(E, 'alias', 1, (p: Process, opts: Term) => {
  const items = listToArray(opts);
  if (items === undefined) badarg();
  let mode: AliasMode = 'explicit_unalias';
  for (const o of items) {
    if (o === EXPLICIT_UNALIAS) mode = 'explicit_unalias';
    else if (o === REPLY) mode = 'reply';
    else badarg();
  }
  const ref = makeRef();
  aliases.set(refKey(ref), { ref, owner: p, mode });
  return ref;
});

defineGuarded(E, 'unalias', 1, (p: Process, ref: Term) => {
  if (!(ref instanceof Ref)) badarg();
  const key = refKey(ref);
  const a = aliases.get(key);
  if (a === undefined || a.owner !== p) return FALSE;
  aliases.delete(key);
  if ((a.mode === 'demonitor' || a.mode === 'reply_demonitor') && !p.monitors.has(key)) return FALSE;
  return TRUE;
});

// --- the name registry ---------------------------------------------------------------------

// erts checks the name, then the process (dead: notalive; named: registered_name), then whether
// the name is free; every other failure has cause `none`.
defineGuarded(E, 'register', 2, (_p: Process, name: Term, pid: Term) => {
  if (!(name instanceof Atom) || name === UNDEFINED) badargWithCause(NONE);
  // Ports register through the port layer (not yet here).
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) badargWithCause(NONE);
  const q = localProcess(pid);
  if (q === undefined) badargWithCause(NOTALIVE);
  if (q.registeredName !== null) badargWithCause(REGISTERED_NAME);
  if (sched.registered.has(name)) badargWithCause(NONE);
  sched.registered.set(name, q);
  q.registeredName = name;
  return TRUE;
});

defineGuarded(E, 'unregister', 1, (_p: Process, name: Term) => {
  if (!(name instanceof Atom)) badarg();
  const q = sched.registered.get(name);
  if (q === undefined) badarg();
  sched.registered.delete(name);
  q.registeredName = null;
  return TRUE;
});

defineGuarded(E, 'whereis', 1, (_p: Process, name: Term) => {
  if (!(name instanceof Atom)) badarg();
  const q = sched.registered.get(name);
  return q !== undefined && q.status !== Status.Exited ? q.pid : UNDEFINED;
});

defineGuarded(E, 'registered', 0, (_p: Process) => listFrom([...sched.registered.keys()]));

// --- sending -------------------------------------------------------------------------------

function send(p: Process, to: Term, msg: Term): Term {
  sendMessage(p, to, msg);
  return msg;
}
defineGuarded(E, 'send', 2, send);
// erts reports a failing erlang:'!'/2 as erlang:send/2.
defineBif(E, '!', 2, guardedBif(E, 'send', send));

defineGuarded(E, 'send', 3, (p: Process, to: Term, msg: Term, opts: Term) => {
  const items = listToArray(opts);
  if (items === undefined) badargWithCause(BADOPT);
  for (const o of items) if (o !== NOSUSPEND && o !== NOCONNECT) badargWithCause(BADOPT);
  sendMessage(p, to, msg);
  return OK;
});

const SPAWN_REPLY = atom('spawn_reply');
const REPLY_MODES = new Set(['yes', 'no', 'error_only', 'success_only']);

/**
 * erts_internal:spawn_request(M, F, A, Opts), under erlang:spawn_request/1..5 for this node: the
 * process is spawned at once and the reply {ReplyTag, ReqId, ok, Pid} (or {.., error, badopt} for
 * a bad option) is in the caller's queue when the BIF returns, before anything the new process
 * sends. A monitor option monitors with ReqId. Options that are not a list answer badopt,
 * arguments of the wrong type badarg (erlang.erl raises the errors).
 */
defineGuarded('erts_internal', 'spawn_request', 4, (p: Process, m: Term, f: Term, a: Term, opts: Term) => {
  const items = listToArray(opts);
  if (items === undefined) return BADOPT;
  if (!(m instanceof Atom) || !(f instanceof Atom) || listToArray(a) === undefined) return BADARG;
  let tag: Term = SPAWN_REPLY;
  let reply = 'yes';
  let badReply = false;
  const rest: Term[] = [];
  for (const o of items) {
    if (Array.isArray(o) && o.length === 2 && o[0] === atom('reply_tag')) tag = o[1];
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('reply')) {
      if (o[1] instanceof Atom && REPLY_MODES.has(o[1].name)) reply = o[1].name;
      else badReply = true;
    } else rest.push(o);
  }
  let badopt = badReply;
  let so: SpawnOptions | undefined;
  if (!badopt) {
    try {
      so = spawnOptions(listFrom(rest));
    } catch (e) {
      if (!(e instanceof ErlangException)) throw e;
      badopt = true;
    }
  }
  const ref = makeRef();
  if (badopt || so === undefined) {
    // An error reply, unless the (valid) reply option asks for none.
    if (badReply || reply === 'yes' || reply === 'error_only') sched.deliver(p, [tag, ref, ERROR, BADOPT]);
    return ref;
  }
  const result = spawnMFA(p, m, f, a, so, ref);
  const pid = Array.isArray(result) ? result[0] : result;
  if (reply === 'yes' || reply === 'success_only') sched.deliver(p, [tag, ref, OK, pid]);
  return ref;
});

/**
 * spawn_request_abandon(ReqId): false, as for a request already answered: a request spawned
 * locally is answered at once (erts answers a local request before the caller can abandon it).
 */
defineGuarded(E, 'spawn_request_abandon', 1, (_p: Process, reqId: Term) => {
  if (!(reqId instanceof Ref)) badarg();
  return FALSE;
});

// --- identity, group leaders, the process table ---------------------------------------------

defineGuarded(E, 'self', 0, (p: Process) => p.pid);
defineGuarded(E, 'make_ref', 0, (_p: Process) => makeRef());
defineGuarded(E, 'group_leader', 0, (p: Process) => p.groupLeader);


defineGuarded(E, 'is_process_alive', 1, (_p: Process, pid: Term) => bool(localProcess(pid) !== undefined));

/** erts_internal:is_process_alive(Pid, Ref): the answer comes as a message {Ref, Alive}. */
defineGuarded('erts_internal', 'is_process_alive', 2, (p: Process, pid: Term, ref: Term) => {
  if (!(ref instanceof Ref)) badarg();
  sched.deliver(p, [ref, bool(localProcess(pid) !== undefined)]);
  return OK;
});

defineGuarded(E, 'processes', 0, (_p: Process) => {
  // Pid numbers only grow here, so the table's insertion order is erts's (ascending) order.
  const out: Term[] = [];
  for (const q of sched.procs.values()) if (q.status !== Status.Exited) out.push(q.pid);
  return listFrom(out);
});

// --- apply, yield, hibernate, garbage collection ---------------------------------------------

// apply/2,3 tail-call Erlang code: not wrapped, so the callee's own errors stay its own.
defineBif(E, 'apply', 2, (p: Process, f: Term, args: Term) => {
  const a = listToArray(args);
  if (a === undefined) bifBadarg('apply', [f, args]);
  return generatedApi.callFun(p, f, a);
});

defineBif(E, 'apply', 3, (p: Process, m: Term, f: Term, args: Term) => {
  const a = listToArray(args);
  if (!(m instanceof Atom) || !(f instanceof Atom) || a === undefined) bifBadarg('apply', [m, f, args]);
  return exportEntry(m, f, a.length).fn(p, ...a);
});

/** bump_reductions(N): use up N reductions of this slice (the process yields sooner). */
defineGuarded(E, 'bump_reductions', 1, (p: Process, n: Term) => {
  if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0) && !(typeof n === 'bigint' && n > 0n)) badarg();
  p.reds -= typeof n === 'number' ? n : p.reds + 1;
  return TRUE;
});

/** erlang:yield/0 (an instruction on erts): end the time slice at the next call. */
defineGuarded(E, 'yield', 0, (p: Process) => {
  p.reds = 0;
  return TRUE;
});

/** Where a hibernating process resumes when a message arrives: M:F(A), kept in the frame's y registers. */
function wakeFromHibernation(p: Process, frame: Frame): unknown {
  const [m, f, a] = frame.ys as [Atom, Atom, Term[]];
  return exportEntry(m, f, a.length).fn(p, ...a);
}

/**
 * hibernate(M, F, A): wait for a message (at once if one is queued), then M:F(A). The call stack is
 * dropped when the process goes to sleep (the scheduler does it), so returning from M:F ends the
 * process, as on erts.
 */
defineBif(E, 'hibernate', 3, (p: Process, m: Term, f: Term, args: Term) => {
  const a = listToArray(args);
  if (!(m instanceof Atom) || !(f instanceof Atom) || a === undefined) bifBadarg('hibernate', [m, f, args]);
  p.mailbox.rewind();
  if (p.mailbox.length > 0) return exportEntry(m, f, a.length).fn(p, ...a);
  p.hibernating = true;
  return p.wait(wakeFromHibernation, 0, [m, f, a], false);
});

