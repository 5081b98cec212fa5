// One Erlang process: its saved frames, mailbox, links, monitors and flags.
// Generated code calls the small set of methods marked "called by generated
// code"; everything else is for the scheduler and BIFs. Fields are all set in the
// constructor so that V8 keeps one hidden class for every process (the hot path
// reads `reds` on every call).

import type { Term } from '../term/term.js';
import type { Atom } from '../term/atom.js';
import type { Pid } from '../term/identifiers.js';
import type { ErlangException } from '../errors.js';
import { Frame, SUSPEND } from './frame.js';
import { Mailbox } from './mailbox.js';

export const enum Status {
  Runnable = 0,
  Running = 1,
  Waiting = 2,
  Exited = 3,
}

/** Reductions a process may use before it is preempted (erts's CONTEXT_REDS). Also bounds native JS depth between resumes. */
export const SLICE_REDUCTIONS = 4000;

export interface MonitorEntry {
  /** The reference returned by monitor/2. */
  ref: Term;
  /** The other side: the watcher (in `monitoredBy`) or the watched process (in `monitors`). */
  other: Process;
  /** What the DOWN message names: the pid, or {Name, Node} when monitored by name. */
  item: Term;
  /** The first element of the DOWN message when monitor/3 was given {tag, Tag} (null: 'DOWN'); set on the watched side's entry. */
  tag: Term | null;
}

export class Process {
  readonly pid: Pid;
  /** Reductions left in this slice; generated code decrements it at every call. */
  reds: number;
  status: Status;
  /** Saved frames, outermost first; the last one is resumed next. */
  readonly stack: Frame[];
  /** Frames saved while unwinding the current slice, innermost first. */
  readonly unwound: Frame[];
  /** The value a resumed frame receives in x0. */
  rv: Term;
  /** The exception being propagated into a resumed frame's handlers. */
  rexc: ErlangException | null;
  readonly mailbox: Mailbox;
  /** Set when a `receive ... after` timer fired (read by the code after wait_timeout). */
  timedOut: boolean;
  /** Pending receive timer. */
  timer: ReturnType<typeof setTimeout> | null;
  trapExit: boolean;
  readonly links: Set<Process>;
  /** Monitors this process holds on others, by reference key. */
  readonly monitors: Map<string, MonitorEntry>;
  /** Monitors others hold on this process, by reference key. */
  readonly monitoredBy: Map<string, MonitorEntry>;
  readonly dict: Map<unknown, [Term, Term]>;
  groupLeader: Pid;
  registeredName: Atom | null;
  /** An exit signal that arrived while this process was running; acted on at the next scheduling point. */
  pendingExit: Term | undefined;
  /** How the process ended, once Exited. */
  exitReason: Term | undefined;
  /** {M, F, A} the process was spawned with, for process_info(initial_call). */
  readonly initialCall: [Atom, Atom, number];
  totalReds: number;
  /** Set by hibernate/3: when this slice unwinds, the call stack is dropped and only the wake-up frame kept. */
  hibernating: boolean;
  /** Arbitrary per-process data of BIF families (e.g. ETS ownership), keyed by family. */
  readonly ext: Map<string, unknown>;
  /**
   * The DOWN of monitor(process, Pid) on a process that does not exist, not yet delivered: erts
   * holds a monitor signal back (one per scheduler) until the process is scheduled out or makes
   * another monitor, so an immediate `receive ... after 0` does not see the noproc DOWN.
   */
  pendingDown: { ref: Term; msg: Term } | null;

  constructor(pid: Pid, groupLeader: Pid, initialCall: [Atom, Atom, number]) {
    this.pid = pid;
    this.reds = 0;
    this.status = Status.Runnable;
    this.stack = [];
    this.unwound = [];
    this.rv = 0;
    this.rexc = null;
    this.mailbox = new Mailbox();
    this.timedOut = false;
    this.timer = null;
    this.trapExit = false;
    this.links = new Set();
    this.monitors = new Map();
    this.monitoredBy = new Map();
    this.dict = new Map();
    this.groupLeader = groupLeader;
    this.registeredName = null;
    this.pendingExit = undefined;
    this.exitReason = undefined;
    this.initialCall = initialCall;
    this.totalReds = 0;
    this.hibernating = false;
    this.ext = new Map();
    this.pendingDown = null;
  }

  // --- called by generated code ----------------------------------------------

  /** A call whose reductions ran out: save it, not yet started, and unwind. */
  preempt(fn: Function, args: Term[]): unknown {
    this.unwound.push(new Frame(fn, 0, null, args, false));
    return SUSPEND;
  }
  /** Save the caller's frame while unwinding. */
  save(fn: Function, label: number, ys: Term[]): unknown {
    this.unwound.push(new Frame(fn, label, ys, null, false));
    return SUSPEND;
  }
  /** Save the frame of a function that has try/catch handlers. */
  saveC(fn: Function, label: number, ys: Term[]): unknown {
    this.unwound.push(new Frame(fn, label, ys, null, true));
    return SUSPEND;
  }
  /** `wait`: block until a message arrives, then resume at `label`. */
  wait(fn: Function, label: number, ys: Term[], catches: boolean): unknown {
    this.status = Status.Waiting;
    this.unwound.push(new Frame(fn, label, ys, null, catches));
    return SUSPEND;
  }
}
