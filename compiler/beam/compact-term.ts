// The compact term encoding that beam_asm uses for operands, line items and long
// atom lengths. This is the small reader the BEAM file reader needs (tags u, i, a);
// compiler/ops has its own full operand decoder (extended tags, lists, literals).
//
// Layout of the first byte: the low 3 bits are the tag. Then
//   bit 3 clear:          the value is the high 4 bits (0..15);
//   bit 3 set, bit 4 clear: the value is 11 bits, the top 3 in bits 5-7, the low 8 in the next byte;
//   bits 3 and 4 set:     bits 5-7 give a byte count (value + 2, so 2..8) of a big-endian number
//                         that follows; 7 means the count is itself a compact u value, plus 9.
// Only tag i is signed (two's complement over its bytes); the others are unsigned.

import { type ByteReader, fail } from './byte-reader.js';

export const TAG_U = 0;
export const TAG_I = 1;
export const TAG_A = 2;
export const TAG_X = 3;
export const TAG_Y = 4;
export const TAG_F = 5;
export const TAG_H = 6;
export const TAG_Z = 7;

export interface CompactValue {
  tag: number;
  /** A number when it is a safe integer, else a bigint. */
  value: number | bigint;
}

export function readCompact(r: ByteReader): CompactValue {
  const first = r.u8('compact term');
  const tag = first & 7;
  if ((first & 0x08) === 0) return { tag, value: first >>> 4 };
  if ((first & 0x10) === 0) return { tag, value: ((first >>> 5) << 8) | r.u8('compact term') };
  let count = (first >>> 5) + 2;
  if (count === 9) {
    const n = readCompact(r);
    if (n.tag !== TAG_U || typeof n.value !== 'number' || n.value > 0x7fffffff) fail('bad length of a compact term');
    count = n.value + 9;
  }
  const bytes = r.take(count, 'compact term');
  if (count <= 6) {
    let v = 0;
    for (let i = 0; i < count; i++) v = v * 256 + bytes[i];
    if (tag === TAG_I && bytes[0] & 0x80) v -= 2 ** (8 * count);
    return { tag, value: v };
  }
  let hex = '';
  for (let i = 0; i < count; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  let v = BigInt('0x' + hex);
  if (tag === TAG_I && bytes[0] & 0x80) v -= 1n << BigInt(8 * count);
  return { tag, value: v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v };
}
