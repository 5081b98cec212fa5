// Packet framing of the tcp_inet driver (the {packet, Type} option): how many bytes the next
// packet takes, given what has arrived, and which part of it is the body Erlang receives. The
// rules are erts's packet_get_length / packet_get_body (erts/emulator/beam/packet_parser.c):
// raw takes whatever arrived; 1, 2 and 4 carry a big-endian length that is stripped; line ends
// at the delimiter (kept) or at the buffer's size; asn1, sunrm, cdr, fcgi, tpkt and ssl_tls
// read their own headers and are delivered whole (fcgi without its padding); the http types
// take one line (a header line with its continuation lines), which decodeHttp turns into
// {http_request, ...} terms with erlang:decode_packet/3's parser.

import type { Term } from '../term/term.js';
import { httpLineTerm } from '../bifs/erlang/decode-packet.js';
import * as P from './inet-protocol.js';


/** Per-socket state of the http packet types: 0 before the request/status line, 1 in the headers. */
export interface HttpState {
  headers: number;
}

const NL = 10;
const CR = 13;

function isSpace(b: number | undefined): boolean {
  return b === 32 || b === 9;
}

/**
 * The length of the packet that starts at `buf[0]`, of which `buf.length` bytes have arrived:
 * > 0 the whole packet's length (which may exceed what arrived), 0 when more bytes are needed
 * to know, < 0 when the bytes cannot be a packet of this type (erts reports emsgsize).
 * `maxLen` is packet_size (0: no limit), `truncLen` the buffer size lines are cut at.
 */
export function packetLength(
  htype: number,
  buf: Uint8Array,
  maxLen: number,
  truncLen: number,
  delimiter: number,
  http: HttpState,
): number {
  const n = buf.length;
  let hlen: number;
  let plen: number;
  switch (htype) {
    case P.PB_RAW:
      return n;
    case P.PB_1:
      if (n < 1) return 0;
      hlen = 1;
      plen = buf[0];
      break;
    case P.PB_2:
      if (n < 2) return 0;
      hlen = 2;
      plen = P.get16(buf, 0);
      break;
    case P.PB_4:
      if (n < 4) return 0;
      hlen = 4;
      plen = P.getU32(buf, 0);
      break;
    case P.PB_RM:
      if (n < 4) return 0;
      hlen = 4;
      plen = P.getU32(buf, 0) & 0x7fffffff;
      break;
    case P.PB_LINE_LF: {
      const at = buf.indexOf(delimiter);
      if (at < 0) {
        if (maxLen !== 0 && n > maxLen) return -1;
        if (truncLen !== 0 && n >= truncLen) return truncLen;
        return 0;
      }
      const len = at + 1;
      if (maxLen !== 0 && len > maxLen) return -1;
      if (truncLen !== 0 && len > truncLen) return truncLen;
      return len;
    }
    case P.PB_ASN1: {
      if (n < 2) return 0;
      let i = 0;
      let left = n - 1;
      if ((buf[i++] & 0x1f) === 0x1f) {
        // Long tag: continuation bytes have their top bit set.
        while (left > 0 && (buf[i] & 0x80) === 0x80) {
          i++;
          left--;
        }
        if (left < 2) return 0;
        i++;
        left--;
      }
      const length = buf[i] & 0x7f;
      if ((buf[i] & 0x80) === 0x80) {
        i++;
        left--;
        if (left < length) return 0;
        if (length > 4) return -1;
        plen = 0;
        for (let k = 0; k < length; k++) plen = plen * 256 + buf[i + k];
        i += length;
      } else {
        i++;
        plen = length;
      }
      hlen = i;
      break;
    }
    case P.PB_CDR: {
      if (n < 12) return 0;
      if (buf[0] !== 0x47 || buf[1] !== 0x49 || buf[2] !== 0x4f || buf[3] !== 0x50) return -1; // "GIOP"
      hlen = 12;
      plen = (buf[6] & 1) !== 0 ? (buf[8] | (buf[9] << 8) | (buf[10] << 16) | (buf[11] << 24)) >>> 0 : P.getU32(buf, 8);
      break;
    }
    case P.PB_FCGI: {
      if (n < 8) return 0;
      if (buf[0] !== 1) return -1; // FCGI_VERSION_1
      hlen = 8;
      plen = ((buf[4] << 8) | buf[5]) + buf[6];
      break;
    }
    case P.PB_TPKT: {
      if (n < 4) return 0;
      if (buf[0] !== 3) return -1; // TPKT_VRSN
      hlen = 4;
      plen = P.get16(buf, 2) - 4;
      break;
    }
    case P.PB_SSL_TLS: {
      if (n < 5) return 0;
      hlen = 5;
      // An SSLv2 client hello is <<1:1, Len:15, 1:8, ...>>; anything else <<Type:8, Version:16, Len:16>>.
      plen = (buf[0] & 0x80) !== 0 && buf[2] === 1 ? (P.get16(buf, 0) & 0x7fff) - 3 : P.get16(buf, 3);
      break;
    }
    case P.PB_HTTPH:
    case P.PB_HTTPH_BIN:
      http.headers = 1;
    // falls through
    case P.PB_HTTP:
    case P.PB_HTTP_BIN:
      return httpLineLength(buf, maxLen === 0 ? truncLen : maxLen, http);
    default:
      return -1;
  }
  const max = maxLen === 0 ? 0x7fffffff - hlen : maxLen;
  if (plen > max) return -1;
  return hlen + plen;
}

/** One http line; in the headers, a line followed by a space or tab continues on the next. */
function httpLineLength(buf: Uint8Array, maxLen: number, http: HttpState): number {
  const n = buf.length;
  if ((n === 1 && buf[0] === NL) || (n === 2 && buf[0] === CR && buf[1] === NL)) return n;
  let from = 0;
  for (;;) {
    const at = buf.indexOf(NL, from);
    if (at < 0) {
      if (maxLen !== 0 && n >= maxLen) return -1;
      return 0;
    }
    const plen = at + 1;
    if (http.headers === 0) {
      if (maxLen !== 0 && plen > maxLen) return -1;
      return plen;
    }
    if (plen < n) {
      if (isSpace(buf[at + 1]) && plen > 2) {
        from = at + 1;
        continue;
      }
      if (maxLen !== 0 && plen > maxLen) return -1;
      return plen;
    }
    if (maxLen !== 0 && plen > maxLen) return -1;
    return 0;
  }
}

/** The body of a whole packet (packet_get_body): the bytes Erlang gets, as [offset, length]. */
export function packetBody(htype: number, pkt: Uint8Array): [number, number] {
  switch (htype) {
    case P.PB_1:
      return [1, pkt.length - 1];
    case P.PB_2:
      return [2, pkt.length - 2];
    case P.PB_4:
      return [4, pkt.length - 4];
    case P.PB_FCGI:
      return [0, pkt.length - pkt[6]];
    default:
      return [0, pkt.length];
  }
}

/** The http packet types, which deliver parsed terms instead of bytes. */
export function isHttp(htype: number): boolean {
  return htype === P.PB_HTTP || htype === P.PB_HTTPH || htype === P.PB_HTTP_BIN || htype === P.PB_HTTPH_BIN;
}

/** The length header {packet, 1 | 2 | 4} puts in front of what is sent (empty for the other types). */
export function sendHeader(htype: number, len: number): number[] {
  switch (htype) {
    case P.PB_1:
      return [len & 0xff];
    case P.PB_2:
      return P.put16(len);
    case P.PB_4:
      return P.put32(len);
    default:
      return [];
  }
}

/**
 * An http packet (one whole line, continuation lines included) as inet_drv parses it: the request
 * or status line first, then headers until http_eoh, which starts the next message.
 */
export function decodeHttp(htype: number, pkt: Uint8Array, http: HttpState): Term {
  const bin = htype === P.PB_HTTP_BIN || htype === P.PB_HTTPH_BIN;
  const state = { inHeaders: http.headers !== 0 };
  const type = state.inHeaders ? (bin ? 'httph_bin' : 'httph') : bin ? 'http_bin' : 'http';
  const term = httpLineTerm(type, pkt, state);
  http.headers = state.inHeaders ? 1 : 0;
  return term;
}
