// BIFs of erts_internal that erlang.erl builds its process functions on:
// group leaders (group_leader/2 sets it at once here; erts may answer false and
// finish asynchronously with group_leader/3), garbage collection (a no-op: V8
// collects) and system tasks requested of other processes; and the small ones the
// compiler, erts_debug and erlang.erl ask about terms and the runtime (cmp_term/2,
// term_type/1, map_to_tuple_keys/1, time units, creation, system processes).

import { atom, bool, Atom, TRUE, FALSE, UNDEFINED } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { compareExact } from '../term/compare.js';
import { EFloat } from '../term/float.js';
import { Fun } from '../term/fun.js';
import { LOCAL_NODE, Pid, Port, Ref } from '../term/identifiers.js';
import { Cons, NIL } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import { Status, type Process } from '../process/process.js';
import { sched } from '../process/scheduler.js';
import { badarg, raiseTagged } from '../errors.js';
import { defineGuarded } from './erlang/annotate.js';
import { systemProcesses } from './erlang/processes.js';
import { schedulerCount } from './erlang/system.js';
import { processUsesOldCode } from '../code/module-versions.js';
import { binaryKind, isBignum } from './erts_debug.js';
import { isHashmapNodeView } from './erts_internal-maps.js';

const M = 'erts_internal';
const BADARG = atom('badarg');
const CHECK_PROCESS_CODE = atom('check_process_code');
const GARBAGE_COLLECT = atom('garbage_collect');
// erts_internal:term_type/1's answers.
const FIXNUM = atom('fixnum');
const BIGNUM = atom('bignum');
const ATOM = atom('atom');
const NIL_TYPE = atom('nil');
const LIST = atom('list');
const TUPLE = atom('tuple');
const HFLOAT = atom('hfloat');
const FLATMAP = atom('flatmap');
const HASHMAP = atom('hashmap');
const HASHMAP_NODE = atom('hashmap_node');
const FUN = atom('fun');
const EXPORT = atom('export');
const PID = atom('pid');
const EXTERNAL_PID = atom('external_pid');
const PORT = atom('port');
const EXTERNAL_PORT = atom('external_port');
const REFERENCE = atom('reference');
const EXTERNAL_REFERENCE = atom('external_reference');

defineGuarded(M, 'group_leader', 2, (_p: Process, gl: Term, pid: Term) => {
  if (!(gl instanceof Pid) || !(pid instanceof Pid)) return BADARG;
  const q = sched.lookup(pid);
  if (q === undefined) return BADARG;
  q.groupLeader = gl;
  return TRUE;
});

defineGuarded(M, 'group_leader', 3, (p: Process, gl: Term, pid: Term, ref: Term) => {
  const q = pid instanceof Pid ? sched.lookup(pid) : undefined;
  if (q !== undefined && gl instanceof Pid) q.groupLeader = gl;
  sched.deliver(p, [ref, q !== undefined ? TRUE : BADARG]);
  return TRUE;
});

defineGuarded(M, 'garbage_collect', 1, (_p: Process, _type: Term) => TRUE);

/**
 * request_system_task(Pid, Prio, Request[, Arg]): a task the target process does and answers. Only
 * one process runs at a time, so the target is suspended (or is the caller) and is answered for at
 * once: garbage_collect (nothing to do), check_process_code (whether it runs old code of Mod; a
 * dead process answers false, as on erts).
 */
function requestSystemTask(p: Process, pid: Term, request: Term): Term {
  if (!(pid instanceof Pid)) badarg();
  if (!Array.isArray(request) || request.length !== 3) return TRUE;
  const target = sched.lookup(pid);
  if (request[0] === GARBAGE_COLLECT) {
    sched.deliver(p, [GARBAGE_COLLECT, request[1], target !== undefined ? TRUE : FALSE]);
  } else if (request[0] === CHECK_PROCESS_CODE && request[2] instanceof Atom) {
    const uses = target !== undefined && processUsesOldCode(target, request[2]);
    sched.deliver(p, [CHECK_PROCESS_CODE, request[1], uses ? TRUE : FALSE]);
  }
  return TRUE;
}
defineGuarded(M, 'request_system_task', 3, (p: Process, pid: Term, _prio: Term, req: Term) => requestSystemTask(p, pid, req));
defineGuarded(M, 'request_system_task', 4, (p: Process, pid: Term, _prio: Term, req: Term, _arg: Term) =>
  requestSystemTask(p, pid, req),
);

/** scheduler_wall_time(Enable): the measurement kernel_refc switches on and off; nothing is measured yet. */
let schedulerWallTime = false;
defineGuarded(M, 'scheduler_wall_time', 1, (_p: Process, enable: Term) => {
  const old = schedulerWallTime;
  schedulerWallTime = enable === TRUE;
  return old ? TRUE : FALSE;
});

// Dynamic-trace tags (dtrace/systemtap builds only): file.erl saves and restores them around calls.
// Without dynamic tracing erts answers true to both.
defineGuarded('erlang', 'dt_spread_tag', 1, (_p: Process, _b: Term) => TRUE);
defineGuarded('erlang', 'dt_restore_tag', 1, (_p: Process, _t: Term) => TRUE);

// --- terms: order, types, the layout erts_debug:size/1 walks ---------------------------------

/** cmp_term(A, B): -1, 0 or 1 in exact term order (1 before 1.0), as the compiler sorts literals. */
defineGuarded(M, 'cmp_term', 2, (_p: Process, a: Term, b: Term) => compareExact(a, b));

/** term_type(T): the kind of object erts holds T in. */
defineGuarded(M, 'term_type', 1, (_p: Process, t: Term) => {
  if (typeof t === 'number') return FIXNUM;
  if (typeof t === 'bigint') return isBignum(t) ? BIGNUM : FIXNUM;
  if (t instanceof Atom) return ATOM;
  if (t === NIL) return NIL_TYPE;
  if (t instanceof Cons) return LIST;
  if (Array.isArray(t)) return TUPLE;
  if (t instanceof EFloat) return HFLOAT;
  if (t instanceof EMap) return t.root === null ? FLATMAP : isHashmapNodeView(t) ? HASHMAP_NODE : HASHMAP;
  if (t instanceof BitStr) return atom(binaryKind(t));
  if (t instanceof Fun) return t.lambda !== null ? FUN : EXPORT;
  if (t instanceof Pid) return t.node === LOCAL_NODE ? PID : EXTERNAL_PID;
  if (t instanceof Port) return t.node === LOCAL_NODE ? PORT : EXTERNAL_PORT;
  if (t instanceof Ref) return t.node === LOCAL_NODE ? REFERENCE : EXTERNAL_REFERENCE;
  return badarg();
});

/** map_to_tuple_keys(Map): a flat map's keys tuple; badarg for a hashmap, {badmap, T} otherwise. */
defineGuarded(M, 'map_to_tuple_keys', 1, (_p: Process, m: Term) => {
  if (!(m instanceof EMap)) raiseTagged('badmap', m);
  if (m.root !== null) badarg();
  return m.keys();
});

// --- the runtime's constants ---------------------------------------------------------------

/** erlang:monotonic_time/0 and friends count nanoseconds (see erlang/time.ts). */
defineGuarded(M, 'time_unit', 0, (_p: Process) => 1000000000);
defineGuarded(M, 'perf_counter_unit', 0, (_p: Process) => 1000000000);

/** The node's creation while distributed; undefined before distribution starts (always, here). */
defineGuarded(M, 'get_creation', 0, (_p: Process) => UNDEFINED);

/**
 * Threads that do auxiliary work (erlang:memory/0 and allocator info collect one reply from each
 * but the caller's): erts has one per scheduler and one aux thread.
 */
defineGuarded(M, 'no_aux_work_threads', 0, (_p: Process) => schedulerCount() + 1);

/** The modules whose start processes erts spawns beside init as system processes. */
const SYSTEM_MODULES = new Set(['erl_init', 'erts_code_purger', 'erts_literal_area_collector', 'erts_dirty_process_signal_handler']);

/** is_system_process(Pid): init, the other processes erts starts with it and spawn_system_process's. */
defineGuarded(M, 'is_system_process', 1, (_p: Process, pid: Term) => {
  if (!(pid instanceof Pid)) badarg();
  const q = pid.node === LOCAL_NODE ? sched.lookup(pid) : undefined;
  if (q === undefined || q.status === Status.Exited) return FALSE;
  return bool(systemProcesses.has(q) || SYSTEM_MODULES.has(q.initialCall[0].name));
});
