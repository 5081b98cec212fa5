// `beamjs bench [-pa DIR]... [--runs N] [--json FILE] MODULE [ARG]...`: the same
// program on erts and on beamjs, side by side in one run (DESIGN.md, "The command
// line"). Each side runs N times, in turn; the table gives the medians, the ratio
// beamjs/erts and the peak RSS of each. A program that prints `time_us N` (or
// {time_us,N}) is timed by that figure, its own work; wall time is shown beside it.
// beamjs runs once first, uncounted, so that its translation cache is warm.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, timeUsOf, type Measured } from './measure.js';
import { parseRunArgs, type RunArgs } from './run.js';
import { erlArgs, isElixirModule } from './erl-args.js';
import { errors } from '../compiler/diagnostics.js';

export interface BenchArgs {
  run: RunArgs;
  runs: number;
  json: string | null;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  let runs = 5;
  let json: string | null = null;
  const rest: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) throw errors.usage('bench', `--runs needs a positive integer, got ${argv[i]}`);
    } else if (a === '--json') {
      json = argv[++i];
      if (json === undefined) throw errors.usage('bench', '--json needs a file name');
    } else if (a === '-pa') {
      rest.push(a, argv[++i]);
    } else break;
  }
  return { run: parseRunArgs([...rest, ...argv.slice(i)]), runs, json };
}

/** The beamjs launcher of this installation (bin/beamjs beside the bundle's build/). */
function launcher(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const bin = path.join(dir, 'bin', 'beamjs');
    if (fs.existsSync(bin)) return bin;
    const up = path.dirname(dir);
    if (up === dir) throw errors.usage('bench', 'cannot find bin/beamjs beside this build');
    dir = up;
  }
}

interface Side {
  runs: Measured[];
  timeUs: number;
  wallMs: number;
  peakKb: number;
}

function summarise(runs: Measured[]): Side {
  return {
    runs,
    timeUs: median(runs.map((r) => timeUsOf(r.out))),
    wallMs: median(runs.map((r) => r.wallMs)),
    peakKb: median(runs.map((r) => r.peakKb)),
  };
}

/** Why a run does not count, or null: it must end as the reference did. */
function failure(who: string, r: Measured, expectedStatus: number | null): string | null {
  if (r.timedOut) return `${who} timed out`;
  if (r.status !== expectedStatus) return `${who} exited with ${r.status ?? r.signal}${expectedStatus !== null ? ` (erts: ${expectedStatus})` : ''}`;
  return null;
}

const progress = (s: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\u001b[K${s}`);
};

export async function bench(b: BenchArgs): Promise<number> {
  const r = b.run;
  const elixir = isElixirModule(r.module);
  const refCmd = elixir ? 'elixir' : 'erl';
  const limit = r.maxProcesses !== undefined ? ['+P', String(r.maxProcesses)] : [];
  const refArgs = elixir
    ? [...(limit.length > 0 ? ['--erl', limit.join(' ')] : []), ...r.pa.flatMap((d) => ['-pa', d]), '-e', `${r.module.slice('Elixir.'.length)}.main(System.argv())`, '--', ...r.args]
    : [...limit, ...erlArgs(r, undefined)];
  const oursArgs = ['run', ...r.pa.flatMap((d) => ['-pa', d]), ...limit, r.module, ...r.args];
  const ertsEnv = { ERL_CRASH_DUMP_SECONDS: '0' };
  const beamjs = launcher();

  progress('beamjs: warming the translation cache');
  const warm = await measure(beamjs, oursArgs);
  const erts: Measured[] = [];
  const ours: Measured[] = [];
  for (let i = 0; i < b.runs; i++) {
    progress(`run ${i + 1}/${b.runs}: erts`);
    erts.push(await measure(refCmd, refArgs, { env: ertsEnv }));
    progress(`run ${i + 1}/${b.runs}: beamjs`);
    ours.push(await measure(beamjs, oursArgs));
  }
  progress('');
  const ref = erts[0];
  const problems: string[] = [];
  if (ref.status !== 0) problems.push(`the program exits with ${ref.status ?? ref.signal} on ${refCmd}: ${(ref.out + ref.err).trim().slice(0, 500)}`);
  problems.push(...[failure('beamjs (warm-up)', warm, ref.status), ...ours.map((o) => failure('beamjs', o, ref.status))].filter((x): x is string => x !== null));
  if (strip(ref.out) !== strip(ours[0].out)) {
    problems.push('beamjs printed something else than erts (time_us lines aside)');
  }
  const e = summarise(erts);
  const o = summarise(ours);
  const timed = Number.isFinite(e.timeUs) && Number.isFinite(o.timeUs);
  const rows: Array<[string, string, string, string]> = [['', 'erts', 'beamjs', 'beamjs/erts']];
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  if (timed) rows.push(['time_us (its own work)', ms(e.timeUs / 1000), ms(o.timeUs / 1000), (o.timeUs / e.timeUs).toFixed(2)]);
  rows.push(['wall time', ms(e.wallMs), ms(o.wallMs), (o.wallMs / e.wallMs).toFixed(2)]);
  rows.push(['peak RSS', `${(e.peakKb / 1024).toFixed(0)} MB`, `${(o.peakKb / 1024).toFixed(0)} MB`, (o.peakKb / e.peakKb).toFixed(2)]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c].length)));
  const lines = rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  process.stdout.write(`${r.module}: medians of ${b.runs} runs each${timed ? '' : ' (no time_us printed: timed by wall time)'}\n`);
  process.stdout.write(lines.join('\n') + '\n');
  for (const p of problems) process.stdout.write(`warning: ${p}\n`);
  if (b.json !== null) {
    const figures = {
      module: r.module,
      args: r.args,
      runs: b.runs,
      erts: { timeUs: e.timeUs, wallMs: e.wallMs, peakKb: e.peakKb, status: ref.status },
      beamjs: { timeUs: o.timeUs, wallMs: o.wallMs, peakKb: o.peakKb, status: ours[0].status },
      ratio: timed ? o.timeUs / e.timeUs : o.wallMs / e.wallMs,
      problems,
    };
    fs.writeFileSync(b.json, JSON.stringify(figures, null, 2) + '\n');
  }
  return problems.length > 0 ? 1 : 0;
}

/** Output without the lines that carry timings, which differ run to run. */
function strip(out: string): string {
  return out
    .split('\n')
    .filter((l) => !/time_us/.test(l))
    .join('\n');
}
