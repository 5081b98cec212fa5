// Running one command for a benchmark: its output, exit status, wall time and peak
// RSS. Peak RSS is VmHWM polled from /proc while it runs (erl execs beam.smp and
// bin/beamjs execs node in the same process, so the pid is the one that works).
// Used by `beamjs bench` and by the scripts in benchmarks/.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

export interface Measured {
  out: string;
  err: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Peak resident set size in kB (0 when /proc could not be read). */
  peakKb: number;
  wallMs: number;
}

export interface MeasureOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  timeoutS?: number;
}

/** Run `cmd args`, killed after `timeoutS` seconds. */
export function measure(cmd: string, args: string[], { cwd, env = {}, timeoutS = 300 }: MeasureOptions = {}): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let peak = 0;
    let timedOut = false;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch {
        // The process has not started yet or has just ended.
      }
    }, 2);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (status, signal) => {
      const wallMs = performance.now() - start;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ out, err, status, signal, timedOut, peakKb: peak, wallMs });
    });
  });
}

/** The median of the finite numbers in `xs` (NaN when there are none). */
export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length > 0 ? s[Math.floor(s.length / 2)] : NaN;
}

/**
 * The program's own timing, in microseconds: a line `time_us N`, or the term `{time_us,N}` as
 * erlang:display/1 and io:format("~p") print it. NaN when the program printed none.
 */
export function timeUsOf(out: string): number {
  const m = /^\s*time_us\s+(\d+)\s*$/m.exec(out) ?? /\{time_us,\s*(\d+)\}/.exec(out);
  return m !== null ? Number(m[1]) : NaN;
}
