// The fd driver: open_port({fd, In, Out}, Opts), the port OTP's `user` and standard_error write
// through. Output is written with fs.writeSync, so it reaches the fd in the same order as
// erlang:display/1's output, which is written synchronously too. Input is read from `In` in the
// background and delivered as {Port, {data, Bytes}} (then eof, as the options ask). port_control
// answers the one operation OTP 25 sends this driver, user.erl's window-size request, as erts's
// fd driver does: 8 bytes (columns, rows, native 32-bit) when Out is a terminal, else badarg.

import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { atom } from '../term/atom.js';
import type { Process } from '../process/process.js';
import { createPort, exitPort, type CommonOptions, type PortEntity } from './port-table.js';

/** erts's ERTS_TTYSL_DRV_CONTROL_MAGIC_NUMBER + 100 (CTRL_OP_GET_WINSIZE in kernel's user.erl). */
export const CTRL_OP_GET_WINSIZE = 0x018b0900 + 100;

/** Write all of `data` to `fd`, waiting out EAGAIN on non-blocking pipes. */
function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}

/** The window size of a terminal fd: [columns, rows], or null when fd is no terminal. */
function windowSize(fd: number): [number, number] | null {
  if (!tty.isatty(fd)) return null;
  const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
  if (stream !== null && 'getWindowSize' in stream) return (stream as tty.WriteStream).getWindowSize();
  return [80, 24];
}

export function openFdPort(owner: Process, inFd: number, outFd: number, o: CommonOptions): PortEntity {
  const port = createPort(`${inFd}/${outFd}`, owner, o.binary, o.framing, o.softEof);
  let stopReading: (() => void) | null = null;
  port.driver = {
    command(data: Uint8Array): boolean {
      if (!o.output) return false;
      try {
        writeAll(outFd, data);
      } catch (e) {
        // erts's fd driver fails the port with the errno's name (epipe, ebadf...).
        const code = (e as NodeJS.ErrnoException).code;
        exitPort(port, atom(typeof code === 'string' ? code.toLowerCase() : 'eio'));
      }
      return true;
    },
    control(op: number, _data: Uint8Array): Uint8Array | null {
      if (op !== CTRL_OP_GET_WINSIZE) return null;
      const ws = windowSize(outFd);
      if (ws === null) return null;
      const out = new Uint8Array(8);
      const view = new DataView(out.buffer);
      const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
      view.setUint32(0, ws[0], little);
      view.setUint32(4, ws[1], little);
      return out;
    },
    stop(): void {
      stopReading?.();
      stopReading = null;
    },
    osPid: () => undefined,
  };
  if (o.input) stopReading = readLoop(port, inFd);
  return port;
}

/** Deliver what arrives on `fd` to the port until eof; returns how to stop early. */
function readLoop(port: PortEntity, fd: number): () => void {
  const stream: NodeJS.ReadableStream & { destroy?: () => void } =
    fd === 0 ? process.stdin : fs.createReadStream('', { fd, autoClose: false });
  const onData = (chunk: Buffer | string): void => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    port.deliverInput(new Uint8Array(b.buffer, b.byteOffset, b.length));
  };
  const onEnd = (): void => {
    cleanup();
    port.deliverEof();
  };
  const onError = (e: Error): void => {
    cleanup();
    const code = (e as NodeJS.ErrnoException).code;
    exitPort(port, atom(typeof code === 'string' ? code.toLowerCase() : 'eio'));
  };
  const cleanup = (): void => {
    stream.removeListener('data', onData);
    stream.removeListener('end', onEnd);
    stream.removeListener('error', onError);
    if (fd === 0) process.stdin.pause();
    else stream.destroy?.();
  };
  if (fd === 0 && process.stdin.readableEnded) {
    // An earlier port read stdin to its end: this one sees eof at once, as a new read(0) would.
    let stopped = false;
    setImmediate(() => {
      if (!stopped) port.deliverEof();
    });
    return () => {
      stopped = true;
    };
  }
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
  if (fd === 0) process.stdin.resume();
  return cleanup;
}
