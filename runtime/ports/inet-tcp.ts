// The tcp_inet driver on node:net: the port behind every gen_tcp socket. It answers prim_inet's
// control operations (open, bind, listen, accept, connect, recv, shutdown...) and delivers what
// arrives as erts's tcp_inet does: {tcp, S, Data}, {tcp_closed, S}, {tcp_error, S, Reason} and
// {tcp_passive, S} in active mode, {inet_async, S, Ref, Result} answers to recv, accept and
// connect, {inet_reply, S, Result} to sends.
//
// Node reads a socket as soon as data arrives; those bytes wait (inet-tcp-input.ts, standing for
// the OS's receive buffer) until the driver "reads" them, which it does exactly where inet_drv
// calls recv(): at a passive recv, and whenever input arrives while reading is selected (active
// mode, or a recv waiting). So the framing of packets, the size of the pieces delivered (at most
// the `buffer` size per read, as on erts) and the moment a closed connection is noticed follow
// erts. A peer's FIN or RST waits in the same queue, behind the data. Sends go to Node's socket
// at once; its queue stands for the driver's, so the port is busy (and the sender waits for its
// {inet_reply, ...}) while more than high_watermark bytes wait there.
//
// Where Node cannot do what erts does: a socket is bound by listening on it (Node has no bind
// without listen), so a bound socket accepts connections before listen/2, with Node's backlog;
// a bound socket that then connects is closed and connects from the same address and port.
// Options Node has no call for are kept by inet-sockopts.ts.

import * as net from 'node:net';
import { atom, NORMAL } from '../term/atom.js';
import { listFrom } from '../term/list.js';
import type { Term } from '../term/term.js';
import { Status, type Process } from '../process/process.js';
import { createPort, exitPort, exitPortUnlinkingOwner, PendingControl, type PortEntity } from './port-table.js';
import * as P from './inet-protocol.js';
import { InetDescriptor, SetoptsResult, type ControlResult } from './inet-descriptor.js';
import { SocketOptions, type SockOptValue } from './inet-sockopts.js';
import { packetBody, isHttp, sendHeader, decodeHttp } from './inet-packet.js';
import { TcpInput, KERNEL_QUEUE_LIMIT, type TcpInputOwner } from './inet-tcp-input.js';
import { TcpListener } from './inet-tcp-listen.js';
import { registerLinkedInDriver } from './linked-in-drivers.js';

registerLinkedInDriver('tcp_inet');

const TCP = atom('tcp');
const TCP_CLOSED = atom('tcp_closed');
const TCP_ERROR = atom('tcp_error');
const HTTP = atom('http');
const DATA = atom('data');
const INET_ASYNC = atom('inet_async');

// tcp_add_flags.
const DELAYED_CLOSE_RECV = 0x1;
const DELAYED_CLOSE_SEND = 0x2;
const DELAYED_ECONNRESET = 0x4;
const CLOSE_SENT = 0x8;
const SHUTDOWN_WR_DONE = 0x10;
const PENDING_SHUT_WR = 0x20;
const PENDING_SHUT_RDWR = 0x40;
const PENDING_SHUTDOWN = PENDING_SHUT_WR | PENDING_SHUT_RDWR;

/** The socket options an accepted socket has from its listening socket (Linux copies them). */
const INHERITED_SOCKOPTS = [
  P.OPT_REUSEADDR,
  P.OPT_KEEPALIVE,
  P.OPT_DONTROUTE,
  P.OPT_SNDBUF,
  P.OPT_RCVBUF,
  P.OPT_PRIORITY,
  P.OPT_TOS,
  P.OPT_NODELAY,
  P.OPT_LINGER,
  P.OPT_TTL,
];

export class TcpDescriptor extends InetDescriptor implements TcpInputOwner {
  readonly softBusy = true;
  /** The Node socket of a connecting or connected port. */
  private socket: net.Socket | null = null;

  private readonly listener = new TcpListener();
  readonly input: TcpInput = new TcpInput(this);

  /** Reading is selected: input is read as it arrives (active mode, or a recv waiting). */
  private selectRead = false;
  private pumpScheduled = false;

  private addFlags = 0;
  private busyTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly busyWaiters: Array<() => void> = [];

  constructor() {
    super('tcp');
  }

  // --- control operations (tcp_inet_ctl) ------------------------------------------------------

  protected override protocolControl(cmd: number, b: Uint8Array, caller: Process): ControlResult {
    switch (cmd) {
      case P.REQ_OPEN:
        return this.open(b);
      case P.REQ_FDOPEN:
        // Taking over an open descriptor (gen_tcp's {fd, Fd}) has no Node equivalent here.
        return P.replyError('einval');
      case P.REQ_LISTEN:
        return this.listen(b);
      case P.REQ_CONNECT:
        return this.connect(b, caller);
      case P.REQ_ACCEPT:
        return this.accept(b, caller);
      case P.REQ_CLOSE:
        this.closeCheck();
        this.descClose();
        return P.replyOk();
      case P.TCP_REQ_RECV:
        return this.recvRequest(b, caller);
      case P.TCP_REQ_UNRECV:
        if (!this.connected()) return P.replyError('enotconn');
        this.input.unrecv(b);
        if (this.active !== P.PASSIVE) this.input.deliver(0);
        return P.replyOk();
      case P.TCP_REQ_SHUTDOWN:
        return this.shutdownRequest(b);
      case P.TCP_REQ_SENDFILE:
        // file:sendfile/5 falls back to reading and sending when the driver cannot.
        return P.replyError('enotsup');
      default:
        return this.inetControl(cmd, b, caller);
    }
  }

  private connected(): boolean {
    return (this.state & P.STATE_CONNECTED) === P.STATE_CONNECTED;
  }

  private open(b: Uint8Array): ControlResult {
    if (b.length !== 2) return P.replyError('einval');
    let family: 4 | 6;
    if (b[0] === P.AF_INET) family = 4;
    else if (b[0] === P.AF_INET6) family = 6;
    else return P.replyError('eafnosupport');
    if (b[1] !== P.TYPE_STREAM) return P.replyError('einval');
    if (this.state !== P.STATE_CLOSED) return P.replyError('exbadseq');
    this.family = family;
    this.stype = P.TYPE_STREAM;
    this.sock = new SocketOptions(true, family);
    this.sock.sink = { apply: (opt, v) => this.applySockOpt(opt, v) };
    this.state = P.STATE_OPEN;
    return P.replyOk();
  }

  /** Socket options Node can set on a connected socket. */
  private applySockOpt(opt: number, v: SockOptValue): void {
    const s = this.socket;
    if (s === null || s.destroyed) return;
    if (opt === P.OPT_NODELAY) s.setNoDelay(v !== 0);
    else if (opt === P.OPT_KEEPALIVE) s.setKeepAlive(v !== 0);
  }

  /** Bind by listening (Node binds only so): the reply, with the port, comes when Node has the socket. */
  protected override bind(addr: P.SockAddr): ControlResult {
    const reply = new PendingControl();
    this.startListener(addr, (err) => {
      if (err !== null) reply.settle(P.replyError(err));
      else reply.settle(P.replyOk(P.put16(this.listener.address()!.port)));
    });
    return reply;
  }

  private startListener(addr: P.SockAddr, done: (err: string | null) => void): void {
    this.listener.start(addr, this.sock?.flag(P.OPT_IPV6_V6ONLY) ?? false, () => this.serveAccepts(), done);
  }

  private listen(b: Uint8Array): ControlResult {
    if (this.state === P.STATE_CLOSED || !(this.state & P.F_OPEN)) return P.replyError('exbadport');
    if (b.length !== 2) return P.replyError('einval');
    if (this.listener.bound) {
      this.state = P.STATE_LISTENING;
      return P.replyOk();
    }
    // listen(2) on an unbound socket binds it to the wildcard address and an ephemeral port.
    const reply = new PendingControl();
    this.startListener({ family: this.family === 6 ? 6 : 4, host: this.family === 6 ? '::' : '0.0.0.0', port: 0 }, (err) => {
      if (err !== null) reply.settle(P.replyError(err));
      else {
        this.state = P.STATE_LISTENING;
        reply.settle(P.replyOk());
      }
    });
    return reply;
  }

  // --- accept --------------------------------------------------------------------------------------

  private accept(b: Uint8Array, caller: Process): ControlResult {
    const s = this.state;
    if ((s !== P.STATE_LISTENING && s !== P.STATE_ACCEPTING && s !== P.STATE_MULTI_ACCEPTING) || b.length !== 4) {
      return P.replyError('einval');
    }
    const timeout = P.getU32(b, 0);
    if (s === P.STATE_LISTENING && this.listener.waiting > 0) {
      const id = this.enqAsync(caller, P.REQ_ACCEPT);
      this.serveAccepts();
      return P.replyOk(P.put16(id));
    }
    const id = s === P.STATE_LISTENING ? this.enqAsync(caller, P.REQ_ACCEPT) : this.enqMulti(caller, P.REQ_ACCEPT);
    this.state = s === P.STATE_LISTENING ? P.STATE_ACCEPTING : P.STATE_MULTI_ACCEPTING;
    if (timeout !== P.INFINITY) {
      const op = this.ops[this.ops.length - 1];
      op.timer = setTimeout(() => {
        op.timer = null;
        const at = this.ops.indexOf(op);
        if (at < 0) return;
        this.ops.splice(at, 1);
        if (this.ops.length === 0) this.state = P.STATE_LISTENING;
        this.sendTo(op.caller, [INET_ASYNC, this.port.id, op.id, [atom('error'), atom('timeout')]]);
      }, timeout);
    }
    return P.replyOk(P.put16(id));
  }

  /** Give waiting connections to waiting accepts; each becomes a port of the accepting process. */
  private serveAccepts(): void {
    while (this.listener.waiting > 0 && this.ops.length > 0) {
      const op = this.ops[0];
      // An accept whose caller died is dropped (inet_drv monitors the caller).
      if (op.caller.status === Status.Exited) {
        this.deqAsync();
        continue;
      }
      const conn = this.listener.take()!;
      const child = this.acceptedCopy();
      // driver_create_port gives the new port no binary I/O flag ({deliver, port} data is then a list).
      const port = createPort('tcp_inet', op.caller, false, { kind: 'stream' }, false);
      child.port = port;
      port.driver = child;
      child.state = P.STATE_CONNECTED;
      child.attach(conn);
      this.asyncOkTerm(port.id);
    }
    if (this.ops.length === 0 && (this.state & P.F_ACC) !== 0) this.state = P.STATE_LISTENING;
  }

  /** tcp_inet_copy: what an accepted socket inherits from its listening socket. */
  private acceptedCopy(): TcpDescriptor {
    const c = new TcpDescriptor();
    c.mode = this.mode;
    c.exitf = this.exitf;
    c.deliver = this.deliver;
    c.htype = this.htype;
    c.psize = this.psize;
    c.stype = this.stype;
    c.family = this.family;
    c.hsz = this.hsz;
    c.bufsz = this.bufsz;
    c.high = this.high;
    c.low = this.low;
    c.sendTimeout = this.sendTimeout;
    c.sendTimeoutClose = this.sendTimeoutClose;
    c.showEconnreset = this.showEconnreset;
    // The kernel gives an accepted socket the listening socket's options.
    c.sock = new SocketOptions(true, this.family === 6 ? 6 : 4);
    for (const opt of INHERITED_SOCKOPTS) {
      const v = this.sock?.get(opt);
      if (v !== undefined) c.sock.restore(opt, v);
    }
    c.sock.sink = { apply: (opt, v) => c.applySockOpt(opt, v) };
    return c;
  }

  // --- connect -------------------------------------------------------------------------------------

  private connect(b: Uint8Array, caller: Process): ControlResult {
    if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
    if (this.connected()) return P.replyError('eisconn');
    if (this.state & P.F_CON) return P.replyError('einval');
    if (b.length < 6) return P.replyError('einval');
    const timeout = P.getU32(b, 0);
    const r = P.readAddress(b, 4, this.family === 6 ? 6 : 4);
    if (typeof r === 'string') return P.replyError(r);
    const opts: net.NetConnectOpts = { host: r.addr.host, port: r.addr.port, allowHalfOpen: true };
    const local = this.listener.address();
    if (local !== null) {
      // Bound before: connect from the bound address and port (see the file comment).
      opts.localAddress = local.address;
      opts.localPort = local.port;
      this.listener.close();
    }
    const s = net.connect(opts);
    this.socket = s;
    this.state = P.STATE_CONNECTING;
    const id = this.enqAsync(caller, P.REQ_CONNECT);
    const op = this.ops[this.ops.length - 1];
    const onError = (e: Error): void => {
      if (this.socket !== s || this.state !== P.STATE_CONNECTING) return;
      this.socket = null;
      s.destroy();
      this.state = P.STATE_OPEN;
      this.asyncError(P.errnoName(e));
    };
    s.once('error', onError);
    s.once('connect', () => {
      s.removeListener('error', onError);
      if (this.socket !== s) return;
      this.state = P.STATE_CONNECTED;
      this.attach(s);
      this.asyncOk();
    });
    if (timeout !== P.INFINITY) {
      op.timer = setTimeout(() => {
        op.timer = null;
        if (this.state !== P.STATE_CONNECTING || !this.ops.includes(op)) return;
        this.descClose();
        this.asyncError('timeout');
      }, timeout);
    }
    return P.replyOk(P.put16(id));
  }

  /** Start taking a connected Node socket's input into the kernel queue. */
  attach(s: net.Socket): void {
    this.socket = s;
    s.on('data', (chunk: Buffer) => {
      if (this.socket !== s) return;
      this.input.arrived(chunk);
      if (this.input.kernelLen > KERNEL_QUEUE_LIMIT) s.pause();
      this.inputArrived();
    });
    s.on('end', () => {
      if (this.socket !== s) return;
      this.input.kernelEof = true;
      this.inputArrived();
    });
    s.on('error', (e: Error) => {
      if (this.socket !== s) return;
      const err = P.errnoName(e, 'econnreset');
      // A write the peer refused: erts learns it when writing, which here has already happened.
      if (err === 'epipe') this.sendError(err, false);
      else {
        this.input.kernelErr = err;
        this.inputArrived();
      }
    });
    const sock = this.sock;
    if (sock !== null) {
      if (sock.flag(P.OPT_NODELAY)) s.setNoDelay(true);
      if (sock.flag(P.OPT_KEEPALIVE)) s.setKeepAlive(true);
    }
    s.resume();
    if (this.active !== P.PASSIVE) this.select(true);
  }

  // --- reading (tcp_recv, tcp_remain, tcp_deliver) ---------------------------------------------

  private recvRequest(b: Uint8Array, caller: Process): ControlResult {
    if (!this.connected()) {
      if (this.addFlags & DELAYED_CLOSE_RECV) {
        this.addFlags &= ~(DELAYED_CLOSE_RECV | DELAYED_CLOSE_SEND);
        if (this.addFlags & DELAYED_ECONNRESET) {
          this.addFlags &= ~DELAYED_ECONNRESET;
          return P.replyError('econnreset');
        }
        return P.replyError('closed');
      }
      return P.replyError('enotconn');
    }
    if (this.active !== P.PASSIVE || b.length !== 8) return P.replyError('einval');
    const timeout = P.getU32(b, 0);
    const n = P.getU32(b, 4);
    if (this.htype !== P.PB_RAW && n !== 0) return P.replyError('einval');
    if (n > P.TCP_MAX_PACKET_SIZE) return P.replyError('enomem');
    const id = this.enqAsync(caller, P.TCP_REQ_RECV);
    if (id < 0) return P.replyError('ealready');
    if (this.input.recv(n) === 0) {
      if (timeout === 0) this.asyncError('timeout');
      else {
        if (timeout !== P.INFINITY) {
          const op = this.ops[0];
          op.timer = setTimeout(() => {
            op.timer = null;
            if (this.ops[0] !== op) return;
            this.select(false);
            this.input.iremain = 0;
            this.asyncError('timeout');
          }, timeout);
        }
        this.select(true);
      }
    }
    return P.replyOk(P.put16(id));
  }

  /** TcpInputOwner: a passive socket delivered its packet. */
  stopReading(): void {
    this.select(false);
  }

  /** TcpInputOwner: Node may read the socket again. */
  roomForInput(): void {
    if (this.socket !== null && this.socket.isPaused()) this.socket.resume();
  }

  /** sock_select of reading: while on, arriving input is read. */
  private select(on: boolean): void {
    this.selectRead = on;
    if (on && this.hasKernelInput()) this.schedulePump();
  }

  private hasKernelInput(): boolean {
    return this.input.hasKernelInput();
  }

  /** The socket became readable: what poll reports to inet_drv. */
  private inputArrived(): void {
    if (this.selectRead) this.pump();
  }

  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      if (this.selectRead) this.pump();
    });
  }

  /** Read while reading is selected and input waits (poll is level-triggered). */
  private pump(): void {
    for (let guard = 0; guard < 100000 && this.selectRead && this.connected() && this.hasKernelInput(); guard++) {
      const before = this.input.kernelLen;
      const r = this.input.recv(0);
      if (r < 0) break;
      if (this.input.kernelLen === before) break;
    }
  }

  /** tcp_reply_data: one packet to Erlang, as the packet type, mode and deliver options say. */
  replyData(pkt: Uint8Array): number {
    const [off, blen] = packetBody(this.htype, pkt);
    const body = pkt.subarray(off, off + blen);
    if (this.deliver === P.DELIVER_PORT) {
      // driver_output: bytes come as a list unless the port does binary I/O (opened with `binary`).
      this.output([this.port.id, [DATA, this.port.binary ? this.dataTerm(body) : listFrom(Array.from(body))]]);
    } else if (isHttp(this.htype)) {
      const term = decodeHttp(this.htype, pkt, this.input.http);
      if (this.active === P.PASSIVE) return this.asyncOkTerm(term) ? 1 : -1;
      this.output([HTTP, this.port.id, term]);
    } else if (this.active === P.PASSIVE) {
      return this.asyncOkTerm(this.dataTerm(body)) ? 1 : -1;
    } else {
      this.output([TCP, this.port.id, this.dataTerm(body)]);
    }
    this.checkActiveToPassive();
    return 1;
  }

  /** tcp_recv_closed: the peer closed the connection. */
  recvClosed(): number {
    let blockingSend = false;
    if (this.state & P.F_BUSY) {
      this.clearBusy();
      this.replyError('closed');
      blockingSend = true;
    }
    if (!blockingSend) this.addFlags |= DELAYED_CLOSE_SEND;
    if (this.active === P.PASSIVE) {
      this.input.clear();
      if (this.exitf) this.descClose();
      else this.select(false);
      this.asyncErrorAll('closed');
    } else {
      this.input.clear();
      this.closedMessage();
      if (this.exitf) exitPortUnlinkingOwner(this.port, NORMAL);
      else this.select(false);
    }
    return -1;
  }

  /** tcp_recv_error: reading failed. */
  recvError(err: string): number {
    if (this.state & P.F_BUSY) {
      this.clearBusy();
      this.replyError('closed');
    }
    if (this.active === P.PASSIVE) {
      this.input.clear();
      if (this.exitf) this.descClose();
      else this.select(false);
      this.asyncErrorAll(err);
    } else {
      this.input.clear();
      this.output([TCP_ERROR, this.port.id, atom(err)]);
      this.closedMessage();
      if (this.exitf) exitPortUnlinkingOwner(this.port, atom(err));
      else this.select(false);
    }
    return -1;
  }

  /** {tcp_closed, S}, once. */
  private closedMessage(): void {
    if (this.addFlags & CLOSE_SENT) return;
    this.addFlags |= CLOSE_SENT;
    this.output([TCP_CLOSED, this.port.id]);
  }

  // --- sending ---------------------------------------------------------------------------------

  override command(data: Uint8Array, caller: Process): boolean | PendingControl<boolean> {
    this.caller = caller;
    if (!this.connected()) {
      if (this.addFlags & DELAYED_CLOSE_SEND) {
        this.addFlags &= ~DELAYED_CLOSE_SEND;
        this.replyError(this.addFlags & DELAYED_ECONNRESET ? 'econnreset' : 'closed');
      } else this.replyError('enotconn');
      return true;
    }
    if (this.addFlags & PENDING_SHUTDOWN) {
      this.sendError('epipe', true);
      return true;
    }
    this.send(data);
    return true;
  }

  busy(): boolean {
    return (this.state & P.F_BUSY) !== 0;
  }

  onNotBusy(f: () => void): void {
    this.busyWaiters.push(f);
  }

  protected override queuedOutput(): number {
    const s = this.socket;
    return s === null || s.destroyed ? 0 : s.writableLength;
  }

  /** tcp_sendv: write with the packet header; the reply is ok unless the queue passed the high watermark. */
  private send(data: Uint8Array): void {
    const s = this.socket!;
    const header = sendHeader(this.htype, data.length);
    this.outputCount(data.length + header.length);
    if (data.length === 0 && header.length === 0) {
      this.replyOk();
      return;
    }
    if (this.addFlags & SHUTDOWN_WR_DONE || s.destroyed) {
      this.sendError(this.input.kernelErr ?? 'epipe', true);
      return;
    }
    const queued = s.writableLength;
    const buf = header.length === 0 ? Buffer.from(data) : Buffer.concat([Buffer.from(header), data]);
    s.write(buf, () => this.written());
    if (s.errored !== null && s.errored !== undefined) {
      this.sendError(P.errnoName(s.errored, 'epipe'), true);
      return;
    }
    if (queued > 0 && queued + buf.length >= this.high) {
      if (this.sendTimeout === 0) {
        this.replyError('timeout');
        return;
      }
      // Busy: the sender gets its reply when the queue drains (or send_timeout passes).
      this.state |= P.F_BUSY;
      if (this.sendTimeout !== P.INFINITY) {
        this.busyTimer = setTimeout(() => this.sendTimedOut(), this.sendTimeout);
      }
      return;
    }
    this.replyOk();
  }

  /** A write reached the OS: below the low watermark a busy port is free again; empty, the closers are told. */
  private written(): void {
    const s = this.socket;
    const queued = s === null || s.destroyed ? 0 : s.writableLength;
    if (queued <= this.low && this.state & P.F_BUSY) {
      this.clearBusy();
      this.replyOk();
    }
    if (queued === 0) {
      this.emptyOutQueue();
      if (this.addFlags & PENDING_SHUTDOWN) this.shutdownNow(this.addFlags & PENDING_SHUT_WR ? 1 : 2);
    }
  }

  private clearBusy(): void {
    this.state &= ~P.F_BUSY;
    if (this.busyTimer !== null) {
      clearTimeout(this.busyTimer);
      this.busyTimer = null;
    }
    for (const f of this.busyWaiters.splice(0)) f();
  }

  /** tcp_inet_send_timeout. */
  private sendTimedOut(): void {
    this.busyTimer = null;
    this.clearBusy();
    this.replyError('timeout');
    if (this.sendTimeoutClose) this.descClose();
  }

  /** tcp_send_error / tcp_send_or_shutdown_error: writing failed. `replying`: a port_command is being answered. */
  private sendError(err0: string, replying: boolean): void {
    // A busy sender is still waiting for its reply; otherwise nobody is (replies clear the caller).
    if (!replying && !(this.state & P.F_BUSY)) this.caller = null;
    let err = err0;
    if (err === 'epipe' && !(this.addFlags & SHUTDOWN_WR_DONE)) err = 'econnreset';
    const showReset = err === 'econnreset' && this.showEconnreset;
    if (this.state & P.F_BUSY) this.clearBusy();
    if (this.active !== P.PASSIVE) {
      if (showReset) this.output([TCP_ERROR, this.port.id, atom(err)]);
      this.closedMessage();
      this.replyError(showReset ? err : 'closed');
      if (this.exitf) exitPortUnlinkingOwner(this.port, NORMAL);
      else this.descClose();
    } else {
      this.closeCheck();
      if (this.caller === null) this.addFlags |= DELAYED_CLOSE_SEND;
      else this.replyError(showReset ? err : 'closed');
      this.descClose();
      this.addFlags |= DELAYED_CLOSE_RECV;
      if (showReset) this.addFlags |= DELAYED_ECONNRESET;
    }
  }

  // --- shutdown and close ----------------------------------------------------------------------

  private shutdownRequest(b: Uint8Array): ControlResult {
    if (!this.connected()) return P.replyError('enotconn');
    if (b.length !== 1) return P.replyError('einval');
    const how = b[0];
    if (how !== 0 && this.queuedOutput() > 0) {
      this.addFlags |= how === 1 ? PENDING_SHUT_WR : PENDING_SHUT_RDWR;
      return P.replyOk();
    }
    this.shutdownNow(how);
    return P.replyOk();
  }

  /** shutdown(2): 0 read, 1 write, 2 both. After SHUT_RD reads see the end of input. */
  private shutdownNow(how: number): void {
    this.addFlags &= ~PENDING_SHUTDOWN;
    const s = this.socket;
    if (how !== 0) {
      this.addFlags |= SHUTDOWN_WR_DONE;
      if (s !== null && !s.destroyed) s.end();
    }
    if (how !== 1) {
      this.input.shutRead();
      if (this.selectRead) this.schedulePump();
    }
  }

  /** tcp_close_check: the operations in progress end with {error, closed}. */
  private closeCheck(): void {
    const s = this.state;
    if (s === P.STATE_ACCEPTING || s === P.STATE_MULTI_ACCEPTING) {
      this.state = P.STATE_LISTENING;
      this.asyncErrorAll('closed');
    } else if (s === P.STATE_CONNECTING) this.asyncError('closed');
    else if (s === P.STATE_CONNECTED) this.asyncErrorAll('closed');
  }

  /** tcp_desc_close: drop what is buffered both ways and close the socket; the port stays. */
  private descClose(): void {
    this.input.clear();
    this.selectRead = false;
    if (this.state & P.F_BUSY) this.clearBusy();
    this.listener.close();
    const s = this.socket;
    this.socket = null;
    if (s !== null) s.destroy();
    this.input.dropKernel();
    this.emptyOutQueue();
    if (this.state & P.F_OPEN) this.state = P.STATE_CLOSED;
  }

  /** The port closes (tcp_inet_stop). A lingering {true, 0} socket is reset; others send what is queued first. */
  override stop(): void {
    this.stopping = true;
    this.closeCheck();
    this.input.clear();
    this.selectRead = false;
    if (this.busyTimer !== null) clearTimeout(this.busyTimer);
    this.busyTimer = null;
    for (const f of this.busyWaiters.splice(0)) f();
    for (const op of this.ops.splice(0)) if (op.timer !== null) clearTimeout(op.timer);
    this.listener.close();
    const s = this.socket;
    this.socket = null;
    if (s !== null && !s.destroyed) {
      const linger = this.sock?.get(P.OPT_LINGER) as [number, number] | undefined;
      if (linger !== undefined && linger[0] !== 0 && linger[1] === 0) s.resetAndDestroy();
      else s.destroySoon();
    }
    this.state = P.STATE_CLOSED;
    this.stopping = false;
  }

  // --- options -----------------------------------------------------------------------------------

  protected override setOptsControl(b: Uint8Array): ControlResult {
    switch (this.setOpts(b)) {
      case SetoptsResult.Error:
        return P.replyError('einval');
      case SetoptsResult.Deliver:
        this.input.deliver(0);
        return P.replyOk();
      case SetoptsResult.Read:
        if (this.input.recv(0) >= 0 && this.active !== P.PASSIVE) this.select(true);
        return P.replyOk();
      default:
        return P.replyOk();
    }
  }

  protected override closedActivated(): boolean {
    if (this.active === P.PASSIVE || this.state !== P.STATE_CLOSED) return false;
    if (this.addFlags & DELAYED_ECONNRESET) {
      this.addFlags &= ~DELAYED_ECONNRESET;
      this.output([TCP_ERROR, this.port.id, atom('econnreset')]);
    }
    this.closedMessage();
    if (this.exitf) {
      exitPortUnlinkingOwner(this.port, NORMAL);
      return true;
    }
    this.select(false);
    return false;
  }

  protected override afterSetOpts(oldActive: number, oldHtype: number): SetoptsResult {
    if (!this.connected()) return SetoptsResult.Done;
    if (oldActive === P.PASSIVE && (this.active === P.ONCE || this.active === P.MULTI) && this.htype === oldHtype) {
      return SetoptsResult.Read;
    }
    if (this.active !== oldActive) this.select(this.active !== P.PASSIVE);
    if (this.active !== P.PASSIVE) {
      if (oldActive === P.PASSIVE) return SetoptsResult.Deliver;
      if (this.htype !== oldHtype) {
        this.input.iremain = 0;
        return SetoptsResult.Deliver;
      }
    }
    return SetoptsResult.Done;
  }

  // --- addresses -----------------------------------------------------------------------------------

  protected override localAddress(): number[] | string {
    if (!(this.state & P.F_OPEN)) return 'ebadf';
    const s = this.socket;
    if (s !== null && s.localAddress !== undefined && s.localPort !== undefined) {
      return P.encodeAddress(P.familyOf(s.localAddress), s.localAddress, s.localPort);
    }
    const a = this.listener.address();
    if (a !== null) return P.encodeAddress(P.familyOf(a.address), a.address, a.port);
    // Open, never bound: the wildcard address and port 0, as getsockname says.
    return this.family === 6 ? P.encodeAddress(6, '::', 0) : P.encodeAddress(4, '0.0.0.0', 0);
  }

  protected override peerAddress(): number[] | string {
    const s = this.socket;
    if (!this.connected() || s === null || s.remoteAddress === undefined || s.remotePort === undefined) return 'enotconn';
    return P.encodeAddress(P.familyOf(s.remoteAddress), s.remoteAddress, s.remotePort);
  }

  protected override fd(): number {
    const h = (this.socket as unknown as { _handle?: { fd?: number } } | null)?._handle;
    return typeof h?.fd === 'number' ? h.fd : this.listener.fd();
  }
}

/** open_port({spawn_driver, "tcp_inet"}, Opts): a port with no socket yet (prim_inet's open comes next). */
export function openTcpPort(owner: Process): PortEntity {
  const d = new TcpDescriptor();
  const port = createPort('tcp_inet', owner, true, { kind: 'stream' }, false);
  d.port = port;
  port.driver = d;
  return port;
}
