// What erts does when a process dies of an error or an uncaught throw: it sends
// the system logger (system_flag(system_logger)) the log event
// "Error in process ~p with exit value:~n~p~n", which OTP's logger prints as an
// error report. Exits (exit/1 and exit signals) are not reported, as on erts. Other erts log
// events (warnings of BIFs) go the same way.

import { atom, Atom, UNDEFINED } from '../term/atom.js';
import { Pid } from '../term/identifiers.js';
import { EMap } from '../term/map.js';
import { charlist, listFrom } from '../term/list.js';
import { normInt, type Term } from '../term/term.js';
import { sched } from './scheduler.js';
import type { Process } from './process.js';

const LOG = atom('log');
const ERROR = atom('error');
const FORMAT = charlist('Error in process ~p with exit value:~n~p~n');

/** Send the crash of `p` to the system logger, if there is one. */
export function reportCrash(p: Process, reason: Term, target: Term): void {
  sendLogEvent(p, ERROR, ERROR, FORMAT, listFrom([p.pid, reason]), target);
}

/**
 * An erts log event about `p` ({log, Level, Format, Args, Meta}, as erts's logger messages are)
 * for the system logger `target` (a pid, a registered name, or undefined for none).
 */
export function sendLogEvent(p: Process, level: Atom, tag: Atom, format: Term, args: Term, target: Term): void {
  let to: Process | undefined;
  if (target instanceof Pid) to = sched.lookup(target);
  else if (target instanceof Atom && target !== UNDEFINED) to = sched.registered.get(target);
  if (to === undefined) return;
  const nowUs = normInt(BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)));
  const meta = EMap.fromEntries([
    [atom('error_logger'), EMap.fromEntries([
      [atom('emulator'), atom('true')],
      [atom('tag'), tag],
    ])],
    [atom('gl'), p.groupLeader],
    [atom('pid'), p.pid],
    [atom('time'), nowUs],
  ]);
  sched.deliver(to, [LOG, level, format, args, meta]);
}
