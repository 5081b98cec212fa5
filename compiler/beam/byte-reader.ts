// A bounds-checked cursor over one chunk's bytes. Every read checks that the bytes
// are there and throws a ChunkFormatError (a plain message, no file or chunk) when
// they are not; the chunk parsers' caller turns that into a BeamjsError naming the
// file and chunk. So a corrupt file can never surface as a JS RangeError.

/** A structural problem inside one chunk; read.ts adds the file and chunk. */
export class ChunkFormatError {
  readonly detail: string;
  constructor(detail: string) {
    this.detail = detail;
  }
}

export function fail(detail: string): never {
  throw new ChunkFormatError(detail);
}

export class ByteReader {
  readonly bytes: Uint8Array;
  pos: number;
  readonly end: number;

  constructor(bytes: Uint8Array, pos = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
  }

  get left(): number {
    return this.end - this.pos;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  /** Fails unless n more bytes are there; `what` names what was being read. */
  need(n: number, what: string): void {
    if (n > this.end - this.pos) {
      fail(`${what} needs ${n} bytes at offset ${this.pos}, only ${Math.max(0, this.end - this.pos)} left`);
    }
  }

  u8(what = 'byte'): number {
    this.need(1, what);
    return this.bytes[this.pos++];
  }

  u16(what = '16-bit field'): number {
    this.need(2, what);
    const b = this.bytes;
    const p = this.pos;
    this.pos += 2;
    return (b[p] << 8) | b[p + 1];
  }

  u32(what = '32-bit field'): number {
    this.need(4, what);
    const b = this.bytes;
    const p = this.pos;
    this.pos += 4;
    return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
  }

  i32(what = '32-bit field'): number {
    return this.u32(what) | 0;
  }

  /** n bytes, shared with the underlying buffer (no copy). */
  take(n: number, what = 'bytes'): Uint8Array {
    this.need(n, what);
    const p = this.pos;
    this.pos += n;
    return this.bytes.subarray(p, p + n);
  }
}
