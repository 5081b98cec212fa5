// Running one command for a benchmark: its output, exit status, wall time and peak
// RSS. Peak RSS is VmHWM polled from /proc while it runs, summed over the process and
// its descendants (erl execs beam.smp and bin/beamjs execs node in the same process,
// but a compiled program's main.mjs starts a second Node, and erts has erl_child_setup).

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
    const peaks = new Map();
    const poll = setInterval(() => {
      for (const pid of processTree(child.pid)) {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (m) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(m[1])));
        } catch {}
      }
      peak = Math.max(peak, [...peaks.values()].reduce((a, b) => a + b, 0));
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

/** `pid` and its descendants, from /proc/PID/task/TID/children. */
function processTree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of fs.readdirSync(`/proc/${out[i]}/task`)) {
        const kids = fs.readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids !== '') out.push(...kids.split(/\s+/).map(Number));
      }
    } catch {}
  }
  return out;
}

/** The median of the finite numbers in `xs` (NaN when there are none). */
export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length > 0 ? s[Math.floor(s.length / 2)] : NaN;
}
