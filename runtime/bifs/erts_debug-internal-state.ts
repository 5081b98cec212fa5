// erts_debug:get_internal_state/1 and set_internal_state/2: erts's test-suite hooks into the
// emulator, undefined (error:undef) until set_internal_state(available_internal_state, true)
// enables them, which erts reports to the logger as a warning. beamjs answers the items OTP's own
// code asks for: available_internal_state, lc_graph (notsup: no lock checker, as in erts's
// normal build) and {process_status, Pid}; any other item is badarg, as erts answers items it does
// not know.

import { atom, ERROR, FALSE, TRUE } from '../term/atom.js';
import { charlist, listFrom } from '../term/list.js';
import { LOCAL_NODE, Pid } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { ErlangException } from '../errors.js';
import { Status, type Process } from '../process/process.js';
import { sched } from '../process/scheduler.js';
import { sendLogEvent } from '../process/crash-log.js';
import { formatTermW } from '../term/display.js';
import { defineGuarded } from './erlang/annotate.js';
import { systemLoggerTarget } from './erlang/misc.js';

const M = atom('erts_debug');
const AVAILABLE = atom('available_internal_state');
const WARNING = atom('warning');
const WARNING_MSG = atom('warning_msg');

let available = false;

/** An error of these BIFs: erts gives no error_info with it. */
function fail(reason: string, name: string, args: Term[]): never {
  const e = new ErlangException(ERROR, atom(reason), args);
  e.mfa = [M, atom(name)];
  throw e;
}

const STATUS: Record<number, string> = {
  [Status.Runnable]: 'runnable',
  [Status.Running]: 'running',
  [Status.Waiting]: 'waiting',
};

function processStatus(pid: Term): Term | undefined {
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) return undefined;
  const q = sched.lookup(pid);
  if (q === undefined || q.status === Status.Exited) return atom('exited');
  if (q === sched.current) return atom('running');
  if (q.suspendCount > 0) return atom('suspended');
  return atom(STATUS[q.status]);
}

defineGuarded('erts_debug', 'get_internal_state', 1, (_p: Process, item: Term) => {
  if (!available) return fail('undef', 'get_internal_state', [item]);
  if (item === AVAILABLE) return TRUE;
  if (item === atom('lc_graph')) return atom('notsup');
  if (Array.isArray(item) && item.length === 2 && item[0] === atom('process_status')) {
    const s = processStatus(item[1]);
    if (s !== undefined) return s;
  }
  return fail('badarg', 'get_internal_state', [item]);
});

defineGuarded('erts_debug', 'set_internal_state', 2, (p: Process, item: Term, value: Term) => {
  if (item === AVAILABLE && (value === TRUE || value === FALSE)) {
    const old = available;
    available = value === TRUE;
    if (available) {
      const text =
        `Process ${formatTermW(p.pid)} enabled access to the emulator internal state.\n` +
        'NOTE: This is an erts internal test feature and should *only* be used by OTP test-suites.\n';
      sendLogEvent(p, WARNING, WARNING_MSG, charlist('~s~n'), listFrom([charlist(text)]), systemLoggerTarget());
    }
    return old ? TRUE : FALSE;
  }
  if (!available) return fail('undef', 'set_internal_state', [item, value]);
  return fail('badarg', 'set_internal_state', [item, value]);
});

