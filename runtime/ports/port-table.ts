// The port table: every open port, the process connected to it, the processes linked to it and
// monitoring it, and the driver behind it (fd-driver.ts, spawn-driver.ts). Here live erts's rules
// for a port's life: a port is linked to the process that opens it; it closes when that process
// dies, on port_close/1, on `Port ! {Owner, close}` and when its driver fails or reaches eof; a
// closing port sends exit signals to its links ({'EXIT', Port, Reason} to those that trap exits)
// and then 'DOWN' messages to its monitors, in that order (os:cmd/1 relies on it).
//
// A port is not a Process, so the process side of a port link is kept in `Process.ext` under
// LINKS_KEY; signals.ts routes messages, links and exit signals aimed at a Port here.

import { atom, Atom, NORMAL, UNDEFINED } from '../term/atom.js';
import { Pid, Port, Ref, LOCAL_NODE, type RefKey } from '../term/identifiers.js';
import { NIL, listFrom, charlist } from '../term/list.js';
import { BitStr } from '../term/bitstring.js';
import type { Term } from '../term/term.js';
import { iolistToBinary } from '../bs/binary-ops.js';
import { ErlangException, raiseError } from '../errors.js';
import { Process, Status } from '../process/process.js';
import { sched, refKey } from '../process/scheduler.js';
import { addExitHook } from '../process/exit-hooks.js';

const EXIT_TAG = atom('EXIT');
const DOWN = atom('DOWN');
const PORT = atom('port');
const NOPROC = atom('noproc');
const KILL = atom('kill');
const KILLED = atom('killed');
const BADSIG = atom('badsig');
const BADARG = atom('badarg');
const COMMAND = atom('command');
const CLOSE = atom('close');
const CLOSED = atom('closed');
const CONNECT = atom('connect');
const CONNECTED = atom('connected');
const DATA = atom('data');
const EOF = atom('eof');
const EOL = atom('eol');
const NOEOL = atom('noeol');

/**
 * A port_control or port_command result the driver gives later. erts answers such a call with a
 * reference and then a {Ref, Result} message (erlang.erl's port_control/3 and port_command/2,3
 * wait for it), which is how a driver whose work Node does asynchronously (binding a socket)
 * still looks synchronous to the caller.
 */
export class PendingControl<T = Uint8Array | null> {
  private done: ((r: T) => void) | null = null;
  private result: { value: T } | null = null;
  settle(value: T): void {
    if (this.result !== null) return;
    this.result = { value };
    this.done?.(value);
  }
  onSettled(f: (r: T) => void): void {
    if (this.result !== null) f(this.result.value);
    else this.done = f;
  }
}

/** What a driver does for its port. Drivers report input through the PortEntity's deliver* methods. */
export interface PortDriver {
  /**
   * port_command/2,3 and `Port ! {Owner, {command, Data}}` from `caller`; false when the port
   * cannot write (opened without `out`); pending while the port is busy (the caller waits).
   */
  command(data: Uint8Array, caller: Process): boolean | PendingControl<boolean>;
  /** port_control/3 from `caller`: the reply bytes, null for erts's badarg (an operation the driver does not know), or a later reply. */
  control(op: number, data: Uint8Array, caller: Process): Uint8Array | null | PendingControl;
  /** Release what the driver holds (streams, pipes); called once, when the port closes. */
  stop(): void;
  /** The OS pid behind the port, for port_info(os_pid). */
  osPid(): number | undefined;
  /** ERL_DRV_FLAG_SOFT_BUSY: port_command's `force` option may write to the port while it is busy. */
  readonly softBusy?: boolean;
  /** Whether the port is busy (set_busy_port): port_command then suspends its caller, or answers false with `nosuspend`. */
  busy?(): boolean;
  /** Call `f` once the port is no longer busy (or closes). */
  onNotBusy?(f: () => void): void;
}

/** How input is framed into messages (open_port's stream, {packet, N} and {line, L} options). */
export type Framing = { kind: 'stream' } | { kind: 'packet'; size: 1 | 2 | 4 } | { kind: 'line'; max: number };

/** The open_port/2 options both drivers share (the spawn driver adds its own). */
export interface CommonOptions {
  /** Read input from the outside (`in`, or neither `in` nor `out`). */
  input: boolean;
  /** Accept port_command (`out`, or neither `in` nor `out`). */
  output: boolean;
  binary: boolean;
  framing: Framing;
  softEof: boolean;
}

export class PortEntity {
  readonly id: Port;
  /** The name port_info reports: "0/1" for fds, the command for spawned programs. */
  readonly name: string;
  /** The process that receives the port's messages (port_connect/2 changes it). */
  connected: Process;
  readonly links = new Set<Process>();
  /** Monitors held on this port by reference key: the watcher and what its 'DOWN' message names. */
  readonly monitors = new Map<RefKey, { ref: Ref; watcher: Process; item: Term }>();
  driver: PortDriver | null = null;
  /** Data messages carry binaries (the `binary` option) instead of byte lists. */
  readonly binary: boolean;
  readonly framing: Framing;
  /** The `eof` option: at end of input send {Port, eof} and stay open instead of closing. */
  readonly softEof: boolean;
  /** Bytes received from and written to the outside, for port_info(input / output). */
  input = 0;
  output = 0;
  /** erlang:port_set_data/2's term. */
  data: Term = UNDEFINED;
  open = true;
  /** Undelivered input: a partial packet or line. */
  private pending: Uint8Array = new Uint8Array(0);

  constructor(id: Port, name: string, owner: Process, binary: boolean, framing: Framing, softEof: boolean) {
    this.id = id;
    this.name = name;
    this.connected = owner;
    this.binary = binary;
    this.framing = framing;
    this.softEof = softEof;
  }

  private bytesTerm(b: Uint8Array): Term {
    return this.binary ? BitStr.fromBytes(b.slice()) : listFrom(Array.from(b));
  }

  private send(msg: Term): void {
    sched.deliver(this.connected, [this.id, msg]);
  }

  /** Input from the outside: {Port, {data, ...}} messages framed as the options ask. */
  deliverInput(chunk: Uint8Array): void {
    if (!this.open || chunk.length === 0) return;
    this.input += chunk.length;
    const f = this.framing;
    if (f.kind === 'stream') {
      this.send([DATA, this.bytesTerm(chunk)]);
      return;
    }
    let buf = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    if (f.kind === 'packet') {
      for (;;) {
        if (buf.length < f.size) break;
        let len = 0;
        for (let i = 0; i < f.size; i++) len = len * 256 + buf[i];
        if (buf.length < f.size + len) break;
        this.send([DATA, this.bytesTerm(buf.subarray(f.size, f.size + len))]);
        buf = buf.subarray(f.size + len);
      }
    } else {
      // {line, L}: a line of at most L bytes is {eol, Line}; a longer one comes in {noeol, Part} pieces.
      for (;;) {
        const nl = buf.indexOf(10);
        if (nl >= 0 && nl <= f.max) {
          this.send([DATA, [EOL, this.bytesTerm(buf.subarray(0, nl))]]);
          buf = buf.subarray(nl + 1);
        } else if (buf.length >= f.max && (nl < 0 || nl > f.max)) {
          if (buf.length === f.max && nl < 0) break; // wait: the newline may come next
          this.send([DATA, [NOEOL, this.bytesTerm(buf.subarray(0, f.max))]]);
          buf = buf.subarray(f.max);
        } else break;
      }
    }
    this.pending = buf.slice();
  }

  /** The driver's input ended; what is left of a partial line is sent as {noeol, Part}. */
  flushInput(): void {
    if (!this.open) return;
    if (this.framing.kind === 'line' && this.pending.length > 0) {
      this.send([DATA, [NOEOL, this.bytesTerm(this.pending)]]);
    }
    this.pending = new Uint8Array(0);
  }

  /** A message from the driver other than data ({exit_status, N}). */
  deliverOther(msg: Term): void {
    if (this.open) this.send(msg);
  }

  /** End of input: {Port, eof} with the `eof` option, else the port closes with reason normal. */
  deliverEof(): void {
    if (!this.open) return;
    this.flushInput();
    if (this.softEof) this.send(EOF);
    else exitPort(this, NORMAL);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// --- the table -------------------------------------------------------------------------------

/** Open ports by port number; a Map keeps them in creation (ascending number) order, as erlang:ports/0 lists them. */
const table = new Map<number, PortEntity>();
/** erts numbers ports from 0, and its own forker port takes 0; beamjs has no forker. */
let nextNumber = 1;

/**
 * driver_exit: the connected process is unlinked from the port first, so it is not taken down
 * with it (and, trapping exits, gets no 'EXIT' message); other linked processes get the signal.
 */
export function exitPortUnlinkingOwner(port: PortEntity, reason: Term): void {
  const owner = port.connected;
  port.links.delete(owner);
  portLinksOf(owner).delete(port);
  exitPort(port, reason);
}

/** A new open port connected to (and linked with) `owner`; the caller then attaches its driver. */
export function createPort(name: string, owner: Process, binary: boolean, framing: Framing, softEof: boolean): PortEntity {
  const id = new Port(LOCAL_NODE, nextNumber++, 0);
  const port = new PortEntity(id, name, owner, binary, framing, softEof);
  table.set(id.id, port);
  addLink(owner, port);
  return port;
}

/** The open local port `id` names, if any (ports decoded from the external format are other objects). */
export function lookupPort(id: Port): PortEntity | undefined {
  if (id.node !== LOCAL_NODE) return undefined;
  const port = table.get(id.id);
  return port !== undefined && port.id.creation === id.creation ? port : undefined;
}

/** The open port a port BIF's first argument names: a port, or (not yet supported) a registered name. */
export function portArg(t: Term): PortEntity | undefined {
  return t instanceof Port ? lookupPort(t) : undefined;
}

export function openPorts(): PortEntity[] {
  return [...table.values()];
}

const LINKS_KEY = 'ports:links';

function portLinksOf(p: Process): Set<PortEntity> {
  let s = p.ext.get(LINKS_KEY) as Set<PortEntity> | undefined;
  if (s === undefined) {
    s = new Set();
    p.ext.set(LINKS_KEY, s);
  }
  return s;
}

function addLink(p: Process, port: PortEntity): void {
  port.links.add(p);
  portLinksOf(p).add(port);
}

/** The ports p is linked to (for process_info(links)). */
export function linkedPorts(p: Process): Port[] {
  const s = p.ext.get(LINKS_KEY) as Set<PortEntity> | undefined;
  return s === undefined ? [] : [...s].map((x) => x.id);
}

/**
 * Close `port` with `reason`: stop its driver, signal its links (trapping ones get
 * {'EXIT', Port, Reason}), then send 'DOWN' to its monitors.
 */
export function exitPort(port: PortEntity, reason: Term): void {
  if (!port.open) return;
  port.open = false;
  table.delete(port.id.id);
  port.driver?.stop();
  for (const q of port.links) {
    portLinksOf(q).delete(port);
    sched.exitSignal(port.id, q, reason, true);
  }
  port.links.clear();
  for (const [key, m] of port.monitors) {
    portMonitorsOf(m.watcher).delete(key);
    sched.deliver(m.watcher, [DOWN, m.ref, PORT, m.item, reason]);
  }
  port.monitors.clear();
}

/** port_close/1: any process may close any port; linked processes see reason normal. */
export function closePort(port: PortEntity): void {
  exitPort(port, NORMAL);
}

/** port_connect/2: `to` becomes the connected process and is linked to the port; the old one stays linked. */
export function connectPort(port: PortEntity, to: Process): void {
  port.connected = to;
  addLink(to, port);
}

/** Bytes from `caller` written by the driver; false when the port was opened without `out`; pending while it is busy. */
export function commandPort(port: PortEntity, data: Uint8Array, caller: Process): boolean | PendingControl<boolean> {
  if (port.driver === null) return false;
  const f = port.framing;
  if (f.kind === 'packet') {
    // {packet, N}: each command goes out behind its length, N bytes big-endian.
    const framed = new Uint8Array(f.size + data.length);
    for (let i = 0, n = data.length; i < f.size; i++, n = Math.floor(n / 256)) framed[f.size - 1 - i] = n & 0xff;
    framed.set(data, f.size);
    data = framed;
  }
  const ok = port.driver.command(data, caller);
  if (ok !== false) port.output += data.length;
  return ok;
}

// --- signals from processes (called by signals.ts) --------------------------------------------

/**
 * `Port ! Msg`: {Owner, {command, Data}}, {Owner, close} and {Owner, {connect, Pid}} from the
 * connected process (named as Owner) act on the port; anything else closes it with badsig.
 * A message to a closed port is dropped.
 */
export function sendToPort(from: Process, to: Port, msg: Term): void {
  const port = lookupPort(to);
  if (port === undefined) return;
  if (!Array.isArray(msg) || msg.length !== 2 || !(msg[0] instanceof Pid) || sched.lookup(msg[0]) !== port.connected) {
    exitPort(port, BADSIG);
    return;
  }
  const owner = port.connected;
  const req = msg[1];
  if (Array.isArray(req) && req.length === 2 && req[0] === COMMAND) {
    let bytes: Uint8Array;
    try {
      bytes = iolistToBinary(req[1]).toBytes();
    } catch (e) {
      if (!(e instanceof ErlangException)) throw e;
      exitPort(port, BADSIG);
      return;
    }
    // A busy port takes the data when it can; the sender of a message does not wait for it.
    if (commandPort(port, bytes, from) === false) exitPort(port, BADSIG);
    return;
  }
  if (req === CLOSE) {
    sched.deliver(owner, [port.id, CLOSED]);
    exitPort(port, NORMAL);
    return;
  }
  if (Array.isArray(req) && req.length === 2 && req[0] === CONNECT && req[1] instanceof Pid) {
    const next = sched.lookup(req[1]);
    if (next === undefined) {
      exitPort(port, BADSIG);
      return;
    }
    // Unlike port_connect/2, the new owner is not linked (erlang:open_port/2's documentation).
    port.connected = next;
    sched.deliver(owner, [port.id, CONNECTED]);
    return;
  }
  exitPort(port, BADSIG);
}

/** link(Port): a closed port answers as a dead process does (noproc: a message when trapping, else an error). */
export function linkPort(p: Process, to: Port): void {
  const port = lookupPort(to);
  if (port === undefined) {
    if (p.trapExit) sched.deliver(p, [EXIT_TAG, to, NOPROC]);
    else raiseError(NOPROC);
    return;
  }
  addLink(p, port);
}

export function unlinkPort(p: Process, to: Port): void {
  const port = lookupPort(to);
  if (port === undefined) return;
  port.links.delete(p);
  portLinksOf(p).delete(port);
}

/**
 * An exit signal from process `from` reaching a port: by a link when `from` died, or by exit/2.
 * Through a link, reason normal is ignored unless `from` is the connected process; exit/2 closes
 * the port whatever the reason, normal included (as erts does); kill closes it with reason killed.
 */
export function exitSignalToPort(from: Process, to: Port, reason: Term, link: boolean): void {
  const port = lookupPort(to);
  if (port === undefined) return;
  if (link && reason === NORMAL && from !== port.connected) return;
  exitPort(port, reason === KILL && !link ? KILLED : reason);
}

// --- monitors ---------------------------------------------------------------------------------

const MONITORS_KEY = 'ports:monitors';

/** The port monitors p holds, by reference key. */
function portMonitorsOf(p: Process): Map<RefKey, PortEntity> {
  let m = p.ext.get(MONITORS_KEY) as Map<RefKey, PortEntity> | undefined;
  if (m === undefined) {
    m = new Map();
    p.ext.set(MONITORS_KEY, m);
  }
  return m;
}

/**
 * monitor(port, Target) with the reference the caller made: Target is a port (or, once ports can
 * be registered, a name). A closed port gets {'DOWN', Ref, port, Port, noproc} at once.
 */
export function monitorPort(p: Process, target: Term, ref: Ref): void {
  if (!(target instanceof Port)) raiseError(BADARG);
  const port = lookupPort(target);
  if (port === undefined) {
    sched.deliver(p, [DOWN, ref, PORT, target, NOPROC]);
    return;
  }
  const key = refKey(ref);
  port.monitors.set(key, { ref, watcher: p, item: target });
  portMonitorsOf(p).set(key, port);
}

/** demonitor(Ref) of a port monitor: whether p held it. */
export function demonitorPort(p: Process, ref: Ref): boolean {
  const key = refKey(ref);
  const mons = p.ext.get(MONITORS_KEY) as Map<RefKey, PortEntity> | undefined;
  const port = mons?.get(key);
  if (port === undefined) return false;
  mons!.delete(key);
  port.monitors.delete(key);
  return true;
}

// A dying process: its port monitors go, its links to ports carry its exit reason, and every
// port it is connected to closes (erts closes a port whose connected process dies).
addExitHook((p: Process) => {
  const mons = p.extMap?.get(MONITORS_KEY) as Map<RefKey, PortEntity> | undefined;
  if (mons !== undefined) {
    for (const [key, port] of mons) port.monitors.delete(key);
    mons.clear();
  }
  const reason = p.exitReason ?? NORMAL;
  const links = p.extMap?.get(LINKS_KEY) as Set<PortEntity> | undefined;
  if (links !== undefined) {
    for (const port of [...links]) {
      links.delete(port);
      port.links.delete(p);
      if (port.connected !== p) exitSignalToPort(p, port.id, reason, true);
    }
  }
  for (const port of [...table.values()]) {
    if (port.connected === p) exitPort(port, reason);
  }
});

// --- port_info --------------------------------------------------------------------------------

/** What port_info/1 lists, in erts's order. */
const INFO_ITEMS = ['name', 'links', 'id', 'connected', 'input', 'output', 'os_pid'] as const;
/** Every item port_info/2 knows. */
const KNOWN_ITEMS = new Set<string>([...INFO_ITEMS, 'registered_name', 'monitors', 'monitored_by', 'parallelism', 'queue_size', 'memory', 'locking', 'lock_level']);

function infoValue(port: PortEntity, item: string): Term | undefined {
  switch (item) {
    case 'name':
      return charlist(port.name);
    case 'links':
      return listFrom([...port.links].filter((q) => q.status !== Status.Exited).map((q) => q.pid));
    // erts reports the port's internal index, the number shifted past its 3 tag bits.
    case 'id':
      return port.id.id * 8;
    case 'connected':
      return port.connected.pid;
    case 'input':
      return port.input;
    case 'output':
      return port.output;
    case 'os_pid':
      return port.driver?.osPid() ?? UNDEFINED;
    case 'registered_name':
      return NIL;
    case 'monitors':
      return NIL;
    case 'monitored_by':
      return listFrom([...port.monitors.values()].map((m) => m.watcher.pid));
    case 'parallelism':
      return atom('false');
    case 'queue_size':
      return 0;
    case 'memory':
      return 0;
    case 'locking':
      return atom('port_level');
    case 'lock_level':
      return atom('port_level');
    default:
      return undefined;
  }
}

/** port_info(Port): the item list of an open port, undefined when it is closed. */
export function portInfo(id: Port): Term | undefined {
  const port = lookupPort(id);
  if (port === undefined) return undefined;
  return listFrom(INFO_ITEMS.map((it) => [atom(it), infoValue(port, it)!]));
}

/** port_info(Port, Item): {Item, Value}; undefined when the port is closed; the atom badarg for an unknown item. */
export function portInfoItem(id: Port, item: Term): Term {
  if (!(item instanceof Atom) || !KNOWN_ITEMS.has(item.name)) return BADARG;
  const port = lookupPort(id);
  if (port === undefined) return UNDEFINED;
  const v = infoValue(port, item.name)!;
  // An unregistered port answers [] to registered_name, not a tuple.
  return item.name === 'registered_name' && v === NIL ? NIL : [item, v];
}
