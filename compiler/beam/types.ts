// The Type chunk (OTP 25, version 1): the compiler's knowledge of register types,
// which typed register operands (extended tag 5) index. Each entry is a 16-bit
// set of possible types and a signed 64-bit integer range; the range is absent
// when min > max. Entry 0 is always "any". Other versions are left unparsed, as
// erts then falls back to "any" everywhere.

import { ByteReader, fail } from './byte-reader.js';

export const BEAM_TYPES_VERSION = 1;

/** The bits of `BeamType.types` (beam_types's external encoding). */
export const BEAM_TYPE = {
  atom: 1 << 0,
  bitstring: 1 << 1,
  bsMatchState: 1 << 2,
  cons: 1 << 3,
  float: 1 << 4,
  fun: 1 << 5,
  integer: 1 << 6,
  map: 1 << 7,
  nil: 1 << 8,
  pid: 1 << 9,
  port: 1 << 10,
  reference: 1 << 11,
  tuple: 1 << 12,
} as const;
export const BEAM_TYPE_ANY = (1 << 13) - 1;

export interface BeamType {
  /** A set of BEAM_TYPE bits: the value is of one of these types. */
  types: number;
  /** When the value is an integer, it lies in [min, max]; null when unknown. */
  range: { min: bigint; max: bigint } | null;
}

/** The entries of a Type chunk, or null for a version this reader does not know. */
export function parseTypes(data: Uint8Array): BeamType[] | null {
  const r = new ByteReader(data);
  const version = r.u32('version');
  if (version !== BEAM_TYPES_VERSION) return null;
  const count = r.u32('type count');
  if (count < 1) fail('the type table must hold at least the "any" type');
  if (count * 18 > r.left) fail(`type count ${count} needs ${count * 18} bytes, the chunk has ${r.left}`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: BeamType[] = [];
  for (let i = 0; i < count; i++) {
    const p = r.pos;
    r.take(18, `type ${i}`);
    const types = view.getUint16(p);
    const min = view.getBigInt64(p + 2);
    const max = view.getBigInt64(p + 10);
    out.push({ types, range: min <= max ? { min, max } : null });
  }
  if (out[0].types !== BEAM_TYPE_ANY || out[0].range !== null) fail('type 0 is not the "any" type');
  return out;
}
