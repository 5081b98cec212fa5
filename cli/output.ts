// Writing the CLI's own messages to stderr synchronously, so that a message
// printed just before process.exit is not lost on a pipe; and the one way beamjs
// itself fails: a `beamjs:` line (no JS stack for a user-facing error) and exit 2.

import * as fs from 'node:fs';
import { BeamjsError } from '../compiler/diagnostics.js';

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

export function fatal(e: Error): never {
  if (e instanceof BeamjsError) writeErr(`beamjs: ${e.message}\n`);
  else writeErr(`beamjs: internal error: ${e.stack ?? e.message}\n`);
  process.exit(2);
}
