// The byte protocol between prim_inet.erl and erts's inet drivers (tcp_inet, udp_inet): the
// port_control operation codes and reply format, the option, status, statistics and packet-type
// codes, and the encoding of socket addresses. The numbers are those of kernel's inet_int.hrl
// (prim_inet includes it); prim_inet adds ERTS_INET_DRV_CONTROL_MAGIC_NUMBER to every operation.
// A control reply is [INET_REP_OK | Data] or [INET_REP_ERROR | ErrnoName]; prim_inet turns the
// latter into {error, list_to_atom(ErrnoName)}.

/** prim_inet adds this to every operation code (ERTS_INET_DRV_CONTROL_MAGIC_NUMBER). */
export const CONTROL_MAGIC = 0x03f1a300;

// Requests (INET_REQ_*, TCP_REQ_*, PACKET_REQ_*).
export const REQ_OPEN = 1;
export const REQ_CLOSE = 2;
export const REQ_CONNECT = 3;
export const REQ_PEER = 4;
export const REQ_NAME = 5;
export const REQ_BIND = 6;
export const REQ_SETOPTS = 7;
export const REQ_GETOPTS = 8;
export const REQ_GETIX = 9;
export const REQ_GETSTAT = 11;
export const REQ_GETHOSTNAME = 12;
export const REQ_FDOPEN = 13;
export const REQ_GETFD = 14;
export const REQ_GETTYPE = 15;
export const REQ_GETSTATUS = 16;
export const REQ_GETSERVBYNAME = 17;
export const REQ_GETSERVBYPORT = 18;
export const REQ_SETNAME = 19;
export const REQ_SETPEER = 20;
export const REQ_GETIFLIST = 21;
export const REQ_IFGET = 22;
export const REQ_IFSET = 23;
export const REQ_SUBSCRIBE = 24;
export const REQ_GETIFADDRS = 25;
export const REQ_ACCEPT = 26;
export const REQ_LISTEN = 27;
export const REQ_IGNOREFD = 28;
export const REQ_GETLADDRS = 29;
export const REQ_GETPADDRS = 30;
export const TCP_REQ_RECV = 42;
export const TCP_REQ_UNRECV = 43;
export const TCP_REQ_SHUTDOWN = 44;
export const TCP_REQ_SENDFILE = 45;
export const PACKET_REQ_RECV = 60;

// Reply codes.
export const REP_ERROR = 0;
export const REP_OK = 1;

// Address families as the protocol encodes them (INET_AF_*).
export const AF_UNSPEC = 0;
export const AF_INET = 1;
export const AF_INET6 = 2;
export const AF_ANY = 3;
export const AF_LOOPBACK = 4;
export const AF_LOCAL = 5;
export const AF_UNDEFINED = 6;

// Socket types (INET_TYPE_*).
export const TYPE_STREAM = 1;
export const TYPE_DGRAM = 2;
export const TYPE_SEQPACKET = 3;

// Descriptor state flags (INET_F_*) and the states built from them (INET_STATE_*).
export const F_OPEN = 0x0001;
export const F_BOUND = 0x0002;
export const F_ACTIVE = 0x0004;
export const F_LISTEN = 0x0008;
export const F_CON = 0x0010;
export const F_ACC = 0x0020;
export const F_BUSY = 0x0080;
export const F_MULTI_CLIENT = 0x0100;
export const STATE_CLOSED = 0;
export const STATE_OPEN = F_OPEN;
export const STATE_CONNECTED = F_OPEN | F_ACTIVE;
export const STATE_LISTENING = F_OPEN | F_LISTEN;
export const STATE_CONNECTING = F_OPEN | F_CON;
export const STATE_ACCEPTING = STATE_LISTENING | F_ACC;
export const STATE_MULTI_ACCEPTING = STATE_ACCEPTING | F_MULTI_CLIENT;

// The `active` option (INET_PASSIVE ...).
export const PASSIVE = 0;
export const ACTIVE = 1;
export const ONCE = 2;
export const MULTI = 3;

// `mode` and `deliver`.
export const MODE_LIST = 0;
export const MODE_BINARY = 1;
export const DELIVER_PORT = 0;
export const DELIVER_TERM = 1;

// Packet types (TCP_PB_*), the `packet` option.
export const PB_RAW = 0;
export const PB_1 = 1;
export const PB_2 = 2;
export const PB_4 = 3;
export const PB_ASN1 = 4;
export const PB_RM = 5;
export const PB_CDR = 6;
export const PB_FCGI = 7;
export const PB_LINE_LF = 8;
export const PB_TPKT = 9;
export const PB_HTTP = 10;
export const PB_HTTPH = 11;
export const PB_SSL_TLS = 12;
export const PB_HTTP_BIN = 13;
export const PB_HTTPH_BIN = 14;

// Options (INET_OPT_* are socket options, INET_LOPT_* the driver's own).
export const OPT_REUSEADDR = 0;
export const OPT_KEEPALIVE = 1;
export const OPT_DONTROUTE = 2;
export const OPT_LINGER = 3;
export const OPT_BROADCAST = 4;
export const OPT_OOBINLINE = 5;
export const OPT_SNDBUF = 6;
export const OPT_RCVBUF = 7;
export const OPT_PRIORITY = 8;
export const OPT_TOS = 9;
export const OPT_NODELAY = 10;
export const OPT_MULTICAST_IF = 11;
export const OPT_MULTICAST_TTL = 12;
export const OPT_MULTICAST_LOOP = 13;
export const OPT_ADD_MEMBERSHIP = 14;
export const OPT_DROP_MEMBERSHIP = 15;
export const OPT_IPV6_V6ONLY = 16;
export const LOPT_BUFFER = 20;
export const LOPT_HEADER = 21;
export const LOPT_ACTIVE = 22;
export const LOPT_PACKET = 23;
export const LOPT_MODE = 24;
export const LOPT_DELIVER = 25;
export const LOPT_EXITONCLOSE = 26;
export const LOPT_HIWTRMRK = 27;
export const LOPT_LOWTRMRK = 28;
export const LOPT_SEND_TIMEOUT = 30;
export const LOPT_DELAY_SEND = 31;
export const LOPT_PACKET_SIZE = 32;
export const LOPT_READ_PACKETS = 33;
export const OPT_RAW = 34;
export const LOPT_SEND_TIMEOUT_CLOSE = 35;
export const LOPT_MSGQ_HIWTRMRK = 36;
export const LOPT_MSGQ_LOWTRMRK = 37;
export const LOPT_NETNS = 38;
export const LOPT_SHOW_ECONNRESET = 39;
export const LOPT_LINE_DELIM = 40;
export const OPT_TCLASS = 41;
export const OPT_BIND_TO_DEVICE = 42;
export const OPT_RECVTOS = 43;
export const OPT_RECVTCLASS = 44;
export const OPT_PKTOPTIONS = 45;
export const OPT_TTL = 46;
export const OPT_RECVTTL = 47;
export const OPT_NOPUSH = 48;
export const LOPT_DEBUG = 99;

// getstat codes (INET_STAT_*).
export const STAT_RECV_CNT = 1;
export const STAT_RECV_MAX = 2;
export const STAT_RECV_AVG = 3;
export const STAT_RECV_DVI = 4;
export const STAT_SEND_CNT = 5;
export const STAT_SEND_MAX = 6;
export const STAT_SEND_AVG = 7;
export const STAT_SEND_PEND = 8;
export const STAT_RECV_OCT = 9;
export const STAT_SEND_OCT = 10;

// Interface options (INET_IFOPT_*) and flags (INET_IFF_*).
export const IFOPT_ADDR = 1;
export const IFOPT_BROADADDR = 2;
export const IFOPT_DSTADDR = 3;
export const IFOPT_MTU = 4;
export const IFOPT_NETMASK = 5;
export const IFOPT_FLAGS = 6;
export const IFOPT_HWADDR = 7;
export const IFF_UP = 0x0001;
export const IFF_BROADCAST = 0x0002;
export const IFF_LOOPBACK = 0x0004;
export const IFF_POINTTOPOINT = 0x0008;
export const IFF_RUNNING = 0x0010;
export const IFF_MULTICAST = 0x0020;

/** INET_SUBS_EMPTY_OUT_Q: prim_inet:close/1 waits for the output queue to drain. */
export const SUBS_EMPTY_OUT_Q = 1;

/** The driver's default buffer (INET_DEF_BUFFER) and high/low watermarks. */
export const DEF_BUFFER = 1460;
export const HIGH_WATERMARK = 8192;
export const LOW_WATERMARK = 4096;
/** ERL_DRV_BUSY_MSGQ limits as inet_drv sets them by default. */
export const HIGH_MSGQ_WATERMARK = 8192;
export const LOW_MSGQ_WATERMARK = 4096;
/** The `timeout` field's infinity (INET_INFINITY). */
export const INFINITY = 0xffffffff;
/** TCP_MAX_PACKET_SIZE: a recv of more bytes is enomem. */
export const TCP_MAX_PACKET_SIZE = 0x4000000;

// --- replies -----------------------------------------------------------------------------------

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** [INET_REP_OK | Data]. */
export function replyOk(data: ArrayLike<number> = []): Uint8Array {
  const out = new Uint8Array(data.length + 1);
  out[0] = REP_OK;
  out.set(data, 1);
  return out;
}

/** [INET_REP_ERROR | Name]: prim_inet answers {error, Name}. */
export function replyError(name: string): Uint8Array {
  return Uint8Array.from([REP_ERROR, ...ascii(name)]);
}

// --- bytes --------------------------------------------------------------------------------------

export function put16(n: number): number[] {
  return [(n >>> 8) & 0xff, n & 0xff];
}

export function put32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

export function get16(b: ArrayLike<number>, i: number): number {
  return (b[i] << 8) | b[i + 1];
}

export function getU32(b: ArrayLike<number>, i: number): number {
  return ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
}

export function getI32(b: ArrayLike<number>, i: number): number {
  return (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
}

// --- addresses ----------------------------------------------------------------------------------

/** An address of the inet families as Node takes it: `host` is a numeric IPv4 or IPv6 string. */
export interface SockAddr {
  family: 4 | 6;
  host: string;
  port: number;
}

/**
 * Read an address at `off` (inet_set_faddress): [Tag, P1, P0 | Address], where Tag any or
 * loopback takes the address family of the socket. Returns the address and the offset after it,
 * or the name of the error erts replies with (einval, eafnosupport).
 */
export function readAddress(b: Uint8Array, off: number, family: 4 | 6): { addr: SockAddr; next: number } | string {
  if (off >= b.length) return 'einval';
  const tag = b[off++];
  if (tag === AF_ANY || tag === AF_LOOPBACK) {
    if (b.length - off < 2) return 'einval';
    const port = get16(b, off);
    const host = family === 4 ? (tag === AF_ANY ? '0.0.0.0' : '127.0.0.1') : tag === AF_ANY ? '::' : '::1';
    return { addr: { family, host, port }, next: off + 2 };
  }
  if (tag === AF_INET) {
    // An IPv4 address for an IPv6 socket is erts's eafnosupport only when the kernel says so;
    // inet_set_address reads it by the tag, as here.
    if (b.length - off < 6) return 'einval';
    const port = get16(b, off);
    const host = `${b[off + 2]}.${b[off + 3]}.${b[off + 4]}.${b[off + 5]}`;
    return { addr: { family: 4, host, port }, next: off + 6 };
  }
  if (tag === AF_INET6) {
    if (b.length - off < 18) return 'einval';
    const port = get16(b, off);
    const groups: string[] = [];
    for (let i = 0; i < 8; i++) groups.push(get16(b, off + 2 + 2 * i).toString(16));
    // Flow info and scope id follow when prim_inet sent them (it always does in OTP 25).
    const next = b.length - off >= 26 ? off + 26 : off + 18;
    return { addr: { family: 6, host: groups.join(':'), port }, next };
  }
  return 'eafnosupport';
}

/** The bytes of a numeric IP string: 4 for IPv4, 16 for IPv6 (IPv4-mapped forms included). */
export function ipBytes(host: string): number[] {
  if (host.includes(':')) {
    let h = host;
    const pct = h.indexOf('%');
    if (pct >= 0) h = h.slice(0, pct);
    let tail: number[] = [];
    const lastColon = h.lastIndexOf(':');
    if (h.slice(lastColon + 1).includes('.')) {
      tail = ipBytes(h.slice(lastColon + 1));
      h = `${h.slice(0, lastColon + 1)}0:0`;
    }
    const [head, rest] = h.split('::');
    const hs = head === '' ? [] : head.split(':');
    const rs = rest === undefined ? [] : rest === '' ? [] : rest.split(':');
    const fill = rest === undefined ? 0 : 8 - hs.length - rs.length;
    const groups = [...hs, ...new Array<string>(fill).fill('0'), ...rs].map((g) => parseInt(g, 16));
    const out: number[] = [];
    for (const g of groups) out.push(...put16(g));
    if (tail.length === 4) out.splice(12, 4, ...tail);
    return out;
  }
  return host.split('.').map((x) => Number(x) & 0xff);
}

/** inet_get_address: [F, P1, P0 | IP] for an IPv4 or IPv6 address. */
export function encodeAddress(family: 4 | 6, host: string, port: number): number[] {
  return [family === 4 ? AF_INET : AF_INET6, ...put16(port), ...ipBytes(host)];
}

/** The Node family of a numeric host string. */
export function familyOf(host: string): 4 | 6 {
  return host.includes(':') ? 6 : 4;
}

/** The errno name erts reports (prim_inet makes an atom of it) for a Node error: its code, lower case. */
export function errnoName(e: unknown, fallback = 'einval'): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return fallback;
  // libuv reports ENOTSUP where Linux's erl_errno_id names EOPNOTSUPP the same number; erts says eopnotsupp.
  if (code === 'ENOTSUP') return 'eopnotsupp';
  return code.toLowerCase();
}
