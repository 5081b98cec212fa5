// The .beam files a compiled program (`beamjs compile`) carries inside its ES modules,
// served at their paths under the program's directory, so that OTP loads them through
// erl_prim_loader and code_server exactly as it loads files on erts. Everything else of
// the program's OTP root (boot script, .app files, directories) is real files; this
// layer adds only the .beam files, to the few prim_file NIFs that OTP's loading uses:
// read_file, read_info (size from the bytes, the rest from the ES module that carries
// them), list_dir (the real listing plus the carried names), and open for reading (the
// bytes put in an unlinked temporary file, so that every handle operation works). It
// is installed only by a compiled program (cli/dist-main.ts); `beamjs run` never has it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OK } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Cons, NIL } from '../term/list.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { wrapNif } from './registry.js';
import { fileInfoTuple, marshalPath, accessAtom } from './prim_file-common.js';

export interface BundledFile {
  /** Absolute path the file appears at. */
  path: string;
  bytes: () => Uint8Array;
  /** The real file that carries it: its metadata stands for the file's (size aside). */
  carrier: string;
}

const files = new Map<string, BundledFile>();
/** Directory -> names of the carried files in it. */
const dirs = new Map<string, string[]>();

/** The carried file at `file` (absolute or relative to the current directory), if any. */
export function bundledFile(file: string): Uint8Array | undefined {
  if (files.size === 0) return undefined;
  return files.get(path.resolve(file))?.bytes();
}

export function installBundledFiles(entries: readonly BundledFile[]): void {
  const first = files.size === 0;
  for (const e of entries) {
    files.set(e.path, e);
    const dir = path.dirname(e.path);
    let names = dirs.get(dir);
    if (names === undefined) dirs.set(dir, (names = []));
    names.push(path.basename(e.path));
  }
  if (first) wrapPrimFile();
}

/** The carried file a prim_file name argument names, or undefined (also for names prim_file would refuse). */
function carried(name: Term): BundledFile | undefined {
  let p: Buffer;
  try {
    p = marshalPath(name);
  } catch {
    return undefined;
  }
  return files.get(path.resolve(p.toString('utf8')));
}

function carriedDir(name: Term): string[] | undefined {
  let p: Buffer;
  try {
    p = marshalPath(name);
  } catch {
    return undefined;
  }
  return dirs.get(path.resolve(p.toString('utf8')));
}

function nameTerm(file: string): Term {
  return BitStr.fromBytes(new Uint8Array(Buffer.from(`${file}\0`, 'utf8')));
}

function wrapPrimFile(): void {
  const M = 'prim_file';
  wrapNif(M, 'read_file_nif', 1, (orig) => (p: Process, name: Term) => {
    const f = carried(name);
    // A copy: the binary is the program's own, as a freshly read file is.
    return f !== undefined ? [OK, BitStr.fromBytes(f.bytes().slice())] : orig(p, name);
  });
  wrapNif(M, 'read_info_nif', 2, (orig) => (p: Process, name: Term, follow: Term) => {
    const f = carried(name);
    if (f === undefined) return orig(p, name, follow);
    const info = fileInfoTuple(fs.statSync(f.carrier, { bigint: true }), accessAtom(true, false)) as Term[];
    info[1] = f.bytes().length;
    return info;
  });
  wrapNif(M, 'list_dir_nif', 1, (orig) => (p: Process, name: Term) => {
    const names = carriedDir(name);
    if (names === undefined) return orig(p, name);
    const real = orig(p, name) as Term[];
    let list: Term = real[0] === OK ? real[1] : NIL;
    const have = new Set<string>();
    for (let l = list; l instanceof Cons; l = l.tl) have.add(Buffer.from((l.hd as BitStr).toBytes()).toString('utf8'));
    for (const n of names) if (!have.has(n)) list = new Cons(BitStr.fromBytes(new Uint8Array(Buffer.from(n, 'utf8'))), list);
    return [OK, list];
  });
  wrapNif(M, 'open_nif', 2, (orig) => (p: Process, name: Term, modes: Term) => {
    const f = carried(name);
    if (f === undefined || !readOnly(modes)) return orig(p, name, modes);
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'beamjs-')), path.basename(f.path));
    fs.writeFileSync(tmp, f.bytes());
    try {
      return orig(p, nameTerm(tmp), modes);
    } finally {
      // The descriptor keeps the data; the name goes at once, so nothing is left behind.
      fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    }
  });
}

const WRITING = new Set(['write', 'append', 'exclusive']);

function readOnly(modes: Term): boolean {
  for (let l = modes; l instanceof Cons; l = l.tl) if (WRITING.has((l.hd as { name?: string }).name ?? '')) return false;
  return true;
}
