// The scheduler: runs processes one slice at a time on Node's event loop. A slice
// resumes the innermost saved frame of a process and keeps returning values into
// the frames below it until the process suspends again (preempted, waiting in
// receive) or its stack is empty (it exited). Between bursts of slices it yields
// to the event loop so that timers and I/O are served.

import { atom, NORMAL, ERROR, EXIT, THROW, type Atom } from '../term/atom.js';
import { Pid, LOCAL_NODE, type Port, type Ref } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { ErlangException } from '../errors.js';
import { Frame, SUSPEND, RETHROW_LABEL } from './frame.js';
import { Process, Status, SLICE_REDUCTIONS } from './process.js';
import { runExitHooks } from './exit-hooks.js';
import { ReceiveTimers } from './receive-timers.js';

const KILL = atom('kill');
const KILLED = atom('killed');
const EXIT_TAG = atom('EXIT');
const DOWN = atom('DOWN');
const PROCESS = atom('process');
const NOCATCH = atom('nocatch');

/** How long one burst of slices may hold the event loop before yielding to I/O. */
const BURST_MS = 10;

export interface SpawnOptions {
  link?: Process;
  groupLeader?: Pid;
  initialCall: [Atom, Atom, number];
}

/** What the runtime does when a process dies of an exception (logging, crash reports). */
export type CrashHook = (p: Process, exc: ErlangException, reason: Term) => void;

export class Scheduler {
  readonly procs = new Map<number, Process>();
  readonly registered = new Map<Atom, Process>();
  private readonly runq: Process[] = [];
  private runqHead = 0;
  current: Process | null = null;
  /** The function of the frame the current process was last resumed in (check_process_code looks). */
  resumedFn: Function | null = null;
  // The first process is init, <0.0.0>, as on erts.
  private nextPid = 0;
  private burstScheduled = false;
  private running = false;
  /** When the current burst must give the event loop back (performance.now() time). */
  private burstDeadline = 0;
  /** Called when a process ends with an exception of class error or throw. */
  onCrash: CrashHook = () => {};
  /** Process limit (+P). */
  maxProcesses = 262144;
  /** The timeouts of receives waiting with `after`. */
  private readonly receiveTimers = new ReceiveTimers((p) => {
    if (p.status !== Status.Waiting) return;
    p.timedOut = true;
    p.rv = 0;
    this.enqueue(p);
  });

  spawn(fn: Function, args: Term[], opts: SpawnOptions): Process {
    if (this.procs.size >= this.maxProcesses) {
      throw new ErlangException(ERROR, atom('system_limit'));
    }
    const id = this.nextPid++;
    const pid = new Pid(LOCAL_NODE, id, 0, 0);
    const gl = opts.groupLeader ?? (this.current !== null ? this.current.groupLeader : pid);
    const p = new Process(pid, gl, opts.initialCall);
    p.stack.push(new Frame(fn, 0, null, args, false));
    this.procs.set(id, p);
    if (opts.link !== undefined) {
      p.links.add(opts.link);
      opts.link.links.add(p);
    }
    this.enqueue(p);
    return p;
  }

  /** The live local process with this pid (pids decoded from the external format are other objects). */
  lookup(pid: Pid): Process | undefined {
    if (pid.node !== LOCAL_NODE) return undefined;
    const p = this.procs.get(pid.id);
    return p !== undefined && p.pid.serial === pid.serial && p.pid.creation === pid.creation ? p : undefined;
  }

  enqueue(p: Process): void {
    p.status = Status.Runnable;
    this.runq.push(p);
    this.scheduleBurst();
  }

  private scheduleBurst(): void {
    if (this.burstScheduled || this.running) return;
    this.burstScheduled = true;
    setImmediate(() => {
      this.burstScheduled = false;
      this.burst();
    });
  }

  /** Run slices until the run queue is empty or the burst's time is up. */
  burst(): void {
    this.running = true;
    const until = performance.now() + BURST_MS;
    this.burstDeadline = until;
    try {
      while (this.runqHead < this.runq.length) {
        const p = this.runq[this.runqHead++];
        if (this.runqHead > 1024 && this.runqHead * 2 > this.runq.length) {
          this.runq.splice(0, this.runqHead);
          this.runqHead = 0;
        }
        if (p.status !== Status.Runnable) continue;
        if (p.suspendCount > 0) {
          // Suspended (suspend_process/2): held back until resumed; signals still reach it.
          p.parked = true;
          continue;
        }
        this.runSlice(p);
        if (performance.now() > until) break;
      }
    } finally {
      this.running = false;
      this.current = null;
    }
    if (this.runqHead < this.runq.length) this.scheduleBurst();
  }

  /**
   * Whether the running process `p`, out of reductions, may take a fresh slice without unwinding:
   * no other process is runnable, no signal waits for it, and the burst has time left.
   */
  mayContinue(p: Process): boolean {
    return this.runqHead >= this.runq.length && p.pendingExit === undefined && p.pendingDown === null && p === this.current && performance.now() < this.burstDeadline;
  }

  private runSlice(p: Process): void {
    p.status = Status.Running;
    this.current = p;
    p.reds = SLICE_REDUCTIONS;
    p.refills = 0;
    let value: Term = p.rv;
    let exc: ErlangException | null = p.rexc;
    p.rexc = null;
    for (;;) {
      if (p.pendingExit !== undefined) {
        const reason = p.pendingExit;
        p.pendingExit = undefined;
        p.unwound.length = 0;
        this.terminate(p, reason);
        return;
      }
      const frame = p.stack.pop();
      if (frame === undefined) {
        if (exc === null) this.terminate(p, NORMAL);
        else this.crash(p, exc);
        return;
      }
      let r: unknown;
      this.resumedFn = frame.fn;
      try {
        if (exc !== null) {
          if (!frame.catches) continue;
          p.rexc = exc;
          exc = null;
          r = resumeFrame(p, frame);
        } else if (frame.args !== null) {
          r = frame.fn(p, ...frame.args);
        } else {
          p.rv = value;
          r = resumeFrame(p, frame);
        }
      } catch (e) {
        p.unwound.length = 0;
        exc = toErlangException(e);
        continue;
      }
      if (r === SUSPEND) {
        const u = p.unwound;
        if (p.hibernating) {
          // erlang:hibernate/3 discards the call stack: M:F(A) is all that runs on waking.
          p.hibernating = false;
          p.stack.length = 0;
          p.catches = 0;
          p.stack.push(u[0]);
        } else {
          for (let i = u.length - 1; i >= 0; i--) p.stack.push(u[i]);
        }
        u.length = 0;
        p.totalReds += SLICE_REDUCTIONS - p.reds;
        // Scheduled out: a held-back noproc DOWN is sent now (it may wake the process at once).
        if (p.pendingDown !== null) {
          const msg = p.pendingDown.msg;
          p.pendingDown = null;
          this.deliver(p, msg);
        }
        if (p.status === Status.Running || (p.pendingExit !== undefined && p.status === Status.Waiting)) {
          // A process killed while running acts on it at its next scheduling point, even if it was about to wait.
          this.enqueue(p);
        }
        if (this.current === p) this.current = null;
        return;
      }
      value = r as Term;
    }
  }

  private crash(p: Process, exc: ErlangException): void {
    const reason = exitReasonOf(exc);
    if (exc.cls !== EXIT) this.onCrash(p, exc, reason);
    this.terminate(p, reason);
  }

  /** End process p with `reason`: unregister, signal links and monitors. */
  terminate(p: Process, reason: Term): void {
    if (p.status === Status.Exited) return;
    p.status = Status.Exited;
    p.exitReason = reason;
    p.stack.length = 0;
    this.receiveTimers.cancel(p);
    this.procs.delete(p.pid.id);
    if (p.registeredName !== null) {
      this.registered.delete(p.registeredName);
      p.registeredName = null;
    }
    if (this.current === p) this.current = null;
    if (p.linkSet !== null) {
      for (const other of p.linkSet) {
        other.links.delete(p);
        this.exitSignal(p.pid, other, reason, true);
      }
      p.linkSet.clear();
    }
    if (p.monitorMap !== null) {
      for (const m of p.monitorMap.values()) m.other.monitoredBy.delete(refKey(m.ref));
      p.monitorMap.clear();
    }
    if (p.monitoredByMap !== null) {
      for (const m of p.monitoredByMap.values()) {
        m.other.monitors.delete(refKey(m.ref));
        this.deliver(m.other, [m.tag ?? DOWN, m.ref, PROCESS, m.item, reason]);
      }
      p.monitoredByMap.clear();
    }
    runExitHooks(p);
  }

  /** An exit signal from `from` (a process, or a closing port) reaching `to` (from a link, or exit/2 when `link` is false). */
  exitSignal(from: Pid | Port, to: Process, reason: Term, link: boolean): void {
    if (to.status === Status.Exited) return;
    if (reason === KILL && !link) {
      this.kill(to, KILLED);
      return;
    }
    if (to.trapExit) {
      this.deliver(to, [EXIT_TAG, from, reason]);
      return;
    }
    if (reason === NORMAL && !(from === to.pid && !link)) return;
    this.kill(to, reason);
  }

  private kill(p: Process, reason: Term): void {
    if (p === this.current || p.status === Status.Running) {
      // Acted on at the process's next scheduling point, as erts handles signals.
      p.pendingExit = reason;
      p.reds = 0;
      return;
    }
    this.terminate(p, reason);
  }

  /** The last suspension of p was lifted: run it again if it was held back while runnable. */
  unpark(p: Process): void {
    if (p.parked && p.status === Status.Runnable) {
      p.parked = false;
      this.runq.push(p);
      this.scheduleBurst();
    }
    p.parked = false;
  }

  /** Put a message in p's mailbox and wake it if it waits in receive; `token` is the sender's sequential trace token. */
  deliver(p: Process, msg: Term, token?: Term): void {
    if (p.status === Status.Exited) return;
    p.mailbox.push(msg, token);
    if (p.status === Status.Waiting) {
      this.receiveTimers.cancel(p);
      p.rv = 0;
      this.enqueue(p);
    }
  }

  /** `wait_timeout`: block until a message arrives or `ms` pass; the frame learns which from p.timedOut. */
  waitTimeout(p: Process, fn: Function, label: number, ys: Term[], catches: boolean, ms: number): unknown {
    p.timedOut = false;
    this.receiveTimers.arm(p, ms);
    return p.wait(fn, label, ys, catches);
  }
}

export function refKey(ref: Term): number | string {
  return (ref as Ref).key;
}

/** The exit reason of a process that died of `exc`, as erts forms it. */
export function exitReasonOf(exc: ErlangException): Term {
  if (exc.cls === EXIT) return exc.reason;
  const st = stacktraceOf(exc);
  if (exc.cls === THROW) return [[NOCATCH, exc.reason], st];
  return [exc.reason, st];
}

/** Hook set by the code loader: builds the Erlang stack trace term of an exception. */
export let stacktraceOf: (exc: ErlangException) => Term = () => atom('[]');
export function setStacktraceBuilder(f: (exc: ErlangException) => Term): void {
  stacktraceOf = f;
}

/** Turn a JS error escaping generated code into an Erlang one; internal bugs stay visible in the reason. */
export let toErlangException: (e: unknown) => ErlangException = (e) => {
  if (e instanceof ErlangException) return e;
  throw e;
};
export function setExceptionConverter(f: (e: unknown) => ErlangException): void {
  toErlangException = f;
}

/** Re-enter a saved frame: its function is a resume function, (p, frame) => value. */
function resumeFrame(p: Process, frame: Frame): unknown {
  return (frame.fn as (p: Process, f: Frame) => unknown)(p, frame);
}

export const sched = new Scheduler();
Process.mayContinue = (p) => sched.mayContinue(p);
export { RETHROW_LABEL };
