#!/usr/bin/env node
// Boot to main and halt() of a hello-world module, side by side with
// `erl -noshell` in one run: wall time and peak RSS. beamjs runs first with an
// empty translation cache (it translates every module it loads), then from the
// cache; and the program compiled by `beamjs compile` runs as `node DIR/main.mjs`.
// Usage: node benchmarks/boot.mjs [--runs N] [--json FILE]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work', 'boot');

const argv = process.argv.slice(2);
let runs = 10;
let json = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--json') json = argv[++i];
  else throw new Error(`boot.mjs: unknown argument ${argv[i]}`);
}

fs.mkdirSync(work, { recursive: true });
execFileSync('erlc', ['-o', work, path.join(here, 'boot', 'hello.erl')], { stdio: 'inherit' });
const erl = ['erl', ['-noshell', '-pa', work, '-eval', 'hello:main([]), halt().'], { cwd: work, env: { ERL_CRASH_DUMP_SECONDS: '0' } }];
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'beamjs-boot-cache-'));
const beamjs = [path.join(root, 'bin', 'beamjs'), ['run', '-pa', work, 'hello'], { cwd: work, env: { BEAMJS_CACHE: cache } }];

function check(run, who) {
  if (run.status !== 0 || run.out.trim() !== 'hello') {
    throw new Error(`${who} did not print hello and exit 0 (status ${run.status}):\n${run.out}${run.err}`);
  }
  return run;
}

const first = check(await measure(...beamjs), 'beamjs (first run)');
const dist = path.join(work, 'dist');
execFileSync(path.join(root, 'bin', 'beamjs'), ['compile', path.join(work, 'hello.beam'), '--main', 'hello', '-o', dist], { env: { ...process.env, BEAMJS_CACHE: cache }, stdio: 'inherit' });
const compiled = ['node', [path.join(dist, 'main.mjs')], { cwd: work }];
const ertsRuns = [];
const cached = [];
const compiledRuns = [];
for (let i = 0; i < runs; i++) {
  ertsRuns.push(check(await measure(...erl), 'erts'));
  cached.push(check(await measure(...beamjs), 'beamjs (cached)'));
  compiledRuns.push(check(await measure(...compiled), 'node DIR/main.mjs'));
}
fs.rmSync(cache, { recursive: true, force: true });

const row = (name, list) => ({ name, wallMs: median(list.map((r) => r.wallMs)), peakKb: median(list.map((r) => r.peakKb)) });
const rows = [
  row('erts', ertsRuns),
  row('beamjs, first run (translating)', [first]),
  row(`beamjs, from the cache`, cached),
  row('beamjs compile, node DIR/main.mjs', compiledRuns),
];
const base = rows[0];
console.log('| boot to main and halt() | wall time | × erts | peak RSS | × erts |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.wallMs.toFixed(0)} ms | ${(r.wallMs / base.wallMs).toFixed(2)} | ${(r.peakKb / 1024).toFixed(0)} MB | ${(r.peakKb / base.peakKb).toFixed(2)} |`);
}
console.log(`\nmedians of ${runs} runs (the first run: one)`);
if (json) fs.writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2) + '\n');
