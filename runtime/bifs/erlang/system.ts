// The erlang BIFs about the system: display/1 and display_string/1 (erts's own printer, straight
// to the file descriptors), halt/0,1,2, node/0,1, nodes/0,1, is_alive/0, system_info/1 and
// statistics/1. beamjs presents itself as the erts its .beam files come from (OTP 25, erts
// 13.1.5, 64-bit, JIT flavour); machine facts (processors, OS) are the host's, as erts reports
// them. Items that describe erts internals beamjs has none of answer erts's idle values.

import * as fs from 'node:fs';
import * as os from 'node:os';
import { atom, Atom, TRUE, FALSE, UNDEFINED, atomCount } from '../../term/atom.js';
import { Pid, Port, Ref, LOCAL_NODE } from '../../term/identifiers.js';
import { NIL, charlist, listFrom, listToArray } from '../../term/list.js';
import { EMap } from '../../term/map.js';
import { binaryFromString } from '../../term/bitstring.js';
import type { Term } from '../../term/term.js';
import { display } from '../../term/display.js';
import { badarg } from '../../errors.js';
import { Process, Status, SLICE_REDUCTIONS } from '../../process/process.js';
import { sched } from '../../process/scheduler.js';
import { defineGuarded, withCause } from './annotate.js';
import { systemSeqTracer } from '../../process/seq-trace.js';

const E = 'erlang';

export const OTP_RELEASE = '25';
export const ERTS_VERSION = '13.1.5';

// --- output straight to the file descriptors -------------------------------------------------

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}

/** What the system BIFs do to the outside world; tests replace these. */
export const systemHooks = {
  /** erlang:display/1's line (bytes as a latin1 string, CR LF added). */
  writeDisplay(s: string): void {
    writeAll(1, Buffer.from(s + '\r\n', 'latin1'));
  },
  /** Text erts prints on stderr itself (display_string/1, halt's slogan), already with CR LF. */
  writeStderr(s: string): void {
    writeAll(2, Buffer.from(s, 'utf8'));
  },
  /** Called before halt leaves when {flush, true}: the port layer registers its output flushers here. */
  beforeHalt: [] as Array<() => void>,
  exit(code: number): never {
    process.exit(code);
  },
  abort(): never {
    process.abort();
  },
};

defineGuarded(E, 'display', 1, (_p: Process, t: Term) => {
  systemHooks.writeDisplay(display(t));
  return TRUE;
});

/** A flat list of Unicode code points as a JS string, or undefined. */
function unicodeString(t: Term): string | undefined {
  const items = listToArray(t);
  if (items === undefined) return undefined;
  let s = '';
  for (const c of items) {
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff || !Number.isInteger(c)) return undefined;
    s += String.fromCodePoint(c);
  }
  return s;
}

/** erts's own printing to stderr ends lines with CR LF. */
function crlf(s: string): string {
  return s.replace(/\n/g, '\r\n');
}

defineGuarded(E, 'display_string', 1, (_p: Process, t: Term) => {
  const s = unicodeString(t);
  if (s === undefined) badarg();
  systemHooks.writeStderr(crlf(s));
  return TRUE;
});

// --- halt ------------------------------------------------------------------------------------

const ABORT = atom('abort');
const FLUSH = atom('flush');
const BADOPT = atom('badopt');

/** halt/2's options: whether to flush. Checked before the status (a bad one: cause badopt). */
function flushOption(options: Term): boolean {
  const opts = listToArray(options);
  if (opts === undefined) badarg();
  let flush = true;
  for (const o of opts) {
    if (!Array.isArray(o) || o.length !== 2 || o[0] !== FLUSH || (o[1] !== TRUE && o[1] !== FALSE)) badarg();
    flush = o[1] === TRUE;
  }
  return flush;
}

function halt(status: Term, options: Term): never {
  const flush = withCause(BADOPT, () => flushOption(options));
  let code: number;
  let slogan: string | undefined;
  if (typeof status === 'number' || typeof status === 'bigint') {
    if (status < 0) badarg();
    // The OS keeps the low 8 bits of the status.
    code = Number(BigInt.asUintN(8, BigInt(status)));
  } else if (status === ABORT) {
    code = -1;
  } else {
    slogan = unicodeString(status);
    if (slogan === undefined) badarg();
    code = 1;
  }
  if (flush && status !== ABORT) for (const f of systemHooks.beforeHalt) f();
  if (code === -1) systemHooks.abort();
  // A slogan is what erts prints when it stops on an error (its crash dump, if any, is not written here).
  if (slogan !== undefined) systemHooks.writeStderr(crlf(slogan + '\n'));
  return systemHooks.exit(code);
}

defineGuarded(E, 'halt', 2, (_p: Process, status: Term, options: Term) => halt(status, options));

// --- nodes ---------------------------------------------------------------------------------

defineGuarded(E, 'node', 0, (_p: Process) => LOCAL_NODE);
defineGuarded(E, 'node', 1, (_p: Process, t: Term) => {
  if (t instanceof Pid || t instanceof Port || t instanceof Ref) return t.node;
  badarg();
});

const NODE_TYPES = new Set(['visible', 'hidden', 'connected', 'this', 'known']);

/** nodes(Arg): this node is never alive, so only `this` and `known` name a node (itself). */
function nodes(arg: Term): Term {
  const types = arg instanceof Atom ? [arg] : listToArray(arg);
  if (types === undefined) badarg();
  let self = false;
  for (const t of types) {
    if (!(t instanceof Atom) || !NODE_TYPES.has(t.name)) badarg();
    if (t.name === 'this' || t.name === 'known') self = true;
  }
  return self ? listFrom([LOCAL_NODE]) : NIL;
}

defineGuarded(E, 'nodes', 0, (_p: Process) => NIL);
defineGuarded(E, 'nodes', 1, (_p: Process, arg: Term) => nodes(arg));
/** nodes(Type, Opts): the nodes with information about each; none are connected before distribution. */
defineGuarded(E, 'nodes', 2, (_p: Process, arg: Term, opts: Term) => {
  nodes(arg);
  if (!(opts instanceof EMap)) badarg();
  return NIL;
});

// --- system_info ---------------------------------------------------------------------------

function cpuCount(): number {
  return Math.max(1, os.cpus().length);
}

/** erlang:system_info(schedulers): one per logical CPU, as erts starts by default. */
export function schedulerCount(): number {
  return cpuCount();
}

function osType(): Term {
  switch (process.platform) {
    case 'win32':
      return [atom('win32'), atom('nt')];
    case 'darwin':
      return [atom('unix'), atom('darwin')];
    default:
      return [atom('unix'), atom(process.platform)];
  }
}

function osVersion(): Term {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(os.release());
  return m === null ? [0, 0, 0] : [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

function systemArchitecture(): string {
  const cpu = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : process.arch;
  if (process.platform === 'darwin') return `${cpu}-apple-darwin${os.release()}`;
  return `${cpu}-pc-${process.platform}-gnu`;
}

function cpuTopology(): Term {
  const cores: Term[] = [];
  for (let i = 0; i < cpuCount(); i++) cores.push([atom('core'), [atom('logical'), i]]);
  return listFrom([[atom('processor'), listFrom(cores)]]);
}

function maxHeapSizeDefault(): Term {
  return EMap.fromEntries([
    [atom('error_logger'), TRUE],
    [atom('kill'), TRUE],
    [atom('size'), 0],
  ]);
}

function systemVersion(): string {
  const n = cpuCount();
  return `Erlang/OTP ${OTP_RELEASE} [erts-${ERTS_VERSION}] [source] [64-bit] [smp:${n}:${n}] [ds:${n}:${n}:10] [async-threads:1] [jit:ns]\n`;
}

function liveProcessCount(): number {
  let n = 0;
  for (const q of sched.procs.values()) if (q.status !== Status.Exited) n++;
  return n;
}

const SYSTEM_INFO = new Map<string, () => Term>([
  ['process_count', () => liveProcessCount()],
  ['process_limit', () => sched.maxProcesses],
  ['port_limit', () => 65536],
  ['atom_count', () => atomCount()],
  ['atom_limit', () => 1048576],
  ['ets_limit', () => 8192],
  ['schedulers', () => cpuCount()],
  ['schedulers_online', () => cpuCount()],
  ['dirty_cpu_schedulers', () => cpuCount()],
  ['dirty_cpu_schedulers_online', () => cpuCount()],
  ['dirty_io_schedulers', () => 10],
  ['logical_processors', () => cpuCount()],
  ['logical_processors_available', () => cpuCount()],
  ['logical_processors_online', () => cpuCount()],
  ['otp_release', () => charlist(OTP_RELEASE)],
  ['version', () => charlist(ERTS_VERSION)],
  ['system_version', () => charlist(systemVersion())],
  ['machine', () => charlist('BEAM')],
  ['system_architecture', () => charlist(systemArchitecture())],
  ['wordsize', () => 8],
  ['thread_pool_size', () => 1],
  ['smp_support', () => TRUE],
  ['threads', () => TRUE],
  ['heap_type', () => atom('private')],
  ['kernel_poll', () => TRUE],
  ['build_type', () => atom('opt')],
  ['emu_type', () => atom('opt')],
  ['emu_flavor', () => atom('jit')],
  ['debug_compiled', () => FALSE],
  ['lock_checking', () => FALSE],
  ['lock_counting', () => FALSE],
  ['hipe_architecture', () => UNDEFINED],
  ['driver_version', () => charlist('3.3')],
  ['nif_version', () => charlist('2.16')],
  ['compat_rel', () => Number(OTP_RELEASE)],
  ['creation', () => 0],
  ['endian', () => atom(os.endianness() === 'LE' ? 'little' : 'big')],
  ['os_type', () => osType()],
  ['os_version', () => osVersion()],
  ['time_offset', () => atom('final')],
  ['time_warp_mode', () => atom('no_time_warp')],
  ['time_correction', () => TRUE],
  ['tolerant_timeofday', () => atom('enabled')],
  ['start_time', () => -576460752000000000n],
  ['end_time', () => 8646911283000000000n],
  ['context_reductions', () => SLICE_REDUCTIONS],
  ['fullsweep_after', () => [atom('fullsweep_after'), 65535]],
  ['min_heap_size', () => [atom('min_heap_size'), 233]],
  ['min_bin_vheap_size', () => [atom('min_bin_vheap_size'), 46422]],
  ['max_heap_size', () => maxHeapSizeDefault()],
  ['message_queue_data', () => atom('on_heap')],
  [
    'garbage_collection',
    () =>
      listFrom([
        [atom('max_heap_size'), 0],
        [atom('min_bin_vheap_size'), 46422],
        [atom('min_heap_size'), 233],
        [atom('fullsweep_after'), 65535],
      ]),
  ],
  ['multi_scheduling', () => atom('enabled')],
  ['multi_scheduling_blockers', () => NIL],
  ['normal_multi_scheduling_blockers', () => NIL],
  ['scheduler_id', () => 1],
  ['scheduler_bind_type', () => atom('unbound')],
  ['scheduler_bindings', () => Array(cpuCount()).fill(atom('unbound')) as Term[]],
  ['cpu_topology', () => cpuTopology()],
  ['update_cpu_info', () => atom('unchanged')],
  ['dist_ctrl', () => NIL],
  ['dist_buf_busy_limit', () => 1048576],
  ['dist', () => binaryFromString("=node:'nonode@nohost'\n=no_distribution\n")],
  ['delayed_node_table_gc', () => 60],
  ['trace_control_word', () => 0],
  ['sequential_tracer', () => [atom('sequential_tracer'), systemSeqTracer()]],
  ['break_ignored', () => FALSE],
  ['outstanding_system_requests_limit', () => 4],
  ['port_parallelism', () => FALSE],
  ['eager_check_io', () => TRUE],
  ['ets_always_compress', () => FALSE],
  ['modified_timing_level', () => UNDEFINED],
  ['dynamic_trace', () => atom('none')],
  ['dynamic_trace_probes', () => FALSE],
  ['c_compiler_used', () => [atom('gnuc'), [12, 2, 0]]],
]);

/** Items that other runtime parts (ports, ETS) answer: they register them here. */
export function defineSystemInfo(item: string, f: () => Term): void {
  SYSTEM_INFO.set(item, f);
}

defineGuarded(E, 'system_info', 1, (_p: Process, item: Term) => {
  if (item instanceof Atom) {
    const f = SYSTEM_INFO.get(item.name);
    if (f !== undefined) return f();
  } else if (Array.isArray(item) && item.length === 2 && item[0] instanceof Atom) {
    const [k, v] = item;
    if (k.name === 'wordsize' && (v === atom('internal') || v === atom('external'))) return 8;
    if (k.name === 'cpu_topology') {
      if (v === atom('defined')) return UNDEFINED;
      if (v === atom('detected') || v === atom('used')) return cpuTopology();
    }
  }
  badarg();
});

// --- statistics ----------------------------------------------------------------------------

const startedAt = performance.now();
let lastWall = startedAt;
let lastRuntime = 0;
let lastReductions = 0;
let maxReductionsSeen = 0;

/** CPU time used by this Node process, in ms (erts: all scheduler threads). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.floor((u.user + u.system) / 1000);
}

/** Reductions of every live process, plus the current slice; kept monotonic across exits. */
function totalReductions(): number {
  let n = 0;
  for (const q of sched.procs.values()) n += q.totalReds;
  const cur = sched.current;
  if (cur !== null) n += Math.max(0, SLICE_REDUCTIONS - cur.reds);
  maxReductionsSeen = Math.max(maxReductionsSeen, n);
  return maxReductionsSeen;
}

function runQueueLength(): number {
  let n = 0;
  for (const q of sched.procs.values()) if (q.status === Status.Runnable || q.status === Status.Running) n++;
  return n;
}

function perScheduler(total: number, extra: number): Term {
  const xs: Term[] = [total];
  for (let i = 1; i < cpuCount(); i++) xs.push(0);
  for (let i = 0; i < extra; i++) xs.push(0);
  return listFrom(xs);
}

const STATISTICS = new Map<string, () => Term>([
  [
    'runtime',
    () => {
      const now = cpuMs();
      const r: Term = [now, now - lastRuntime];
      lastRuntime = now;
      return r;
    },
  ],
  [
    'wall_clock',
    () => {
      const now = performance.now();
      const r: Term = [Math.floor(now - startedAt), Math.floor(now - lastWall)];
      lastWall = now;
      return r;
    },
  ],
  [
    'reductions',
    () => {
      const now = totalReductions();
      const r: Term = [now, now - lastReductions];
      lastReductions = now;
      return r;
    },
  ],
  ['exact_reductions', () => [totalReductions(), 0]],
  ['run_queue', () => runQueueLength()],
  ['total_run_queue_lengths', () => runQueueLength()],
  ['total_run_queue_lengths_all', () => runQueueLength()],
  ['run_queue_lengths', () => perScheduler(runQueueLength(), 1)],
  ['run_queue_lengths_all', () => perScheduler(runQueueLength(), 2)],
  ['total_active_tasks', () => runQueueLength()],
  ['total_active_tasks_all', () => runQueueLength()],
  ['active_tasks', () => perScheduler(runQueueLength(), 1)],
  ['active_tasks_all', () => perScheduler(runQueueLength(), 2)],
  ['context_switches', () => [0, 0]],
  ['garbage_collection', () => [0, 0, 0]],
  ['io', () => [[atom('input'), 0], [atom('output'), 0]]],
  ['scheduler_wall_time', () => UNDEFINED],
  ['scheduler_wall_time_all', () => UNDEFINED],
  ['microstate_accounting', () => UNDEFINED],
]);

defineGuarded(E, 'statistics', 1, (_p: Process, item: Term) => {
  const f = item instanceof Atom ? STATISTICS.get(item.name) : undefined;
  if (f === undefined) badarg();
  return f();
});

