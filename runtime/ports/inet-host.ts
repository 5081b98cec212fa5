// Facts about the host that the inet drivers report: the host name (INET_REQ_GETHOSTNAME), the
// network interfaces (INET_REQ_GETIFADDRS, GETIFLIST, IFGET) and the services database
// (INET_REQ_GETSERVBYNAME, GETSERVBYPORT). erts asks libc (gethostname, getifaddrs,
// getservbyname); here Node's os module gives the host name and the interface addresses, Linux's
// /sys/class/net the interfaces' flags, MTU and hardware addresses (in interface index order, the
// order getifaddrs lists them in), and /etc/services the services.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as P from './inet-protocol.js';

export function hostname(): string {
  return os.hostname();
}

// Linux's IFF_* bits (net/if.h), which inet_drv maps onto INET_IFF_*.
const LINUX_IFF_UP = 0x1;
const LINUX_IFF_BROADCAST = 0x2;
const LINUX_IFF_LOOPBACK = 0x8;
const LINUX_IFF_POINTOPOINT = 0x10;
const LINUX_IFF_MULTICAST = 0x1000;

/** inet_drv's IFGET_FLAGS: running is reported whenever the interface is up. */
function inetFlags(f: number): number {
  return (
    (f & LINUX_IFF_UP ? P.IFF_UP | P.IFF_RUNNING : 0) |
    (f & LINUX_IFF_BROADCAST ? P.IFF_BROADCAST : 0) |
    (f & LINUX_IFF_LOOPBACK ? P.IFF_LOOPBACK : 0) |
    (f & LINUX_IFF_POINTOPOINT ? P.IFF_POINTTOPOINT : 0) |
    (f & LINUX_IFF_MULTICAST ? P.IFF_MULTICAST : 0)
  );
}

interface Interface {
  name: string;
  index: number;
  /** INET_IFF_* flags. */
  flags: number;
  linuxFlags: number;
  mtu: number;
  hwaddr: number[] | null;
  addrs: os.NetworkInterfaceInfo[];
}

function sysNumber(dir: string, file: string): number | undefined {
  try {
    const v = Number(fs.readFileSync(`${dir}/${file}`, 'utf8').trim());
    return Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The interfaces, in the order getifaddrs reports them. */
function interfaces(): Interface[] {
  const nodeIfs = os.networkInterfaces();
  const out: Interface[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync('/sys/class/net');
  } catch {
    names = [];
  }
  for (const name of names) {
    const dir = `/sys/class/net/${name}`;
    const linuxFlags = sysNumber(dir, 'flags') ?? 0;
    let hwaddr: number[] | null = null;
    try {
      const text = fs.readFileSync(`${dir}/address`, 'utf8').trim();
      if (text !== '') hwaddr = text.split(':').map((h) => parseInt(h, 16));
    } catch {
      hwaddr = null;
    }
    out.push({
      name,
      index: sysNumber(dir, 'ifindex') ?? 0,
      flags: inetFlags(linuxFlags),
      linuxFlags,
      mtu: sysNumber(dir, 'mtu') ?? 0,
      hwaddr,
      addrs: nodeIfs[name] ?? [],
    });
  }
  // Without /sys (not Linux), the interfaces Node knows, in its order.
  if (out.length === 0) {
    for (const [name, addrs] of Object.entries(nodeIfs)) {
      const internal = addrs?.some((a) => a.internal) ?? false;
      out.push({
        name,
        index: out.length + 1,
        flags: P.IFF_UP | P.IFF_RUNNING | (internal ? P.IFF_LOOPBACK : P.IFF_BROADCAST | P.IFF_MULTICAST),
        linuxFlags: 0,
        mtu: 0,
        hwaddr: null,
        addrs: addrs ?? [],
      });
    }
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}

/** [Family | IP] (sockaddr_to_buf). */
function sockaddr(host: string): number[] {
  return [P.familyOf(host) === 4 ? P.AF_INET : P.AF_INET6, ...P.ipBytes(host)];
}

function utf8(s: string): number[] {
  return [...Buffer.from(s, 'utf8')];
}

/** The v4 broadcast address of addr/mask, as the kernel fills ifa_broadaddr. */
function broadcast(addr: string, mask: string): string {
  const a = P.ipBytes(addr);
  const m = P.ipBytes(mask);
  return a.map((b, i) => (b | (~m[i] & 0xff)) & 0xff).join('.');
}

/**
 * INET_REQ_GETIFADDRS's reply data: getifaddrs's entries in its order (one per interface with
 * its hardware address, then the IPv4 addresses, then the IPv6 ones), each as Name\0, the flags,
 * the address options, \0.
 */
export function ifaddrsData(): number[] {
  const ifs = interfaces();
  const out: number[] = [];
  const entry = (i: Interface, opts: number[]): void => {
    out.push(...utf8(i.name), 0, P.IFOPT_FLAGS, ...P.put32(i.flags), ...opts, 0);
  };
  for (const i of ifs) {
    // The AF_PACKET entry; erts leaves out hardware addresses of 3 bytes or fewer.
    if (i.hwaddr !== null && i.hwaddr.length > 1) entry(i, [P.IFOPT_HWADDR, ...P.put16(i.hwaddr.length), ...i.hwaddr]);
    else entry(i, []);
  }
  for (const family of ['IPv4', 'IPv6']) {
    for (const i of ifs) {
      for (const a of i.addrs) {
        if (a.family !== family) continue;
        const opts = [P.IFOPT_ADDR, ...sockaddr(a.address), P.IFOPT_NETMASK, ...sockaddr(a.netmask)];
        if (family === 'IPv4' && i.linuxFlags & LINUX_IFF_BROADCAST && !(i.linuxFlags & LINUX_IFF_POINTOPOINT)) {
          opts.push(P.IFOPT_BROADADDR, ...sockaddr(broadcast(a.address, a.netmask)));
        }
        entry(i, opts);
      }
    }
  }
  return out;
}

/** INET_REQ_GETIFLIST: the names of the interfaces with addresses, one per address, NUL-terminated. */
export function iflistData(): number[] {
  const out: number[] = [];
  for (const i of interfaces()) for (let k = 0; k < i.addrs.length; k++) out.push(...utf8(i.name), 0);
  return out;
}

/** INET_REQ_IFGET: the asked options of the interface named `name`, or null for an unknown option. */
export function ifgetData(name: string, opts: ArrayLike<number>): number[] | null {
  // No such interface: each ioctl fails and leaves its option out.
  const i = interfaces().find((x) => x.name === name) ?? {
    name,
    index: 0,
    flags: 0,
    linuxFlags: 0,
    mtu: 0,
    hwaddr: null,
    addrs: [],
    missing: true,
  };
  const missing = 'missing' in i;
  const v4 = i.addrs.find((a) => a.family === 'IPv4');
  const out: number[] = [];
  for (let k = 0; k < opts.length; k++) {
    switch (opts[k]) {
      case P.IFOPT_ADDR:
        if (v4 !== undefined) out.push(P.IFOPT_ADDR, ...sockaddr(v4.address));
        break;
      case P.IFOPT_NETMASK:
        if (v4 !== undefined) out.push(P.IFOPT_NETMASK, ...sockaddr(v4.netmask));
        break;
      case P.IFOPT_BROADADDR:
        if (v4 !== undefined && i.linuxFlags & LINUX_IFF_BROADCAST) {
          out.push(P.IFOPT_BROADADDR, ...sockaddr(broadcast(v4.address, v4.netmask)));
        }
        break;
      case P.IFOPT_DSTADDR:
        break;
      case P.IFOPT_MTU:
        if (!missing) out.push(P.IFOPT_MTU, ...P.put32(i.mtu));
        break;
      case P.IFOPT_FLAGS:
        // A failed SIOCGIFFLAGS reports no flags rather than nothing.
        out.push(P.IFOPT_FLAGS, ...P.put32(i.flags));
        break;
      case P.IFOPT_HWADDR:
        if (i.hwaddr !== null) out.push(P.IFOPT_HWADDR, ...P.put16(i.hwaddr.length), ...i.hwaddr);
        break;
      default:
        return null;
    }
  }
  return out;
}

interface Service {
  name: string;
  aliases: string[];
  port: number;
  proto: string;
}

let services: Service[] | null = null;
function servicesDb(): Service[] {
  if (services !== null) return services;
  services = [];
  let text = '';
  try {
    text = fs.readFileSync('/etc/services', 'latin1');
  } catch {
    return services;
  }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const [name, portProto, ...aliases] = line.split(/\s+/);
    const m = /^(\d+)\/(\S+)$/.exec(portProto ?? '');
    if (m === null) continue;
    services.push({ name, aliases, port: Number(m[1]), proto: m[2] });
  }
  return services;
}

/** getservbyname: the port of service `name` over `proto`, or undefined. */
export function serviceByName(name: string, proto: string): number | undefined {
  return servicesDb().find((s) => (s.name === name || s.aliases.includes(name)) && (proto === '' || s.proto === proto))?.port;
}

/** getservbyport: the name of the service on `port` over `proto`, or undefined. */
export function serviceByPort(port: number, proto: string): string | undefined {
  return servicesDb().find((s) => s.port === port && (proto === '' || s.proto === proto))?.name;
}
