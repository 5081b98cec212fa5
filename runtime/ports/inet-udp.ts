// The udp_inet driver on node:dgram: the port behind every gen_udp socket (and the one inet_config
// opens at boot to learn the host name). Datagrams arrive as {udp, S, IP, Port, Data} in active
// mode and {udp_passive, S} when {active, N} runs out; a passive recv is answered
// {inet_async, S, Ref, {ok, [F, P1, P0, IP... | Data]}}, which prim_inet:recvfrom takes apart;
// sends are answered {inet_reply, S, Result}.
//
// Node receives every datagram as it comes; they wait in `kernel` (the socket's receive queue)
// until the driver reads them, at a passive recv or while active, at most read_packets per turn
// as erts reads them. A datagram longer than the `buffer` option is cut to it, as recvfrom into
// erts's buffer cuts it. Node binds asynchronously, so bind's reply comes as {Ref, Reply} (see
// PendingControl); socket options that Node can only set on a bound socket are applied once it is.
// Ancillary data on send ({tos, _}, {ttl, _}) has no Node equivalent and is left out.

import * as dgram from 'node:dgram';
import { atom } from '../term/atom.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { createPort, PendingControl, type PortEntity } from './port-table.js';
import * as P from './inet-protocol.js';
import { InetDescriptor, SetoptsResult, type ControlResult } from './inet-descriptor.js';
import { SocketOptions, type SockOptValue } from './inet-sockopts.js';
import { registerLinkedInDriver } from './linked-in-drivers.js';

registerLinkedInDriver('udp_inet');

const UDP = atom('udp');
const UDP_ERROR = atom('udp_error');

interface Datagram {
  data: Buffer;
  family: 4 | 6;
  host: string;
  port: number;
}

/** Datagrams or receive errors waiting to be read (an error is reported by the read that meets it). */
type Received = Datagram | { error: string };

export class UdpDescriptor extends InetDescriptor {
  private socket: dgram.Socket | null = null;
  /** Node's socket is bound (its options can be set). */
  private bound = false;
  private readonly kernel: Received[] = [];
  private selectRead = false;
  /** The yield after read_packets datagrams (inet_drv's driver_set_timer(0)), or a passive recv's timeout. */
  private timer: ReturnType<typeof setTimeout> | null = null;
  private remote: P.SockAddr | null = null;
  /** Memberships asked for before the socket was bound. */
  private readonly pendingMemberships: number[][] = [];

  constructor() {
    super('udp');
  }

  protected protocolControl(cmd: number, b: Uint8Array, caller: Process): ControlResult {
    switch (cmd) {
      case P.REQ_OPEN:
        return this.open(b);
      case P.REQ_FDOPEN:
        return P.replyError('einval');
      case P.REQ_CLOSE:
        this.closeSocket();
        return P.replyOk();
      case P.REQ_CONNECT:
        return this.connect(b, caller);
      case P.PACKET_REQ_RECV:
        return this.recvRequest(b, caller);
      default:
        return this.inetControl(cmd, b, caller);
    }
  }

  private open(b: Uint8Array): ControlResult {
    if (b.length !== 2) return P.replyError('einval');
    let family: 4 | 6;
    if (b[0] === P.AF_INET) family = 4;
    else if (b[0] === P.AF_INET6) family = 6;
    else return P.replyError('eafnosupport');
    if (b[1] === P.TYPE_STREAM) return P.replyError('eprotonosupport');
    if (b[1] !== P.TYPE_DGRAM) return P.replyError('einval');
    if (this.state !== P.STATE_CLOSED) return P.replyError('exbadseq');
    this.family = family;
    this.stype = P.TYPE_DGRAM;
    this.sock = new SocketOptions(false, family);
    this.sock.sink = { apply: (opt, v) => this.applySockOpt(opt, v) };
    this.state = P.STATE_OPEN;
    return P.replyOk();
  }

  /** The Node socket, created on first need (binding, sending) with the options it must be created with. */
  private nodeSocket(): dgram.Socket {
    if (this.socket !== null) return this.socket;
    const s = dgram.createSocket({
      type: this.family === 6 ? 'udp6' : 'udp4',
      reuseAddr: this.sock?.flag(P.OPT_REUSEADDR) ?? false,
      ipv6Only: this.sock?.flag(P.OPT_IPV6_V6ONLY) ?? false,
    });
    this.socket = s;
    s.on('message', (msg: Buffer, rinfo: dgram.RemoteInfo) => {
      if (this.socket !== s) return;
      this.kernel.push({ data: msg, family: rinfo.family === 'IPv6' ? 6 : 4, host: rinfo.address, port: rinfo.port });
      if (this.selectRead) this.input();
    });
    s.on('error', (e: Error) => {
      if (this.socket !== s || !this.bound) return;
      this.kernel.push({ error: P.errnoName(e) });
      if (this.selectRead) this.input();
    });
    s.on('listening', () => {
      if (this.socket !== s) return;
      this.bound = true;
      this.applyAll();
    });
    return s;
  }

  /** Node can set these once the socket is bound. */
  private applySockOpt(opt: number, v: SockOptValue): void {
    const s = this.socket;
    if (s === null || !this.bound) {
      if (opt === P.OPT_ADD_MEMBERSHIP || opt === P.OPT_DROP_MEMBERSHIP) this.pendingMemberships.push([opt, ...(v as number[])]);
      return;
    }
    try {
      switch (opt) {
        case P.OPT_BROADCAST:
          s.setBroadcast(v !== 0);
          break;
        case P.OPT_TTL:
          s.setTTL(this.sock!.get(P.OPT_TTL) as number);
          break;
        case P.OPT_MULTICAST_TTL:
          s.setMulticastTTL(this.sock!.get(P.OPT_MULTICAST_TTL) as number);
          break;
        case P.OPT_MULTICAST_LOOP:
          s.setMulticastLoopback(v !== 0);
          break;
        case P.OPT_MULTICAST_IF: {
          const a = v as number[];
          if (this.family === 4) s.setMulticastInterface(a.join('.'));
          break;
        }
        case P.OPT_RCVBUF:
          s.setRecvBufferSize(Math.max(v as number, 1));
          break;
        case P.OPT_SNDBUF:
          s.setSendBufferSize(Math.max(v as number, 1));
          break;
        case P.OPT_ADD_MEMBERSHIP:
        case P.OPT_DROP_MEMBERSHIP: {
          // [Domain32, Ifindex32, MultiAddr4, LocalAddr4]; IPv6 memberships name an interface
          // index, which Node's addMembership cannot take.
          const m = v as number[];
          if (m[0] !== P.AF_INET) break;
          const group = m.slice(9, 13).join('.');
          const local = m.slice(13, 17).join('.');
          const iface = local === '0.0.0.0' ? undefined : local;
          if (opt === P.OPT_ADD_MEMBERSHIP) s.addMembership(group, iface);
          else s.dropMembership(group, iface);
          break;
        }
        default:
          break;
      }
    } catch {
      // The kernel refusing a value is not reported for these options (inet_drv's propagate is off).
    }
  }

  /** Once bound: the options set before. */
  private applyAll(): void {
    const sock = this.sock!;
    if (sock.flag(P.OPT_BROADCAST)) this.applySockOpt(P.OPT_BROADCAST, 1);
    if (!sock.flag(P.OPT_MULTICAST_LOOP)) this.applySockOpt(P.OPT_MULTICAST_LOOP, 0);
    for (const opt of [P.OPT_TTL, P.OPT_MULTICAST_TTL, P.OPT_RCVBUF, P.OPT_SNDBUF]) {
      if (sock.changed(opt)) this.applySockOpt(opt, sock.requested(opt)!);
    }
    if (this.family === 4 && sock.changed(P.OPT_MULTICAST_IF)) this.applySockOpt(P.OPT_MULTICAST_IF, sock.get(P.OPT_MULTICAST_IF)!);
    for (const m of this.pendingMemberships.splice(0)) this.applySockOpt(m[0], m.slice(1));
  }

  protected bind(addr: P.SockAddr): ControlResult {
    const reply = new PendingControl();
    const s = this.nodeSocket();
    const onError = (e: Error): void => {
      this.socket = null;
      s.close();
      reply.settle(P.replyError(P.errnoName(e)));
    };
    s.once('error', onError);
    s.bind({ address: addr.host, port: addr.port, exclusive: true }, () => {
      s.removeListener('error', onError);
      reply.settle(P.replyOk(P.put16(s.address().port)));
      if (this.active !== P.PASSIVE) this.select(true);
    });
    return reply;
  }

  private connect(b: Uint8Array, caller: Process): ControlResult {
    if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
    const s = this.nodeSocket();
    if (b.length === 0) {
      // Dissolving the association.
      if (this.remote !== null) {
        try {
          s.disconnect();
        } catch {
          // Not connected as Node sees it.
        }
      }
      this.remote = null;
      this.state &= ~P.F_ACTIVE;
      const id = this.enqAsync(caller, P.REQ_CONNECT);
      this.asyncOk();
      return P.replyOk(P.put16(id));
    }
    if (b.length < 6) return P.replyError('einval');
    const r = P.readAddress(b, 4, this.family === 6 ? 6 : 4);
    if (typeof r === 'string') return P.replyError(r);
    const reply = new PendingControl();
    const connectTo = (): void => {
      s.connect(r.addr.port, r.addr.host, () => {
        this.remote = r.addr;
        this.state |= P.F_ACTIVE;
        const id = this.enqAsync(caller, P.REQ_CONNECT);
        this.asyncOk();
        reply.settle(P.replyOk(P.put16(id)));
      });
    };
    const onError = (e: Error): void => reply.settle(P.replyError(P.errnoName(e)));
    s.once('error', onError);
    try {
      // Node connects an associated socket only after disconnecting it (the kernel re-associates).
      if (this.remote !== null) s.disconnect();
      connectTo();
    } catch (e) {
      s.removeListener('error', onError);
      return P.replyError(P.errnoName(e));
    }
    reply.onSettled(() => s.removeListener('error', onError));
    return reply;
  }

  // --- receiving -------------------------------------------------------------------------------------

  private recvRequest(b: Uint8Array, caller: Process): ControlResult {
    if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
    if (this.active !== P.PASSIVE || b.length !== 8) return P.replyError('einval');
    const timeout = P.getU32(b, 0);
    const id = this.enqAsync(caller, P.PACKET_REQ_RECV);
    if (id < 0) return P.replyError('ealready');
    if (this.input() === 0 && timeout !== P.INFINITY) this.setTimer(timeout);
    return P.replyOk(P.put16(id));
  }

  private setTimer(ms: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      // packet_inet_timeout: a passive recv timed out, or an active socket goes on reading.
      if (this.active === P.PASSIVE) {
        this.selectRead = false;
        this.asyncError('timeout');
      } else this.input();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private select(on: boolean): void {
    this.selectRead = on;
    if (on && this.kernel.length > 0) setImmediate(() => this.selectRead && this.input());
  }

  /** packet_inet_input: read up to read_packets datagrams; the number delivered. */
  private input(): number {
    let count = 0;
    for (let left = this.readPackets; left > 0; left--) {
      const item = this.kernel.shift();
      if (item === undefined) {
        if (this.active === P.PASSIVE) this.selectRead = true;
        return count;
      }
      if ('error' in item) {
        if (this.active === P.PASSIVE) {
          this.asyncError(item.error);
          this.cancelTimer();
          this.selectRead = false;
        } else this.output([UDP_ERROR, this.port.id, atom(item.error)]);
        return count;
      }
      const data = item.data.length > this.bufsz ? item.data.subarray(0, this.bufsz) : item.data;
      this.inputCount(data.length);
      if (this.active === P.PASSIVE) {
        const addr = P.encodeAddress(item.family, item.host, item.port);
        const bytes = new Uint8Array(addr.length + data.length);
        bytes.set(addr, 0);
        bytes.set(data, addr.length);
        if (!this.asyncOkTerm(this.dataTerm(bytes, this.hsz + addr.length))) {
          this.kernel.unshift(item);
          return count;
        }
        this.cancelTimer();
        this.selectRead = false;
        return count + 1;
      }
      const ip = item.family === 4 ? (P.ipBytes(item.host) as Term[]) : groups(P.ipBytes(item.host));
      this.output([UDP, this.port.id, ip, item.port, this.dataTerm(data)]);
      this.checkActiveToPassive();
      count++;
      if (this.active === P.PASSIVE) {
        this.selectRead = false;
        return count;
      }
    }
    // read_packets datagrams taken: let others run, then go on (inet_drv yields with a 0 timer).
    if (this.kernel.length > 0) this.setTimer(0);
    return count;
  }

  // --- sending ---------------------------------------------------------------------------------------

  command(data: Uint8Array, caller: Process): boolean {
    this.caller = caller;
    if (!(this.state & P.F_OPEN)) {
      this.replyError('einval');
      return true;
    }
    const r = P.readAddress(data, 0, this.family === 6 ? 6 : 4);
    if (typeof r === 'string') {
      this.replyError(r);
      return true;
    }
    let off = r.next;
    if (data.length - off < 4) {
      this.replyError('einval');
      return true;
    }
    const ancLen = P.getU32(data, off);
    off += 4;
    if (data.length - off < ancLen) {
      this.replyError('einval');
      return true;
    }
    off += ancLen;
    const payload = Buffer.from(data.subarray(off));
    this.outputCount(payload.length);
    const s = this.nodeSocket();
    const replyTo = caller;
    const done = (err: Error | null): void => {
      this.caller = replyTo;
      if (err === null) this.replyOk();
      else this.replyError(P.errnoName(err));
    };
    this.caller = null;
    try {
      if (this.state & P.F_ACTIVE) s.send(payload, done);
      else s.send(payload, r.addr.port, r.addr.host, done);
    } catch (e) {
      this.caller = replyTo;
      this.replyError(P.errnoName(e));
    }
    return true;
  }

  // --- options, addresses, closing --------------------------------------------------------------------

  protected setOptsControl(b: Uint8Array): ControlResult {
    return this.setOpts(b) === SetoptsResult.Error ? P.replyError('einval') : P.replyOk();
  }

  protected afterSetOpts(oldActive: number): SetoptsResult {
    if (!(this.state & P.F_OPEN)) return SetoptsResult.Done;
    if (this.active !== oldActive) {
      if (this.active === P.PASSIVE) this.cancelTimer();
      this.select(this.active !== P.PASSIVE);
    }
    return SetoptsResult.Done;
  }

  protected localAddress(): number[] | string {
    if (!(this.state & P.F_OPEN)) return 'ebadf';
    if (this.socket !== null && this.bound) {
      const a = this.socket.address();
      return P.encodeAddress(P.familyOf(a.address), a.address, a.port);
    }
    return this.family === 6 ? P.encodeAddress(6, '::', 0) : P.encodeAddress(4, '0.0.0.0', 0);
  }

  protected peerAddress(): number[] | string {
    if (!(this.state & P.F_ACTIVE) || this.remote === null) return 'enotconn';
    return P.encodeAddress(this.remote.family, this.remote.host, this.remote.port);
  }

  protected fd(): number {
    const h = (this.socket as unknown as { _handle?: { fd?: number } } | null)?._handle;
    return typeof h?.fd === 'number' ? h.fd : -1;
  }

  private closeSocket(): void {
    this.cancelTimer();
    this.selectRead = false;
    const s = this.socket;
    this.socket = null;
    this.bound = false;
    if (s !== null) {
      try {
        s.close();
      } catch {
        // Already closed.
      }
    }
    this.kernel.length = 0;
    this.state = P.STATE_CLOSED;
  }

  /** packet_inet_stop: pending receives end with {error, closed}. */
  stop(): void {
    this.stopping = true;
    this.asyncErrorAll('closed');
    this.closeSocket();
    this.stopping = false;
  }
}

/** An IPv6 address tuple from its 16 bytes. */
function groups(b: number[]): Term {
  const out: Term[] = [];
  for (let i = 0; i < 16; i += 2) out.push((b[i] << 8) | b[i + 1]);
  return out;
}

/** open_port({spawn_driver, "udp_inet"}, Opts). */
export function openUdpPort(owner: Process): PortEntity {
  const d = new UdpDescriptor();
  const port = createPort('udp_inet', owner, true, { kind: 'stream' }, false);
  d.port = port;
  port.driver = d;
  return port;
}

