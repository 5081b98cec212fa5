// Binaries and bitstrings: a window of bits onto a byte buffer. Sub-binaries
// share their parent's buffer; only the window (offset, size) differs. The bit
// syntax runtime (runtime/bs/) builds and matches them; this file holds only the
// term itself and what every other part of the runtime needs to read one.

/**
 * The claim on a growable buffer shared by every binary built into it by
 * appending (`<<B/binary, ...>>`). Bits of the buffer at and beyond `used` belong
 * to no binary, so a binary whose window ends exactly at `used` may be extended
 * in place: nobody else can see the new bits. This is how erts's writable
 * binaries make the append loop amortised O(1).
 */
export class AppendArea {
  /** Absolute bit position in the buffer up to which binaries may exist. */
  used: number;
  constructor(used: number) {
    this.used = used;
  }
}

export class BitStr {
  /**
   * Backing store; may be shared with other binaries and must not change under them.
   * It may be longer than the window, and the bits of a partial last byte past
   * `size` are unspecified (appending writes there): read through the window only.
   */
  bytes: Uint8Array;
  /** Bit offset of the first bit within `bytes`. */
  offset: number;
  /** Length in bits. A binary is a bitstring whose size is a multiple of 8. */
  size: number;
  /**
   * Set when `bytes` has spare room managed by an append area (see AppendArea);
   * null for every other binary (literals, BIF results, plain constructions),
   * which are then copied, never written, when something is appended to them.
   */
  area: AppendArea | null;
  constructor(bytes: Uint8Array, offset: number, size: number) {
    this.bytes = bytes;
    this.offset = offset;
    this.size = size;
    this.area = null;
  }
  static fromBytes(bytes: Uint8Array): BitStr {
    return new BitStr(bytes, 0, bytes.length * 8);
  }
  get isBinary(): boolean {
    return (this.size & 7) === 0;
  }
  /** byte_size/1: whole bytes, a trailing partial byte counting as one. */
  get byteSize(): number {
    return (this.size + 7) >>> 3;
  }
  /** The bytes of the window (the last one zero-padded when partial); a view when byte-aligned. */
  toBytes(): Uint8Array {
    const n = (this.size + 7) >>> 3;
    if ((this.offset & 7) === 0) {
      const start = this.offset >>> 3;
      if ((this.size & 7) === 0) return this.bytes.subarray(start, start + n);
      // A partial last byte shares its low bits with whatever follows in the buffer.
      const out = this.bytes.slice(start, start + n);
      out[n - 1] &= 0xff << (8 - (this.size & 7));
      return out;
    }
    const out = new Uint8Array(n);
    const src = this.bytes;
    const shift = this.offset & 7;
    let i = this.offset >>> 3;
    for (let j = 0; j < n; j++, i++) {
      const next = i + 1 < src.length ? src[i + 1] : 0;
      out[j] = ((src[i] << shift) | (next >>> (8 - shift))) & 0xff;
    }
    if ((this.size & 7) !== 0) out[n - 1] &= 0xff << (8 - (this.size & 7));
    return out;
  }
  /** The byte at byte index `i` of the window (the last one zero-padded when partial). */
  byteAt(i: number): number {
    const bit = this.offset + i * 8;
    const k = bit >>> 3;
    const shift = bit & 7;
    let b = shift === 0 ? this.bytes[k] : ((this.bytes[k] << shift) | ((this.bytes[k + 1] ?? 0) >>> (8 - shift))) & 0xff;
    const left = this.size - i * 8;
    if (left < 8) b &= 0xff << (8 - left);
    return b;
  }
}

export const EMPTY_BINARY: BitStr = new BitStr(new Uint8Array(0), 0, 0);

export function binaryFromString(s: string): BitStr {
  return BitStr.fromBytes(new TextEncoder().encode(s));
}
