// erlang:decode_packet/3 (erts: decode_packet_3 in erl_bif_port.c) over the packet parser of
// runtime/ports/packet-parser.ts: {ok, Packet, Rest}, {more, Length | undefined} or
// {error, invalid}, with the options packet_size, line_length and (for line) line_delimiter.
// Packets and HTTP strings that are parts of the input are sub-binaries of it, as in erts.

import { atom, UNDEFINED } from '../../term/atom.js';
import { BitStr } from '../../term/bitstring.js';
import { Cons, NIL, listFrom } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { badarg, badargWithCause } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';
import {
  HTTP_HEADERS,
  HTTP_METHODS,
  packetBody,
  packetLength,
  parsePacket,
  type HttpUri,
  type PacketCallbacks,
  type PacketType,
  type Span,
} from '../../ports/packet-parser.js';

const TYPES = new Map<Term, PacketType>([
  [0, 'raw'],
  [atom('raw'), 'raw'],
  [1, '1'],
  [2, '2'],
  [4, '4'],
  [atom('asn1'), 'asn1'],
  [atom('sunrm'), 'sunrm'],
  [atom('cdr'), 'cdr'],
  [atom('fcgi'), 'fcgi'],
  [atom('line'), 'line'],
  [atom('tpkt'), 'tpkt'],
  [atom('http'), 'http'],
  [atom('httph'), 'httph'],
  [atom('http_bin'), 'http_bin'],
  [atom('httph_bin'), 'httph_bin'],
  [atom('ssl_tls'), 'ssl_tls'],
]);

const OK = atom('ok');
const MORE = atom('more');
const ERROR = atom('error');
const INVALID = atom('invalid');
const PACKET_SIZE = atom('packet_size');
const LINE_LENGTH = atom('line_length');
const LINE_DELIMITER = atom('line_delimiter');
const BADOPT = atom('badopt');
const METHOD_ATOMS = HTTP_METHODS.map((m) => atom(m));
const HEADER_ATOMS = HTTP_HEADERS.map((h) => atom(h));

/** term_to_Uint(T) && T <= UINT_MAX. */
function optionValue(t: Term): number | undefined {
  return typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 0xffffffff ? t : undefined;
}

/** The terms of a parsed packet: strings as lists, or (http_bin, httph_bin) as sub-binaries. */
function termCallbacks(bin: BitStr, bytes: Uint8Array, asBinary: boolean): PacketCallbacks<Term> {
  const str = (s: Span): Term => {
    if (asBinary) return new BitStr(bin.bytes, bin.offset + s.start * 8, s.len * 8);
    return listFrom(Array.from(bytes.subarray(s.start, s.start + s.len)));
  };
  const fromBytes = (b: Uint8Array): Term => (asBinary ? BitStr.fromBytes(b) : listFrom(Array.from(b)));
  const uri = (u: HttpUri): Term => {
    switch (u.kind) {
      case 'star':
        return atom('*');
      case 'abs_path':
        return [atom('abs_path'), str(u.path)];
      case 'http':
      case 'https':
        return [
          atom('absoluteURI'),
          atom(u.kind),
          str(u.host),
          u.port === 0 ? UNDEFINED : u.port,
          u.path === '/' ? fromBytes(Uint8Array.of(0x2f)) : str(u.path),
        ];
      case 'string':
        return str(u.s);
      case 'scheme':
        return [atom('scheme'), str(u.scheme), str(u.rest)];
    }
  };
  return {
    httpResponse: (major, minor, status, phrase) => [atom('http_response'), [major, minor], status, str(phrase)],
    httpRequest: (method, u, major, minor) => [
      atom('http_request'),
      typeof method === 'number' ? METHOD_ATOMS[method] : str(method),
      uri(u),
      [major, minor],
    ],
    httpEoh: () => atom('http_eoh'),
    httpHeader: (known, name, unmodified, value) => [
      atom('http_header'),
      known === undefined ? 0 : known + 1,
      known === undefined ? fromBytes(name) : HEADER_ATOMS[known],
      str(unmodified),
      str(value),
    ],
    httpError: (line) => [atom('http_error'), str(line)],
    sslTls: (type, major, minor, body) => [atom('ssl_tls'), NIL, type, [major, minor], BitStr.fromBytes(body)],
  };
}

/**
 * The term of one whole http line, as inet_drv delivers it in {packet, http | httph | http_bin |
 * httph_bin} mode: the driver has framed the line itself (continuation lines included), so the
 * line is parsed as it is, without decode_packet's look for more input. `state` says whether the
 * headers have begun, and is updated by the line.
 */
export function httpLineTerm(type: 'http' | 'httph' | 'http_bin' | 'httph_bin', line: Uint8Array, state: { inHeaders: boolean }): Term {
  const asBinary = type === 'http_bin' || type === 'httph_bin';
  return parsePacket(type, line, state, termCallbacks(BitStr.fromBytes(line), line, asBinary))!;
}

defineGuarded('erlang', 'decode_packet', 3, (_p: Process, typeT: Term, binT: Term, opts: Term) => {
  const type = TYPES.get(typeT);
  if (type === undefined) return badargWithCause(BADOPT);
  if (!(binT instanceof BitStr) || (!(opts instanceof Cons) && opts !== NIL)) return badarg();
  let maxPlen = 0;
  let truncLen = 0;
  let delimiter = 0x0a;
  for (let o: Term = opts; o !== NIL; o = (o as Cons).tl) {
    if (!(o instanceof Cons)) return badarg();
    const item = o.hd;
    if (!Array.isArray(item) || item.length !== 2) return badarg();
    const [tag, value] = item as Term[];
    const v = optionValue(value);
    if (v === undefined) return badarg();
    if (tag === PACKET_SIZE) maxPlen = v;
    else if (tag === LINE_LENGTH) truncLen = v;
    else if (tag === LINE_DELIMITER && type === 'line' && v <= 255) delimiter = v;
    else return badarg();
  }
  // The whole bytes of the input; trailing bits of a bitstring stay with the rest.
  const byteLen = binT.size >>> 3;
  const bytes = new BitStr(binT.bytes, binT.offset, byteLen * 8).toBytes();
  const state = { inHeaders: false };
  const len = packetLength(type, bytes, maxPlen, truncLen, delimiter, state);
  if (len < 0) return [ERROR, INVALID];
  if (len === 0 || len > byteLen) return [MORE, len === 0 ? UNDEFINED : len];
  const packet = bytes.subarray(0, len);
  const asBinary = type === 'http_bin' || type === 'httph_bin';
  let result = parsePacket(type, packet, state, termCallbacks(binT, bytes, asBinary));
  if (result === undefined) {
    const [start, bodyLen] = packetBody(type, packet);
    result = new BitStr(binT.bytes, binT.offset + start * 8, bodyLen * 8);
  }
  const rest = new BitStr(binT.bytes, binT.offset + len * 8, binT.size - len * 8);
  return [OK, result, rest];
});
