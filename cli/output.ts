// Writing the CLI's own messages to stderr synchronously, so that a message
// printed just before process.exit is not lost on a pipe.

import * as fs from 'node:fs';

export function writeErr(s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(2, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}
