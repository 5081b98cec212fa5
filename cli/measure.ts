// Running one command for a benchmark: its output, exit status, wall time and peak
// RSS. Peak RSS is VmHWM polled from /proc while it runs, summed over the process and
// its descendants (erl execs beam.smp and bin/beamjs execs node in the same process,
// but a compiled program's main.mjs starts a second Node, and erts has erl_child_setup).
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
    const peaks = new Map<number, number>();
    const poll = setInterval(() => {
      for (const pid of processTree(child.pid!)) {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (m) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(m[1])));
        } catch {
          // The process has not started yet or has just ended.
        }
      }
      peak = Math.max(peak, [...peaks.values()].reduce((a, b) => a + b, 0));
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

/** `pid` and its descendants, from /proc/PID/task/TID/children. */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of fs.readdirSync(`/proc/${out[i]}/task`)) {
        const kids = fs.readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids !== '') out.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
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
