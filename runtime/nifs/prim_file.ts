// prim_file's file-handle NIFs (erts: prim_file_nif.c and unix_prim_file.c) on Node's fs:
// open_nif/2 and file_desc_to_ref_nif/1 make a FileRef, the others read, write, seek, sync,
// truncate, allocate and close through it. Errors are erts's {error, Posix} tuples, bad
// argument types badarg (which prim_file.erl turns into {error, badarg}).
//
// Node has no lseek, so the file offset of a seekable file is kept here and every read and
// write is positional (pread/pwrite), which is indistinguishable from erts's read/write on
// the shared offset because a FileRef is the only user of its descriptor. Files opened with
// `append` write with the OS offset (O_APPEND puts the data at the end anyway), then take
// the end of file as their offset. Pipes, sockets, terminals and descriptors adopted with
// file_desc_to_ref_nif/1 use the OS offset throughout and cannot seek.
//
// Blocking: see prim_file-common.ts (all calls are synchronous, as on a dirty I/O scheduler).

import * as fs from 'node:fs';
import * as os from 'node:os';
import { atom, OK } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Ref } from '../term/identifiers.js';
import { Cons, NIL } from '../term/list.js';
import { normInt, type Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { makeRef } from '../process/signals.js';
import { addExitHook } from '../process/exit-hooks.js';
import { defineNif } from './registry.js';
import { inspectIovec, concatBytes } from './iovec.js';
import {
  EOF,
  accessAtom,
  errnoAtomName,
  fileInfoTuple,
  int32,
  int64,
  isFsError,
  isNumber,
  marshalPath,
  PathError,
  posixError,
} from './prim_file-common.js';

const M = 'prim_file';

// Open modes, as erts's efile_translate_modelist reads the list (other atoms, such as raw,
// binary or read_ahead, are prim_file.erl's business and ignored here).
const MODE_READ = 1;
const MODE_WRITE = 2;
const MODE_APPEND = 4;
const MODE_EXCLUSIVE = 8;
const MODE_SYNC = 16;
const MODE_SKIP_TYPE_CHECK = 32;
const MODE_DIRECTORY = 64;

const MODE_ATOMS = new Map([
  [atom('read'), MODE_READ],
  [atom('write'), MODE_WRITE],
  [atom('append'), MODE_APPEND],
  [atom('exclusive'), MODE_EXCLUSIVE],
  [atom('sync'), MODE_SYNC],
  [atom('skip_type_check'), MODE_SKIP_TYPE_CHECK],
  [atom('directory'), MODE_DIRECTORY],
]);

/**
 * An open file: erts's efile resource, a magic reference (so is_reference/1 is true of it)
 * that carries the descriptor. `fd` is -1 once closed; every operation on a closed file
 * answers {error, einval}, as erts's state machine does.
 */
export class FileRef extends Ref {
  fd: number;
  /** The offset reads and writes use, or null when the OS offset is used (streams, adopted fds). */
  pos: number | null;
  readonly append: boolean;
  /** The process that opened it: the file is closed when that process ends, as erts's monitor does. */
  owner: Process | null;
  constructor(fd: number, pos: number | null, append: boolean, owner: Process) {
    const r = makeRef();
    super(r.node, r.creation, r.ids);
    this.fd = fd;
    this.pos = pos;
    this.append = append;
    this.owner = owner;
  }
}

const OWNED = 'prim_file';

function ownedBy(p: Process): Set<FileRef> {
  let s = p.ext.get(OWNED) as Set<FileRef> | undefined;
  if (s === undefined) {
    s = new Set();
    p.ext.set(OWNED, s);
  }
  return s;
}

function closeFile(f: FileRef): void {
  const fd = f.fd;
  f.fd = -1;
  if (f.owner !== null) {
    (f.owner.ext.get(OWNED) as Set<FileRef> | undefined)?.delete(f);
    f.owner = null;
  }
  fs.closeSync(fd);
}

// erts closes an owner's files (through the erts_prim_file process) when the owner dies.
addExitHook((p) => {
  const s = p.extMap?.get(OWNED) as Set<FileRef> | undefined;
  if (s === undefined) return;
  for (const f of [...s]) {
    try {
      closeFile(f);
    } catch {
      // A failing close of an orphaned file has nobody to report to (erts ignores it too).
    }
  }
});

function openFlags(modes: number): number {
  const c = fs.constants;
  let flags: number;
  if (modes & MODE_READ && !(modes & MODE_WRITE)) flags = c.O_RDONLY;
  else if (modes & MODE_WRITE && !(modes & MODE_READ)) flags = c.O_WRONLY | c.O_CREAT | c.O_TRUNC;
  else flags = c.O_RDWR | c.O_CREAT;
  if (modes & MODE_APPEND) flags = (flags & ~c.O_TRUNC) | c.O_APPEND;
  if (modes & MODE_EXCLUSIVE) flags |= c.O_EXCL;
  if (modes & MODE_SYNC) flags |= c.O_SYNC;
  if (modes & MODE_DIRECTORY) flags |= c.O_DIRECTORY;
  return flags;
}

/** Whether the descriptor refers to something without a file offset of its own to emulate. */
function isStream(s: fs.Stats): boolean {
  return s.isFIFO() || s.isSocket() || s.isCharacterDevice();
}

function handed(p: Process, fd: number, pos: number | null, append: boolean): Term {
  const f = new FileRef(fd, pos, append, p);
  ownedBy(p).add(f);
  return [OK, f];
}

defineNif(M, 'open_nif', 2, (p: Process, name: Term, modeList: Term) => {
  if (!(modeList instanceof Cons) && modeList !== NIL) badarg();
  let modes = 0;
  for (let l: Term = modeList; l instanceof Cons; l = l.tl) modes |= MODE_ATOMS.get(l.hd as never) ?? 0;
  // 'append' and 'exclusive' imply write; no access mode at all means read (file_SUITE tests it).
  if (modes & (MODE_APPEND | MODE_EXCLUSIVE)) modes |= MODE_WRITE;
  else if (!(modes & (MODE_READ | MODE_WRITE))) modes |= MODE_READ;
  let path: Buffer;
  try {
    path = marshalPath(name);
  } catch (e) {
    if (e instanceof PathError) return posixError(e.posix);
    throw e;
  }
  let fd: number;
  try {
    fd = fs.openSync(path, openFlags(modes), modes & MODE_DIRECTORY ? 0o777 : 0o666);
  } catch (e) {
    if (isFsError(e)) return posixError(errnoAtomName(e));
    throw e;
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.fstatSync(fd);
  } catch {
    st = undefined;
  }
  // open(2) accepts directories; erts refuses them unless the directory mode was asked for.
  if (!(modes & MODE_SKIP_TYPE_CHECK) && !(modes & MODE_DIRECTORY) && st?.isDirectory()) {
    fs.closeSync(fd);
    return posixError('eisdir');
  }
  const append = (modes & MODE_APPEND) !== 0;
  // O_APPEND moves only writes: reads of a read-append file start at 0.
  return handed(p, fd, st !== undefined && isStream(st) ? null : 0, append);
});

defineNif(M, 'file_desc_to_ref_nif', 1, (p: Process, fdTerm: Term) => {
  if (!isNumber(fdTerm)) badarg();
  const fd = int32(fdTerm);
  if (fd === undefined) badarg();
  try {
    fs.fstatSync(fd);
  } catch (e) {
    if (isFsError(e)) return posixError(errnoAtomName(e));
    throw e;
  }
  return handed(p, fd, null, false);
});

/** The open file of a handle NIF's first argument: badarg when it is not one. */
function fileOf(t: Term): FileRef {
  if (!(t instanceof FileRef)) badarg();
  return t;
}

/**
 * erts's file_handle_wrapper: badarg for a non-file, {error, einval} for a closed file, and
 * here also the conversion of fs errors into {error, Posix}.
 */
function handleOp(t: Term, op: (f: FileRef) => Term): Term {
  const f = fileOf(t);
  if (f.fd < 0) return posixError('einval');
  try {
    return op(f);
  } catch (e) {
    if (isFsError(e)) return posixError(errnoAtomName(e));
    throw e;
  }
}

defineNif(M, 'close_nif', 1, (_p: Process, t: Term) => {
  const f = fileOf(t);
  if (f.fd < 0) return posixError('einval');
  try {
    closeFile(f);
  } catch (e) {
    if (isFsError(e)) return posixError(errnoAtomName(e));
    throw e;
  }
  return OK;
});

/** Only for files already closed by their owner's death; it closes whatever is left open. */
defineNif(M, 'delayed_close_nif', 1, (_p: Process, t: Term) => {
  const f = fileOf(t);
  if (f.fd >= 0) {
    try {
      closeFile(f);
    } catch {
      // erts ignores the result of a delayed close.
    }
  }
  return OK;
});

function allocBuffer(size: number): Buffer | undefined {
  try {
    return Buffer.allocUnsafe(size);
  } catch {
    return undefined;
  }
}

/** Reads until `buf` is full or end of file, as efile_readv/efile_preadv loop; returns the count. */
function readFully(fd: number, buf: Buffer, position: number | null): number {
  let got = 0;
  while (got < buf.length) {
    const n = fs.readSync(fd, buf, got, buf.length - got, position === null ? null : position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function writeFully(f: FileRef, data: Uint8Array, position: number | null): number {
  let done = 0;
  while (done < data.length) {
    done += fs.writeSync(f.fd, data, done, data.length - done, position === null ? null : position + done);
  }
  return done;
}

function readResult(buf: Buffer, n: number): Term {
  if (n === 0) return EOF;
  return [OK, BitStr.fromBytes(new Uint8Array(buf.buffer, buf.byteOffset, n).slice())];
}

defineNif(M, 'read_nif', 2, (_p: Process, t: Term, size: Term) =>
  handleOp(t, (f) => {
    if (!isNumber(size)) badarg();
    const n = int64(size);
    if (n === undefined || n < 0) return posixError('einval');
    const buf = allocBuffer(n);
    if (buf === undefined) return posixError('enomem');
    const got = readFully(f.fd, buf, f.pos);
    if (f.pos !== null) f.pos += got;
    return readResult(buf, got);
  }),
);

defineNif(M, 'write_nif', 2, (_p: Process, t: Term, iovec: Term) =>
  handleOp(t, (f) => {
    const parts = inspectIovec(iovec);
    if (parts === undefined) badarg();
    const data = concatBytes(parts);
    if (f.append) {
      writeFully(f, data, null);
      if (f.pos !== null) f.pos = fs.fstatSync(f.fd).size;
    } else {
      const n = writeFully(f, data, f.pos);
      if (f.pos !== null) f.pos += n;
    }
    return OK;
  }),
);

defineNif(M, 'pread_nif', 3, (_p: Process, t: Term, offset: Term, size: Term) =>
  handleOp(t, (f) => {
    if (!isNumber(offset) || !isNumber(size)) badarg();
    const at = int64(offset);
    const n = int64(size);
    if (at === undefined || n === undefined || at < 0 || n < 0) return posixError('einval');
    const buf = allocBuffer(n);
    if (buf === undefined) return posixError('enomem');
    return readResult(buf, readFully(f.fd, buf, at));
  }),
);

defineNif(M, 'pwrite_nif', 3, (_p: Process, t: Term, offset: Term, iovec: Term) =>
  handleOp(t, (f) => {
    const parts = isNumber(offset) ? inspectIovec(iovec) : undefined;
    if (parts === undefined) badarg();
    const at = int64(offset);
    if (at === undefined || at < 0) return posixError('einval');
    writeFully(f, concatBytes(parts), at);
    return OK;
  }),
);

const BOF = atom('bof');
const CUR = atom('cur');

defineNif(M, 'seek_nif', 3, (_p: Process, t: Term, mark: Term, offset: Term) =>
  handleOp(t, (f) => {
    const off = int64(offset);
    if (off === undefined) badarg();
    if (mark !== BOF && mark !== CUR && mark !== EOF) badarg();
    if (f.pos === null) {
      // A stream has no offset to move (lseek: ESPIPE on pipes and sockets); terminals
      // and other character devices accept any seek and stay at 0.
      const st = fs.fstatSync(f.fd);
      if (st.isFIFO() || st.isSocket()) return posixError('espipe');
      return [OK, 0];
    }
    const base = mark === BOF ? 0 : mark === CUR ? f.pos : fs.fstatSync(f.fd).size;
    const to = base + off;
    if (to < 0) return posixError('einval');
    f.pos = to;
    return [OK, normInt(BigInt(to))];
  }),
);

defineNif(M, 'sync_nif', 2, (_p: Process, t: Term, dataOnly: Term) =>
  handleOp(t, (f) => {
    const d = int32(dataOnly);
    if (d === undefined) badarg();
    if (d !== 0) fs.fdatasyncSync(f.fd);
    else fs.fsyncSync(f.fd);
    return OK;
  }),
);

defineNif(M, 'truncate_nif', 1, (_p: Process, t: Term) =>
  handleOp(t, (f) => {
    // Without lseek the OS offset of a stream is unknown; ftruncate fails on streams anyway.
    if (f.pos === null) return posixError('einval');
    fs.ftruncateSync(f.fd, f.pos);
    return OK;
  }),
);

defineNif(M, 'allocate_nif', 3, (_p: Process, t: Term, offset: Term, length: Term) =>
  handleOp(t, (f) => {
    if (!isNumber(offset) || !isNumber(length)) badarg();
    const at = int64(offset);
    const len = int64(length);
    if (at === undefined || len === undefined || at < 0 || len < 0) return posixError('einval');
    const st = fs.fstatSync(f.fd);
    if (st.isFIFO()) return posixError('espipe');
    if (!st.isFile()) return posixError('enodev');
    // fallocate(fd, 0, ...) reserves the blocks and extends the size to cover them; Node has
    // no fallocate, so the size is extended (with zeros) and the blocks left sparse.
    if (at + len > st.size) fs.ftruncateSync(f.fd, at + len);
    return OK;
  }),
);

const ADVICE = new Set(['normal', 'random', 'sequential', 'will_need', 'dont_need', 'no_reuse'].map(atom));

defineNif(M, 'advise_nif', 4, (_p: Process, t: Term, offset: Term, length: Term, advice: Term) =>
  handleOp(t, () => {
    if (!isNumber(offset) || !isNumber(length)) badarg();
    const at = int64(offset);
    const len = int64(length);
    if (at === undefined || len === undefined || at < 0 || len < 0) return posixError('einval');
    // erts answers einval for an unknown advice ("the tests check for EINVAL instead of badarg").
    if (!ADVICE.has(advice as never)) return posixError('einval');
    // posix_fadvise is only a hint, and Node has none: accepted and ignored.
    return OK;
  }),
);

defineNif(M, 'get_handle_nif', 1, (_p: Process, t: Term) =>
  handleOp(t, (f) => {
    // The descriptor as a C int in native byte order, as efile_get_handle copies it.
    const b = Buffer.alloc(4);
    if (os.endianness() === 'LE') b.writeInt32LE(f.fd);
    else b.writeInt32BE(f.fd);
    return BitStr.fromBytes(new Uint8Array(b));
  }),
);

defineNif(M, 'read_handle_info_nif', 1, (_p: Process, t: Term) =>
  handleOp(t, (f) => {
    const s = fs.fstatSync(f.fd, { bigint: true });
    return fileInfoTuple(s, handleAccess(s));
  }),
);

/** erts's check_access: the owner's, else the group's, else others' read and write bits. */
function handleAccess(s: fs.BigIntStats) {
  const mode = Number(s.mode);
  const euid = process.geteuid?.() ?? -1;
  const egid = process.getegid?.() ?? -1;
  let shift = 0;
  if (Number(s.uid) === euid) shift = 6;
  else if (Number(s.gid) === egid) shift = 3;
  return accessAtom((mode & (4 << shift)) !== 0, (mode & (2 << shift)) !== 0);
}

/**
 * DETS's indirect read: an 8-byte pointer <<Size:32, Offset:32>> at Offset, then Size bytes
 * at the pointer's offset; eof when the pointer is short or Size exceeds MaxSize.
 */
defineNif(M, 'ipread_s32bu_p32bu_nif', 3, (_p: Process, t: Term, offset: Term, maxSize: Term) =>
  handleOp(t, (f) => {
    if (!isNumber(offset) || !isNumber(maxSize)) badarg();
    const at = int64(offset);
    const max = int64(maxSize);
    if (at === undefined || max === undefined || at < 0 || max >= 2 ** 31) return posixError('einval');
    const ptr = Buffer.alloc(8);
    if (readFully(f.fd, ptr, at) < 8) return EOF;
    const size = ptr.readUInt32BE(0);
    const dataAt = ptr.readUInt32BE(4);
    if (size > max) return EOF;
    const buf = allocBuffer(size);
    if (buf === undefined) return posixError('enomem');
    const n = readFully(f.fd, buf, dataAt);
    const data = n === 0 ? EOF : BitStr.fromBytes(new Uint8Array(buf.buffer, buf.byteOffset, n).slice());
    return [OK, [size, dataAt, data]];
  }),
);

/** read_file_nif/1: the whole file in one call (erts does it in the NIF to avoid rescheduling). */
defineNif(M, 'read_file_nif', 1, (_p: Process, name: Term) => {
  let fd = -1;
  try {
    fd = fs.openSync(marshalPath(name), fs.constants.O_RDONLY);
    if (fs.fstatSync(fd).isDirectory()) return posixError('eisdir');
    return [OK, BitStr.fromBytes(new Uint8Array(fs.readFileSync(fd)))];
  } catch (e) {
    if (e instanceof PathError) return posixError(e.posix);
    if (isFsError(e)) return posixError(errnoAtomName(e));
    throw e;
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
});
