// erlang:trace_info/2 (erts: erl_bif_trace.c) as erts answers it while nothing is traced, which
// is always so in beamjs: erlang:trace/3 and trace_pattern/3 are not implemented (see
// runtime/bifs/known-missing.ts), so no process, port or function can carry trace flags or a
// trace pattern. A process or port answers {flags, []} and {tracer, []} (undefined once it is
// gone); a function that exists answers {Item, false}, one that does not {Item, undefined};
// the send and receive events have erts's default match specification, true.

import { atom, Atom, FALSE, TRUE, UNDEFINED } from '../../term/atom.js';
import { NIL } from '../../term/list.js';
import { LOCAL_NODE, Pid, Port } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import { Status, type Process } from '../../process/process.js';
import { sched } from '../../process/scheduler.js';
import { lookupPort } from '../../ports/port-table.js';
import { currentVersion } from '../../code/module-versions.js';
import { lookupBif } from '../registry.js';
import { defineGuarded } from './annotate.js';

const FLAGS = atom('flags');
const TRACER = atom('tracer');
const MATCH_SPEC = atom('match_spec');
/** The "process or port" specs trace_info/2 takes besides pids and ports. */
const NEW_SPECS = new Set<Term>([atom('new'), atom('new_processes'), atom('new_ports')]);
const EVENTS = new Set<Term>([atom('send'), atom('receive')]);

/** Whether M:F/A is a function of loaded code (exported or local) or a BIF. */
function functionExists(m: Atom, f: Atom, a: number): boolean {
  if (lookupBif(m.name, f.name, a) !== undefined) return true;
  return currentVersion(m)?.functions.has(`${f.name}/${a}`) ?? false;
}

function processOrPortInfo(alive: boolean, item: Term): Term {
  if (item !== FLAGS && item !== TRACER) return badarg();
  return alive ? [item, NIL] : UNDEFINED;
}

defineGuarded('erlang', 'trace_info', 2, (_p: Process, what: Term, item: Term) => {
  if (what instanceof Pid) {
    if (what.node !== LOCAL_NODE) return badarg();
    const q = sched.lookup(what);
    return processOrPortInfo(q !== undefined && q.status !== Status.Exited, item);
  }
  if (what instanceof Port) return processOrPortInfo(lookupPort(what) !== undefined, item);
  if (NEW_SPECS.has(what)) return processOrPortInfo(true, item);
  if (EVENTS.has(what)) return item === MATCH_SPEC ? [MATCH_SPEC, TRUE] : badarg();
  if (what === atom('on_load')) return [item, FALSE];
  if (Array.isArray(what) && what.length === 3) {
    const [m, f, a] = what as Term[];
    if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number' || !Number.isInteger(a)) return badarg();
    return [item, functionExists(m, f, a) ? FALSE : UNDEFINED];
  }
  return badarg();
});
