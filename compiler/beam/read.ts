// readBeam: a .beam file's bytes to a BeamFile, one plain table per chunk, as
// erts's beam_file.c prepares a module before loading it. Nothing here knows about
// JavaScript; compiler/ops decodes `code.bytes` next.
//
// Every problem is a BeamjsError naming the file and the chunk: the chunk parsers
// throw ChunkFormatError (or badarg from the term decoder) and parseChunk adds
// where it happened.

import { BeamjsError, errors } from '../diagnostics.js';
import { ErlangException } from '../../runtime/errors.js';
import { decodeTerm, type DecodeOptions } from '../../runtime/term/etf-decode.js';
import { NIL } from '../../runtime/term/list.js';
import type { Term } from '../../runtime/term/term.js';
import { ChunkFormatError } from './byte-reader.js';
import {
  BEAM_FORMAT_NUMBER,
  inflateLiterals,
  parseAtoms,
  parseCode,
  parseExports,
  parseFuns,
  parseImports,
  splitLiterals,
  type CodeChunk,
  type ExportEntry,
  type FunEntry,
  type ImportEntry,
} from './chunks.js';
import { chunkMap, readChunks, type RawChunk } from './iff.js';
import { emptyLineTable, parseLines, type LineTable } from './lines.js';
import { Md5 } from './md5.js';
import { parseTypes, type BeamType } from './types.js';

export interface BeamFile {
  /** The path or name the file was read as, for messages. */
  file: string;
  /** The module name: atom 1. */
  module: string;
  /** atoms[i - 1] is the code's atom index i. */
  atoms: string[];
  code: CodeChunk;
  /** StrT: the pool that bs_match_string and friends take slices of. */
  strings: Uint8Array;
  imports: ImportEntry[];
  exports: ExportEntry[];
  /** LocT (optional; only for tools, the loader does not need it). */
  locals: ExportEntry[];
  funs: FunEntry[];
  /** LitT after inflating (count, then size-prefixed terms), or null without literals. */
  literalTable: Uint8Array | null;
  /** The literals, decoded; `literal` operands index this array. */
  literals: Term[];
  lines: LineTable;
  /** The Attr chunk's term ([] when absent), as module_info(attributes) starts from. */
  attributes: Term;
  /** The CInf chunk's term ([] when absent). */
  compileInfo: Term;
  /** The raw Type chunk, or null. */
  types: Uint8Array | null;
  /** The Type chunk's entries, or null when absent or of an unknown version. */
  typeTable: BeamType[] | null;
  /** The module MD5 as erts computes it (module_info(md5), beam_lib:md5/1). */
  md5: Uint8Array;
  /** Every chunk in file order, including ones this reader does not interpret. */
  chunks: RawChunk[];
}

export interface ReadOptions {
  /** Builds the export table entry of a `fun M:F/A` literal; without it such funs raise undef when called. */
  resolveExport?: DecodeOptions['resolveExport'];
}

/** Runs a chunk parser, turning its failures into a BeamjsError naming file and chunk. */
function parseChunk<T>(file: string, chunk: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof ChunkFormatError) throw errors.corruptChunk(file, chunk, e.detail);
    if (e instanceof ErlangException) throw errors.corruptChunk(file, chunk, 'not a valid external term');
    if (e instanceof BeamjsError) throw e;
    // A bug of this reader: still name where it happened.
    throw errors.corruptChunk(file, chunk, `unexpected ${(e as Error)?.message ?? String(e)}`);
  }
}

/** erts takes an empty chunk for a missing one. */
function present(chunks: Map<string, RawChunk>, id: string): Uint8Array | null {
  const c = chunks.get(id);
  return c !== undefined && c.data.length > 0 ? c.data : null;
}

export function readBeam(bytes: Uint8Array, file: string, opts: ReadOptions = {}): BeamFile {
  const all = readChunks(bytes, file);
  const chunks = chunkMap(all);

  const codeData = present(chunks, 'Code');
  if (codeData === null) throw errors.missingChunk(file, 'Code');
  const code = parseChunk(file, 'Code', () => parseCode(codeData));
  if (code.formatVersion !== BEAM_FORMAT_NUMBER) {
    throw errors.unsupportedFormat(file, 'Code', `format version ${code.formatVersion} (OTP 25 reads version 0)`);
  }

  const atU8 = present(chunks, 'AtU8');
  const oldAtom = present(chunks, 'Atom');
  let atoms: string[];
  if (atU8 !== null) atoms = parseChunk(file, 'AtU8', () => parseAtoms(atU8, 'utf8'));
  else if (oldAtom !== null) atoms = parseChunk(file, 'Atom', () => parseAtoms(oldAtom, 'latin1'));
  else throw errors.missingChunk(file, 'AtU8');
  const module = atoms[0];

  const impData = present(chunks, 'ImpT');
  if (impData === null) throw errors.missingChunk(file, 'ImpT');
  const imports = parseChunk(file, 'ImpT', () => parseImports(impData, atoms));

  const expData = present(chunks, 'ExpT');
  if (expData === null) throw errors.missingChunk(file, 'ExpT');
  const exports = parseChunk(file, 'ExpT', () => parseExports(expData, atoms));

  const locData = present(chunks, 'LocT');
  // erts ignores LocT when loading, so a corrupt one does not make the file unloadable.
  let locals: ExportEntry[] = [];
  try {
    if (locData !== null) locals = parseExports(locData, atoms);
  } catch {
    locals = [];
  }

  const funData = present(chunks, 'FunT');
  const funs = funData === null ? [] : parseChunk(file, 'FunT', () => parseFuns(funData, atoms));

  const litData = present(chunks, 'LitT');
  let literalTable: Uint8Array | null = null;
  let literals: Term[] = [];
  if (litData !== null) {
    const table = parseChunk(file, 'LitT', () => inflateLiterals(litData));
    literalTable = table;
    literals = parseChunk(file, 'LitT', () =>
      splitLiterals(table).map((ext) => decodeTerm(ext, { resolveExport: opts.resolveExport })),
    );
  }

  const lineData = present(chunks, 'Line');
  const lines = lineData === null ? emptyLineTable(module) : parseChunk(file, 'Line', () => parseLines(lineData, module));

  const typeData = present(chunks, 'Type');
  const typeTable = typeData === null ? null : parseChunk(file, 'Type', () => parseTypes(typeData));

  const attrData = present(chunks, 'Attr');
  const attributes = attrData === null ? NIL : parseChunk(file, 'Attr', () => decodeTerm(attrData));
  const cinfData = present(chunks, 'CInf');
  const compileInfo = cinfData === null ? NIL : parseChunk(file, 'CInf', () => decodeTerm(cinfData));

  return {
    file,
    module,
    atoms,
    code,
    strings: present(chunks, 'StrT') ?? new Uint8Array(0),
    imports,
    exports,
    locals,
    funs,
    literalTable,
    literals,
    lines,
    attributes,
    compileInfo,
    types: typeData,
    typeTable,
    md5: moduleMd5(chunks),
    chunks: all,
  };
}

/**
 * The module MD5: the data of the significant chunks in a fixed order (not file
 * order), with each lambda's OldUniq zeroed because its hash was endian-dependent.
 * Line, Attr, CInf and debug info are left out, so recompiling with other
 * options or from another path keeps the MD5.
 */
export function moduleMd5(chunks: Map<string, RawChunk>): Uint8Array {
  const h = new Md5();
  for (const id of ['Atom', 'AtU8', 'Code', 'StrT', 'ImpT', 'ExpT']) {
    const d = present(chunks, id);
    if (d !== null) h.update(d);
  }
  const funs = present(chunks, 'FunT');
  if (funs !== null) {
    const zeroed = funs.slice();
    // Layout checked by parseFuns: a count, then 24-byte entries ending in OldUniq.
    for (let p = 4 + 20; p + 4 <= zeroed.length; p += 24) zeroed.fill(0, p, p + 4);
    h.update(zeroed);
  }
  for (const id of ['LitT', 'Meta']) {
    const d = present(chunks, id);
    if (d !== null) h.update(d);
  }
  return h.digest();
}
