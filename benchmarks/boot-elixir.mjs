#!/usr/bin/env node
// Boot to main and exit of an Elixir hello world, side by side with `elixir` in one run: wall
// time and peak RSS. `elixir -pa DIR -e 'BootHello.main(System.argv())'` against
// `bin/beamjs run -pa DIR Elixir.BootHello`: both boot OTP, start the elixir application and
// run main through Elixir's CLI. beamjs runs first with an empty translation cache (it
// translates every module it loads, Elixir's included), then from the cache.
// Usage: node benchmarks/boot-elixir.mjs [--runs N] [--json FILE]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work', 'boot-elixir');

const argv = process.argv.slice(2);
let runs = 10;
let json = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--json') json = argv[++i];
  else throw new Error(`boot-elixir.mjs: unknown argument ${argv[i]}`);
}

fs.mkdirSync(work, { recursive: true });
execFileSync('elixirc', ['-o', work, path.join(here, 'boot', 'boot_hello.ex')], { stdio: 'inherit' });
const env = { ERL_CRASH_DUMP_SECONDS: '0' };
const elixir = ['elixir', ['-pa', work, '-e', 'BootHello.main(System.argv())'], { cwd: work, env }];
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'beamjs-boot-elixir-cache-'));
const beamjs = [path.join(root, 'bin', 'beamjs'), ['run', '-pa', work, 'Elixir.BootHello'], { cwd: work, env: { ...env, BEAMJS_CACHE: cache } }];

function check(run, who) {
  if (run.status !== 0 || run.out.trim() !== 'hello') {
    throw new Error(`${who} did not print hello and exit 0 (status ${run.status}):\n${run.out}${run.err}`);
  }
  return run;
}

const first = check(await measure(...beamjs), 'beamjs (first run)');
const ertsRuns = [];
const cached = [];
for (let i = 0; i < runs; i++) {
  ertsRuns.push(check(await measure(...elixir), 'elixir'));
  cached.push(check(await measure(...beamjs), 'beamjs (cached)'));
}
fs.rmSync(cache, { recursive: true, force: true });

const row = (name, list) => ({ name, wallMs: median(list.map((r) => r.wallMs)), peakKb: median(list.map((r) => r.peakKb)) });
const rows = [row('elixir (erts)', ertsRuns), row('beamjs, first run (translating)', [first]), row('beamjs, from the cache', cached)];
const base = rows[0];
console.log('| Elixir boot to main and exit | wall time | × elixir | peak RSS | × elixir |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.wallMs.toFixed(0)} ms | ${(r.wallMs / base.wallMs).toFixed(2)} | ${(r.peakKb / 1024).toFixed(0)} MB | ${(r.peakKb / base.peakKb).toFixed(2)} |`);
}
console.log(`\nmedians of ${runs} runs (the first run: one)`);
if (json) fs.writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2) + '\n');
