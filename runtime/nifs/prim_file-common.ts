// What prim_file's NIFs share: turning prim_file's encoded names into paths for Node's fs,
// turning Node's errors into erts's {error, Posix} tuples, and the raw #file_info{} tuple the
// NIFs return (prim_file.erl converts its integer times into dates itself).
//
// Every NIF here is synchronous (fs.*Sync). erts runs them on dirty I/O schedulers, so a slow
// disk stalls only that scheduler; here it stalls the whole runtime until the call returns.
// That is accepted for now: local file operations are short, and an asynchronous version
// would have to suspend the calling process around a libuv request.

import * as fs from 'node:fs';
import { atom, ERROR, type Atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { EFloat } from '../term/float.js';
import { normInt, type Term } from '../term/term.js';

const FILE_INFO = atom('file_info');
export const EOF = atom('eof');

/** {error, Posix} as erts's posix_error_to_tuple makes it. */
export function posixError(name: string): Term {
  return [ERROR, atom(name)];
}

/**
 * The posix atom for an error thrown by Node's fs. libuv names errors after their errno
 * (ENOENT, EACCES...), which are erts's atoms in lower case. Anything else (a Node argument
 * error) is reported as einval, the answer erts gives for a path it cannot marshal.
 */
export function errnoAtomName(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code.toLowerCase();
  return 'einval';
}

export function isFsError(e: unknown): boolean {
  return typeof (e as { code?: unknown } | null)?.code === 'string';
}

export class PathError {
  constructor(readonly posix: string) {}
}

/**
 * A path as erts's efile_marshal_path accepts it: a binary (prim_file:internal_name2native/1
 * appends a NUL) that ends in one or more NULs and has no NUL before them. Anything else is
 * EINVAL. Node wants no terminator, so the NULs are dropped; the bytes are passed as a Buffer
 * so that names that are not UTF-8 reach the system unchanged.
 */
export function marshalPath(t: Term): Buffer {
  if (!(t instanceof BitStr)) throw new PathError('einval');
  const bytes = t.toBytes().subarray(0, t.size >>> 3);
  const firstNul = bytes.indexOf(0);
  if (firstNul < 0) throw new PathError('einval');
  for (let i = firstNul; i < bytes.length; i++) if (bytes[i] !== 0) throw new PathError('einval');
  return Buffer.from(bytes.subarray(0, firstNul));
}

/** A NIF taking paths: marshalling failures and fs errors both become {error, Posix}. */
export function withPaths(f: () => Term): Term {
  try {
    return f();
  } catch (e) {
    if (e instanceof PathError) return posixError(e.posix);
    if (isFsError(e)) return posixError(errnoAtomName(e));
    throw e;
  }
}

export function binaryOf(bytes: Uint8Array): BitStr {
  return BitStr.fromBytes(bytes);
}

// #file_info{} types and access rights, as erts's efile_filetype_to_atom / efile_access_to_atom.
const DEVICE = atom('device');
const DIRECTORY = atom('directory');
const REGULAR = atom('regular');
const SYMLINK = atom('symlink');
const OTHER = atom('other');
const READ = atom('read');
const WRITE = atom('write');
const READ_WRITE = atom('read_write');
const NONE = atom('none');

function fileType(s: fs.BigIntStats): Atom {
  if (s.isCharacterDevice() || s.isBlockDevice()) return DEVICE;
  if (s.isDirectory()) return DIRECTORY;
  if (s.isFile()) return REGULAR;
  if (s.isSymbolicLink()) return SYMLINK;
  return OTHER;
}

export function accessAtom(canRead: boolean, canWrite: boolean): Atom {
  if (canRead && canWrite) return READ_WRITE;
  if (canRead) return READ;
  if (canWrite) return WRITE;
  return NONE;
}

/** st_?time: whole seconds, rounded down as the timespec's tv_sec is. */
function seconds(ns: bigint): number | bigint {
  let s = ns / 1_000_000_000n;
  if (ns < 0n && s * 1_000_000_000n !== ns) s -= 1n;
  return normInt(s);
}

/** erts passes these through enif_make_uint: an unsigned int, so 64-bit dev_t and ino_t lose their high bits. */
function uint32(v: bigint): number {
  return Number(BigInt.asUintN(32, v));
}

/**
 * The tuple read_info_nif and read_handle_info_nif return: #file_info{} in file.hrl's field
 * order, with times as POSIX seconds (prim_file:adjust_times/2 turns them into dates).
 */
export function fileInfoTuple(s: fs.BigIntStats, access: Atom): Term {
  return [
    FILE_INFO,
    normInt(s.size),
    fileType(s),
    access,
    seconds(s.atimeNs),
    seconds(s.mtimeNs),
    seconds(s.ctimeNs),
    uint32(s.mode),
    uint32(s.nlink),
    uint32(s.dev),
    uint32(s.rdev),
    uint32(s.ino),
    uint32(s.uid),
    uint32(s.gid),
  ];
}

/** A safe integer argument in the int64 range erts's enif_get_int64 accepts, or undefined. */
export function int64(t: Term): number | undefined {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint' && t >= -(2n ** 63n) && t < 2n ** 63n) return Number(t);
  return undefined;
}

/** enif_get_int: a 32-bit signed integer, or undefined. */
export function int32(t: Term): number | undefined {
  return typeof t === 'number' && Number.isInteger(t) && t >= -0x80000000 && t <= 0x7fffffff ? t : undefined;
}

export function isNumber(t: Term): boolean {
  return typeof t === 'number' || typeof t === 'bigint' || t instanceof EFloat;
}
