#!/usr/bin/env node
// compile:file/2 of stdlib's lists.erl on erts and on beamjs in one run (issue 5): each run boots,
// compiles the file `--per-vm` times in the same VM (timer:tc around each compile:file call) and
// halts. Reported: the first compile of a VM (beamjs: OTP's compiler modules loaded from the
// translation cache, code not yet optimised by V8), the later ones (warm), the whole run's wall
// time, and peak RSS; medians of --runs runs, and beamjs / erts ratios. beamjs's translation
// cache is filled by one run before timing (its cost is the one-off "first run" line).
// Usage: node benchmarks/compile.mjs [--runs N] [--per-vm N] [--file F] [--json FILE]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work', 'compile');

const argv = process.argv.slice(2);
let runs = 5;
let perVm = 3;
let file = '/usr/lib/erlang/lib/stdlib-4.2/src/lists.erl';
let json = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--per-vm') perVm = Number(argv[++i]);
  else if (argv[i] === '--file') file = argv[++i];
  else if (argv[i] === '--json') json = argv[++i];
  else throw new Error(`compile.mjs: unknown argument ${argv[i]}`);
}
if (!fs.existsSync(file)) throw new Error(`compile.mjs: ${file} is missing (sh scripts/setup.sh installs erlang-src)`);

fs.mkdirSync(work, { recursive: true });
execFileSync('erlc', ['-o', work, path.join(here, 'compile', 'compile_lists.erl')], { stdio: 'inherit' });
const args = [file, String(perVm)];
const erl = ['erl', ['-noshell', '-pa', work, '-eval', `compile_lists:main(${JSON.stringify(args)}), halt().`], { cwd: work, env: { ERL_CRASH_DUMP_SECONDS: '0' } }];
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'beamjs-compile-cache-'));
const beamjs = [path.join(root, 'bin', 'beamjs'), ['run', '-pa', work, 'compile_lists', ...args], { cwd: work, env: { BEAMJS_CACHE: cache }, timeoutS: 1800 }];

/** The run's compile times (µs) and .beam MD5, or an error naming who failed. */
function parse(run, who) {
  const t = /^compile_us((?: \d+)+)$/m.exec(run.out);
  const md5 = /^md5 ([0-9a-f]{32})$/m.exec(run.out);
  if (run.status !== 0 || t === null || md5 === null) {
    throw new Error(`${who} failed (status ${run.status}${run.timedOut ? ', timed out' : ''}):\n${run.out}${run.err}`);
  }
  return { ...run, compileUs: t[1].trim().split(' ').map(Number), md5: md5[1] };
}

const first = parse(await measure(...beamjs), 'beamjs (first run)');
const ertsRuns = [];
const ours = [];
for (let i = 0; i < runs; i++) {
  ertsRuns.push(parse(await measure(...erl), 'erts'));
  ours.push(parse(await measure(...beamjs), 'beamjs'));
}
fs.rmSync(cache, { recursive: true, force: true });
const md5s = new Set([first, ...ertsRuns, ...ours].map((r) => r.md5));
if (md5s.size !== 1) throw new Error(`compile.mjs: the .beam bytes differ between runs: ${[...md5s].join(' ')}`);

const summary = (list) => ({
  firstMs: median(list.map((r) => r.compileUs[0] / 1000)),
  warmMs: perVm > 1 ? median(list.flatMap((r) => r.compileUs.slice(1).map((us) => us / 1000))) : NaN,
  wallMs: median(list.map((r) => r.wallMs)),
  peakKb: median(list.map((r) => r.peakKb)),
});
const e = summary(ertsRuns);
const b = summary(ours);
const f = summary([first]);
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '-');
const ratio = (x, y) => (Number.isFinite(x) && Number.isFinite(y) ? `${(x / y).toFixed(1)}` : '-');
console.log(`compile:file("${path.basename(file)}", [binary, deterministic, report_errors]), .beam MD5 ${[...md5s][0]} on both`);
console.log('| | first compile in the VM | later compiles | whole run (boot, compiles, halt) | peak RSS |');
console.log('|---|---|---|---|---|');
console.log(`| erts | ${ms(e.firstMs)} | ${ms(e.warmMs)} | ${ms(e.wallMs)} | ${(e.peakKb / 1024).toFixed(0)} MB |`);
console.log(`| beamjs | ${ms(b.firstMs)} | ${ms(b.warmMs)} | ${ms(b.wallMs)} | ${(b.peakKb / 1024).toFixed(0)} MB |`);
console.log(`| beamjs / erts | ${ratio(b.firstMs, e.firstMs)} | ${ratio(b.warmMs, e.warmMs)} | ${ratio(b.wallMs, e.wallMs)} | ${ratio(b.peakKb, e.peakKb)} |`);
console.log(`| beamjs, first run (translating into an empty cache) | ${ms(f.firstMs)} | ${ms(f.warmMs)} | ${ms(f.wallMs)} | ${(f.peakKb / 1024).toFixed(0)} MB |`);
console.log(`\nmedians of ${runs} runs, ${perVm} compiles per run`);
if (json) fs.writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), file, runs, perVm, erts: e, beamjs: b, beamjsFirstRun: f }, null, 2) + '\n');
