// The receiving side of a tcp_inet port (inet_drv's tcp_recv, tcp_remain and tcp_deliver): the
// bytes Node has read from the socket wait in `kernel`, standing for the OS's receive buffer,
// followed by the end of input (a FIN, or an error such as a reset). The driver reads from it
// only where inet_drv calls recv(2): up to the `buffer` size at a time, or exactly the rest of
// a packet whose length is known, or exactly what a passive recv of N bytes asks; and it
// assembles packets in its own buffer (i_buf), delivering each whole one through the owner.
// So the pieces Erlang receives, and when the end of input is noticed, are erts's.

import * as P from './inet-protocol.js';
import { packetLength, type HttpState } from './inet-packet.js';

/** What the input side needs from its tcp_inet port. */
export interface TcpInputOwner {
  readonly htype: number;
  readonly psize: number;
  readonly delimiter: number;
  readonly bufsz: number;
  readonly active: number;
  readonly showEconnreset: boolean;
  inputCount(len: number): void;
  /** One whole packet to Erlang: < 0 when it cannot be (a passive socket with no recv waiting). */
  replyData(pkt: Uint8Array): number;
  /** The end of input was read (tcp_recv_closed); returns -1. */
  recvClosed(): number;
  /** Reading failed (tcp_recv_error); returns -1. */
  recvError(err: string): number;
  /** A passive socket delivered its packet: stop reading. */
  stopReading(): void;
  /** The kernel queue has room again (Node may read the socket again). */
  roomForInput(): void;
}

/** How much arrived data may wait unread before Node stops reading the socket (the receive buffer's role). */
export const KERNEL_QUEUE_LIMIT = 1 << 18;

export class TcpInput {
  private kernel: Buffer[] = [];
  kernelLen = 0;
  kernelEof = false;
  kernelErr: string | null = null;

  // The driver's buffer: bytes [istart, iend) of the packet being assembled, in a buffer of
  // ibufsz bytes (the size lines are cut at); iremain bytes still to read when that is known.
  private ibuf: Uint8Array | null = null;
  private istart = 0;
  private iend = 0;
  private ibufsz = 0;
  iremain = 0;
  readonly http: HttpState = { headers: 0 };

  constructor(private readonly owner: TcpInputOwner) {}

  /** Bytes Node read from the socket. */
  arrived(chunk: Buffer): void {
    this.kernel.push(chunk);
    this.kernelLen += chunk.length;
  }

  /** Whether a read would find something: bytes, the end of input or an error. */
  hasKernelInput(): boolean {
    return this.kernelLen > 0 || this.kernelEof || this.kernelErr !== null;
  }

  /** shutdown(SHUT_RD): what waits is dropped and reads see the end of input. */
  shutRead(): void {
    this.kernel = [];
    this.kernelLen = 0;
    this.kernelEof = true;
  }

  /** The socket is gone: nothing more will be read. */
  dropKernel(): void {
    this.kernel = [];
    this.kernelLen = 0;
  }

  /** tcp_clear_input. */
  clear(): void {
    this.ibuf = null;
    this.istart = this.iend = this.ibufsz = this.iremain = 0;
  }

  /**
   * One read into the buffer at iend: bytes read, 0 at the end of input, -1 when nothing
   * waits, or the error's name.
   */
  private kernelRecv(max: number): number | string {
    if (this.kernelLen === 0) {
      const err = this.kernelErr;
      if (err !== null) {
        // A socket error is reported once (SO_ERROR is cleared); later reads see the end of input.
        this.kernelErr = null;
        this.kernelEof = true;
        return err;
      }
      return this.kernelEof ? 0 : -1;
    }
    if (this.ibuf!.length < this.iend + max) this.grow(this.iend + Math.min(max, this.kernelLen));
    let got = 0;
    while (got < max && this.kernel.length > 0) {
      const c = this.kernel[0];
      const take = Math.min(c.length, max - got);
      this.ibuf!.set(c.subarray(0, take), this.iend + got);
      got += take;
      if (take === c.length) this.kernel.shift();
      else this.kernel[0] = c.subarray(take);
    }
    this.kernelLen -= got;
    if (this.kernelLen <= KERNEL_QUEUE_LIMIT / 2) this.owner.roomForInput();
    return got;
  }

  private grow(size: number): void {
    const nb = new Uint8Array(size);
    nb.set(this.ibuf!.subarray(0, this.iend));
    this.ibuf = nb;
  }

  /** Make the buffer hold `len` bytes after istart (tcp_expand_buffer). */
  private expand(len: number): void {
    const need = this.istart + len;
    if (this.ibufsz >= need) return;
    this.ibufsz = need;
    if (this.ibuf!.length < need) this.grow(need);
  }

  /** Move the packet being assembled to the start of the buffer (tcp_restart_input). */
  private restart(): void {
    if (this.istart === 0) return;
    this.ibuf!.copyWithin(0, this.istart, this.iend);
    this.iend -= this.istart;
    this.istart = 0;
  }

  /**
   * tcp_remain: [bytes still to read, packet length]: [0, len] when a whole packet is in the
   * buffer; a length of 0 when unknown (the count is then what fits in the buffer); -1 for a
   * packet that cannot be.
   */
  private remain(): [number, number] {
    const o = this.owner;
    const n = this.iend - this.istart;
    const tlen = packetLength(o.htype, this.ibuf!.subarray(this.istart, this.iend), o.psize, this.ibufsz, o.delimiter, this.http);
    if (tlen > 0) {
      if (tlen <= n) return [0, tlen];
      this.expand(tlen);
      return [tlen - n, tlen];
    }
    if (tlen < 0) return [-1, 0];
    const nfill = this.iend;
    const nsz = this.ibufsz - nfill;
    if (nsz === 0) {
      if (nfill === n) {
        if (o.psize !== 0 && o.psize > nfill) {
          this.expand(o.psize);
          return [o.psize - n, 0];
        }
        return [-1, 0];
      }
      this.restart();
      return [nfill - n, 0];
    }
    this.restart();
    return [nsz, 0];
  }

  /**
   * tcp_recv: read (exactly `request` bytes for a passive recv of a length, else as much as the
   * buffer takes) and deliver what is whole. The number of packets delivered, or -1 when the
   * connection ended.
   */
  recv(request: number): number {
    let nread: number;
    if (this.ibuf === null) {
      const sz = request > 0 ? request : this.owner.bufsz;
      this.ibuf = new Uint8Array(Math.min(sz, 1 << 16));
      this.ibufsz = sz;
      this.istart = this.iend = 0;
      if (request > 0) nread = this.iremain = request;
      else {
        nread = sz;
        this.iremain = 0;
      }
    } else if (request > 0) {
      const n = this.iend - this.istart;
      if (n >= request) return this.deliver(request);
      this.expand(request);
      nread = this.iremain = request - n;
    } else if (this.iremain === 0) {
      const [more, len] = this.remain();
      if (more < 0) return this.owner.recvError('emsgsize');
      if (more === 0) return this.deliver(len);
      if (len > 0) this.iremain = more;
      nread = more;
    } else nread = this.iremain;

    for (;;) {
      const got = this.kernelRecv(nread);
      if (typeof got === 'string') {
        if (got === 'econnreset' && !this.owner.showEconnreset) return this.owner.recvClosed();
        return this.owner.recvError(got);
      }
      if (got < 0) return 0;
      if (got === 0) return this.owner.recvClosed();
      this.iend += got;
      if (this.iremain > 0) {
        this.iremain -= got;
        if (this.iremain === 0) return this.deliver(this.iend - this.istart);
        return 0;
      }
      const [more, len] = this.remain();
      if (more < 0) return this.owner.recvError('emsgsize');
      if (more === 0) return this.deliver(len);
      if (len > 0) this.iremain = more;
      nread = more;
    }
  }

  /** tcp_deliver: deliver whole packets, starting with one of `len` bytes (0: look for one first). */
  deliver(len: number): number {
    const o = this.owner;
    let count = 0;
    if (len === 0) {
      if (this.ibuf === null || this.iremain > 0) return 0;
      const [more, l] = this.remain();
      if (more < 0) return more;
      if (more > 0) {
        if (l > 0) this.iremain = more;
        return 0;
      }
      len = l;
    }
    while (len > 0) {
      o.inputCount(len);
      const code = o.replyData(this.ibuf!.slice(this.istart, this.istart + len));
      if (code < 0) return code;
      if (this.ibuf === null) return count + 1;
      this.istart += len;
      if (this.istart === this.iend) this.clear();
      else this.iremain = 0;
      count++;
      if (o.active === P.PASSIVE) {
        o.stopReading();
        if (this.ibuf !== null) this.restart();
        len = 0;
      } else if (this.ibuf === null) len = 0;
      else {
        const [more, l] = this.remain();
        if (more < 0) return more;
        if (more > 0) {
          if (l > 0) this.iremain = more;
          len = 0;
        } else len = l;
      }
    }
    return count;
  }

  /** tcp_push_buffer (unrecv): bytes back in front of what is buffered. */
  unrecv(b: Uint8Array): void {
    if (this.ibuf === null) {
      this.ibuf = b.slice();
      this.ibufsz = b.length;
      this.istart = 0;
      this.iend = b.length;
    } else {
      const rest = this.ibuf.subarray(this.istart, this.iend);
      const nb = new Uint8Array(Math.max(this.ibufsz + b.length, b.length + rest.length));
      nb.set(b, 0);
      nb.set(rest, b.length);
      this.ibufsz += b.length;
      this.ibuf = nb;
      this.istart = 0;
      this.iend = b.length + rest.length;
    }
    this.iremain = 0;
  }
}
