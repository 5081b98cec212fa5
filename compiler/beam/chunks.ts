// Parsers for the chunks of a .beam file that are tables: atoms (AtU8 and the old
// latin-1 Atom), the Code header, imports, exports and locals, lambdas (FunT) and
// the literal table (LitT). Each takes the chunk's bytes and returns plain data;
// structural problems throw ChunkFormatError, which read.ts turns into a
// BeamjsError naming the file and chunk.

import { inflateSync } from 'node:zlib';
import { ByteReader, fail } from './byte-reader.js';
import { readCompact, TAG_U } from './compact-term.js';

/** BEAM format version of the Code chunk that OTP 25 writes and loads. */
export const BEAM_FORMAT_NUMBER = 0;
/** Functions take at most 255 arguments. */
const MAX_ARITY = 255;

export interface CodeChunk {
  /** Must be 0 (BEAM_FORMAT_NUMBER). */
  formatVersion: number;
  /** The highest generic opcode used in the module. */
  maxOpcode: number;
  labelCount: number;
  functionCount: number;
  /** The instructions: everything after the Code header. */
  bytes: Uint8Array;
}

export interface ExportEntry {
  name: string;
  arity: number;
  /** The entry label of the function. */
  label: number;
}

export interface ImportEntry {
  module: string;
  name: string;
  arity: number;
}

export interface FunEntry {
  /** The lambda function's name, e.g. '-main/1-fun-0-'. */
  name: string;
  /** The lambda function's arity: the fun's arguments plus its free variables. */
  arity: number;
  label: number;
  /** The fun's index within the module (what NEW_FUN_EXT and make_fun carry). */
  index: number;
  numFree: number;
  /** Legacy hash; not part of the module MD5. */
  oldUniq: number;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The atom table: atoms[i - 1] is atom index i of the code (index 0 means []).
 * A negative count announces lengths as compact terms (OTP 28's long atoms).
 */
export function parseAtoms(data: Uint8Array, encoding: 'utf8' | 'latin1'): string[] {
  const r = new ByteReader(data);
  let count = r.i32('atom count');
  const longLengths = count < 0;
  if (longLengths) count = -count;
  if (count < 1) fail('the atom table is empty (atom 1 must be the module name)');
  if (count > r.left) fail(`atom count ${count} exceeds the chunk`);
  const atoms: string[] = [];
  for (let i = 0; i < count; i++) {
    let len: number;
    if (longLengths) {
      const v = readCompact(r);
      if (v.tag !== TAG_U || typeof v.value !== 'number') fail(`bad length of atom ${i + 1}`);
      len = v.value;
    } else {
      len = r.u8(`length of atom ${i + 1}`);
    }
    const raw = r.take(len, `atom ${i + 1}`);
    if (encoding === 'latin1') {
      atoms.push(latin1.decode(raw));
    } else {
      try {
        atoms.push(utf8.decode(raw));
      } catch {
        fail(`atom ${i + 1} is not valid UTF-8`);
      }
    }
  }
  return atoms;
}

export function parseCode(data: Uint8Array): CodeChunk {
  const r = new ByteReader(data);
  const headerSize = r.u32('code header size');
  r.need(headerSize, 'code header');
  // The header size is honoured: a newer compiler may add fields after ours.
  const header = new ByteReader(data, r.pos, r.pos + headerSize);
  const formatVersion = header.u32('format version');
  const maxOpcode = header.u32('highest opcode');
  const labelCount = header.u32('label count');
  const functionCount = header.u32('function count');
  return { formatVersion, maxOpcode, labelCount, functionCount, bytes: data.subarray(4 + headerSize) };
}

function atomAt(atoms: readonly string[], index: number, what: string): string {
  if (index < 1 || index > atoms.length) fail(`${what} refers to atom ${index}, the table has ${atoms.length}`);
  return atoms[index - 1];
}

function tableCount(r: ByteReader, entrySize: number, what: string): number {
  const n = r.u32(`${what} count`);
  if (n * entrySize > r.left) fail(`${what} count ${n} needs ${n * entrySize} bytes, the chunk has ${r.left}`);
  return n;
}

/** ExpT and LocT: {function atom, arity, label}. */
export function parseExports(data: Uint8Array, atoms: readonly string[]): ExportEntry[] {
  const r = new ByteReader(data);
  const n = tableCount(r, 12, 'entry');
  const out: ExportEntry[] = [];
  for (let i = 0; i < n; i++) {
    const name = atomAt(atoms, r.u32(), `entry ${i}`);
    const arity = r.u32();
    const label = r.u32();
    if (arity > MAX_ARITY) fail(`entry ${i} (${name}) has arity ${arity}`);
    if (label > 0x7fffffff) fail(`entry ${i} (${name}) has label ${label}`);
    out.push({ name, arity, label });
  }
  return out;
}

/** ImpT: {module atom, function atom, arity}. */
export function parseImports(data: Uint8Array, atoms: readonly string[]): ImportEntry[] {
  const r = new ByteReader(data);
  const n = tableCount(r, 12, 'import');
  const out: ImportEntry[] = [];
  for (let i = 0; i < n; i++) {
    const module = atomAt(atoms, r.u32(), `import ${i}`);
    const name = atomAt(atoms, r.u32(), `import ${i}`);
    const arity = r.u32();
    if (arity > MAX_ARITY) fail(`import ${i} (${module}:${name}) has arity ${arity}`);
    out.push({ module, name, arity });
  }
  return out;
}

/** FunT: {function atom, arity, label, index, free variables, old uniq}. */
export function parseFuns(data: Uint8Array, atoms: readonly string[]): FunEntry[] {
  const r = new ByteReader(data);
  const n = tableCount(r, 24, 'lambda');
  if (r.left !== n * 24) fail(`the lambda table has ${r.left - n * 24} stray bytes`);
  const out: FunEntry[] = [];
  for (let i = 0; i < n; i++) {
    const name = atomAt(atoms, r.u32(), `lambda ${i}`);
    const arity = r.u32();
    const label = r.u32();
    const index = r.u32();
    const numFree = r.u32();
    const oldUniq = r.u32();
    if (label > 0x7fffffff) fail(`lambda ${i} (${name}) has label ${label}`);
    out.push({ name, arity, label, index, numFree, oldUniq });
  }
  return out;
}

/** LitT, uncompressed: u32 count, then each literal as u32 size + external term format. */
export function inflateLiterals(data: Uint8Array): Uint8Array {
  const r = new ByteReader(data);
  const size = r.u32('uncompressed size');
  let out: Buffer;
  try {
    out = inflateSync(data.subarray(4), { maxOutputLength: Math.max(size, 1) });
  } catch (e) {
    fail(`zlib: ${(e as Error).message ?? String(e)}`);
  }
  if (out.length > size) fail(`inflates to more than the declared ${size} bytes`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** The external-format bytes of each literal in an inflated literal table. */
export function splitLiterals(table: Uint8Array): Uint8Array[] {
  const r = new ByteReader(table);
  const n = tableCount(r, 4, 'literal');
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const size = r.u32(`size of literal ${i}`);
    out.push(r.take(size, `literal ${i}`));
  }
  return out;
}
