// The listening side of a tcp_inet port: a Node server bound to the port's address, and the
// connections Node accepted that no gen_tcp:accept has taken yet (what the OS's listen queue holds
// on erts). Node binds a TCP socket only by listening on it, so binding starts the server (see
// inet-tcp.ts). Connections arrive paused: nothing is read from them before their own port exists.

import * as net from 'node:net';
import * as P from './inet-protocol.js';

export class TcpListener {
  private server: net.Server | null = null;
  private readonly queue: net.Socket[] = [];

  /**
   * Bind and listen on `addr`; `done` gets null or the errno name. `arrived` is called for each
   * connection (queued here until taken).
   */
  start(addr: P.SockAddr, ipv6Only: boolean, arrived: () => void, done: (err: string | null) => void): void {
    const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true });
    this.server = server;
    const onError = (e: Error): void => {
      if (this.server === server) this.server = null;
      done(P.errnoName(e));
    };
    server.once('error', onError);
    server.once('listening', () => {
      server.removeListener('error', onError);
      server.on('error', () => {});
      done(null);
    });
    server.on('connection', (s: net.Socket) => {
      if (this.server !== server) {
        s.destroy();
        return;
      }
      s.on('error', () => {});
      this.queue.push(s);
      arrived();
    });
    server.listen({ host: addr.host, port: addr.port, ipv6Only });
  }

  get bound(): boolean {
    return this.server !== null;
  }

  /** The bound address, once listening. */
  address(): net.AddressInfo | null {
    const a = this.server?.address();
    return a === null || a === undefined || typeof a === 'string' ? null : a;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** The oldest connection not yet accepted. */
  take(): net.Socket | undefined {
    return this.queue.shift();
  }

  /** Stop listening; connections not accepted are reset, as the OS does when a listening socket closes. */
  close(): void {
    const server = this.server;
    this.server = null;
    if (server !== null) server.close();
    for (const c of this.queue.splice(0)) c.destroy();
  }

  fd(): number {
    const h = (this.server as unknown as { _handle?: { fd?: number } } | null)?._handle;
    return typeof h?.fd === 'number' ? h.fd : -1;
  }
}
