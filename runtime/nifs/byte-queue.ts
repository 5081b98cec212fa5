// A queue of byte chunks read from the front, as erts's ErlNifIOQueue: prim_buffer's read-ahead
// buffer and the input of a zlib stream.

export class ByteQueue {
  /** Queued chunks; the first is read from `head` on. */
  readonly chunks: Uint8Array[] = [];
  head = 0;
  size = 0;

  /** Queues `bytes` as they are (a caller copies what may change under it); empty ones are not queued. */
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes);
    this.size += bytes.length;
  }

  /** The queued chunks, the first without its consumed head (enif_ioq_peek). */
  *pending(): Generator<Uint8Array> {
    for (let i = 0; i < this.chunks.length; i++) yield i === 0 ? this.chunks[0].subarray(this.head) : this.chunks[i];
  }

  /** Drops `n` bytes (n <= size) from the front (enif_ioq_deq). */
  skip(n: number): void {
    this.size -= n;
    while (n > 0) {
      const left = this.chunks[0].length - this.head;
      if (n < left) {
        this.head += n;
        return;
      }
      n -= left;
      this.chunks.shift();
      this.head = 0;
    }
  }

  /** Copies the first `n` bytes (n <= size) without removing them. */
  peek(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let at = 0;
    for (const c of this.pending()) {
      if (at >= n) break;
      const take = Math.min(c.length, n - at);
      out.set(c.subarray(0, take), at);
      at += take;
    }
    return out;
  }
}
