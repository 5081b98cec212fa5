// erts_internal BIFs that serve erts's own system processes and checks, answered as erts answers
// them in a runtime without dirty schedulers or literal areas: system_check/1, the BIFs of
// erts_dirty_process_signal_handler (which only that process may call, and which never finds a
// process executing dirty, since none does), the literal area collector's BIFs (no literal area
// ever waits to be released: JavaScript collects unreferenced literals itself), and
// process_display/2.

import { atom, Atom, ERROR, FALSE, OK, TRUE } from '../term/atom.js';
import { LOCAL_NODE, Pid } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { ErlangException, badarg } from '../errors.js';
import { Status, type Process } from '../process/process.js';
import { sched } from '../process/scheduler.js';
import { listToArray } from '../term/list.js';
import { formatTermW } from '../term/display.js';
import { currentStacktrace } from './erlang/process-info.js';
import { defineGuarded } from './erlang/annotate.js';

const NOTSUP = atom('notsup');

function notsup(): never {
  throw new ErlangException(ERROR, NOTSUP);
}

/** system_check(schedulers): erts checks its schedulers respond; beamjs's one always does. */
defineGuarded('erts_internal', 'system_check', 1, (_p: Process, what: Term) => (what === atom('schedulers') ? OK : badarg()));

/** Whether p was started as `module`:start (a system process of erts). */
function startedAs(p: Process, module: string): boolean {
  return p.initialCall[0].name === module;
}

function isDirtySignalHandler(p: Process): boolean {
  return startedAs(p, 'erts_dirty_process_signal_handler');
}

/** dirty_process_handle_signals(Pid): no process executes dirty, so none needs its signals handled for it. */
defineGuarded('erts_internal', 'dirty_process_handle_signals', 1, (p: Process, pid: Term) => {
  if (!isDirtySignalHandler(p)) return notsup();
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) return FALSE;
  const q = sched.lookup(pid);
  return q === undefined || q.status === Status.Exited ? atom('noproc') : atom('normal');
});

/** check_dirty_process_code(Pid, Module): never asked for, as no process executes dirty. */
defineGuarded('erts_internal', 'check_dirty_process_code', 2, (p: Process, pid: Term, m: Term) => {
  if (!isDirtySignalHandler(p)) return notsup();
  if (!(m instanceof Atom)) return badarg();
  return FALSE;
});

function isLiteralAreaCollector(p: Process): boolean {
  return startedAs(p, 'erts_literal_area_collector');
}

/** release_area_switch(): whether there is a literal area to release; never, here. */
defineGuarded('erts_literal_area_collector', 'release_area_switch', 0, (p: Process) => {
  if (!isLiteralAreaCollector(p)) return notsup();
  return FALSE;
});

/** send_copy_request(Pid, Area, How): only asked for while an area is being released; never, here. */
defineGuarded('erts_literal_area_collector', 'send_copy_request', 3, (p: Process, _pid: Term, _area: Term, _how: Term) => {
  if (!isLiteralAreaCollector(p)) return notsup();
  return OK;
});

/**
 * process_display(Pid, backtrace): erts prints the process's stack to stderr in its own memory
 * layout (addresses, frame slots); beamjs prints what it has of the same, the process's current
 * stack trace, one entry a line, after a header naming the process. Errors as erts's: badopt,
 * badarg (erlang.erl raises them).
 */
defineGuarded('erts_internal', 'process_display', 2, (_p: Process, pid: Term, type: Term) => {
  if (type !== atom('backtrace')) return atom('badopt');
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) return atom('badarg');
  const q = sched.lookup(pid);
  if (q === undefined || q.status === Status.Exited) return atom('badarg');
  const entries = listToArray(currentStacktrace(q)) ?? [];
  const text = [`Backtrace of ${formatTermW(q.pid)}:`, ...entries.map((e) => formatTermW(e))].join('\n');
  process.stderr.write(text + '\n');
  return TRUE;
});
