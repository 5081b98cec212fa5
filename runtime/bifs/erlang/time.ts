// Time BIFs: erts's monotonic clock (the one timers.ts arms timers on), system
// time, the time offset between them, calendar time, erlang:now/0 and
// unique_integer/0,1. Native time unit is the nanosecond, as erts has it on Linux.

import { atom, type Atom } from '../../term/atom.js';
import { Cons, NIL } from '../../term/list.js';
import { normInt, type Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';
import { monotonicMs } from './timers.js';

const E = 'erlang';

const PARTS_PER_SECOND: Record<string, bigint> = {
  second: 1n,
  seconds: 1n,
  millisecond: 1000n,
  milli_seconds: 1000n,
  microsecond: 1000000n,
  micro_seconds: 1000000n,
  nanosecond: 1000000000n,
  nano_seconds: 1000000000n,
  native: 1000000000n,
  perf_counter: 1000000000n,
};

/** Parts per second of a time unit argument, badarg for anything else. */
function unitParts(unit: Term): bigint {
  if (typeof unit === 'number' && Number.isInteger(unit) && unit > 0) return BigInt(unit);
  if (typeof unit === 'bigint' && unit > 0n) return unit;
  if (unit instanceof Object && 'name' in unit) {
    const p = PARTS_PER_SECOND[(unit as Atom).name];
    if (p !== undefined) return p;
  }
  return badarg();
}

/** Nanoseconds to `parts` per second, rounding towards negative infinity as erts does. */
function fromNanos(ns: bigint, parts: bigint): number | bigint {
  const scaled = ns * parts;
  const q = scaled / 1000000000n;
  return normInt(scaled < 0n && q * 1000000000n !== scaled ? q - 1n : q);
}

function monotonicNs(): bigint {
  const ms = monotonicMs();
  const whole = Math.floor(ms);
  return BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6));
}

function systemNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  const whole = Math.floor(ms);
  return BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6));
}

defineGuarded(E, 'monotonic_time', 0, (_p: Process) => normInt(monotonicNs()));
defineGuarded(E, 'monotonic_time', 1, (_p: Process, unit: Term) => fromNanos(monotonicNs(), unitParts(unit)));
defineGuarded(E, 'system_time', 0, (_p: Process) => normInt(systemNs()));
defineGuarded(E, 'system_time', 1, (_p: Process, unit: Term) => fromNanos(systemNs(), unitParts(unit)));
defineGuarded(E, 'time_offset', 0, (_p: Process) => normInt(systemNs() - monotonicNs()));
defineGuarded(E, 'time_offset', 1, (_p: Process, unit: Term) => fromNanos(systemNs() - monotonicNs(), unitParts(unit)));
defineGuarded('os', 'system_time', 0, (_p: Process) => normInt(systemNs()));
defineGuarded('os', 'system_time', 1, (_p: Process, unit: Term) => fromNanos(systemNs(), unitParts(unit)));
defineGuarded('os', 'perf_counter', 0, (_p: Process) => normInt(monotonicNs()));

/** {MegaSecs, Secs, MicroSecs} of a microsecond count. */
function triple(us: bigint): Term {
  return [Number(us / 1000000000000n), Number((us / 1000000n) % 1000000n), Number(us % 1000000n)];
}

defineGuarded(E, 'timestamp', 0, (_p: Process) => triple(systemNs() / 1000n));
defineGuarded('os', 'timestamp', 0, (_p: Process) => triple(systemNs() / 1000n));

// erlang:now/0 never returns the same value twice, and never goes back.
let lastNowUs = 0n;
defineGuarded(E, 'now', 0, (_p: Process) => {
  let us = systemNs() / 1000n;
  if (us <= lastNowUs) us = lastNowUs + 1n;
  lastNowUs = us;
  return triple(us);
});

let uniqueCounter = 0n;
defineGuarded(E, 'unique_integer', 0, (_p: Process) => normInt(-576460752303423488n + uniqueCounter++));
defineGuarded(E, 'unique_integer', 1, (_p: Process, opts: Term) => {
  let positive = false;
  for (let l = opts; l !== NIL; l = (l as Cons).tl) {
    if (!(l instanceof Cons)) badarg();
    const o = l.hd as Atom;
    if (o === atom('positive')) positive = true;
    else if (o !== atom('monotonic')) badarg();
  }
  const n = uniqueCounter++;
  return normInt(positive ? n + 1n : -576460752303423488n + n);
});

// --- calendar time -------------------------------------------------------------------------

function dateTime(d: Date, utc: boolean): Term {
  const get = utc
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  return [
    [get[0], get[1], get[2]],
    [get[3], get[4], get[5]],
  ];
}

defineGuarded(E, 'localtime', 0, (_p: Process) => dateTime(new Date(), false));
defineGuarded(E, 'universaltime', 0, (_p: Process) => dateTime(new Date(), true));
defineGuarded(E, 'date', 0, (_p: Process) => (dateTime(new Date(), false) as Term[][])[0]);
defineGuarded(E, 'time', 0, (_p: Process) => (dateTime(new Date(), false) as Term[][])[1]);

/** {{Y,M,D},{H,Mi,S}} as numbers, badarg when it is not a valid date and time. */
function readDateTime(t: Term): number[] {
  if (!Array.isArray(t) || t.length !== 2 || !Array.isArray(t[0]) || !Array.isArray(t[1])) badarg();
  const [d, tm] = t as [Term[], Term[]];
  if (d.length !== 3 || tm.length !== 3) badarg();
  const v = [...d, ...tm];
  if (!v.every((x) => typeof x === 'number')) badarg();
  const [y, mo, da, h, mi, s] = v as number[];
  const probe = new Date(Date.UTC(y, mo - 1, da, h, mi, s));
  if (y < 0 || mo < 1 || mo > 12 || probe.getUTCDate() !== da || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) badarg();
  return [y, mo, da, h, mi, s];
}

defineGuarded(E, 'universaltime_to_localtime', 1, (_p: Process, t: Term) => {
  const [y, mo, da, h, mi, s] = readDateTime(t);
  const d = new Date(0);
  d.setUTCFullYear(y, mo - 1, da);
  d.setUTCHours(h, mi, s);
  return dateTime(d, false);
});

defineGuarded(E, 'localtime_to_universaltime', 2, (_p: Process, t: Term, _dst: Term) => {
  const [y, mo, da, h, mi, s] = readDateTime(t);
  const d = new Date(0);
  d.setFullYear(y, mo - 1, da);
  d.setHours(h, mi, s);
  return dateTime(d, true);
});

defineGuarded(E, 'universaltime_to_posixtime', 1, (_p: Process, t: Term) => {
  const [y, mo, da, h, mi, s] = readDateTime(t);
  const d = new Date(0);
  d.setUTCFullYear(y, mo - 1, da);
  d.setUTCHours(h, mi, s);
  return Math.floor(d.getTime() / 1000);
});

defineGuarded(E, 'posixtime_to_universaltime', 1, (_p: Process, secs: Term) => {
  if (typeof secs !== 'number') badarg();
  return dateTime(new Date(secs * 1000), true);
});
