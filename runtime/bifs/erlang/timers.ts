// erts's timers: send_after/3,4, start_timer/3,4, cancel_timer/1,2 and read_timer/1,2, on Node's
// timers. A timer is named by an ordinary reference. A timer to a pid belongs to that process: it
// is never set when the pid is dead, and it is gone (read_timer answers false) once the process
// exits. A timer to a name looks the name up when it fires and is dropped when nobody has it.
// Times are milliseconds; {abs, true} takes a time on erlang:monotonic_time(millisecond)'s clock,
// which is monotonicMs() below.

import { atom, Atom, TRUE, FALSE } from '../../term/atom.js';
import { Pid, Ref, LOCAL_NODE, type RefKey } from '../../term/identifiers.js';
import { listToArray } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { badarg, badargWithCause } from '../../errors.js';
import { Process, Status } from '../../process/process.js';
import { sched, refKey } from '../../process/scheduler.js';
import { makeRef } from '../../process/signals.js';
import { defineGuarded, smallInt } from './annotate.js';

const E = 'erlang';
const TIMEOUT = atom('timeout');
const ABS = atom('abs');
const ASYNC = atom('async');
const INFO = atom('info');
const OK = atom('ok');
const CANCEL_TIMER = atom('cancel_timer');
const READ_TIMER = atom('read_timer');
// error_info causes: erts checks the options (badopt), then the time (time), then the destination.
const BADOPT = atom('badopt');
const TIME = atom('time');

/**
 * erts's monotonic clock in milliseconds: it starts near -576460752000 ms (erts's
 * ERTS_MONOTONIC_BEGIN on 64-bit builds) when the runtime starts and only grows. erlang:monotonic_time
 * must read the same clock for {abs, true} timers to agree with it.
 */
const MONOTONIC_BEGIN_MS = -576460752000;
/** The end of that clock (erlang:system_info(end_time) in ms): no timer may be set beyond it. */
const MONOTONIC_END_MS = 8646911283000;
export function monotonicMs(): number {
  return MONOTONIC_BEGIN_MS + performance.now();
}

/** Node caps a single setTimeout at 2^31-1 ms; longer timers re-arm. */
const MAX_JS_DELAY = 2147483647;

class Timer {
  readonly ref: Ref;
  /** When it fires, on performance.now()'s clock. */
  readonly due: number;
  readonly dest: Pid | Atom;
  /** The process a pid timer belongs to (null for a name). */
  readonly owner: Process | null;
  readonly msg: Term;
  handle: ReturnType<typeof setTimeout> | null = null;
  constructor(ref: Ref, due: number, dest: Pid | Atom, owner: Process | null, msg: Term) {
    this.ref = ref;
    this.due = due;
    this.dest = dest;
    this.owner = owner;
    this.msg = msg;
  }
}

const timers = new Map<RefKey, Timer>();

function fire(t: Timer): void {
  timers.delete(refKey(t.ref));
  t.handle = null;
  const to = t.owner ?? sched.registered.get(t.dest as Atom);
  if (to !== undefined && to.status !== Status.Exited) sched.deliver(to, t.msg);
}

function arm(t: Timer): void {
  const left = t.due - performance.now();
  if (left > MAX_JS_DELAY) {
    t.handle = setTimeout(() => arm(t), MAX_JS_DELAY);
    return;
  }
  t.handle = setTimeout(() => fire(t), Math.max(0, left));
}

/** The timer `ref` names while it is pending (and its process lives); removes a stale one. */
function pending(ref: Ref): Timer | undefined {
  const key = refKey(ref);
  const t = timers.get(key);
  if (t === undefined || t.ref.node !== ref.node || t.ref.creation !== ref.creation) return undefined;
  if (t.owner !== null && t.owner.status === Status.Exited) {
    cancel(t);
    return undefined;
  }
  return t;
}

function cancel(t: Timer): void {
  if (t.handle !== null) clearTimeout(t.handle);
  t.handle = null;
  timers.delete(refKey(t.ref));
}

/** Milliseconds left, as erts rounds them (up). */
function remaining(t: Timer): number {
  return Math.max(0, Math.ceil(t.due - performance.now()));
}

/** {abs, Bool} options of send_after/4 and start_timer/4: whether the time is absolute. */
function absOption(opts: Term): boolean {
  const items = listToArray(opts);
  if (items === undefined) badargWithCause(BADOPT);
  let abs = false;
  for (const o of items) {
    if (!Array.isArray(o) || o.length !== 2 || o[0] !== ABS || (o[1] !== TRUE && o[1] !== FALSE)) badargWithCause(BADOPT);
    abs = o[1] === TRUE;
  }
  return abs;
}

/** Set a timer that delivers `msg(ref)` to `dest` after `time` ms (or at `time`, when abs). */
function startTimer(time: Term, dest: Term, abs: boolean, msg: (ref: Ref) => Term): Ref {
  const n = smallInt(time);
  if (n === undefined || (!abs && n < 0)) badargWithCause(TIME);
  // The time, on the monotonic clock, must lie within that clock's range.
  const mono = monotonicMs();
  const at = abs ? n : mono + n;
  if (at < MONOTONIC_BEGIN_MS || at > MONOTONIC_END_MS) badargWithCause(TIME);
  if (dest instanceof Pid) {
    if (dest.node !== LOCAL_NODE) badarg();
  } else if (!(dest instanceof Atom)) badarg();
  const ref = makeRef();
  let owner: Process | null = null;
  if (dest instanceof Pid) {
    const q = sched.lookup(dest);
    if (q === undefined || q.status === Status.Exited) return ref; // never set: read_timer says false
    owner = q;
  }
  const now = performance.now();
  const due = now + (at - mono);
  const t = new Timer(ref, due, dest, owner, msg(ref));
  if (due <= now) {
    // Already due: erts sends at once, before the BIF returns.
    fire(t);
    return ref;
  }
  timers.set(refKey(ref), t);
  arm(t);
  return ref;
}

function sendAfter(time: Term, dest: Term, msg: Term, abs: boolean): Ref {
  return startTimer(time, dest, abs, () => msg);
}
function startTimeoutTimer(time: Term, dest: Term, msg: Term, abs: boolean): Ref {
  return startTimer(time, dest, abs, (ref) => [TIMEOUT, ref, msg]);
}

defineGuarded(E, 'send_after', 3, (_p: Process, time: Term, dest: Term, msg: Term) => sendAfter(time, dest, msg, false));
defineGuarded(E, 'send_after', 4, (_p: Process, time: Term, dest: Term, msg: Term, opts: Term) =>
  sendAfter(time, dest, msg, absOption(opts)),
);
defineGuarded(E, 'start_timer', 3, (_p: Process, time: Term, dest: Term, msg: Term) =>
  startTimeoutTimer(time, dest, msg, false),
);
defineGuarded(E, 'start_timer', 4, (_p: Process, time: Term, dest: Term, msg: Term, opts: Term) =>
  startTimeoutTimer(time, dest, msg, absOption(opts)),
);

interface ReplyOptions {
  async: boolean;
  info: boolean;
}

/** cancel_timer/2's and read_timer/2's options: [{async, Bool}, {info, Bool}] (read_timer: async only). */
function replyOptions(opts: Term, allowInfo: boolean): ReplyOptions {
  const items = listToArray(opts);
  if (items === undefined) badarg();
  const o: ReplyOptions = { async: false, info: true };
  for (const it of items) {
    if (!Array.isArray(it) || it.length !== 2 || (it[1] !== TRUE && it[1] !== FALSE)) badarg();
    if (it[0] === ASYNC) o.async = it[1] === TRUE;
    else if (it[0] === INFO && allowInfo) o.info = it[1] === TRUE;
    else badarg();
  }
  return o;
}

/** The answer of cancel_timer/read_timer, directly or as a message {Tag, Ref, Result} when async. */
function reply(p: Process, tag: Atom, ref: Ref, result: Term, o: ReplyOptions): Term {
  if (o.async) {
    if (o.info) sched.deliver(p, [tag, ref, result]);
    return OK;
  }
  return o.info ? result : OK;
}

function cancelTimer(p: Process, ref: Term, o: ReplyOptions): Term {
  if (!(ref instanceof Ref)) badarg();
  const t = pending(ref);
  let result: Term = FALSE;
  if (t !== undefined) {
    result = remaining(t);
    cancel(t);
  }
  return reply(p, CANCEL_TIMER, ref, result, o);
}

function readTimer(p: Process, ref: Term, o: ReplyOptions): Term {
  if (!(ref instanceof Ref)) badarg();
  const t = pending(ref);
  return reply(p, READ_TIMER, ref, t === undefined ? FALSE : remaining(t), o);
}

const SYNC: ReplyOptions = { async: false, info: true };
defineGuarded(E, 'cancel_timer', 1, (p: Process, ref: Term) => cancelTimer(p, ref, SYNC));
defineGuarded(E, 'cancel_timer', 2, (p: Process, ref: Term, opts: Term) => {
  const o = replyOptions(opts, true);
  return cancelTimer(p, ref, o);
});
defineGuarded(E, 'read_timer', 1, (p: Process, ref: Term) => readTimer(p, ref, SYNC));
defineGuarded(E, 'read_timer', 2, (p: Process, ref: Term, opts: Term) => {
  const o = replyOptions(opts, false);
  return readTimer(p, ref, o);
});

/** Timers still pending (for tests and for a runtime that wants to know whether anything is due). */
export function pendingTimerCount(): number {
  return timers.size;
}
