// Binaries and bitstrings: a window of bits onto a byte buffer. Sub-binaries
// share their parent's buffer; only the window (offset, size) differs.

export class BitStr {
  /** Backing store; may be shared with other binaries and must not change under them. */
  bytes: Uint8Array;
  /** Bit offset of the first bit within `bytes`. */
  offset: number;
  /** Length in bits. A binary is a bitstring whose size is a multiple of 8. */
  size: number;
  constructor(bytes: Uint8Array, offset: number, size: number) {
    this.bytes = bytes;
    this.offset = offset;
    this.size = size;
  }
  static fromBytes(bytes: Uint8Array): BitStr {
    return new BitStr(bytes, 0, bytes.length * 8);
  }
  get isBinary(): boolean {
    return (this.size & 7) === 0;
  }
  /** The whole bytes of a byte-aligned binary, copied only when the window is not byte-aligned. */
  toBytes(): Uint8Array {
    if ((this.offset & 7) === 0) {
      const start = this.offset >>> 3;
      return this.bytes.subarray(start, start + Math.ceil(this.size / 8));
    }
    const n = Math.ceil(this.size / 8);
    const out = new Uint8Array(n);
    for (let i = 0; i < this.size; i++) {
      const bit = this.offset + i;
      if ((this.bytes[bit >>> 3] >>> (7 - (bit & 7))) & 1) out[i >>> 3] |= 0x80 >>> (i & 7);
    }
    return out;
  }
}

export function binaryFromString(s: string): BitStr {
  return BitStr.fromBytes(new TextEncoder().encode(s));
}
