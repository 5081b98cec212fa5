// Process suspension (erlang:suspend_process/1,2 and resume_process/1): which process holds which
// others suspended and how many times. A suspended process is not scheduled (the scheduler parks
// it when it becomes runnable) but still receives messages and exit signals, as on erts. When a
// suspender ends, the suspensions it held are lifted; when a suspendee ends, it is forgotten.

import { Status, type Process } from './process.js';
import { sched } from './scheduler.js';
import { addExitHook } from './exit-hooks.js';

const KEY = 'suspending';

/** The processes p holds suspended, with how many times each (insertion order). */
function held(p: Process, create: boolean): Map<Process, number> | undefined {
  let m = p.ext.get(KEY) as Map<Process, number> | undefined;
  if (m === undefined && create) {
    m = new Map();
    p.ext.set(KEY, m);
  }
  return m;
}

/** How many times `by` holds `target` suspended. */
export function suspendsHeld(by: Process, target: Process): number {
  return held(by, false)?.get(target) ?? 0;
}

export function suspend(by: Process, target: Process): void {
  const m = held(by, true)!;
  m.set(target, (m.get(target) ?? 0) + 1);
  target.suspendCount++;
}

/** Lift one of by's suspensions of target; false when by holds none. */
export function resume(by: Process, target: Process): boolean {
  const m = held(by, false);
  const n = m?.get(target) ?? 0;
  if (n === 0) return false;
  if (n === 1) m!.delete(target);
  else m!.set(target, n - 1);
  lift(target, 1);
  return true;
}

function lift(target: Process, n: number): void {
  target.suspendCount -= n;
  if (target.suspendCount === 0 && target.status !== Status.Exited) sched.unpark(target);
}

/** process_info(P, suspending): [{Suspendee, ActiveCount, OutstandingCount}]. */
export function suspending(p: Process): Array<[Process, number]> {
  const m = held(p, false);
  return m === undefined ? [] : [...m.entries()];
}

addExitHook((p) => {
  const m = held(p, false);
  if (m !== undefined) {
    for (const [target, n] of m) lift(target, n);
    m.clear();
  }
  // A suspendee that ends is forgotten by the processes that held it.
  if (p.suspendCount > 0) {
    for (const q of sched.procs.values()) held(q, false)?.delete(p);
    p.suspendCount = 0;
  }
});
