// erts's inet_gethost port program, run in-process: inet_gethost_native opens
// `open_port({spawn_executable, BINDIR/inet_gethost}, [{packet,4}, eof, binary, ...])` to resolve
// names the `native` way, and inet_config does so during the boot for the host's own name. erts
// ships that program in its bin directory; a compiled dist/ has no such directory, so beamjs
// answers the same protocol here with Node's getaddrinfo (dns.lookup) and getnameinfo
// (dns.lookupService), for `beamjs run` and compiled programs alike.
//
// Requests: <<Serial:32, Op:8, Proto:8, Data/binary>>, Op 1 by name (Data "Name\0"), 2 by address
// (4 or 16 bytes), 3 cancel, 4 control (no reply). Replies: <<Serial:32, Unit:8, Naddr:32,
// Addresses, Nnames:32, "Name\0"...>> with Unit 4 or 16, or <<Serial:32, 0, "Error\0">>.
// The names in the reply (the official name, then aliases) and the order of IPv4 addresses come
// from libc's gethostbyname, which Node does not expose (getaddrinfo sorts addresses and gives no
// aliases): for a name /etc/hosts has they are read from it here (hostsEntry); otherwise the
// reply carries no name, which means the name asked for (inet_gethost_native's
// expand_default_name), and getaddrinfo's order.

import * as dns from 'node:dns';
import * as fs from 'node:fs';
import * as net from 'node:net';
import type { Process } from '../process/process.js';
import { createPort, type CommonOptions, type PortEntity } from './port-table.js';

const OP_GETHOSTBYNAME = 1;
const OP_GETHOSTBYADDR = 2;
const PROTO_IPV4 = 1;
const UNIT_ERROR = 0;

/** erts's error strings for getaddrinfo's failures. */
function errorName(code: string | undefined): string {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
      return 'notfound';
    case 'EAI_AGAIN':
      return 'try_again';
    case 'EAI_FAIL':
      return 'no_recovery';
    default:
      return 'netdb_internal';
  }
}

function errorReply(serial: number, what: string): Uint8Array {
  const text = Buffer.from(what + '\0', 'latin1');
  const out = Buffer.alloc(5 + text.length);
  out.writeUInt32BE(serial, 0);
  out[4] = UNIT_ERROR;
  text.copy(out, 5);
  return out;
}

function hostentReply(serial: number, unit: 4 | 16, addresses: string[], names: string[]): Uint8Array {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(9);
  head.writeUInt32BE(serial, 0);
  head[4] = unit;
  head.writeUInt32BE(addresses.length, 5);
  parts.push(head);
  for (const a of addresses) parts.push(addressBytes(a, unit));
  const count = Buffer.alloc(4);
  count.writeUInt32BE(names.length, 0);
  parts.push(count);
  for (const n of names) parts.push(Buffer.from(n + '\0', 'latin1'));
  return Buffer.concat(parts);
}

function addressBytes(a: string, unit: 4 | 16): Buffer {
  const b = Buffer.alloc(unit);
  if (unit === 4) {
    a.split('.').forEach((part, i) => (b[i] = Number(part)));
    return b;
  }
  // Expand '::' and a trailing dotted IPv4 part into eight 16-bit groups.
  let text = a;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted !== null) {
    const [, p, q, r, s] = dotted.map(Number);
    text = text.slice(0, dotted.index) + ((p << 8) | q).toString(16) + ':' + ((r << 8) | s).toString(16);
  }
  const [left, right] = text.includes('::') ? text.split('::') : [text, undefined];
  const head = left === '' ? [] : left.split(':');
  const tail = right === undefined || right === '' ? [] : right.split(':');
  const groups = right === undefined ? head : [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail];
  groups.forEach((g, i) => b.writeUInt16BE(parseInt(g, 16), i * 2));
  return b;
}

interface HostsEntry {
  /** The official name, then the aliases. */
  names: string[];
  /** IPv4 lookups only: the addresses, in the file's order. */
  addresses: string[];
}

/**
 * What /etc/hosts answers for `name`, as glibc's files backend gives it to the program. For IPv4
 * (gethostbyname with host.conf's `multi on`, Debian's default) every line that lists the name
 * is merged: the first line's names, then each later line's aliases and, when it differs from
 * the first, its official name, with no duplicates removed; an IPv6 line counts when its
 * address is ::1 (read as 127.0.0.1) or IPv4-mapped. For IPv6 (getaddrinfo's canonical name)
 * the first IPv6 line's first name, and no aliases.
 */
function hostsEntry(name: string, family: 4 | 6): HostsEntry | undefined {
  let text: string;
  try {
    text = fs.readFileSync('/etc/hosts', 'latin1');
  } catch {
    return undefined;
  }
  const wanted = name.toLowerCase();
  let entry: HostsEntry | undefined;
  for (const line of text.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (names.length === 0 || !names.some((n) => n.toLowerCase() === wanted)) continue;
    const kind = net.isIP(address);
    if (family === 6) {
      if (kind === 6) return { names: [names[0]], addresses: [] };
      continue;
    }
    const v4 = kind === 4 ? address : kind === 6 ? ipv4Of(address) : undefined;
    if (v4 === undefined) continue;
    if (entry === undefined) entry = { names: [...names], addresses: [v4] };
    else {
      entry.names.push(...names.slice(1));
      if (names[0] !== entry.names[0]) entry.names.push(names[0]);
      entry.addresses.push(v4);
    }
  }
  return entry;
}

/** The IPv4 address an IPv6 hosts line stands for in an IPv4 lookup: ::1 and ::ffff:a.b.c.d. */
function ipv4Of(address: string): string | undefined {
  const bytes = addressBytes(address, 16);
  if (bytes.subarray(0, 15).every((b) => b === 0) && bytes[15] === 1) return '127.0.0.1';
  if (bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return Array.from(bytes.subarray(12)).join('.');
  }
  return undefined;
}

function byName(serial: number, unit: 4 | 16, name: string, reply: (r: Uint8Array) => void): void {
  // dns.lookup answers literals itself; getaddrinfo accepts a literal only of the family asked
  // for, failing an IPv4 one asked as IPv6 with EAI_ADDRFAMILY and the other way with EAI_NONAME.
  const literal = net.isIP(name);
  if (literal !== 0) {
    if (literal === (unit === 4 ? 4 : 6)) reply(hostentReply(serial, unit, [name], []));
    else reply(errorReply(serial, literal === 4 ? 'netdb_internal' : 'notfound'));
    return;
  }
  dns.lookup(name, { family: unit === 4 ? 4 : 6, all: true, verbatim: true }, (err, addrs) => {
    if (err !== null) reply(errorReply(serial, errorName(err.code)));
    else {
      const hosts = hostsEntry(name, unit === 4 ? 4 : 6);
      const addresses = hosts !== undefined && unit === 4 ? hosts.addresses : addrs.map((a) => a.address);
      reply(hostentReply(serial, unit, addresses, hosts?.names ?? []));
    }
  });
}

function byAddress(serial: number, unit: 4 | 16, bytes: Uint8Array, reply: (r: Uint8Array) => void): void {
  const b = Buffer.from(bytes);
  const address =
    unit === 4
      ? Array.from(b).join('.')
      : Array.from({ length: 8 }, (_, i) => b.readUInt16BE(i * 2).toString(16)).join(':');
  dns.lookupService(address, 0, (err, host) => {
    if (err !== null) reply(errorReply(serial, errorName(err.code)));
    else reply(hostentReply(serial, unit, [address], [host]));
  });
}

/** The port of `open_port({spawn_executable, BINDIR/inet_gethost}, Opts)`. */
export function openInetGethostPort(owner: Process, command: string, o: CommonOptions): PortEntity {
  const port = createPort(command, owner, o.binary, o.framing, o.softEof);
  // Requests arrive and replies leave behind the port's {packet, N} header, as the program's
  // stdin and stdout carry them.
  const header = o.framing.kind === 'packet' ? o.framing.size : 0;
  const reply = (r: Uint8Array): void => {
    const framed = Buffer.alloc(header + r.length);
    if (header > 0) framed.writeUIntBE(r.length, 0, header);
    framed.set(r, header);
    port.deliverInput(framed);
  };
  port.driver = {
    command(framed: Uint8Array): boolean {
      const data = framed.subarray(header);
      if (data.length < 6) return true;
      const serial = Buffer.from(data.buffer, data.byteOffset, data.length).readUInt32BE(0);
      const unit = data[5] === PROTO_IPV4 ? 4 : 16;
      const body = data.subarray(6);
      if (data[4] === OP_GETHOSTBYNAME) {
        const end = body.indexOf(0);
        byName(serial, unit, Buffer.from(body.subarray(0, end < 0 ? body.length : end)).toString('latin1'), reply);
      } else if (data[4] === OP_GETHOSTBYADDR) {
        if (body.length === unit) byAddress(serial, unit, body, reply);
        else reply(errorReply(serial, 'netdb_internal'));
      }
      // Cancelling and the debug level need no answer: a cancelled reply is dropped by the server.
      return true;
    },
    control: () => null,
    stop(): void {},
    osPid: () => undefined,
  };
  return port;
}
