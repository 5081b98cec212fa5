// Running one command for a benchmark: its output, exit status, wall time and peak
// RSS. Peak RSS is VmHWM polled from /proc while it runs (erl execs beam.smp and
// bin/beamjs execs node in the same process, so the pid is the one that works).

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

/**
 * Run `cmd args` in `cwd` with `env` added, killed after `timeoutS` seconds.
 * Resolves to { out, err, status, signal, timedOut, peakKb, wallMs }.
 */
export function measure(cmd, args, { cwd, env = {}, timeoutS = 300 } = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    let peak = 0;
    let timedOut = false;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch {}
    }, 2);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status, signal) => {
      const wallMs = performance.now() - start;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ out, err, status, signal, timedOut, peakKb: peak, wallMs });
    });
  });
}

/** The median of the finite numbers in `xs` (NaN when there are none). */
export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length > 0 ? s[Math.floor(s.length / 2)] : NaN;
}
