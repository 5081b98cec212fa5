#!/usr/bin/env node
// The memory of an idle process, measured the same way on erts and on beamjs: peak RSS of a
// run that spawns N processes blocked in receive, minus that of a run that spawns none,
// divided by N. erts runs with +P 2000000, beamjs with the same flag. Medians of --runs runs.
// Usage: node benchmarks/memory.mjs [--runs N] [--procs N] [--json FILE]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work', 'memory');

const argv = process.argv.slice(2);
let runs = 3;
let procs = 1000000;
let json = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--procs') procs = Number(argv[++i]);
  else if (argv[i] === '--json') json = argv[++i];
  else throw new Error(`memory.mjs: unknown argument ${argv[i]}`);
}

fs.mkdirSync(work, { recursive: true });
execFileSync('erlc', ['-o', work, path.join(here, 'memory', 'idle_procs.erl')], { stdio: 'inherit' });

const sides = {
  erts: (n) => ['erl', ['+P', '2000000', '-noshell', '-pa', work, '-eval', `idle_procs:main(["${n}"]), halt().`], { env: { ERL_CRASH_DUMP_SECONDS: '0' } }],
  beamjs: (n) => [path.join(root, 'bin', 'beamjs'), ['run', '+P', '2000000', '-pa', work, 'idle_procs', String(n)], {}],
};

async function peakKb(side, n) {
  const [cmd, args, opts] = sides[side](n);
  const r = await measure(cmd, args, { cwd: work, timeoutS: 600, ...opts });
  if (r.status !== 0 || !r.out.includes(`{alive,${n}}`)) throw new Error(`${side} with ${n} processes failed (status ${r.status}):\n${r.out}${r.err}`);
  return r.peakKb;
}

const rows = [];
for (const side of ['erts', 'beamjs']) {
  const base = [];
  const full = [];
  for (let i = 0; i < runs; i++) {
    base.push(await peakKb(side, 0));
    full.push(await peakKb(side, procs));
  }
  const bytes = ((median(full) - median(base)) * 1024) / procs;
  rows.push({ side, baseKb: median(base), fullKb: median(full), bytesPerProcess: bytes });
  process.stderr.write(`${side}: ${(median(base) / 1024).toFixed(0)} MB idle, ${(median(full) / 1024).toFixed(0)} MB with ${procs} processes\n`);
}
console.log(`| ${procs} idle processes | peak RSS | bytes per process |`);
console.log('|---|---|---|');
for (const r of rows) console.log(`| ${r.side} | ${(r.fullKb / 1024).toFixed(0)} MB | ${r.bytesPerProcess.toFixed(0)} |`);
console.log(`\nbeamjs/erts: ${(rows[1].bytesPerProcess / rows[0].bytesPerProcess).toFixed(2)} (medians of ${runs} runs)`);
if (json) fs.writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), runs, procs, rows }, null, 2) + '\n');
