// process_info/1,2 and process_flag/2: what a process tells about itself, and the flags it may
// change. Flags beamjs does not act on (priority, heap sizes, message_queue_data, save_calls,
// sensitive, error_handler) are validated and remembered, so that reading them back gives erts's
// answers. Sizes (heap_size, memory...) are estimates: JS has no per-process heap. Part of the
// process BIFs (processes.ts).

import { atom, Atom, TRUE, FALSE, UNDEFINED, ERROR, bool } from '../../term/atom.js';
import { Pid, LOCAL_NODE } from '../../term/identifiers.js';
import { NIL, listFrom, listToArray } from '../../term/list.js';
import { EMap } from '../../term/map.js';
import type { Term } from '../../term/term.js';
import { ErlangException, badarg, badargWithCause } from '../../errors.js';
import { Process, Status, SLICE_REDUCTIONS } from '../../process/process.js';
import { sched, stacktraceOf } from '../../process/scheduler.js';
import { suspendedStacktrace } from '../../code/stacktrace.js';
import { defineGuarded, smallInt } from './annotate.js';
import { dictToList } from './dictionary.js';
import { suspending } from '../../process/suspension.js';

const E = 'erlang';
const LOW = atom('low');
const NORMAL_PRIO = atom('normal');
const HIGH = atom('high');
const MAX = atom('max');
const ON_HEAP = atom('on_heap');
const OFF_HEAP = atom('off_heap');
const SIZE = atom('size');
const KILL = atom('kill');
const ERROR_LOGGER = atom('error_logger');
const ERROR_HANDLER = atom('error_handler');
const PROCESS = atom('process');

/** erts's defaults (erlang:system_info(garbage_collection) on OTP 25). */
export const MIN_HEAP_SIZE = 233;
export const MIN_BIN_VHEAP_SIZE = 46422;
export const FULLSWEEP_AFTER = 65535;

/** max_heap_size's default: no limit (terms are immutable, so one map serves every process). */
const DEFAULT_MAX_HEAP_SIZE: Term = EMap.fromEntries([
  [ERROR_LOGGER, TRUE],
  [KILL, TRUE],
  [SIZE, 0],
]);

/** The per-process flags erts keeps and beamjs only remembers. */
export class ProcessFlags {
  priority: Atom = NORMAL_PRIO;
  minHeapSize = MIN_HEAP_SIZE;
  minBinVheapSize = MIN_BIN_VHEAP_SIZE;
  fullsweepAfter = FULLSWEEP_AFTER;
  maxHeapSize: Term = DEFAULT_MAX_HEAP_SIZE;
  messageQueueData: Atom = ON_HEAP;
  saveCalls = 0;
  sensitive = false;
  errorHandler: Atom = ERROR_HANDLER;
  /** The process that spawned this one (process_info(P, parent)); undefined for the first. */
  parent: Pid | undefined = undefined;
}

const FLAGS = 'flags';
export function flagsOf(p: Process): ProcessFlags {
  let f = p.ext.get(FLAGS) as ProcessFlags | undefined;
  if (f === undefined) {
    f = new ProcessFlags();
    p.ext.set(FLAGS, f);
  }
  return f;
}

export function checkPriority(v: Term): Atom {
  if (v !== LOW && v !== NORMAL_PRIO && v !== HIGH && v !== MAX) badarg();
  return v as Atom;
}

export function checkMessageQueueData(v: Term): Atom {
  if (v !== ON_HEAP && v !== OFF_HEAP) badarg();
  return v as Atom;
}

/** erts's heap sizes in words: Fibonacci-like (a + b + 1) for the first 23, then 20% steps. */
const HEAP_SIZES: number[] = [12, 38];
function heapSizeAt(i: number): number {
  while (HEAP_SIZES.length <= i) {
    const n = HEAP_SIZES.length;
    const a = HEAP_SIZES[n - 1];
    HEAP_SIZES.push(n < 23 ? a + HEAP_SIZES[n - 2] + 1 : a + Math.floor(a / 5));
  }
  return HEAP_SIZES[i];
}

/** A requested minimum heap size as erts keeps it: at least the default, rounded up to a heap size. */
export function roundHeapSize(n: number, least: number): number {
  const want = Math.max(n, least);
  let i = 0;
  while (heapSizeAt(i) < want) i++;
  return heapSizeAt(i);
}

/**
 * A max_heap_size: a size, or a map with a size and optional kill/error_logger booleans (other
 * keys ignored). A size is 0 (no limit) or at least the process's minimum heap size.
 */
export function checkMaxHeapSize(v: Term, minHeapSize: number): Term {
  const okSize = (t: Term | undefined): boolean => {
    const n = t === undefined ? undefined : smallInt(t);
    return n !== undefined && n >= 0 && (n === 0 || n >= minHeapSize);
  };
  const isBool = (t: Term | undefined): boolean => t === undefined || t === TRUE || t === FALSE;
  if (v instanceof EMap) {
    if (!okSize(v.get(SIZE)) || !isBool(v.get(KILL)) || !isBool(v.get(ERROR_LOGGER))) badarg();
    return EMap.fromEntries([
      [ERROR_LOGGER, v.get(ERROR_LOGGER) ?? TRUE],
      [KILL, v.get(KILL) ?? TRUE],
      [SIZE, v.get(SIZE)!],
    ]);
  }
  if (!okSize(v)) badarg();
  return EMap.fromEntries([
    [ERROR_LOGGER, TRUE],
    [KILL, TRUE],
    [SIZE, v],
  ]);
}

function nonNegSmall(t: Term): number {
  const n = smallInt(t);
  if (n === undefined || n < 0) badarg();
  return n;
}

function boolean(t: Term): boolean {
  if (t !== TRUE && t !== FALSE) badarg();
  return t === TRUE;
}

// --- process_flag/2 ------------------------------------------------------------------------

const MONITOR_NODES = atom('monitor_nodes');
const BADOPT = atom('badopt');
const NONE = atom('none');

/** Node monitors a process holds (net_kernel:monitor_nodes): only counted until distribution exists. */
const nodeMonitors = new WeakMap<Process, number>();

/**
 * erts_internal:process_flag(Pid, save_calls, N), behind erlang:process_flag/3: the only flag one
 * process may set on another. The answer is the old value; badtype for what is not a live local
 * process, badarg for another flag or a bad value (erlang.erl raises the errors).
 */
defineGuarded('erts_internal', 'process_flag', 3, (_p: Process, pid: Term, flag: Term, value: Term) => {
  const q = pid instanceof Pid && pid.node === LOCAL_NODE ? sched.lookup(pid) : undefined;
  if (q === undefined || q.status === Status.Exited) return atom('badtype');
  const n = smallInt(value);
  if (flag !== atom('save_calls') || n === undefined || n < 0 || n > 10000) return atom('badarg');
  const f = flagsOf(q);
  const old = f.saveCalls;
  f.saveCalls = n;
  return old;
});

defineGuarded(E, 'process_flag', 2, (p: Process, flag: Term, value: Term) => {
  const f = flagsOf(p);
  let old: Term;
  if (Array.isArray(flag) && flag.length === 2 && flag[0] === MONITOR_NODES) flag = MONITOR_NODES;
  switch (flag instanceof Atom ? flag.name : '') {
    case 'monitor_nodes': {
      // {monitor_nodes, Opts} too; the old count comes back. No node ever goes up or down here yet.
      const n = nodeMonitors.get(p) ?? 0;
      nodeMonitors.set(p, boolean(value) === true ? n + 1 : 0);
      return n;
    }
    case 'trap_exit':
      old = bool(p.trapExit);
      p.trapExit = boolean(value);
      return old;
    case 'priority':
      old = f.priority;
      f.priority = checkPriority(value);
      return old;
    case 'min_heap_size':
      old = f.minHeapSize;
      f.minHeapSize = roundHeapSize(nonNegSmall(value), MIN_HEAP_SIZE);
      return old;
    case 'min_bin_vheap_size':
      old = f.minBinVheapSize;
      f.minBinVheapSize = roundHeapSize(nonNegSmall(value), MIN_BIN_VHEAP_SIZE);
      return old;
    case 'fullsweep_after':
      old = f.fullsweepAfter;
      f.fullsweepAfter = nonNegSmall(value);
      return old;
    case 'max_heap_size':
      old = f.maxHeapSize;
      f.maxHeapSize = checkMaxHeapSize(value, f.minHeapSize);
      return old;
    case 'message_queue_data':
      old = f.messageQueueData;
      f.messageQueueData = checkMessageQueueData(value);
      return old;
    case 'save_calls': {
      const n = smallInt(value);
      if (n === undefined || n < 0 || n > 10000) badargWithCause(NONE);
      old = f.saveCalls;
      f.saveCalls = n;
      return old;
    }
    case 'sensitive':
      old = bool(f.sensitive);
      f.sensitive = boolean(value);
      return old;
    case 'error_handler':
      if (!(value instanceof Atom)) badarg();
      old = f.errorHandler;
      f.errorHandler = value;
      return old;
    default:
      // An unknown flag (OTP 25.2 has no async_dist yet).
      badargWithCause(BADOPT);
  }
});

/** The caller's own stack trace, from the BIF's call site (the first entry is the Erlang caller). */
function ownStacktrace(): Term[] {
  const e = new ErlangException(ERROR, UNDEFINED);
  return listToArray(stacktraceOf(e)) ?? [];
}

/**
 * {M, F, A, Location} of the code the process is in: for the caller itself the top of its own stack
 * trace; for another process its innermost saved frame, else its initial call.
 */
function currentLocation(p: Process): Term[] {
  if (p === sched.current) {
    const top = ownStacktrace()[0] as Term[] | undefined;
    if (top !== undefined) {
      const arity = typeof top[2] === 'number' ? top[2] : (listToArray(top[2])?.length ?? 0);
      return [top[0], top[1], arity, top[3]];
    }
  }
  const top = suspendedStacktrace(p.stack)[0] as Term[] | undefined;
  if (top !== undefined) return top;
  return [p.initialCall[0], p.initialCall[1], p.initialCall[2], NIL];
}

function currentFunction(p: Process): Term {
  return currentLocation(p).slice(0, 3);
}

/** process_info(P, current_stacktrace)'s list (also erlang:process_display/2's). */
export function currentStacktrace(p: Process): Term {
  if (p === sched.current) return listFrom(ownStacktrace());
  return listFrom(suspendedStacktrace(p.stack));
}

// --- process_info/1,2 ----------------------------------------------------------------------

const SUSPENDED = atom('suspended');

/** process_info(P, suspending): the processes P holds suspended, none of them half-done (beamjs suspends at once). */
function suspendingInfo(p: Process): Term {
  return listFrom(suspending(p).map(([q, n]) => [q.pid, n, 0]));
}

const STATUS_NAMES: Record<number, Atom> = {
  [Status.Runnable]: atom('runnable'),
  [Status.Running]: atom('running'),
  [Status.Waiting]: atom('waiting'),
  [Status.Exited]: atom('exiting'),
};

function reductions(p: Process): number {
  return p.totalReds + (p === sched.current ? Math.max(0, SLICE_REDUCTIONS - p.reds) : 0);
}

/** Words of heap an estimate gives the process: erts's minimum heap plus its messages and dictionary. */
function heapEstimate(p: Process): number {
  return flagsOf(p).minHeapSize + 3 * p.mailbox.length;
}

function gcInfo(p: Process): Term {
  const f = flagsOf(p);
  return listFrom([
    [atom('max_heap_size'), f.maxHeapSize],
    [atom('min_bin_vheap_size'), f.minBinVheapSize],
    [atom('min_heap_size'), f.minHeapSize],
    [atom('fullsweep_after'), f.fullsweepAfter],
    [atom('minor_gcs'), 0],
  ]);
}

type InfoItem = (p: Process) => Term;

const ITEMS = new Map<string, InfoItem>([
  ['registered_name', (p) => p.registeredName ?? NIL],
  ['current_function', (p) => currentFunction(p)],
  ['current_location', (p) => currentLocation(p)],
  ['current_stacktrace', (p) => currentStacktrace(p)],
  ['initial_call', (p) => p.initialCall],
  ['status', (p) => (p === sched.current ? STATUS_NAMES[Status.Running] : p.suspendCount > 0 ? SUSPENDED : STATUS_NAMES[p.status])],
  ['message_queue_len', (p) => p.mailbox.length],
  ['messages', (p) => listFrom(p.mailbox.toArray())],
  ['links', (p) => listFrom([...p.links].map((q) => q.pid))],
  [
    'monitors',
    (p) => listFrom([...p.monitors.values()].map((m) => [PROCESS, m.item])),
  ],
  ['monitored_by', (p) => listFrom([...p.monitoredBy.values()].map((m) => m.other.pid).reverse())],
  ['dictionary', (p) => dictToList(p)],
  ['trap_exit', (p) => bool(p.trapExit)],
  ['error_handler', (p) => flagsOf(p).errorHandler],
  ['priority', (p) => flagsOf(p).priority],
  ['group_leader', (p) => p.groupLeader],
  ['total_heap_size', (p) => heapEstimate(p)],
  ['heap_size', (p) => heapEstimate(p)],
  ['stack_size', (p) => p.stack.length * 2 + 1],
  ['reductions', (p) => reductions(p)],
  ['garbage_collection', (p) => gcInfo(p)],
  ['garbage_collection_info', (_p) => NIL],
  ['suspending', (p) => suspendingInfo(p)],
  ['memory', (p) => 8 * heapEstimate(p) + 1000],
  ['min_heap_size', (p) => flagsOf(p).minHeapSize],
  ['min_bin_vheap_size', (p) => flagsOf(p).minBinVheapSize],
  ['fullsweep_after', (p) => flagsOf(p).fullsweepAfter],
  ['max_heap_size', (p) => flagsOf(p).maxHeapSize],
  ['message_queue_data', (p) => flagsOf(p).messageQueueData],
  ['binary', (_p) => NIL],
  ['catchlevel', (_p) => 0],
  ['backtrace', (_p) => NIL],
  ['last_calls', (_p) => FALSE],
  ['sequential_trace_token', (p) => p.seqToken],
  ['trace', (_p) => 0],
  ['parent', (p) => flagsOf(p).parent ?? UNDEFINED],
]);

/** process_info/1's items, in erts's order (registered_name only when there is one). */
const DEFAULT_ITEMS = [
  'current_function',
  'initial_call',
  'status',
  'message_queue_len',
  'links',
  'dictionary',
  'trap_exit',
  'error_handler',
  'priority',
  'group_leader',
  'total_heap_size',
  'heap_size',
  'stack_size',
  'reductions',
  'garbage_collection',
  'suspending',
];

function itemOf(t: Term): InfoItem {
  const f = t instanceof Atom ? ITEMS.get(t.name) : undefined;
  if (f === undefined) badarg();
  return f;
}

/** The process of a local pid (undefined when it has exited); anything else is badarg. */
function infoTarget(pid: Term): Process | undefined {
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) badarg();
  const q = sched.lookup(pid);
  return q !== undefined && q.status !== Status.Exited ? q : undefined;
}

defineGuarded(E, 'process_info', 1, (_p: Process, pid: Term) => {
  const q = infoTarget(pid);
  if (q === undefined) return UNDEFINED;
  const names = q.registeredName !== null ? ['registered_name', ...DEFAULT_ITEMS] : DEFAULT_ITEMS;
  return listFrom(names.map((n) => [atom(n), ITEMS.get(n)!(q)]));
});

defineGuarded(E, 'process_info', 2, (_p: Process, pid: Term, spec: Term) => {
  if (spec instanceof Atom) {
    const f = itemOf(spec);
    const q = infoTarget(pid);
    if (q === undefined) return UNDEFINED;
    // registered_name of an unregistered process: [] alone, {registered_name, []} in a list.
    if (spec.name === 'registered_name' && q.registeredName === null) return NIL;
    return [spec, f(q)];
  }
  const items = listToArray(spec);
  if (items === undefined) badarg();
  const fs = items.map(itemOf);
  const q = infoTarget(pid);
  if (q === undefined) return UNDEFINED;
  return listFrom(items.map((it, i) => [it, fs[i](q)]));
});
