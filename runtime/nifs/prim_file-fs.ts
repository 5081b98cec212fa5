// prim_file's file-system NIFs (erts: prim_file_nif.c and unix_prim_file.c) on Node's fs:
// file information, permissions, owner and times, links, directories, renaming, deleting
// and the current directory. Names arrive as prim_file:internal_name2native/1 made them
// (NUL-terminated binaries) and leave as raw binaries for internal_native2name/1.
//
// Blocking: see prim_file-common.ts (all calls are synchronous, as on a dirty I/O scheduler).

import * as fs from 'node:fs';
import { OK } from '../term/atom.js';
import { NIL, Cons } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineNif } from './registry.js';
import { accessAtom, binaryOf, errnoAtomName, fileInfoTuple, int32, int64, isFsError, marshalPath, posixError, withPaths } from './prim_file-common.js';

const M = 'prim_file';

function canAccess(path: Buffer, mode: number): boolean {
  try {
    fs.accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

defineNif(M, 'read_info_nif', 2, (_p: Process, name: Term, followLinks: Term) => {
  const follow = int32(followLinks);
  if (follow === undefined) badarg();
  return withPaths(() => {
    const path = marshalPath(name);
    const s = follow !== 0 ? fs.statSync(path, { bigint: true }) : fs.lstatSync(path, { bigint: true });
    // access(2) on the name, as erts does (so it follows a symbolic link even for lstat).
    return fileInfoTuple(s, accessAtom(canAccess(path, fs.constants.R_OK), canAccess(path, fs.constants.W_OK)));
  });
});

defineNif(M, 'set_permissions_nif', 2, (_p: Process, name: Term, perms: Term) => {
  if (typeof perms !== 'number' || perms < 0 || perms > 0xffffffff) badarg();
  return withPaths(() => {
    const path = marshalPath(name);
    // setuid, setgid and the rwx bits; on failure erts retries without setuid/setgid.
    const mode = perms & 0o6777;
    try {
      fs.chmodSync(path, mode);
    } catch {
      fs.chmodSync(path, mode & 0o777);
    }
    return OK;
  });
});

defineNif(M, 'set_owner_nif', 3, (_p: Process, name: Term, uid: Term, gid: Term) => {
  const u = int32(uid);
  const g = int32(gid);
  if (u === undefined || g === undefined) badarg();
  return withPaths(() => {
    fs.chownSync(marshalPath(name), u, g);
    return OK;
  });
});

defineNif(M, 'set_time_nif', 4, (_p: Process, name: Term, atime: Term, mtime: Term, ctime: Term) => {
  const a = int64(atime);
  const m = int64(mtime);
  if (a === undefined || m === undefined || int64(ctime) === undefined) badarg();
  return withPaths(() => {
    // utime(2): whole seconds; the change time cannot be set on Unix and is ignored.
    fs.utimesSync(marshalPath(name), a, m);
    return OK;
  });
});

defineNif(M, 'read_link_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => [OK, binaryOf(fs.readlinkSync(marshalPath(name), { encoding: 'buffer' }))]),
);

/**
 * The names of a directory but `.` and `..`, in readdir(3)'s order reversed (erts conses each
 * name onto the list as it reads; prim_file's conversion reverses it back). Dir.readSync
 * gives readdir's order; fs.readdirSync would sort the names, which erts does not.
 */
defineNif(M, 'list_dir_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => {
    const dir = fs.opendirSync(marshalPath(name) as unknown as string, { encoding: 'buffer' as BufferEncoding });
    let list: Term = NIL;
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) {
        const n = e.name as unknown as Buffer;
        list = new Cons(binaryOf(new Uint8Array(n)), list);
      }
    } finally {
      dir.closeSync();
    }
    return [OK, list];
  }),
);

defineNif(M, 'rename_nif', 2, (_p: Process, from: Term, to: Term) =>
  withPaths(() => {
    const a = marshalPath(from);
    const b = marshalPath(to);
    try {
      fs.renameSync(a, b);
    } catch (e) {
      if (!isFsError(e)) throw e;
      const posix = errnoAtomName(e);
      if (posix === 'enotempty') return posixError('eexist');
      if (a.length === 1 && a[0] === 0x2f) return posixError('einval');
      return posixError(posix);
    }
    return OK;
  }),
);

defineNif(M, 'make_hard_link_nif', 2, (_p: Process, existing: Term, link: Term) =>
  withPaths(() => {
    fs.linkSync(marshalPath(existing), marshalPath(link));
    return OK;
  }),
);

defineNif(M, 'make_soft_link_nif', 2, (_p: Process, existing: Term, link: Term) =>
  withPaths(() => {
    fs.symlinkSync(marshalPath(existing), marshalPath(link));
    return OK;
  }),
);

defineNif(M, 'make_dir_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => {
    fs.mkdirSync(marshalPath(name), 0o777);
    return OK;
  }),
);

defineNif(M, 'del_file_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => {
    try {
      fs.unlinkSync(marshalPath(name));
    } catch (e) {
      // Linux answers EISDIR for a directory; erts reports it as POSIX's EPERM.
      if (isFsError(e) && errnoAtomName(e) === 'eisdir') return posixError('eperm');
      throw e;
    }
    return OK;
  }),
);

defineNif(M, 'del_dir_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => {
    const path = marshalPath(name);
    try {
      fs.rmdirSync(path);
    } catch (e) {
      if (!isFsError(e)) throw e;
      let posix = errnoAtomName(e);
      if (posix === 'enotempty') posix = 'eexist';
      // Deleting the current directory is einval, as erts reports it.
      if (posix === 'eexist') {
        try {
          const a = fs.statSync(path, { bigint: true });
          const b = fs.statSync('.', { bigint: true });
          if (a.ino === b.ino && a.dev === b.dev) posix = 'einval';
        } catch {
          // keep eexist
        }
      }
      return posixError(posix);
    }
    return OK;
  }),
);

defineNif(M, 'get_cwd_nif', 0, (_p: Process) => {
  try {
    return [OK, binaryOf(new Uint8Array(Buffer.from(process.cwd(), 'utf8')))];
  } catch (e) {
    return posixError(errnoAtomName(e));
  }
});

// Drive-letter directories exist only on Windows.
defineNif(M, 'get_device_cwd_nif', 1, (_p: Process, index: Term) => {
  if (int32(index) === undefined) badarg();
  return posixError('enotsup');
});

defineNif(M, 'set_cwd_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => {
    const path = marshalPath(name);
    // process.chdir takes a string: the bytes are read as UTF-8 (names that are not UTF-8
    // cannot be made the current directory here).
    process.chdir(path.toString('utf8'));
    return OK;
  }),
);

// 8.3 alternative names exist only on Windows.
defineNif(M, 'altname_nif', 1, (_p: Process, name: Term) =>
  withPaths(() => {
    marshalPath(name);
    return posixError('enotsup');
  }),
);
