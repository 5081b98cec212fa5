// What tcp_inet and udp_inet share (inet_drv's inet_descriptor and inet_ctl): the state of an
// inet port, the one-deep queue of asynchronous operations whose results go back as
// {inet_async, S, Ref, Result}, the {inet_reply, S, Result} answers to port_command, the driver
// options (active, packet, mode, header, ...) and their encoding in setopts/getopts, statistics,
// and the control operations every inet port answers (getstat, getopts, setopts, status, type,
// host name, socket and peer names, interfaces, services). inet-tcp.ts and inet-udp.ts add the
// protocol's own operations and the traffic.

import { atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { listFrom } from '../term/list.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { sched } from '../process/scheduler.js';
import { PendingControl, type PortDriver, type PortEntity } from './port-table.js';
import * as P from './inet-protocol.js';
import { SocketOptions, isPropagated, type SockOptValue } from './inet-sockopts.js';
import { hostname, ifaddrsData, iflistData, ifgetData, serviceByName, serviceByPort } from './inet-host.js';

const INET_ASYNC = atom('inet_async');
const INET_REPLY = atom('inet_reply');
const OK = atom('ok');
const ERROR = atom('error');
const EMPTY_OUT_Q = atom('empty_out_q');

/** The result of a control operation: reply bytes, null for erts's badarg, or a reply that comes later. */
export type ControlResult = Uint8Array | null | PendingControl;

/** An operation whose result goes to `caller` as {inet_async, S, Id, Result}. */
export interface AsyncOp {
  id: number;
  caller: Process;
  req: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Which of setopts' follow-ups the protocol driver must run (inet_set_opts's return values). */
export const enum SetoptsResult {
  Error = -1,
  Done = 0,
  /** Passive to active, or a new packet type while active: deliver what is buffered. */
  Deliver = 1,
  /** Passive to once/N with the same packet type: read and deliver. */
  Read = 2,
}

export abstract class InetDescriptor implements PortDriver {
  port!: PortEntity;
  state = P.STATE_CLOSED;
  /** TYPE_STREAM or TYPE_DGRAM once opened, -1 before. */
  stype = -1;
  /** The address family of the socket once opened (Node's 4 or 6), 0 before. */
  family: 0 | 4 | 6 = 0;

  // Driver options (inet_start's defaults).
  active = P.PASSIVE;
  activeCount = 0;
  mode = P.MODE_LIST;
  deliver = P.DELIVER_TERM;
  htype = P.PB_RAW;
  psize = 0;
  bufsz = P.DEF_BUFFER;
  bufferSet = false;
  hsz = 0;
  exitf = 1;
  delimiter = 10;
  readPackets = 5;
  showEconnreset = false;
  debug = 0;
  netns: number[] | null = null;
  sock: SocketOptions | null = null;
  // tcp_descriptor's options (set and read only on stream sockets).
  high = P.HIGH_WATERMARK;
  low = P.LOW_WATERMARK;
  sendTimeout = P.INFINITY;
  sendTimeoutClose = 0;
  delaySend = false;

  /** The process whose port_command is being answered ({inet_reply, S, ...}). */
  caller: Process | null = null;
  /** Operations in progress: at most one (INET_MAX_ASYNC), several only for multi-accept. */
  readonly ops: AsyncOp[] = [];
  private opRef = 0;

  /** SETNAME / SETPEER: fake addresses answered instead of the socket's. */
  fakeName: number[] | null = null;
  fakePeer: number[] | null = null;

  // Statistics (inet_input_count, inet_output_count).
  recvCnt = 0;
  recvMax = 0;
  recvAvg = 0;
  recvDvi = 0;
  recvOct = 0n;
  sendCnt = 0;
  sendMax = 0;
  sendAvg = 0;
  sendOct = 0n;

  private emptyOutQ: Process[] = [];

  constructor(readonly protocol: 'tcp' | 'udp') {}

  // --- PortDriver ------------------------------------------------------------------------------

  abstract command(data: Uint8Array, caller: Process): boolean | PendingControl<boolean>;
  abstract stop(): void;
  osPid(): number | undefined {
    return undefined;
  }

  control(op: number, data: Uint8Array, caller: Process): ControlResult {
    return this.protocolControl(op - P.CONTROL_MAGIC, data, caller);
  }

  /** The protocol's operations; what it does not know goes to inetControl. */
  protected abstract protocolControl(cmd: number, data: Uint8Array, caller: Process): ControlResult;

  // --- messages ----------------------------------------------------------------------------------

  /** erl_drv_output_term: to the connected process. */
  output(msg: Term): void {
    if (this.port.open || this.stopping) sched.deliver(this.port.connected, msg);
  }

  /** erl_drv_send_term: to a given process. */
  sendTo(p: Process, msg: Term): void {
    sched.deliver(p, msg);
  }

  /** Set while the port is closing: stop() still sends the answers to pending operations. */
  protected stopping = false;

  /** Bytes as Erlang receives them: a list in list mode, else the first `hsz` bytes as a list in front of a binary. */
  dataTerm(b: Uint8Array, hsz: number = this.hsz): Term {
    if (this.mode === P.MODE_LIST || hsz > b.length) return listFrom(Array.from(b));
    const bin = BitStr.fromBytes(b.slice(hsz));
    return hsz > 0 ? listFrom(Array.from(b.subarray(0, hsz)), bin) : bin;
  }

  // --- the asynchronous operation queue -------------------------------------------------------

  /** Queue an operation (enq_async): its id, or -1 when one is already in progress. */
  enqAsync(caller: Process, req: number): number {
    if (this.ops.length >= 1) return -1;
    return this.enqMulti(caller, req);
  }

  /** Queue an operation regardless of the one-deep limit (multi-accept). */
  enqMulti(caller: Process, req: number): number {
    const id = this.opRef++ & 0xffff;
    this.ops.push({ id, caller, req, timer: null });
    return id;
  }

  deqAsync(): AsyncOp | undefined {
    const op = this.ops.shift();
    if (op !== undefined && op.timer !== null) clearTimeout(op.timer);
    return op;
  }

  /** {inet_async, S, Id, ok}. */
  asyncOk(): boolean {
    const op = this.deqAsync();
    if (op === undefined) return false;
    this.sendTo(op.caller, [INET_ASYNC, this.port.id, op.id, OK]);
    return true;
  }

  /** {inet_async, S, Id, {ok, Result}}. */
  asyncOkTerm(result: Term): boolean {
    const op = this.deqAsync();
    if (op === undefined) return false;
    this.sendTo(op.caller, [INET_ASYNC, this.port.id, op.id, [OK, result]]);
    return true;
  }

  /** {inet_async, S, Id, {error, Reason}} for the oldest operation. */
  asyncError(reason: string): boolean {
    const op = this.deqAsync();
    if (op === undefined) return false;
    this.sendTo(op.caller, [INET_ASYNC, this.port.id, op.id, [ERROR, atom(reason)]]);
    return true;
  }

  /** The same for every queued operation. */
  asyncErrorAll(reason: string): void {
    while (this.asyncError(reason));
  }

  /** {inet_reply, S, ok} to the process whose port_command this answers. */
  replyOk(): void {
    this.reply(OK);
  }

  replyError(reason: string): void {
    this.reply([ERROR, atom(reason)]);
  }

  private reply(result: Term): void {
    const to = this.caller;
    this.caller = null;
    if (to !== null) this.sendTo(to, [INET_REPLY, this.port.id, result]);
  }

  /** {tcp_passive, S} / {udp_passive, S} when {active, N} runs out. */
  passiveMessage(): void {
    this.output([atom(`${this.protocol}_passive`), this.port.id]);
  }

  /** INET_CHECK_ACTIVE_TO_PASSIVE, after each delivery in active mode. */
  checkActiveToPassive(): void {
    if (this.active === P.ONCE) this.active = P.PASSIVE;
    else if (this.active === P.MULTI && --this.activeCount === 0) {
      this.active = P.PASSIVE;
      this.passiveMessage();
    }
  }

  /** Tell the subscribers of prim_inet:close/1 that nothing waits to be sent. */
  emptyOutQueue(): void {
    for (const p of this.emptyOutQ.splice(0)) this.sendTo(p, [EMPTY_OUT_Q, this.port.id]);
  }

  // --- statistics -----------------------------------------------------------------------------

  inputCount(len: number): void {
    const n = this.recvCnt + 1 > 0xffffffff ? 1 : this.recvCnt + 1;
    this.recvOct += BigInt(len);
    this.recvAvg += (len - this.recvAvg) / n;
    if (len > this.recvMax) this.recvMax = len;
    this.recvDvi += (len - this.recvAvg - this.recvDvi) / n;
    this.recvCnt = n;
  }

  outputCount(len: number): void {
    const n = this.sendCnt + 1 > 0xffffffff ? 1 : this.sendCnt + 1;
    this.sendOct += BigInt(len);
    this.sendAvg += (len - this.sendAvg) / n;
    if (len > this.sendMax) this.sendMax = len;
    this.sendCnt = n;
  }

  // --- what the protocols provide ---------------------------------------------------------------

  /** Bytes waiting to be sent (driver_sizeq). */
  protected queuedOutput(): number {
    return 0;
  }

  /** The socket's own address as [F, P1, P0 | IP], or an errno name. */
  protected abstract localAddress(): number[] | string;
  /** The peer's address, or an errno name. */
  protected abstract peerAddress(): number[] | string;
  /** INET_REQ_BIND once the address is read. */
  protected abstract bind(addr: P.SockAddr, caller: Process): ControlResult;
  /** The file descriptor behind the socket, when Node has one. */
  protected abstract fd(): number;

  // --- setopts / getopts ------------------------------------------------------------------------

  /**
   * inet_set_opts: apply [Opt, Value32, ...]; Error when an option is unknown or a value is
   * refused, else what the protocol must do next.
   */
  setOpts(b: Uint8Array): SetoptsResult {
    const oldHtype = this.htype;
    const oldActive = this.active;
    let i = 0;
    while (b.length - i >= 5) {
      const opt = b[i];
      const ival = P.getI32(b, i + 1);
      i += 5;
      switch (opt) {
        case P.LOPT_HEADER:
          this.hsz = ival >>> 0;
          continue;
        case P.LOPT_MODE:
          this.mode = ival;
          continue;
        case P.LOPT_DELIVER:
          this.deliver = ival;
          continue;
        case P.LOPT_BUFFER:
          this.bufsz = Math.max(ival, 1);
          this.bufferSet = true;
          continue;
        case P.LOPT_ACTIVE: {
          this.active = ival;
          if (ival === P.MULTI) {
            if (b.length - i < 2) return SetoptsResult.Error;
            const n = (P.get16(b, i) << 16) >> 16;
            i += 2;
            const count = this.activeCount + n;
            if (count > 32767 || count < -32768) return SetoptsResult.Error;
            this.activeCount = Math.max(count, 0);
            if (this.activeCount === 0) {
              this.active = P.PASSIVE;
              this.passiveMessage();
            }
          } else this.activeCount = 0;
          if (this.closedActivated()) return SetoptsResult.Done;
          continue;
        }
        case P.LOPT_PACKET:
          this.htype = ival;
          continue;
        case P.LOPT_PACKET_SIZE:
          this.psize = ival >>> 0;
          continue;
        case P.LOPT_EXITONCLOSE:
          this.exitf = ival;
          continue;
        case P.LOPT_LINE_DELIM:
          this.delimiter = ival & 0xff;
          continue;
        case P.LOPT_READ_PACKETS:
          if (this.stype === P.TYPE_DGRAM) {
            if (ival <= 0) return SetoptsResult.Error;
            this.readPackets = ival;
          }
          continue;
        case P.LOPT_SHOW_ECONNRESET:
          if (this.protocol === 'tcp') this.showEconnreset = ival !== 0;
          continue;
        case P.LOPT_DEBUG:
          this.debug = ival !== 0 ? 1 : 0;
          continue;
        case P.LOPT_NETNS:
          // Network namespaces need setns(2), which Node cannot do: remembered, not entered.
          if (ival < 0 || b.length - i < ival) return SetoptsResult.Error;
          this.netns = Array.from(b.subarray(i, i + ival));
          i += ival;
          continue;
        case P.LOPT_MSGQ_HIWTRMRK:
        case P.LOPT_MSGQ_LOWTRMRK:
          // ERL_DRV_BUSY_MSGQ_LIM_MIN..MAX; beamjs has no busy message queues, so nothing more.
          if (ival < 1 || ival > 0x7fffffff) return SetoptsResult.Error;
          continue;
        case P.LOPT_HIWTRMRK:
          if (this.stype === P.TYPE_STREAM) {
            const v = Math.max(ival, 0);
            if (this.low > v) this.low = v;
            this.high = v;
          }
          continue;
        case P.LOPT_LOWTRMRK:
          if (this.stype === P.TYPE_STREAM) {
            const v = Math.max(ival, 0);
            if (this.high < v) this.high = v;
            this.low = v;
          }
          continue;
        case P.LOPT_SEND_TIMEOUT:
          if (this.stype === P.TYPE_STREAM) this.sendTimeout = ival >>> 0;
          continue;
        case P.LOPT_SEND_TIMEOUT_CLOSE:
          if (this.stype === P.TYPE_STREAM) this.sendTimeoutClose = ival;
          continue;
        case P.LOPT_DELAY_SEND:
          if (this.stype === P.TYPE_STREAM) this.delaySend = ival !== 0;
          continue;
        default: {
          const r = this.socketOpt(opt, ival, b, i);
          if (r === null) return SetoptsResult.Error;
          i = r;
          continue;
        }
      }
    }
    return this.afterSetOpts(oldActive, oldHtype);
  }

  /**
   * A TCP socket closed while passive gets its {tcp_closed, S} when it is made active again
   * (inet_set_opts); true when that ended the port.
   */
  protected closedActivated(): boolean {
    return false;
  }

  /** After all options are set: start or stop reading, and what else the protocol must do. */
  protected abstract afterSetOpts(oldActive: number, oldHtype: number): SetoptsResult;

  /**
   * A socket-level option (setsockopt) at b[i - 5]: the offset after its value, or null for an
   * error (refused values are one only for the options inet_drv propagates).
   */
  private socketOpt(opt: number, ival: number, b: Uint8Array, i: number): number | null {
    let value: SockOptValue = ival;
    switch (opt) {
      case P.OPT_REUSEADDR:
      case P.OPT_KEEPALIVE:
      case P.OPT_DONTROUTE:
      case P.OPT_BROADCAST:
      case P.OPT_OOBINLINE:
      case P.OPT_SNDBUF:
      case P.OPT_PRIORITY:
      case P.OPT_TOS:
      case P.OPT_TCLASS:
      case P.OPT_TTL:
      case P.OPT_RECVTOS:
      case P.OPT_RECVTCLASS:
      case P.OPT_RECVTTL:
      case P.OPT_NODELAY:
      case P.OPT_NOPUSH:
      case P.OPT_MULTICAST_TTL:
      case P.OPT_MULTICAST_LOOP:
      case P.OPT_IPV6_V6ONLY:
        break;
      case P.OPT_RCVBUF:
        // The driver's buffer grows with the socket's receive buffer unless `buffer` was set
        // (for UDP not beyond 64K, the largest datagram).
        if (!this.bufferSet) {
          if (ival > 1 << 16 && this.stype === P.TYPE_DGRAM) this.bufsz = 1 << 16;
          else if (ival > this.bufsz) this.bufsz = ival;
        }
        break;
      case P.OPT_MULTICAST_IF:
        value = P.put32(ival);
        break;
      case P.OPT_LINGER:
        if (b.length - i < 4) return null;
        value = [ival, P.getI32(b, i)];
        i += 4;
        break;
      case P.OPT_ADD_MEMBERSHIP:
      case P.OPT_DROP_MEMBERSHIP: {
        // [Domain32, Ifindex32, MultiAddr, LocalAddr] for IPv4, [Domain32, Ifindex32, MultiAddr6] for IPv6.
        const n = ival === P.AF_INET ? 12 : ival === P.AF_INET6 ? 20 : -1;
        if (n < 0 || b.length - i < n) return null;
        value = [ival, ...Array.from(b.subarray(i, i + n))];
        i += n;
        break;
      }
      case P.OPT_RAW: {
        // {raw, Level, Opt, Bin}: setsockopt of anything; Node has no way, and a failing
        // setsockopt is not reported for raw options, so it is accepted and ignored.
        if (b.length - i < 8) return null;
        const size = P.getI32(b, i + 4);
        i += 8;
        if (b.length - i < size) return null;
        return i + size;
      }
      case P.OPT_BIND_TO_DEVICE: {
        if (ival < 0 || b.length - i < ival || ival > 16) return null;
        value = Array.from(b.subarray(i, i + ival));
        i += ival;
        break;
      }
      default:
        return null;
    }
    const ok = this.sock !== null && this.isOpenSocket() && this.sock.set(opt, value);
    if (!ok && isPropagated(opt)) return null;
    return i;
  }

  /** Whether the OS socket exists (setsockopt and getsockopt fail on a closed one). */
  protected isOpenSocket(): boolean {
    return (this.state & P.F_OPEN) !== 0;
  }

  /** inet_fill_opts: [OK | Opt, Value...] for the options asked, socket options the socket lacks left out. */
  fillOpts(b: Uint8Array): Uint8Array | null {
    const out: number[] = [P.REP_OK];
    for (let i = 0; i < b.length; i++) {
      const opt = b[i];
      switch (opt) {
        case P.LOPT_BUFFER:
          out.push(opt, ...P.put32(this.bufsz));
          continue;
        case P.LOPT_HEADER:
          out.push(opt, ...P.put32(this.hsz));
          continue;
        case P.LOPT_MODE:
          out.push(opt, ...P.put32(this.mode));
          continue;
        case P.LOPT_DELIVER:
          out.push(opt, ...P.put32(this.deliver));
          continue;
        case P.LOPT_ACTIVE:
          out.push(opt, ...P.put32(this.active));
          if (this.active === P.MULTI) out.push(...P.put16(this.activeCount));
          continue;
        case P.LOPT_PACKET:
          out.push(opt, ...P.put32(this.htype));
          continue;
        case P.LOPT_PACKET_SIZE:
          out.push(opt, ...P.put32(this.psize));
          continue;
        case P.LOPT_EXITONCLOSE:
          out.push(opt, ...P.put32(this.exitf));
          continue;
        case P.LOPT_MSGQ_HIWTRMRK:
          out.push(opt, ...P.put32(P.HIGH_MSGQ_WATERMARK));
          continue;
        case P.LOPT_MSGQ_LOWTRMRK:
          out.push(opt, ...P.put32(P.LOW_MSGQ_WATERMARK));
          continue;
        case P.LOPT_READ_PACKETS:
          if (this.stype === P.TYPE_DGRAM) out.push(opt, ...P.put32(this.readPackets));
          continue;
        case P.LOPT_HIWTRMRK:
        case P.LOPT_LOWTRMRK:
        case P.LOPT_SEND_TIMEOUT:
        case P.LOPT_SEND_TIMEOUT_CLOSE:
        case P.LOPT_DELAY_SEND:
          if (this.stype === P.TYPE_STREAM) out.push(opt, ...P.put32(this.streamOpt(opt)));
          continue;
        case P.LOPT_NETNS:
          if (this.netns !== null) out.push(opt, ...P.put32(this.netns.length), ...this.netns);
          continue;
        case P.LOPT_SHOW_ECONNRESET:
          if (this.protocol === 'tcp') out.push(opt, ...P.put32(this.showEconnreset ? 1 : 0));
          continue;
        case P.LOPT_LINE_DELIM:
          // inet_fill_opts has no case for it: getopts of line_delimiter is einval on erts.
          return null;
        case P.LOPT_DEBUG:
          out.push(opt, ...P.put32(this.debug));
          continue;
        case P.OPT_RAW: {
          // [Level32, Opt32, DataProvided8, Size32 | Data]: getsockopt of anything, which Node
          // cannot do; a failed getsockopt leaves the option out.
          if (b.length - i - 1 < 13) return null;
          const size = P.getU32(b, i + 10);
          const provided = b[i + 9] !== 0;
          i += 13 + (provided ? size : 0);
          continue;
        }
        case P.OPT_PKTOPTIONS:
          // IP_PKTOPTIONS (TCP only on Linux) holds the options of the last packet received, which
          // Node cannot read: reported empty, as the kernel does until recvtos/recvttl are set.
          if (this.protocol === 'tcp' && this.isOpenSocket()) out.push(opt, ...this.pktoptions());
          continue;
        default:
          if (!this.fillSocketOpt(opt, out)) return null;
      }
    }
    return Uint8Array.from(out);
  }

  /**
   * IP_PKTOPTIONS of a TCP socket as Linux answers it: [Length32 | Opt, Value32...] with the TTL
   * (the multicast TTL, as Linux reports it) when recvttl is set and the TOS of the last packet
   * received (0 here: Node cannot read it) when recvtos is.
   */
  private pktoptions(): number[] {
    const sock = this.sock!;
    const items: number[] = [];
    if (sock.flag(P.OPT_RECVTTL)) items.push(P.OPT_TTL, ...P.put32(sock.get(P.OPT_MULTICAST_TTL) as number));
    if (sock.flag(P.OPT_RECVTOS)) items.push(P.OPT_TOS, ...P.put32(0));
    return [...P.put32(items.length), ...items];
  }

  private streamOpt(opt: number): number {
    switch (opt) {
      case P.LOPT_HIWTRMRK:
        return this.high;
      case P.LOPT_LOWTRMRK:
        return this.low;
      case P.LOPT_SEND_TIMEOUT:
        return this.sendTimeout;
      case P.LOPT_SEND_TIMEOUT_CLOSE:
        return this.sendTimeoutClose;
      default:
        return this.delaySend ? 1 : 0;
    }
  }

  private fillSocketOpt(opt: number, out: number[]): boolean {
    switch (opt) {
      case P.OPT_REUSEADDR:
      case P.OPT_KEEPALIVE:
      case P.OPT_DONTROUTE:
      case P.OPT_BROADCAST:
      case P.OPT_OOBINLINE:
      case P.OPT_SNDBUF:
      case P.OPT_RCVBUF:
      case P.OPT_PRIORITY:
      case P.OPT_TOS:
      case P.OPT_TCLASS:
      case P.OPT_TTL:
      case P.OPT_RECVTOS:
      case P.OPT_RECVTCLASS:
      case P.OPT_RECVTTL:
      case P.OPT_NODELAY:
      case P.OPT_NOPUSH:
      case P.OPT_MULTICAST_TTL:
      case P.OPT_MULTICAST_LOOP:
      case P.OPT_IPV6_V6ONLY:
      case P.OPT_LINGER:
      case P.OPT_MULTICAST_IF:
      case P.OPT_BIND_TO_DEVICE:
        break;
      default:
        return false;
    }
    // getsockopt on a closed socket, or of an option of another protocol or family, fails: left out.
    const v = this.sock !== null && this.isOpenSocket() ? this.sock.get(opt) : undefined;
    if (v === undefined) return true;
    if (opt === P.OPT_LINGER) {
      const [on, secs] = v as [number, number];
      out.push(opt, ...P.put32(on), ...P.put32(secs));
    } else if (opt === P.OPT_MULTICAST_IF) {
      // The interface address, then the domain (what prim_inet's dec_value(mif, ...) reads).
      out.push(opt, ...(v as number[]), ...P.put32(this.family === 6 ? P.AF_INET6 : P.AF_INET));
    } else if (opt === P.OPT_BIND_TO_DEVICE) {
      const name = v as number[];
      out.push(opt, ...P.put32(name.length), ...name);
    } else out.push(opt, ...P.put32(v as number));
    return true;
  }

  // --- the operations every inet port answers (inet_ctl) ---------------------------------------

  protected inetControl(cmd: number, b: Uint8Array, caller: Process): ControlResult {
    switch (cmd) {
      case P.REQ_GETSTAT:
        return this.fillStat(b);
      case P.REQ_SUBSCRIBE: {
        const out: number[] = [P.REP_OK];
        for (const code of b) {
          if (code !== P.SUBS_EMPTY_OUT_Q) return null;
          const n = this.queuedOutput();
          if (n > 0 && !this.emptyOutQ.includes(caller)) this.emptyOutQ.push(caller);
          out.push(code, ...P.put32(n));
        }
        return Uint8Array.from(out);
      }
      case P.REQ_GETOPTS:
        return this.fillOpts(b) ?? P.replyError('einval');
      case P.REQ_SETOPTS:
        return this.setOptsControl(b);
      case P.REQ_GETIFLIST:
        if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
        return P.replyOk(iflistData());
      case P.REQ_GETIFADDRS:
        if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
        return P.replyOk(ifaddrsData());
      case P.REQ_IFGET: {
        if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
        if (b.length === 0 || b[0] > b.length) return P.replyError('einval');
        const name = Buffer.from(b.subarray(1, 1 + b[0])).toString('latin1');
        const data = ifgetData(name, b.subarray(1 + b[0]));
        return data === null ? P.replyError('einval') : P.replyOk(data);
      }
      case P.REQ_IFSET:
        // Changing interfaces needs ioctls Node cannot make; erts ignores their failures too.
        if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
        return P.replyOk();
      case P.REQ_GETSTATUS:
        return P.replyOk(P.put32(this.state));
      case P.REQ_GETTYPE: {
        if (this.family === 0 || (this.stype !== P.TYPE_STREAM && this.stype !== P.TYPE_DGRAM)) return P.replyError('einval');
        return P.replyOk([...P.put32(this.family === 4 ? P.AF_INET : P.AF_INET6), ...P.put32(this.stype)]);
      }
      case P.REQ_GETFD:
        if (!(this.state & P.F_OPEN)) return P.replyError('einval');
        return P.replyOk(P.put32(this.fd()));
      case P.REQ_GETHOSTNAME:
        if (b.length !== 0) return P.replyError('einval');
        return P.replyOk(Array.from(Buffer.from(hostname(), 'latin1')));
      case P.REQ_GETPADDRS:
      case P.REQ_GETLADDRS: {
        if (b.length !== 4) return P.replyError('einval');
        if (!(this.state & P.F_OPEN)) return P.replyError('exbadport');
        const a = cmd === P.REQ_GETPADDRS ? this.peerAddress() : this.localAddress();
        return typeof a === 'string' ? P.replyError(a) : P.replyOk(a);
      }
      case P.REQ_PEER: {
        if (!(this.state & P.F_ACTIVE)) return P.replyError('enotconn');
        if (this.fakePeer !== null) return P.replyOk(this.fakePeer);
        const a = this.peerAddress();
        return typeof a === 'string' ? P.replyError(a) : P.replyOk(a);
      }
      case P.REQ_NAME: {
        if (this.fakeName !== null) return P.replyOk(this.fakeName);
        const a = this.localAddress();
        return typeof a === 'string' ? P.replyError(a) : P.replyOk(a);
      }
      case P.REQ_SETPEER:
      case P.REQ_SETNAME: {
        const fake = b.length === 0 ? null : this.fakeAddress(b);
        if (typeof fake === 'string') return P.replyError(fake);
        if (cmd === P.REQ_SETPEER) this.fakePeer = fake;
        else this.fakeName = fake;
        return P.replyOk();
      }
      case P.REQ_BIND: {
        if (b.length < 2) return P.replyError('einval');
        if (this.state !== P.STATE_OPEN) return P.replyError('exbadport');
        const r = P.readAddress(b, 0, this.family === 6 ? 6 : 4);
        if (typeof r === 'string') return P.replyError(r);
        // Linux makes an IPv6 socket bound to one IPv6 address (not :: nor v4-mapped) IPv6-only.
        const h = r.addr.host;
        if (r.addr.family === 6 && !/^[0:]*$/.test(h) && !/^[0:]*:ffff:/i.test(h)) this.sock?.restore(P.OPT_IPV6_V6ONLY, 1);
        return this.bind(r.addr, caller);
      }
      case P.REQ_IGNOREFD:
        if ((this.state & P.STATE_CONNECTED) !== P.STATE_CONNECTED) return P.replyError('enotconn');
        if (this.stype !== P.TYPE_STREAM) return P.replyError('einval');
        // Handing the fd to another driver is not possible with Node's sockets: nothing to ignore.
        return P.replyOk();
      case P.REQ_GETSERVBYNAME: {
        if (b.length < 2) return P.replyError('einval');
        const n = b[0];
        if (n >= b.length - 1) return P.replyError('einval');
        const name = Buffer.from(b.subarray(1, 1 + n)).toString('latin1');
        const m = b[1 + n];
        if (m > b.length - 2 - n) return P.replyError('einval');
        const proto = Buffer.from(b.subarray(2 + n, 2 + n + m)).toString('latin1');
        const port = serviceByName(name, proto);
        return port === undefined ? P.replyError('einval') : P.replyOk(P.put16(port));
      }
      case P.REQ_GETSERVBYPORT: {
        if (b.length < 3) return P.replyError('einval');
        const port = P.get16(b, 0);
        const m = b[2];
        if (m > b.length - 3) return P.replyError('einval');
        const proto = Buffer.from(b.subarray(3, 3 + m)).toString('latin1');
        const name = serviceByPort(port, proto);
        return name === undefined ? P.replyError('einval') : P.replyOk(Array.from(Buffer.from(name, 'latin1')));
      }
      default:
        return P.replyError('exbadport');
    }
  }

  /** A SETNAME / SETPEER address, re-encoded as getsockname would give it. */
  private fakeAddress(b: Uint8Array): number[] | string {
    if (b.length < 2) return 'einval';
    const r = P.readAddress(b, 0, this.family === 6 ? 6 : 4);
    if (typeof r === 'string') return r;
    return P.encodeAddress(r.addr.family, r.addr.host, r.addr.port);
  }

  protected abstract setOptsControl(b: Uint8Array): ControlResult;

  private fillStat(b: Uint8Array): Uint8Array | null {
    const out: number[] = [P.REP_OK];
    for (const code of b) {
      out.push(code);
      let v: number;
      switch (code) {
        case P.STAT_RECV_CNT:
          v = this.recvCnt;
          break;
        case P.STAT_RECV_MAX:
          v = this.recvMax;
          break;
        case P.STAT_RECV_AVG:
          v = Math.trunc(this.recvAvg);
          break;
        case P.STAT_RECV_DVI:
          v = Math.trunc(Math.abs(this.recvDvi));
          break;
        case P.STAT_SEND_CNT:
          v = this.sendCnt;
          break;
        case P.STAT_SEND_MAX:
          v = this.sendMax;
          break;
        case P.STAT_SEND_AVG:
          v = Math.trunc(this.sendAvg);
          break;
        case P.STAT_SEND_PEND:
          v = this.queuedOutput();
          break;
        case P.STAT_RECV_OCT:
        case P.STAT_SEND_OCT: {
          const oct = code === P.STAT_RECV_OCT ? this.recvOct : this.sendOct;
          out.push(...P.put32(Number((oct >> 32n) & 0xffffffffn)), ...P.put32(Number(oct & 0xffffffffn)));
          continue;
        }
        default:
          return null;
      }
      out.push(...P.put32(v));
    }
    return Uint8Array.from(out);
  }
}

