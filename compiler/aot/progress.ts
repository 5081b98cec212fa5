// A progress bar for long compiles, redrawn in place on stderr, and only when
// stderr is a terminal: piped or logged output gets nothing but the final summary.

import * as fs from 'node:fs';
import * as tty from 'node:tty';

export interface Progress {
  update(done: number, current: string): void;
  finish(): void;
}

const WIDTH = 30;

export function progressBar(total: number, label: string, fd = 2): Progress {
  if (!tty.isatty(fd)) return { update() {}, finish() {} };
  let last = 0;
  const draw = (done: number, current: string) => {
    const filled = Math.round((done / Math.max(1, total)) * WIDTH);
    const bar = '='.repeat(filled) + ' '.repeat(WIDTH - filled);
    const cols = (process.stderr as tty.WriteStream).columns ?? 80;
    const line = `${label} [${bar}] ${done}/${total} ${current}`.slice(0, cols - 1);
    fs.writeSync(fd, `\r${line}\x1b[K`);
  };
  return {
    update(done, current) {
      const now = Date.now();
      // A redraw per module would cost more than some modules take to translate.
      if (now - last < 50 && done < total) return;
      last = now;
      draw(done, current);
    },
    finish() {
      fs.writeSync(fd, '\r\x1b[K');
    },
  };
}
