// The port BIFs: erts_internal:open_port/2 and the erts_internal:port_* functions that
// erlang.erl's open_port/2, port_command/2,3, port_control/3, port_call/2,3, port_close/1 and
// port_connect/2 wrap (they answer an error atom, which the Erlang wrapper raises with error_info,
// or a reference when the answer comes later as {Ref, Result}: from a busy port, or from a driver
// whose work Node does asynchronously),
// and erlang:port_set_data/2, port_get_data/1, port_to_list/1, list_to_port/1. erlang:ports/0 and port_info/1,2
// live in misc.ts, which this file gives the port table with setPortTable(). The ports themselves
// are in runtime/ports.

import { atom, Atom, FALSE, TRUE } from '../../term/atom.js';
import { Pid, Port, LOCAL_NODE } from '../../term/identifiers.js';
import { Cons, NIL, charlist, listFrom } from '../../term/list.js';
import { BitStr } from '../../term/bitstring.js';
import { displayHooks } from '../../term/display.js';
import type { Term } from '../../term/term.js';
import { iolistToBinary } from '../../bs/binary-ops.js';
import { ErlangException, badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { sched } from '../../process/scheduler.js';
import {
  closePort,
  commandPort,
  connectPort,
  PendingControl,
  openPorts,
  portArg,
  portInfo,
  portInfoItem,
  type Framing,
} from '../../ports/port-table.js';
import { openFdPort } from '../../ports/fd-driver.js';
import { openSpawnPort, type SpawnOptions } from '../../ports/spawn-driver.js';
import { openTcpPort } from '../../ports/inet-tcp.js';
import { openUdpPort } from '../../ports/inet-udp.js';
import { makeRef } from '../../process/signals.js';
import { setPortTable } from './misc.js';
import { defineGuarded, smallInt } from './annotate.js';

const E = 'erlang';
const EI = 'erts_internal';
const BADARG = atom('badarg');
const BADOPT = atom('badopt');
const NOTSUP = atom('notsup');
const FORCE = atom('force');
const NOSUSPEND = atom('nosuspend');

setPortTable({
  ports: () => openPorts().map((x) => x.id),
  info: portInfo,
  infoItem: portInfoItem,
  whereis: (_name: Atom) => undefined,
});

// --- open_port/2 ---------------------------------------------------------------------------------

/** A flat string (a list of characters) or a binary (UTF-8) as a JS string; undefined for anything else. */
function stringArg(t: Term): string | undefined {
  if (t instanceof BitStr) return t.isBinary ? Buffer.from(t.toBytes()).toString('utf8') : undefined;
  let s = '';
  for (let l = t; l !== NIL; l = (l as Cons).tl) {
    if (!(l instanceof Cons) || typeof l.hd !== 'number' || l.hd < 0 || l.hd > 0x10ffff) return undefined;
    s += String.fromCodePoint(l.hd);
  }
  return s;
}

/** Thrown while reading the option list: erts_internal:open_port answers the atom (badopt or badarg). */
class OpenFailure {
  constructor(readonly reason: Atom) {}
}
const fail = (reason: Atom): never => {
  throw new OpenFailure(reason);
};

function stringOpt(t: Term): string {
  return stringArg(t) ?? fail(BADARG);
}

/** open_port's option list, as erts's open_port reads it (erl_bif_port.c). */
function parseOptions(settings: Term): SpawnOptions {
  let framing: Framing = { kind: 'stream' };
  let input = false;
  let output = false;
  const o: SpawnOptions = {
    input: true,
    output: true,
    binary: false,
    framing,
    softEof: false,
    args: null,
    arg0: null,
    env: [],
    cd: null,
    exitStatus: false,
    stderrToStdout: false,
  };
  let l = settings;
  for (; l instanceof Cons; l = l.tl) {
    const opt = l.hd;
    if (opt instanceof Atom) {
      switch (opt.name) {
        case 'stream':
          framing = { kind: 'stream' };
          break;
        case 'binary':
          o.binary = true;
          break;
        case 'in':
          input = true;
          break;
        case 'out':
          output = true;
          break;
        case 'eof':
          o.softEof = true;
          break;
        case 'exit_status':
          o.exitStatus = true;
          break;
        case 'stderr_to_stdout':
          o.stderrToStdout = true;
          break;
        // use_stdio is the default; hide and overlapped_io concern Windows; close_fds is always done.
        case 'use_stdio':
        case 'hide':
        case 'overlapped_io':
        case 'close_fds':
          break;
        default:
          fail(BADOPT);
      }
      continue;
    }
    if (!Array.isArray(opt) || opt.length !== 2 || !(opt[0] instanceof Atom)) fail(BADOPT);
    const [key, v] = opt as [Atom, Term];
    switch (key.name) {
      case 'packet': {
        const n = smallInt(v);
        if (n !== 1 && n !== 2 && n !== 4) fail(BADOPT);
        framing = { kind: 'packet', size: n as 1 | 2 | 4 };
        break;
      }
      case 'line': {
        const n = smallInt(v);
        if (n === undefined || n <= 0) fail(BADOPT);
        framing = { kind: 'line', max: n! };
        break;
      }
      case 'cd':
        o.cd = stringOpt(v);
        break;
      case 'arg0':
        o.arg0 = stringOpt(v);
        break;
      case 'args': {
        const args: string[] = [];
        let a = v;
        for (; a instanceof Cons; a = a.tl) args.push(stringOpt(a.hd));
        if (a !== NIL) fail(BADARG);
        o.args = args;
        break;
      }
      case 'env': {
        let a = v;
        for (; a instanceof Cons; a = a.tl) {
          const pair = a.hd;
          if (!Array.isArray(pair) || pair.length !== 2) fail(BADARG);
          const name = stringOpt((pair as Term[])[0]);
          const value = (pair as Term[])[1] === FALSE ? null : stringOpt((pair as Term[])[1]);
          o.env.push([name, value]);
        }
        if (a !== NIL) fail(BADARG);
        break;
      }
      case 'parallelism':
        if (v !== TRUE && v !== FALSE) fail(BADOPT);
        break;
      case 'busy_limits_port':
      case 'busy_limits_msgq':
        break;
      default:
        fail(BADOPT);
    }
  }
  if (l !== NIL) fail(BADARG);
  o.framing = framing;
  // Neither in nor out means both.
  if (input || output) {
    o.input = input;
    o.output = output;
  }
  return o;
}

function openPort(p: Process, name: Term, settings: Term): Term {
  if (!Array.isArray(name)) return BADARG;
  let o: SpawnOptions;
  try {
    o = parseOptions(settings);
  } catch (e) {
    if (e instanceof OpenFailure) return e.reason;
    throw e;
  }
  const kind = name[0];
  if (name.length === 3 && kind === atom('fd')) {
    const inFd = smallInt(name[1]);
    const outFd = smallInt(name[2]);
    if (inFd === undefined || outFd === undefined || inFd < 0 || outFd < 0) return BADARG;
    return openFdPort(p, inFd, outFd, o).id;
  }
  if (name.length !== 2 || !(kind instanceof Atom)) return BADARG;
  const command = stringArg(name[1]);
  if (command === undefined || command === '') return BADARG;
  switch (kind.name) {
    case 'spawn':
    case 'spawn_executable': {
      // {args, _} and {arg0, _} belong to spawn_executable only.
      if (kind.name === 'spawn' && (o.args !== null || o.arg0 !== null)) return BADARG;
      const r = openSpawnPort(p, command, kind.name === 'spawn_executable', o);
      return r instanceof Atom ? r : r.id;
    }
    case 'spawn_driver':
      // The linked-in drivers beamjs has (besides fd and spawn); erts answers others with badarg.
      if (command === 'tcp_inet') return openTcpPort(p).id;
      if (command === 'udp_inet') return openUdpPort(p).id;
      return BADARG;
    default:
      return BADARG;
  }
}

defineGuarded(EI, 'open_port', 2, (p: Process, name: Term, settings: Term) => openPort(p, name, settings));

// --- operations on an open port -------------------------------------------------------------------

/** iodata as bytes, or undefined when `t` is not iodata. */
function iodataBytes(t: Term): Uint8Array | undefined {
  try {
    return iolistToBinary(t).toBytes();
  } catch (e) {
    if (e instanceof ErlangException) return undefined;
    throw e;
  }
}

defineGuarded(EI, 'port_command', 3, (p: Process, port: Term, data: Term, flags: Term) => {
  let force = false;
  let nosuspend = false;
  let l = flags;
  for (; l instanceof Cons; l = l.tl) {
    if (l.hd === FORCE) force = true;
    else if (l.hd === NOSUSPEND) nosuspend = true;
    else return BADOPT;
  }
  if (l !== NIL) return BADOPT;
  const target = portArg(port);
  const bytes = iodataBytes(data);
  if (target === undefined || bytes === undefined) return BADARG;
  const driver = target.driver;
  // `force` needs a driver that can be soft-busy (ERL_DRV_FLAG_SOFT_BUSY); fd and spawn are not.
  if (force && driver?.softBusy !== true) return NOTSUP;
  if (!force && driver?.busy?.() === true) {
    if (nosuspend) return FALSE;
    // A busy port suspends the caller: erlang:port_command/2,3 waits for {Ref, Result}.
    const ref = makeRef();
    const later = (): void => {
      if (!target.open) sched.deliver(p, [ref, BADARG]);
      else if (driver.busy?.() === true) driver.onNotBusy!(later);
      else deliverLater(p, ref, commandPort(target, bytes, p));
    };
    driver.onNotBusy!(later);
    return ref;
  }
  const r = commandPort(target, bytes, p);
  if (r instanceof PendingControl) {
    const ref = makeRef();
    deliverLater(p, ref, r);
    return ref;
  }
  return r ? TRUE : BADARG;
});

/** Answer a deferred port_command with {Ref, true | badarg}. */
function deliverLater(p: Process, ref: Term, r: boolean | PendingControl<boolean>): void {
  if (r instanceof PendingControl) r.onSettled((ok) => sched.deliver(p, [ref, ok ? TRUE : BADARG]));
  else sched.deliver(p, [ref, r ? TRUE : BADARG]);
}

defineGuarded(EI, 'port_control', 3, (p: Process, port: Term, op: Term, data: Term) => {
  const target = portArg(port);
  const n = smallInt(op);
  const bytes = iodataBytes(data);
  if (target === undefined || n === undefined || n < 0 || n > 0xffffffff || bytes === undefined) return BADARG;
  const reply = target.driver?.control(n, bytes, p) ?? null;
  if (reply instanceof PendingControl) {
    // Answered later: erlang:port_control/3 waits for {Ref, Reply}.
    const ref = makeRef();
    reply.onSettled((r) => sched.deliver(p, [ref, controlReply(r)]));
    return ref;
  }
  return controlReply(reply);
});

/** No driver sets PORT_CONTROL_FLAG_BINARY: a reply is a byte list; null is badarg. */
function controlReply(reply: Uint8Array | null): Term {
  return reply === null ? BADARG : listFrom(Array.from(reply));
}

defineGuarded(EI, 'port_call', 3, (_p: Process, port: Term, op: Term, _data: Term) => {
  // Neither the fd nor the spawn driver has a call callback: erts answers badarg.
  if (portArg(port) === undefined || smallInt(op) === undefined) return BADARG;
  return BADARG;
});

defineGuarded(EI, 'port_close', 1, (_p: Process, port: Term) => {
  const target = portArg(port);
  if (target === undefined) return BADARG;
  closePort(target);
  return TRUE;
});

defineGuarded(EI, 'port_connect', 2, (_p: Process, port: Term, pid: Term) => {
  const target = portArg(port);
  const q = pid instanceof Pid ? sched.lookup(pid) : undefined;
  if (target === undefined || q === undefined) return BADARG;
  connectPort(target, q);
  return TRUE;
});

// --- per-port data and printing -------------------------------------------------------------------

defineGuarded(E, 'port_set_data', 2, (_p: Process, port: Term, data: Term) => {
  const target = portArg(port) ?? badarg();
  target.data = data;
  return TRUE;
});

defineGuarded(E, 'port_get_data', 1, (_p: Process, port: Term) => (portArg(port) ?? badarg()).data);

defineGuarded(E, 'port_to_list', 1, (_p: Process, port: Term) => {
  if (!(port instanceof Port)) return badarg();
  return charlist(`#Port<${displayHooks.channelOf(port.node, port.creation)}.${port.id}>`);
});

/** list_to_port/1: "#Port<0.N>" only; other channels would need distribution (erts: badarg for unknown nodes). */
defineGuarded(E, 'list_to_port', 1, (_p: Process, text: Term) => {
  const s = text instanceof BitStr ? undefined : stringArg(text);
  const m = s === undefined ? null : /^#Port<0\.(\d{1,10})>$/.exec(s);
  if (m === null || Number(m[1]) > 0xffffffff) return badarg();
  return new Port(LOCAL_NODE, Number(m[1]), 0);
});
