// Writing to the real stdout/stderr and leaving with an exit code once what was
// written has reached the file descriptors (process.exit would drop pending
// asynchronous writes to pipes).

import * as fs from 'node:fs';

function writeAll(fd: number, s: string, encoding: BufferEncoding = 'utf8'): void {
  const buf = Buffer.from(s, encoding);
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}

export function writeOut(s: string): void {
  writeAll(1, s);
}

/** erlang:display/1's output: one byte per character, lines ended with CR LF as erts writes them. */
export function writeDisplayed(s: string): void {
  writeAll(1, s + '\r\n', 'latin1');
}

export function writeErr(s: string): void {
  writeAll(2, s);
}

export function exitAfterFlush(code: number): never {
  process.exit(code);
}
