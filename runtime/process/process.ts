// One Erlang process: its saved frames, mailbox, links, monitors and flags.
// Generated code calls the small set of methods marked "called by generated
// code"; everything else is for the scheduler and BIFs. Fields are all set in the
// constructor so that V8 keeps one hidden class for every process (the hot path
// reads `reds` on every call).

import { SmallMap } from './small-map.js';
import type { Term } from '../term/term.js';
import type { Atom } from '../term/atom.js';
import type { Pid, RefKey } from '../term/identifiers.js';
import type { ErlangException } from '../errors.js';
import { Frame, SUSPEND } from './frame.js';
import { Mailbox } from './mailbox.js';
import { NIL } from '../term/list.js';

export const enum Status {
  Runnable = 0,
  Running = 1,
  Waiting = 2,
  Exited = 3,
}

/** Reductions a process may use before it is preempted (erts's CONTEXT_REDS). Also bounds native JS depth between resumes. */
export const SLICE_REDUCTIONS = 4000;

/**
 * How many times in a row a process that is alone in the run queue gets a fresh slice without
 * unwinding. Unwinding costs a saved frame per native JS frame, so a deep recursion preempted
 * every slice would spend much of its time saving and resuming frames that erts, whose stack is
 * on the heap, never has to move; yielding to nobody gains nothing. The native depth between
 * unwinds stays under (MAX_REFILLS + 1) * SLICE_REDUCTIONS calls, which must fit in half of V8's
 * stack (the other half is for BIFs that recurse on deep terms) at a generous 500 bytes a frame.
 */
export const MAX_REFILLS = refillsFor(v8StackKb());

function v8StackKb(): number {
  // bin/beamjs passes --stack-size; without it V8 has 984 kB.
  for (const a of process.execArgv) {
    const m = /^--stack[-_]size=(\d+)$/.exec(a);
    if (m !== null) return Number(m[1]);
  }
  return 984;
}

function refillsFor(stackKb: number): number {
  const frames = (stackKb * 1024) / 2 / 500;
  return Math.max(0, Math.min(9, Math.floor(frames / SLICE_REDUCTIONS) - 1));
}

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
  /**
   * try/catch regions entered and not yet left, kept by generated code: an exit/1 raised with
   * none active can only end the process, whose exit reason holds no stack trace, so no trace
   * is captured (capturing one cost a third of spawn-and-exit).
   */
  catches: number;
  readonly mailbox: Mailbox;
  /** Set when a `receive ... after` timer fired (read by the code after wait_timeout). */
  timedOut: boolean;
  /** The pending receive timeout's number in the scheduler's ReceiveTimers; 0 when none. */
  timerSeq: number;
  trapExit: boolean;
  // Links, monitors and per-family data are made on first use: most processes never have them,
  // and an empty Map or Set costs about as much as the rest of an idle process. The fields are
  // null until then; code that only reads them can look at the field and skip a null.
  linkSet: Set<Process> | null;
  monitorMap: SmallMap<RefKey, MonitorEntry> | null;
  monitoredByMap: SmallMap<RefKey, MonitorEntry> | null;
  extMap: Map<string, unknown> | null;
  get links(): Set<Process> {
    return (this.linkSet ??= new Set());
  }
  /** Monitors this process holds on others, by reference key. */
  get monitors(): SmallMap<RefKey, MonitorEntry> {
    return (this.monitorMap ??= new SmallMap());
  }
  /** Monitors others hold on this process, by reference key. */
  get monitoredBy(): SmallMap<RefKey, MonitorEntry> {
    return (this.monitoredByMap ??= new SmallMap());
  }
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
  get ext(): Map<string, unknown> {
    return (this.extMap ??= new Map());
  }
  /** Fresh slices taken without unwinding since this process was last resumed (see MAX_REFILLS). */
  refills: number;

  /** Set by the scheduler: whether `p`, out of reductions, may go on without yielding (nobody else to run). */
  static mayContinue: (p: Process) => boolean = () => false;
  /** How many suspend_process/1,2 calls hold this process (it is not scheduled while > 0). */
  suspendCount: number;
  /** Runnable but held back by a suspension: scheduled again when the last one is resumed. */
  parked: boolean;
  /** The sequential trace token, {Flags, Label, Serial, From, LastCnt}, or [] (seq-trace.ts). */
  seqToken: Term;
  /** The serial clock and last serial seen, which erts keeps beside the token. */
  seqClock: number;
  seqLastcnt: number;
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
    this.catches = 0;
    this.mailbox = new Mailbox();
    this.timedOut = false;
    this.timerSeq = 0;
    this.trapExit = false;
    this.linkSet = null;
    this.monitorMap = null;
    this.monitoredByMap = null;
    this.groupLeader = groupLeader;
    this.registeredName = null;
    this.pendingExit = undefined;
    this.exitReason = undefined;
    this.initialCall = initialCall;
    this.totalReds = 0;
    this.hibernating = false;
    this.extMap = null;
    this.refills = 0;
    this.suspendCount = 0;
    this.parked = false;
    this.seqToken = NIL;
    this.seqClock = 0;
    this.seqLastcnt = 0;
    this.mailbox.owner = this;
    this.pendingDown = null;
  }

  // --- called by generated code ----------------------------------------------

  /**
   * A call whose reductions ran out: save it, not yet started, and unwind; or, when the scheduler
   * has nobody else to run, count a fresh slice and make the call here, on the native stack.
   */
  preempt(fn: Function, args: Term[]): unknown {
    if (this.refills < MAX_REFILLS && Process.mayContinue(this)) {
      this.refills++;
      this.totalReds += SLICE_REDUCTIONS - this.reds;
      this.reds = SLICE_REDUCTIONS;
      return fn(this, ...args);
    }
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
