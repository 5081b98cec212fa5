// Translating many modules on every core: a pool of worker threads, each taking
// the next module as soon as it is done with one (modules differ a hundredfold in
// size, so a fixed split would leave a core idle), with one core the compiling
// thread itself. The first failure stops the pool and is what the compile reports.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errors } from '../diagnostics.js';
import { writeModule, type JobResult, type ModuleJob } from './module-output.js';

/** The bundled worker script, beside the bundle (or the compiled file) this code runs from. */
function workerScript(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const f = path.join(dir, 'aot-worker.mjs');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) throw errors.notBuilt('build/aot-worker.mjs');
    dir = up;
  }
}

export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * Run every job on `threads` threads; `onDone` after each. Resolves with all results, or
 * rejects with the first failed result's error (a BeamjsError for bad input).
 */
export async function translateAll(jobs: ModuleJob[], threads: number, onDone: (r: JobResult, done: number) => void): Promise<JobResult[]> {
  const results: JobResult[] = [];
  if (threads <= 1 || jobs.length <= 1) {
    for (const job of jobs) {
      const r = writeModule(job);
      results.push(r);
      onDone(r, results.length);
      if (!r.ok) break;
    }
    return results;
  }
  const script = workerScript();
  const queue = jobs.slice().reverse();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      let failed = false;
      /** Workers with a job outstanding. */
      const busy = new Set<Worker>();
      const next = (w: Worker) => {
        const job = queue.pop();
        if (job === undefined || failed) {
          if (--running === 0) resolve();
          return;
        }
        busy.add(w);
        w.postMessage(job);
      };
      for (let i = 0; i < Math.min(threads, jobs.length); i++) {
        const w = new Worker(script);
        workers.push(w);
        running++;
        w.on('message', (r: JobResult) => {
          busy.delete(w);
          results.push(r);
          onDone(r, results.length);
          if (!r.ok) failed = true;
          next(w);
        });
        w.on('error', (e) => {
          failed = true;
          reject(e);
        });
        // A worker that ends on its own (killed, out of memory) would leave its job unanswered.
        w.on('exit', (code) => {
          if (busy.has(w) && !failed) {
            failed = true;
            reject(new Error(`a translation worker stopped (exit code ${code})`));
          }
        });
        next(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
