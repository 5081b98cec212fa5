// erts's verdict on .beam files, asked in batches: runs
// test/support/erts_load.escript on a directory of `MODULE@TAG.beam` files and
// reads the verdicts it writes. erts 25.2.3 dies on some corrupt files (an
// uncaught C++ exception in its JIT loader, a segfault, an allocation of 2^64
// bytes); the file it died on gets the verdict `crashed` (`hung` should it ever
// stop answering) and a new batch starts after it. erts's address space is
// capped, so that a file declaring a huge table makes it fail at once instead of
// calling the OOM killer onto a shared machine. Throws (the test fails, never
// skips) when erts is missing, runs out of time, or leaves a file without verdict.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'erts_load.escript');
/** A batch of ~1,400 files takes ~3 s; one that stalls this long is stuck on a file. */
const BATCH_STALL_MS = 15000;
/** erts loads these files in ~100 MB; 2 GB of address space leaves room for its JIT's reservations. */
const ADDRESS_SPACE_KB = 2_000_000;

export interface ErtsVerdict {
  /** The loader accepted the file (erlang:prepare_loading/2, the check code:load_binary/3 makes). */
  loads: boolean;
  /** erts's `Reason` in `{error, Reason}`, e.g. 'badfile'; '' when it loads; 'crashed' or 'hung' when the VM died or stalled. */
  reason: string;
  /** The loader's explanation as erts logs it, or what the VM said as it died. */
  why: string;
}

/** file name (without directory) -> verdict, for every .beam in `dir`. */
export function ertsLoadVerdicts(dir: string, timeoutMs = 90000): Map<string, ErtsVerdict> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.beam')).sort(byCodeUnits);
  const verdicts = new Map<string, ErtsVerdict>();
  const deadline = Date.now() + timeoutMs;
  // Beside the directory, not in it: every file in `dir` is offered to erts.
  const out = `${dir.replace(/\/+$/, '')}.erts-verdicts`;
  rmSync(out, { force: true });
  let after = '';
  let batches = 0;
  while (files.some((f) => f > after)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`erts gave no verdict on ${dir} within ${timeoutMs} ms`);
    const r = spawnSync('sh', ['-c', `ulimit -v ${ADDRESS_SPACE_KB} && exec escript "$@"`, 'sh', SCRIPT, dir, out, after], {
      encoding: 'utf8',
      timeout: Math.min(left, BATCH_STALL_MS),
      killSignal: 'SIGKILL',
      maxBuffer: 1 << 24,
      cwd: dir,
      env: { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' },
    });
    const stalled = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    if (r.error !== undefined && !stalled) throw new Error(`escript (erts) could not run: ${r.error.message}; these tests compare with erts`);
    if (r.status === 127) throw new Error(`escript (erts) is not on the PATH: these tests compare with erts\n${r.stderr}`);
    const written = existsSync(out) ? readFileSync(out, 'utf8') : '';
    // Whole lines only: each is one write, but a VM dying mid-write would leave a part.
    const lines = written.split('\n').slice(0, -1);
    const starts = lines.filter((l) => l === '#started').length;
    if (starts !== ++batches) {
      throw new Error(`erts did not come up (exit ${r.status} ${r.signal ?? ''}${stalled ? ', stalled' : ''}):\n${r.stderr}`);
    }
    for (const line of lines) {
      if (line.startsWith('#')) continue;
      const [name, status, reason = '', why = ''] = line.split('\t');
      verdicts.set(name, { loads: status === 'ok', reason, why });
      // The file holds every batch so far; the verdicts of crashed files are not in it.
      if (name > after) after = name;
    }
    if (r.status === 0) break;
    // The VM died, or stopped answering, on the first file it did not report.
    const victim = files.find((f) => f > after);
    if (victim === undefined) throw new Error(`erts_load.escript exited with ${r.status} ${r.signal ?? ''} after ${after}:\n${r.stderr}`);
    const why = stalled ? `no answer in ${BATCH_STALL_MS} ms` : `${r.signal ?? `exit ${r.status}`}: ${r.stderr.trim().replace(/\s+/g, ' ')}`;
    verdicts.set(victim, { loads: false, reason: stalled ? 'hung' : 'crashed', why });
    after = victim;
  }
  for (const f of files) if (!verdicts.has(f)) throw new Error(`erts gave no verdict on ${f}`);
  return verdicts;
}

/** Erlang compares strings (lists) code unit by code unit, as JS's < does; localeCompare would not. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
