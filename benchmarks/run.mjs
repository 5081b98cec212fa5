#!/usr/bin/env node
// Runs each benchmark program on erts and on beamjs in turn (the same .beam),
// N times each, checks that their digests agree, and prints the medians of each
// program's own `time_us` figure, the ratio beamjs/erts, and the peak RSS of
// both. Usage: node benchmarks/run.mjs [--runs N] [--json FILE] [NAME...]

import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work');

const argv = process.argv.slice(2);
let runs = 5;
let json = null;
const names = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--json') json = argv[++i];
  else names.push(argv[i]);
}

/** Run a command, polling /proc for its peak RSS (VmHWM); erl execs beam.smp in the same process. */
function measure(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch {}
    }, 5);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ out, err, status, peakKb: peak });
    });
  });
}

function parse(out) {
  const t = /\{time_us,(\d+)\}/.exec(out);
  const digest = out.split('\n').find((l) => l.startsWith('{digest,'));
  return { timeUs: t ? Number(t[1]) : NaN, digest };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const progDir = path.join(here, 'programs');
const all = fs.readdirSync(progDir).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)).sort();
const chosen = names.length > 0 ? names : all;
fs.mkdirSync(work, { recursive: true });
execFileSync('erlc', ['-o', work, ...chosen.map((n) => path.join(progDir, `${n}.erl`))]);

const rows = [];
for (const name of chosen) {
  const erts = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    erts.push(await measure('erl', ['-noshell', '-pa', work, '-eval', `${name}:main([]), halt().`], { ERL_CRASH_DUMP_SECONDS: '0' }));
    ours.push(await measure(path.join(root, 'bin', 'beamjs'), ['run', '-pa', work, name], {}));
  }
  const e = erts.map((r) => ({ ...r, ...parse(r.out) }));
  const b = ours.map((r) => ({ ...r, ...parse(r.out) }));
  const agree = b.every((r) => r.digest === e[0].digest && r.status === 0);
  const row = {
    name,
    ertsUs: median(e.map((r) => r.timeUs)),
    beamjsUs: median(b.map((r) => r.timeUs)),
    ertsPeakKb: median(e.map((r) => r.peakKb)),
    beamjsPeakKb: median(b.map((r) => r.peakKb)),
    digestsAgree: agree,
  };
  row.ratio = row.beamjsUs / row.ertsUs;
  rows.push(row);
  if (!agree) process.stderr.write(`${name}: beamjs output differs from erts:\n${b[0].out}${b[0].err}\n`);
}

const fmt = (us) => (us / 1000).toFixed(1) + ' ms';
console.log('| benchmark | erts | beamjs | beamjs/erts | erts peak RSS | beamjs peak RSS | digests |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.ertsUs)} | ${fmt(r.beamjsUs)} | ${r.ratio.toFixed(2)} | ${(r.ertsPeakKb / 1024).toFixed(0)} MB | ${(r.beamjsPeakKb / 1024).toFixed(0)} MB | ${r.digestsAgree ? 'agree' : 'DIFFER'} |`,
  );
}
const geo = Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio), 0) / rows.length);
console.log(`\ngeometric mean of beamjs/erts: ${geo.toFixed(2)} (medians of ${runs} runs)`);
if (json) fs.writeFileSync(json, JSON.stringify({ runs, rows, geometricMean: geo }, null, 2));
if (rows.some((r) => !r.digestsAgree)) process.exit(1);
