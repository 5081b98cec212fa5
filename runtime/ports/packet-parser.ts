// erts's packet parser (erts/emulator/drivers/common/packet_parser.c): how long the packet at
// the head of a buffer is, for each packet type a socket or erlang:decode_packet/3 can use, and
// the parsing of HTTP and TLS record headers into callbacks. Shared by the decode_packet BIF and
// the inet drivers' {packet, Type} option, as in erts.
//
// Lengths follow erts's C arithmetic: header plus body length is computed in a signed 32-bit int,
// and a sum that wraps makes the packet invalid.

export type PacketType =
  | 'raw' | '1' | '2' | '4' | 'asn1' | 'sunrm' | 'cdr' | 'fcgi' | 'line' | 'tpkt'
  | 'http' | 'httph' | 'http_bin' | 'httph_bin' | 'ssl_tls';

/** HTTP parsing state: false at a request or status line, true among header lines. */
export interface HttpState {
  inHeaders: boolean;
}

const TSPECIAL = new Uint8Array(128);
for (let i = 0; i < 33; i++) TSPECIAL[i] = 1;
for (const c of '()<>@,;:\\"/[]?={} \t') TSPECIAL[c.charCodeAt(0)] = 1;
/** is_tspecial: separators, controls and everything outside 33..127 end a token. */
function isTspecial(c: number): boolean {
  return c > 32 && c < 128 ? TSPECIAL[c] === 1 : true;
}
function isSP(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09;
}
function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

const int32 = (n: number): number => n | 0;

/**
 * packet_get_length: > 0 the packet's total length, 0 more data is needed (length unknown),
 * < 0 the packet is invalid. A length beyond the bytes at hand also means "more".
 */
export function packetLength(
  type: PacketType,
  buf: Uint8Array,
  maxPlen: number,
  truncLen: number,
  delimiter: number,
  state: HttpState,
): number {
  const n = buf.length;
  let hlen: number;
  let plen: number;
  switch (type) {
    case 'raw':
      return n === 0 ? 0 : n;
    case '1':
      hlen = 1;
      if (n < hlen) return 0;
      plen = buf[0];
      break;
    case '2':
      hlen = 2;
      if (n < hlen) return 0;
      plen = (buf[0] << 8) | buf[1];
      break;
    case '4':
      hlen = 4;
      if (n < hlen) return 0;
      plen = ((buf[0] << 24) | (buf[1] << 16) | (buf[2] << 8) | buf[3]) >>> 0;
      break;
    case 'sunrm':
      hlen = 4;
      if (n < hlen) return 0;
      plen = ((buf[0] << 24) | (buf[1] << 16) | (buf[2] << 8) | buf[3]) & 0x7fffffff;
      break;
    case 'line': {
      const at = buf.indexOf(delimiter);
      if (at < 0) {
        if (n > maxPlen && maxPlen !== 0) return -1;
        if (n >= truncLen && truncLen !== 0) return truncLen;
        return 0;
      }
      const len = at + 1;
      if (len > maxPlen && maxPlen !== 0) return -1;
      if (len > truncLen && truncLen !== 0) return truncLen;
      return len;
    }
    case 'asn1': {
      if (n < 2) return 0;
      let t = 0;
      let nn = n - 1;
      if ((buf[t++] & 0x1f) === 0x1f) {
        // A long tag: its bytes go on while the top bit is set.
        while (nn > 0 && (buf[t] & 0x80) === 0x80) {
          t++;
          nn--;
        }
        if (nn < 2) return 0;
        t++;
        nn--;
      }
      const length = buf[t] & 0x7f;
      if ((buf[t] & 0x80) === 0x80) {
        t++;
        nn--;
        if (nn < length) return 0;
        switch (length) {
          case 0: plen = 0; break;
          case 1: plen = buf[t]; t += 1; break;
          case 2: plen = (buf[t] << 8) | buf[t + 1]; t += 2; break;
          case 3: plen = (buf[t] << 16) | (buf[t + 1] << 8) | buf[t + 2]; t += 3; break;
          case 4: plen = ((buf[t] << 24) | (buf[t + 1] << 16) | (buf[t + 2] << 8) | buf[t + 3]) >>> 0; t += 4; break;
          default: return -1;
        }
      } else {
        t++;
        plen = length;
      }
      hlen = t;
      break;
    }
    case 'cdr': {
      hlen = 12;
      if (n < hlen) return 0;
      if (buf[0] !== 0x47 || buf[1] !== 0x49 || buf[2] !== 0x4f || buf[3] !== 0x50) return -1; // "GIOP"
      plen = buf[6] & 0x01
        ? ((buf[11] << 24) | (buf[10] << 16) | (buf[9] << 8) | buf[8]) >>> 0
        : ((buf[8] << 24) | (buf[9] << 16) | (buf[10] << 8) | buf[11]) >>> 0;
      break;
    }
    case 'fcgi': {
      hlen = 8;
      if (n < hlen) return 0;
      if (buf[0] !== 1) return -1;
      plen = ((buf[4] << 8) | buf[5]) + buf[6];
      break;
    }
    case 'httph':
    case 'httph_bin':
      state.inHeaders = true;
    // falls through
    case 'http':
    case 'http_bin':
      return httpLineLength(buf, maxPlen !== 0 ? maxPlen : truncLen, state);
    case 'tpkt': {
      hlen = 4;
      if (n < hlen) return 0;
      if (buf[0] !== 3) return -1;
      plen = int32(((buf[2] << 8) | buf[3]) - hlen);
      break;
    }
    case 'ssl_tls':
      hlen = 5;
      if (n < hlen) return 0;
      if (buf[0] & 0x80 && buf[2] === 1) plen = (((buf[0] << 8) | buf[1]) & 0x7fff) - 3; // SSLv2 client hello
      else plen = (buf[3] << 8) | buf[4];
      break;
  }
  // remain: the plen comparison is unsigned in C, the sum signed.
  const tlen = int32(hlen + plen);
  if ((maxPlen !== 0 && plen >>> 0 > maxPlen) || tlen < hlen) return -1;
  return tlen;
}

/** The HTTP cases of packet_get_length: a line, or among headers a line and its continuations. */
function httpLineLength(buf: Uint8Array, maxPlen: number, state: HttpState): number {
  const n = buf.length;
  if ((n === 1 && buf[0] === 0x0a) || (n === 2 && buf[0] === 0x0d && buf[1] === 0x0a)) return n;
  let from = 0;
  for (;;) {
    const nl = buf.indexOf(0x0a, from);
    if (nl < 0) {
      if (maxPlen !== 0 && n >= maxPlen) return -1;
      return 0;
    }
    const plen = nl + 1;
    if (!state.inHeaders) {
      if (maxPlen !== 0 && plen > maxPlen) return -1;
      return plen;
    }
    if (plen < n) {
      if (isSP(buf[nl + 1]) && plen > 2) {
        from = nl + 1; // the header's value goes on on the next line
      } else {
        if (maxPlen !== 0 && plen > maxPlen) return -1;
        return plen;
      }
    } else {
      if (maxPlen !== 0 && plen > maxPlen) return -1;
      return 0;
    }
  }
}

/** packet_get_body: where the body of a whole packet starts and how long it is. */
export function packetBody(type: PacketType, packet: Uint8Array): [start: number, length: number] {
  switch (type) {
    case '1': return [1, packet.length - 1];
    case '2': return [2, packet.length - 2];
    case '4': return [4, packet.length - 4];
    case 'fcgi': return [0, packet.length - packet[6]];
    default: return [0, packet.length];
  }
}

// --- HTTP and TLS parsing -------------------------------------------------------------------

/** A byte range of the packet (a string of the message). */
export interface Span {
  readonly start: number;
  readonly len: number;
}

export type HttpUri =
  | { kind: 'star' }
  | { kind: 'abs_path'; path: Span }
  | { kind: 'http' | 'https'; host: Span; port: number; path: Span | '/' }
  | { kind: 'string'; s: Span }
  | { kind: 'scheme'; scheme: Span; rest: Span };

/** The parse results, built into terms by the caller (erts's PacketCallbacks). */
export interface PacketCallbacks<T> {
  httpResponse(major: number, minor: number, status: number, phrase: Span): T;
  httpRequest(method: number | Span, uri: HttpUri, major: number, minor: number): T;
  httpEoh(): T;
  /** `known` is the index of a known header (its atom), else undefined and `name` its normalised name. */
  httpHeader(known: number | undefined, name: Uint8Array, unmodified: Span, value: Span): T;
  httpError(line: Span): T;
  sslTls(type: number, major: number, minor: number, body: Uint8Array): T;
}

export const HTTP_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE'];

export const HTTP_HEADERS = [
  'Cache-Control', 'Connection', 'Date', 'Pragma', 'Transfer-Encoding', 'Upgrade', 'Via', 'Accept',
  'Accept-Charset', 'Accept-Encoding', 'Accept-Language', 'Authorization', 'From', 'Host',
  'If-Modified-Since', 'If-Match', 'If-None-Match', 'If-Range', 'If-Unmodified-Since', 'Max-Forwards',
  'Proxy-Authorization', 'Range', 'Referer', 'User-Agent', 'Age', 'Location', 'Proxy-Authenticate',
  'Public', 'Retry-After', 'Server', 'Vary', 'Warning', 'Www-Authenticate', 'Allow', 'Content-Base',
  'Content-Encoding', 'Content-Language', 'Content-Length', 'Content-Location', 'Content-Md5',
  'Content-Range', 'Content-Type', 'Etag', 'Expires', 'Last-Modified', 'Accept-Ranges', 'Set-Cookie',
  'Set-Cookie2', 'X-Forwarded-For', 'Cookie', 'Keep-Alive', 'Proxy-Connection',
];

const methodIndex = new Map(HTTP_METHODS.map((m, i) => [m, i]));
const headerIndex = new Map(HTTP_HEADERS.map((h, i) => [h, i]));
/** HTTP_MAX_NAME_LEN: longer header names are not looked up nor normalised. */
const MAX_NAME_LEN = 50;

function latin1(buf: Uint8Array, start: number, len: number): string {
  let s = '';
  for (let i = start; i < start + len; i++) s += String.fromCharCode(buf[i]);
  return s;
}

function caseInsensitivePrefix(buf: Uint8Array, at: number, len: number, prefix: string): boolean {
  return len >= prefix.length && latin1(buf, at, prefix.length).toLowerCase() === prefix;
}

/** http_parse_absoluteURI: host[:port][/path] after the scheme. */
function parseAbsoluteUri(buf: Uint8Array, start: number, len: number, kind: 'http' | 'https'): HttpUri {
  let uriLen = len;
  let path: Span | '/';
  const slash = buf.subarray(start, start + len).indexOf(0x2f);
  if (slash < 0) {
    path = '/';
  } else {
    path = { start: start + slash, len: len - slash };
    uriLen = slash;
  }
  const colon = buf.subarray(start, start + uriLen).indexOf(0x3a);
  if (colon < 0) return { kind, host: { start, len: uriLen }, port: 0, path };
  let port = 0;
  let left = uriLen - (colon + 1);
  let p = start + colon + 1;
  while (left > 0 && isDigit(buf[p])) {
    port = port * 10 + (buf[p] - 0x30);
    left--;
    p++;
  }
  return { kind, host: { start, len: colon }, port: left === 0 ? port : 0, path };
}

/** http_parse_uri: *, abs_path, http(s)://..., scheme:rest or anything else as a string. */
function parseUri(buf: Uint8Array, start: number, len: number): HttpUri {
  if (len === 1 && buf[start] === 0x2a) return { kind: 'star' };
  if (len <= 1 || buf[start] === 0x2f) return { kind: 'abs_path', path: { start, len } };
  if (len >= 7 && caseInsensitivePrefix(buf, start, len, 'http://')) return parseAbsoluteUri(buf, start + 7, len - 7, 'http');
  if (len >= 8 && caseInsensitivePrefix(buf, start, len, 'https://')) return parseAbsoluteUri(buf, start + 8, len - 8, 'https');
  const colon = buf.subarray(start, start + len).indexOf(0x3a);
  if (colon < 0) return { kind: 'string', s: { start, len } };
  return { kind: 'scheme', scheme: { start, len: colon }, rest: { start: start + colon + 1, len: len - colon - 1 } };
}

/** "HTTP/" then Major "." Minor at `p`; the position after them, or -1. */
function parseVersion(buf: Uint8Array, p: number, end: number): [number, number, number] | undefined {
  let major = 0;
  let q = p;
  while (q < end && isDigit(buf[q])) major = 10 * major + (buf[q++] - 0x30);
  if (q === p || q >= end || buf[q] !== 0x2e) return undefined;
  q++;
  const p0 = q;
  let minor = 0;
  while (q < end && isDigit(buf[q])) minor = 10 * minor + (buf[q++] - 0x30);
  if (q === p0) return undefined;
  return [major, minor, q];
}

function startsWithHttp(buf: Uint8Array, p: number, end: number): boolean {
  return end - p >= 5 && latin1(buf, p, 5) === 'HTTP/';
}

/** packet_parse_http: one line (with its continuations), or undefined where erts answers -1. */
function parseHttp<T>(buf: Uint8Array, state: HttpState, cb: PacketCallbacks<T>): T | undefined {
  let end = buf.length;
  if (end >= 2 && buf[end - 2] === 0x0d) end -= 2;
  else if (end >= 1 && buf[end - 1] === 0x0a) end -= 1;
  let p = 0;
  if (!state.inHeaders) {
    if (startsWithHttp(buf, 0, end)) {
      // Status-Line = HTTP-Version SP Status-Code SP Reason-Phrase
      const v = parseVersion(buf, 5, end);
      if (v === undefined) return undefined;
      p = v[2];
      const p0 = p;
      while (p < end && isSP(buf[p])) p++;
      if (p === p0) return undefined;
      let status = 0;
      while (p < end && isDigit(buf[p])) status = 10 * status + (buf[p++] - 0x30);
      const p1 = p;
      while (p < end && isSP(buf[p])) p++;
      if (p === p1 && p < end) return undefined;
      state.inHeaders = true;
      return cb.httpResponse(v[0], v[1], status, { start: p, len: end - p });
    }
    // Request-Line = Method SP Request-URI SP HTTP-Version
    while (p < end && !isTspecial(buf[p])) p++;
    const methLen = p;
    if (p === end || methLen === 0 || !isSP(buf[p])) return undefined;
    const known = methodIndex.get(latin1(buf, 0, methLen));
    const method: number | Span = known ?? { start: 0, len: methLen };
    while (p < end && isSP(buf[p])) p++;
    const uriStart = p;
    while (p < end && !isSP(buf[p])) p++;
    const uriLen = p - uriStart;
    if (uriLen === 0) return undefined;
    while (p < end && isSP(buf[p])) p++;
    if (p === end) {
      state.inHeaders = true;
      return cb.httpRequest(method, parseUri(buf, uriStart, uriLen), 0, 9);
    }
    if (end - p < 8) return undefined;
    if (!startsWithHttp(buf, p, end)) return undefined;
    const v = parseVersion(buf, p + 5, end);
    if (v === undefined) return undefined;
    state.inHeaders = true;
    return cb.httpRequest(method, parseUri(buf, uriStart, uriLen), v[0], v[1]);
  }
  if (end === 0) {
    state.inHeaders = false; // the end of the headers: the next line starts a message again
    return cb.httpEoh();
  }
  // A header name: a token, normalised as Http-Header-Case while at most MAX_NAME_LEN long.
  const name: number[] = [];
  let up = true;
  while (!isTspecial(buf[p])) {
    if (name.length < MAX_NAME_LEN) {
      let c = buf[p];
      if (up) {
        if (c >= 0x61 && c <= 0x7a) c -= 0x20;
        up = false;
      } else if (c >= 0x41 && c <= 0x5a) {
        c += 0x20;
      } else if (c === 0x2d) {
        up = true;
      }
      name.push(c);
    }
    p++;
    if (p === end) return undefined;
  }
  const nameLen = p;
  if (buf[p] !== 0x3a) return undefined;
  let known: number | undefined;
  let normalised: Uint8Array;
  if (nameLen <= MAX_NAME_LEN) {
    normalised = Uint8Array.from(name);
    known = headerIndex.get(latin1(normalised, 0, normalised.length));
  } else {
    normalised = buf.slice(0, nameLen);
  }
  p++;
  while (p < end && isSP(buf[p])) p++;
  return cb.httpHeader(known, normalised, { start: 0, len: nameLen }, { start: p, len: end - p });
}

/**
 * packet_parse: the term of a whole packet for the types that parse it (HTTP, TLS), or undefined
 * for the others, whose packet is returned as a binary.
 */
export function parsePacket<T>(type: PacketType, packet: Uint8Array, state: HttpState, cb: PacketCallbacks<T>): T | undefined {
  switch (type) {
    case 'http':
    case 'httph':
    case 'http_bin':
    case 'httph_bin':
      return parseHttp(packet, state, cb) ?? cb.httpError({ start: 0, len: packet.length });
    case 'ssl_tls': {
      if (packet[0] & 0x80 && packet[2] === 1) {
        // An SSLv2 client hello: <<1, Length:24, Data>>.
        const n = packet.length - 3;
        const body = new Uint8Array(4 + n);
        body[0] = 1;
        body[1] = (n >>> 16) & 0xff;
        body[2] = (n >>> 8) & 0xff;
        body[3] = n & 0xff;
        body.set(packet.subarray(3), 4);
        return cb.sslTls(22, packet[3], packet[4], body);
      }
      return cb.sslTls(packet[0], packet[1], packet[2], packet.slice(5));
    }
    default:
      return undefined;
  }
}
