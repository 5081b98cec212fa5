// Small erlang BIFs with no better home yet: erlang:ports/0, erts_internal:port_info/1,2 (what
// erlang:port_info/1,2 in erlang.erl ask; its Erlang code turns the atoms badarg and badtype
// into exceptions) and erlang:system_flag/2 for the flags beamjs keeps: backtrace_depth (read by
// stack trace builders through backtraceDepth()), system_logger and a few process defaults that
// are only stored. Ports are not here: until a port table registers itself with
// setPortTable(), there are none, so every port is a closed one.

import { atom, Atom, FALSE, TRUE, UNDEFINED } from '../../term/atom.js';
import { backtraceDepth, setBacktraceDepth } from '../../code/backtrace-depth.js';
import { Pid, Port } from '../../term/identifiers.js';
import { NIL, listFrom } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { badarg, badargWithCause } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, smallInt } from './annotate.js';
import { sched } from '../../process/scheduler.js';
import { resetSeqTrace, setSystemSeqTracer } from '../../process/seq-trace.js';

const E = 'erlang';
const BADARG = atom('badarg');
const BADTYPE = atom('badtype');
const BADOPT = atom('badopt');
const LOGGER = atom('logger');

// --- ports ---------------------------------------------------------------------------------

/** What the port implementation tells these BIFs; until it registers, no port exists. */
export interface PortTable {
  /** Open ports, in erts's order (ascending port number). */
  ports(): Port[];
  /** port_info(Port) for an open port: the item list, or undefined when the port is closed. */
  info(port: Port): Term | undefined;
  /** port_info(Port, Item) for an open port: {Item, Value}, undefined when closed, badarg for a bad item. */
  infoItem(port: Port, item: Term): Term;
  /** The port registered under `name`, if any. */
  whereis(name: Atom): Port | undefined;
}

let portTable: PortTable | null = null;

export function setPortTable(t: PortTable): void {
  portTable = t;
}

defineGuarded(E, 'ports', 0, (_p: Process) => (portTable === null ? NIL : listFrom(portTable.ports())));

/** The port a port_info argument names (a port, or the name of a registered one), else null. */
function portOf(t: Term): Port | null {
  if (t instanceof Port) return t;
  if (t instanceof Atom && portTable !== null) return portTable.whereis(t) ?? null;
  return null;
}

// erts answers `undefined` for a closed port or a name no port has, `badarg` (info/1) or
// `badtype` (info/2) for a term that cannot name a port.
defineGuarded('erts_internal', 'port_info', 1, (_p: Process, t: Term) => {
  if (!(t instanceof Port) && !(t instanceof Atom)) return BADARG;
  const port = portOf(t);
  return port === null || portTable === null ? UNDEFINED : (portTable.info(port) ?? UNDEFINED);
});

defineGuarded('erts_internal', 'port_info', 2, (_p: Process, t: Term, item: Term) => {
  if (!(t instanceof Port) && !(t instanceof Atom)) return BADTYPE;
  const port = portOf(t);
  return port === null || portTable === null ? UNDEFINED : portTable.infoItem(port, item);
});

// --- system_flag/2 ---------------------------------------------------------------------------

// backtrace_depth lives with the stack trace builder (runtime/code/backtrace-depth.ts).

let systemLogger: Term = LOGGER;

/** Where erts-level reports go: the atom logger (the registered process), a pid, or undefined. */
export function currentSystemLogger(): Term {
  return systemLogger;
}

/** A non-negative small integer, else badarg. */
function nonNegative(v: Term): number {
  const n = smallInt(v);
  return n === undefined || n < 0 ? badarg() : n;
}

/** Process defaults erts lets system_flag change; beamjs stores them and reports them back. */
const STORED: Record<string, { value: Term; check: (v: Term) => Term }> = {
  min_heap_size: { value: 233, check: nonNegative },
  min_bin_vheap_size: { value: 46422, check: nonNegative },
  fullsweep_after: { value: 65535, check: nonNegative },
  scheduler_wall_time: { value: FALSE, check: (v) => (v === TRUE || v === FALSE ? v : badarg()) },
};

/** Where the runtime sends its own log events (crashed processes): `logger`, a pid, or `undefined`. */
export function systemLoggerTarget(): Term {
  return systemLogger;
}

defineGuarded(E, 'system_flag', 2, (_p: Process, flag: Term, value: Term) => {
  if (!(flag instanceof Atom)) return badargWithCause(BADOPT);
  switch (flag.name) {
    case 'backtrace_depth':
      return setBacktraceDepth(nonNegative(value));
    case 'sequential_tracer': {
      // A pid or false (erts also takes a port or a tracer module, which beamjs cannot run).
      if (value !== FALSE && !(value instanceof Pid && sched.lookup(value) !== undefined)) return badarg();
      return setSystemSeqTracer(value as Pid | Atom);
    }
    case 'reset_seq_trace':
      resetSeqTrace();
      return TRUE;
    case 'system_logger': {
      if (value !== LOGGER && value !== UNDEFINED && !(value instanceof Pid)) return badarg();
      const old = systemLogger;
      systemLogger = value;
      return old;
    }
    default: {
      const entry = STORED[flag.name];
      if (entry === undefined) return badargWithCause(BADOPT);
      const old = entry.value;
      entry.value = entry.check(value);
      return old;
    }
  }
});

/** error_logger:warning_map(): what warning_msg maps to; erts's default (+W w) is warning. */
defineGuarded('error_logger', 'warning_map', 0, (_p: Process) => atom('warning'));
