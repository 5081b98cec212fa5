#!/usr/bin/env node
// Runs each benchmark program on erts and on beamjs in turn (the same .beam),
// N times each, checks that their digests agree, and reports the medians of each
// program's own `time_us` figure, the ratio beamjs/erts, and the peak RSS of
// both. A program that fails on beamjs (exit status, no digest, another digest,
// timeout) is reported as failing, left out of the geometric mean, and makes the
// runner exit 1 once all have run. report.mjs renders the table and the chart.
// Usage: node benchmarks/run.mjs [--runs N] [--out DIR] [--json FILE] [--timeout S] [NAME...]

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdown, svg } from './report.mjs';
import { measure, median } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const work = path.join(here, '.work');

const argv = process.argv.slice(2);
let runs = 5;
let json = null;
let outDir = path.join(here, 'results');
let timeoutS = 300;
const names = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--json') json = argv[++i];
  else if (argv[i] === '--out') outDir = argv[++i];
  else if (argv[i] === '--timeout') timeoutS = Number(argv[++i]);
  else names.push(argv[i]);
}

/** One run of a benchmark program, with its digest and time_us parsed from its output. */
async function measureProgram(cmd, args, env) {
  const run = await measure(cmd, args, { cwd: work, env, timeoutS });
  return { ...run, ...parse(run.out) };
}

function parse(out) {
  const t = /\{time_us,(\d+)\}/.exec(out);
  const digest = out.split(/\r?\n/).find((l) => l.startsWith('{digest,'));
  return { timeUs: t ? Number(t[1]) : NaN, digest };
}

/** Why a run does not count (null when it does): it must exit 0 and print the expected digest and a time. */
function fault(run, expected) {
  if (run.timedOut) return `timed out after ${timeoutS} s`;
  if (run.status !== 0) return run.status === null ? `killed by ${run.signal}` : `exit status ${run.status}`;
  if (run.digest === undefined) return 'no digest printed';
  if (expected !== undefined && run.digest !== expected) return `digest ${run.digest} differs from erts ${expected}`;
  if (Number.isNaN(run.timeUs)) return 'no time_us printed';
  return null;
}

/** The end of what a failing run printed, long lines clipped (a badarg can print a whole .beam). */
function tail(run) {
  const lines = (run.out + run.err).trimEnd().split(/\r?\n/).slice(-25);
  return lines.map((l) => (l.length > 400 ? `${l.slice(0, 400)} …(${l.length} chars)` : l)).join('\n');
}

/** The failure of the first run of `side` that does not count, with how many of its runs failed. */
function failure(side, list, expected) {
  const bad = list.filter((r) => fault(r, expected) !== null);
  if (bad.length === 0) return null;
  const counted = bad.length === list.length ? '' : ` (${bad.length} of ${list.length} runs)`;
  return { side, reason: `${side === 'erts' ? 'on erts: ' : ''}${fault(bad[0], expected)}${counted}`, output: tail(bad[0]) };
}

const summarise = (list) => ({
  medianUs: median(list.map((r) => r.timeUs)),
  timesUs: list.map((r) => r.timeUs),
  peakKb: median(list.map((r) => r.peakKb)),
});

const progDir = path.join(here, 'programs');
const all = fs.readdirSync(progDir).filter((f) => f.endsWith('.erl')).map((f) => f.slice(0, -4)).sort();
const chosen = names.length > 0 ? names : all;
fs.mkdirSync(work, { recursive: true });
execFileSync('erlc', ['-o', work, ...chosen.map((n) => path.join(progDir, `${n}.erl`))], { stdio: 'inherit' });

const rows = [];
for (const name of chosen) {
  const erts = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    erts.push(await measureProgram('erl', ['-noshell', '-pa', work, '-eval', `${name}:main([]), halt().`], { ERL_CRASH_DUMP_SECONDS: '0' }));
    ours.push(await measureProgram(path.join(root, 'bin', 'beamjs'), ['run', '-pa', work, name], {}));
  }
  const expected = erts[0].digest;
  const fail = failure('erts', erts, expected) ?? failure('beamjs', ours, expected);
  const row = { name, ok: fail === null, digest: expected, erts: summarise(erts), beamjs: summarise(ours) };
  if (fail) row.failure = fail;
  else row.ratio = row.beamjs.medianUs / row.erts.medianUs;
  rows.push(row);
  const f = (us) => (Number.isFinite(us) ? `${(us / 1000).toFixed(1)} ms` : '—');
  const rss = `peak RSS ${(row.erts.peakKb / 1024).toFixed(0)} MB / ${(row.beamjs.peakKb / 1024).toFixed(0)} MB`;
  const verdict = fail ? `FAIL: ${fail.reason}` : `ratio ${row.ratio.toFixed(2)}`;
  process.stderr.write(`${name}: erts ${f(row.erts.medianUs)}, beamjs ${f(row.beamjs.medianUs)}, ${verdict}, ${rss}\n`);
  if (fail) process.stderr.write(`${fail.output.replace(/^/gm, '    ')}\n`);
}

const agreeing = rows.filter((r) => r.ok);
const geometricMean = Math.exp(agreeing.reduce((s, r) => s + Math.log(r.ratio), 0) / agreeing.length);
const otp = execFileSync('erl', ['-noshell', '-eval',
  'io:format("~s (erts ~s)", [erlang:system_info(otp_release), erlang:system_info(version)]), halt().']).toString();
const results = {
  date: new Date().toISOString(),
  runs,
  host: { node: process.version, otp, cpu: os.cpus()[0]?.model, cores: os.cpus().length },
  rows,
  agreeing: agreeing.length,
  geometricMean: agreeing.length > 0 ? geometricMean : null,
};

const table = markdown(results);
console.log(table);
fs.mkdirSync(outDir, { recursive: true });
const heading = `# beamjs vs erts benchmarks\n\n${results.date}, node ${process.version}, OTP ${otp}, ` +
  `${results.host.cores} × ${results.host.cpu}\n\n![beamjs/erts ratios](ratios.svg)\n\n`;
fs.writeFileSync(path.join(outDir, 'results.md'), heading + table);
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
fs.writeFileSync(path.join(outDir, 'ratios.svg'), svg(results));
if (json) fs.writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
process.stderr.write(`wrote results.md, results.json and ratios.svg to ${outDir}\n`);
if (agreeing.length < rows.length) {
  process.stderr.write(`${rows.length - agreeing.length} benchmark(s) failed: ${rows.filter((r) => !r.ok).map((r) => r.name).join(', ')}\n`);
  process.exit(1);
}
