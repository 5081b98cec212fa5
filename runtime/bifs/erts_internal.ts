// BIFs of erts_internal that erlang.erl builds its process functions on:
// group leaders (group_leader/2 sets it at once here; erts may answer false and
// finish asynchronously with group_leader/3), garbage collection (a no-op: V8
// collects) and system tasks requested of other processes.

import { atom, TRUE, FALSE } from '../term/atom.js';
import { Pid } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { sched } from '../process/scheduler.js';
import { badarg } from '../errors.js';
import { defineGuarded } from './erlang/annotate.js';

const M = 'erts_internal';
const BADARG = atom('badarg');
const GARBAGE_COLLECT = atom('garbage_collect');

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

/** request_system_task(Pid, Prio, Request[, Arg]): only garbage collection is asked of processes yet. */
function requestSystemTask(p: Process, pid: Term, request: Term): Term {
  if (!(pid instanceof Pid)) badarg();
  if (Array.isArray(request) && request[0] === GARBAGE_COLLECT && request.length === 3) {
    const alive = sched.lookup(pid) !== undefined;
    sched.deliver(p, [GARBAGE_COLLECT, request[1], alive ? TRUE : FALSE]);
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
