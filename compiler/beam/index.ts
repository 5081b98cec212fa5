// compiler/beam: reading .beam files. readBeam turns a file's bytes into a
// BeamFile (one table per chunk, the module MD5 as erts computes it); the rest of
// this folder is its parts, exported for tools and tests.

export { readBeam, moduleMd5, type BeamFile, type ReadOptions } from './read.js';
export type { CodeChunk, ExportEntry, ImportEntry, FunEntry } from './chunks.js';
export type { LineTable, LineItem } from './lines.js';
export { BEAM_TYPE, BEAM_TYPE_ANY, type BeamType } from './types.js';
export { readChunks, type RawChunk } from './iff.js';
export { readCompact, type CompactValue } from './compact-term.js';
export { md5, Md5 } from './md5.js';
