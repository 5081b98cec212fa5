// The IFF container of a .beam file: "FOR1", the form size, "BEAM", then chunks of
// (4-byte id, 4-byte size, data padded to a multiple of 4). This file only splits
// the container into named byte ranges; the chunk parsers give them meaning.
//
// As erts: bytes past the form size are ignored, the padding of every chunk must
// be present, and when an id occurs twice the last one counts.

import { errors } from '../diagnostics.js';

export interface RawChunk {
  /** The four-character id, e.g. 'AtU8'. */
  readonly id: string;
  /** Offset of the chunk's data within the file. */
  readonly offset: number;
  /** The chunk's data (its declared size, without padding); a view, not a copy. */
  readonly data: Uint8Array;
}

function id4(b: Uint8Array, p: number): string {
  return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
}

/** A chunk id fit for a message: bytes outside printable ASCII as \xNN. */
function shownId(id: string): string {
  return id.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function u32(b: Uint8Array, p: number): number {
  return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
}

/** The chunks of a .beam file, in file order. */
export function readChunks(bytes: Uint8Array, file: string): RawChunk[] {
  if (bytes.length < 12 || id4(bytes, 0) !== 'FOR1' || id4(bytes, 8) !== 'BEAM') {
    if (bytes.length >= 4 && id4(bytes, 0) === 'FOR1' && bytes.length < 12) {
      throw errors.truncated(file, 'FOR1', `the file has ${bytes.length} bytes, less than the 12-byte header`);
    }
    throw errors.notBeam(file);
  }
  const formSize = u32(bytes, 4);
  // The form covers bytes 8 .. 8 + formSize; a shorter file was cut off. Walk what
  // is there so that the error names the chunk that is cut.
  const declaredEnd = 8 + formSize;
  const end = Math.min(declaredEnd, bytes.length);
  const chunks: RawChunk[] = [];
  let p = 12;
  while (p < end) {
    if (end - p < 8) {
      const name = end - p >= 4 ? shownId(id4(bytes, p)) : 'FOR1';
      throw errors.truncated(file, name, `chunk header at offset ${p} is cut off (${end - p} of 8 bytes)`);
    }
    const id = id4(bytes, p);
    const size = u32(bytes, p + 4);
    const padded = size + ((4 - (size % 4)) % 4);
    if (padded > end - (p + 8)) {
      const what =
        declaredEnd > bytes.length
          ? `chunk size ${size} at offset ${p + 4} runs past the end of the file (${end - (p + 8)} bytes left; the file is ${bytes.length} bytes, its header says ${declaredEnd})`
          : `chunk size ${size} at offset ${p + 4} runs past the end of the form (${end - (p + 8)} bytes left)`;
      throw errors.truncated(file, shownId(id), what);
    }
    chunks.push({ id, offset: p + 8, data: bytes.subarray(p + 8, p + 8 + size) });
    p += 8 + padded;
  }
  if (declaredEnd > bytes.length) {
    const last = chunks.length > 0 ? chunks[chunks.length - 1].id : 'FOR1';
    throw errors.truncated(
      file,
      last,
      `the file is ${bytes.length} bytes but its header says ${declaredEnd}: cut off after this chunk`,
    );
  }
  return chunks;
}

/** The chunks by id; a repeated id keeps its last occurrence, as erts does. */
export function chunkMap(chunks: readonly RawChunk[]): Map<string, RawChunk> {
  const m = new Map<string, RawChunk>();
  for (const c of chunks) m.set(c.id, c);
  return m;
}
