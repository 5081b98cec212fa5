// Socket-level options (SO_*, IP_*, TCP_* behind inet:setopts/getopts) of an inet port. erts
// calls setsockopt/getsockopt; Node exposes only a few of them (no-delay and keep-alive on TCP,
// broadcast, TTLs, multicast and buffer sizes on UDP), so the values live here, with the rules
// Linux applies when they are set (buffer sizes doubled and clamped, TCP keeping the ECN bits of
// the TOS byte, a TTL of -1 meaning the default), and are passed on to the Node socket where
// Node can. Defaults are read from /proc/sys as the kernel would take them. What this cannot
// give: sizes the kernel tunes by itself on connected TCP sockets (getopts answers the last value
// set, or the default), and options with no Node counterpart (priority, tos, dontroute,
// bind_to_device...) are remembered but not applied to the socket.

import * as fs from 'node:fs';
import * as P from './inet-protocol.js';

/** An option value as the protocol carries it: one int32, or linger's pair, or bytes. */
export type SockOptValue = number | [number, number] | number[];

function readSys(path: string, field: number, fallback: number): number {
  try {
    const v = Number(fs.readFileSync(path, 'utf8').trim().split(/\s+/)[field]);
    return Number.isFinite(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

interface KernelDefaults {
  tcpRcv: number;
  tcpSnd: number;
  rmemDefault: number;
  wmemDefault: number;
  rmemMax: number;
  wmemMax: number;
  ttl: number;
  v6only: number;
}

let kernel: KernelDefaults | null = null;
function defaults(): KernelDefaults {
  if (kernel === null) {
    kernel = {
      tcpRcv: readSys('/proc/sys/net/ipv4/tcp_rmem', 1, 131072),
      tcpSnd: readSys('/proc/sys/net/ipv4/tcp_wmem', 1, 16384),
      rmemDefault: readSys('/proc/sys/net/core/rmem_default', 0, 212992),
      wmemDefault: readSys('/proc/sys/net/core/wmem_default', 0, 212992),
      rmemMax: readSys('/proc/sys/net/core/rmem_max', 0, 212992),
      wmemMax: readSys('/proc/sys/net/core/wmem_max', 0, 212992),
      ttl: readSys('/proc/sys/net/ipv4/ip_default_ttl', 0, 64),
      v6only: readSys('/proc/sys/net/ipv6/bindv6only', 0, 0),
    };
  }
  return kernel;
}

// Linux's SOCK_MIN_RCVBUF and SOCK_MIN_SNDBUF on 64-bit kernels (what erts reads back after a small set).
const MIN_RCVBUF = 2304;
const MIN_SNDBUF = 4608;

/** The options whose failure to be set is reported to Erlang (inet_drv's `propagate`); others fail silently. */
const PROPAGATED = new Set([
  P.OPT_PRIORITY,
  P.OPT_TOS,
  P.OPT_TCLASS,
  P.OPT_TTL,
  P.OPT_RECVTOS,
  P.OPT_RECVTCLASS,
  P.OPT_RECVTTL,
  P.OPT_IPV6_V6ONLY,
  P.OPT_BIND_TO_DEVICE,
]);

export function isPropagated(opt: number): boolean {
  return PROPAGATED.has(opt);
}

/** What a Node socket can take of the options (the drivers implement it for TCP and UDP sockets). */
export interface SockOptSink {
  apply(opt: number, value: SockOptValue): void;
}

export class SocketOptions {
  private readonly values = new Map<number, SockOptValue>();
  /** The values setopts gave (before the kernel's rules), for a Node socket made later. */
  private readonly requests = new Map<number, SockOptValue>();
  sink: SockOptSink | null = null;

  constructor(
    readonly tcp: boolean,
    readonly family: 4 | 6,
  ) {
    const k = defaults();
    const v = this.values;
    for (const o of [P.OPT_REUSEADDR, P.OPT_KEEPALIVE, P.OPT_DONTROUTE, P.OPT_BROADCAST, P.OPT_OOBINLINE]) v.set(o, 0);
    v.set(P.OPT_SNDBUF, tcp ? k.tcpSnd : k.wmemDefault);
    v.set(P.OPT_RCVBUF, tcp ? k.tcpRcv : k.rmemDefault);
    v.set(P.OPT_PRIORITY, 0);
    v.set(P.OPT_TOS, 0);
    v.set(P.OPT_TTL, k.ttl);
    v.set(P.OPT_RECVTOS, 0);
    v.set(P.OPT_RECVTTL, 0);
    v.set(P.OPT_LINGER, [0, 0]);
    v.set(P.OPT_MULTICAST_TTL, 1);
    v.set(P.OPT_MULTICAST_LOOP, 1);
    v.set(P.OPT_MULTICAST_IF, [0, 0, 0, 0]);
    v.set(P.OPT_BIND_TO_DEVICE, []);
    if (tcp) {
      v.set(P.OPT_NODELAY, 0);
      v.set(P.OPT_NOPUSH, 0);
    }
    if (family === 6) {
      v.set(P.OPT_IPV6_V6ONLY, k.v6only);
      v.set(P.OPT_TCLASS, 0);
      v.set(P.OPT_RECVTCLASS, 0);
    }
  }

  get(opt: number): SockOptValue | undefined {
    return this.values.get(opt);
  }

  /** A value as it is, without setsockopt's rules (an accepted socket inherits its listener's). */
  restore(opt: number, v: SockOptValue): void {
    this.values.set(opt, v);
  }

  /** Whether setopts set `opt`. */
  changed(opt: number): boolean {
    return this.requests.has(opt);
  }

  /** The value setopts last gave `opt`. */
  requested(opt: number): SockOptValue | undefined {
    return this.requests.get(opt);
  }

  /** A boolean option's value. */
  flag(opt: number): boolean {
    const v = this.values.get(opt);
    return typeof v === 'number' && v !== 0;
  }

  /**
   * setsockopt as Linux does it: false when the kernel would refuse (the caller decides whether
   * that is an error, see isPropagated).
   */
  set(opt: number, value: SockOptValue): boolean {
    const k = defaults();
    const v = this.values;
    const int = typeof value === 'number' ? value | 0 : 0;
    switch (opt) {
      case P.OPT_REUSEADDR:
      case P.OPT_KEEPALIVE:
      case P.OPT_DONTROUTE:
      case P.OPT_BROADCAST:
      case P.OPT_OOBINLINE:
      case P.OPT_RECVTOS:
      case P.OPT_RECVTTL:
      case P.OPT_MULTICAST_LOOP:
        v.set(opt, int !== 0 ? 1 : 0);
        break;
      case P.OPT_NODELAY:
      case P.OPT_NOPUSH:
        if (!this.tcp) return false;
        v.set(opt, int !== 0 ? 1 : 0);
        break;
      case P.OPT_SNDBUF:
        v.set(opt, Math.max(2 * Math.min(int >>> 0, k.wmemMax), MIN_SNDBUF));
        break;
      case P.OPT_RCVBUF:
        v.set(opt, Math.max(2 * Math.min(int >>> 0, k.rmemMax), MIN_RCVBUF));
        break;
      case P.OPT_PRIORITY:
        // Priorities above 6 need CAP_NET_ADMIN.
        if ((int < 0 || int > 6) && process.getuid?.() !== 0) return false;
        v.set(opt, int);
        break;
      case P.OPT_TOS: {
        // TCP keeps the two ECN bits of the TOS byte for itself.
        const old = v.get(opt) as number;
        v.set(opt, this.tcp ? (int & 0xfc) | (old & 3) : int & 0xff);
        break;
      }
      case P.OPT_TTL:
        if (int === -1) v.set(opt, k.ttl);
        else if (int < 1 || int > 255) return false;
        else v.set(opt, int);
        break;
      case P.OPT_MULTICAST_TTL:
        // Linux refuses the multicast options on stream sockets.
        if (this.tcp) return false;
        if (int === -1) v.set(opt, 1);
        else if (int < 0 || int > 255) return false;
        else v.set(opt, int);
        break;
      case P.OPT_MULTICAST_IF:
        if (this.tcp) return false;
        v.set(opt, Array.isArray(value) ? value : P.put32(int));
        break;
      case P.OPT_LINGER:
        v.set(opt, value as [number, number]);
        break;
      case P.OPT_IPV6_V6ONLY:
      case P.OPT_TCLASS:
      case P.OPT_RECVTCLASS:
        if (this.family !== 6) return false;
        v.set(opt, opt === P.OPT_TCLASS ? int & 0xff : int !== 0 ? 1 : 0);
        break;
      case P.OPT_BIND_TO_DEVICE:
        v.set(opt, value);
        break;
      case P.OPT_ADD_MEMBERSHIP:
      case P.OPT_DROP_MEMBERSHIP:
        if (this.tcp) return false;
        break;
      default:
        return false;
    }
    this.requests.set(opt, value);
    this.sink?.apply(opt, value);
    return true;
  }
}
