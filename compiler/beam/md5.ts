// MD5 (RFC 1321) in plain TypeScript, incremental, so that it runs wherever the
// translator runs (Node or a browser) without node:crypto. Used for the module MD5
// that erts computes over a module's significant chunks.

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;

export class Md5 {
  private readonly state = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  private readonly block = new Uint8Array(64);
  private filled = 0;
  private length = 0;
  private readonly x = new Int32Array(16);

  update(data: Uint8Array): this {
    let i = 0;
    this.length += data.length;
    if (this.filled > 0) {
      const n = Math.min(64 - this.filled, data.length);
      this.block.set(data.subarray(0, n), this.filled);
      this.filled += n;
      i = n;
      if (this.filled < 64) return this;
      this.compress(this.block, 0);
      this.filled = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i);
    if (i < data.length) {
      this.block.set(data.subarray(i), 0);
      this.filled = data.length - i;
    }
    return this;
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    const pad = new Uint8Array(((this.filled < 56 ? 56 : 120) - this.filled) + 8);
    pad[0] = 0x80;
    const n = pad.length;
    // Length in bits, little-endian 64-bit (exact up to 2^53 bits).
    let lo = bits % 2 ** 32;
    let hi = Math.floor(bits / 2 ** 32);
    for (let j = 0; j < 4; j++, lo = Math.floor(lo / 256)) pad[n - 8 + j] = lo & 0xff;
    for (let j = 0; j < 4; j++, hi = Math.floor(hi / 256)) pad[n - 4 + j] = hi & 0xff;
    this.length -= pad.length; // update() counts the padding; undo that
    this.update(pad);
    const out = new Uint8Array(16);
    this.state.forEach((w, k) => {
      for (let j = 0; j < 4; j++) out[k * 4 + j] = (w >>> (8 * j)) & 0xff;
    });
    return out;
  }

  private compress(m: Uint8Array, off: number): void {
    md5Transform(this.state, m, off, this.x);
  }
}

/**
 * The MD5 compression function: folds the 64-byte block at m[off..] into the four state words.
 * Shared with erlang:md5_update/2, whose context exposes the same state.
 */
export function md5Transform(s: Int32Array, m: Uint8Array, off: number, x: Int32Array): void {
  for (let j = 0; j < 16; j++) {
    const p = off + j * 4;
    x[j] = m[p] | (m[p + 1] << 8) | (m[p + 2] << 16) | (m[p + 3] << 24);
  }
  let a = s[0];
  let b = s[1];
  let c = s[2];
  let d = s[3];
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const t = (a + f + K[i] + x[g]) | 0;
    const r = S[(i >> 4) * 4 + (i & 3)];
    a = d;
    d = c;
    c = b;
    b = (b + ((t << r) | (t >>> (32 - r)))) | 0;
  }
  s[0] = (s[0] + a) | 0;
  s[1] = (s[1] + b) | 0;
  s[2] = (s[2] + c) | 0;
  s[3] = (s[3] + d) | 0;
}

export function md5(...parts: Uint8Array[]): Uint8Array {
  const h = new Md5();
  for (const p of parts) h.update(p);
  return h.digest();
}
