// The erts-differential harness: compile an Erlang test program with erlc, run
// it on erts (`erl -noshell -eval 'M:main([]), halt().'`) and on beamjs
// (`bin/beamjs run M`), and compare stdout exactly, the exit status exactly, and
// stderr after normalising pids and references. erts is the reference: nothing
// expected is written by hand.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const WORK = path.join(ROOT, 'test', '.work');
const BEAMJS = path.join(ROOT, 'bin', 'beamjs');

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Fails (never skips) when erlc/erl are missing: these tests need the reference. */
export function requireErlang(): void {
  const r = spawnSync('erl', ['-version'], { encoding: 'utf8' });
  if (r.error !== undefined) throw new Error('erl is not installed: run the README set-up command (it installs erlang-nox)');
}

/** erlc options a program asks for with a first line `%% erlc-options: OPT...` (e.g. +no_bs_create_bin). */
function erlcOptions(src: string): string[] {
  const first = fs.readFileSync(src, 'utf8').split('\n', 1)[0];
  const m = /^%% erlc-options: (.*)$/.exec(first);
  return m !== null ? m[1].trim().split(/\s+/) : [];
}

function isStale(src: string, out: string): boolean {
  const beam = path.join(out, path.basename(src, '.erl') + '.beam');
  return !fs.existsSync(beam) || fs.statSync(beam).mtimeMs < fs.statSync(src).mtimeMs;
}

/**
 * Where an area's programs are compiled: WORK/<area>.ebin. Not WORK/<area>: the code server takes
 * a code path directory named like an application (crypto, ssl...) for that application's
 * directory, and code:priv_dir(crypto) would then point into the test tree, so crypto's NIF
 * library would not load on erts.
 */
export function ebinOf(area: string): string {
  return path.join(WORK, `${area}.ebin`);
}

/** Compile `src` (an .erl file) into ebinOf(area), unless the .beam is newer. Returns the ebin dir. */
export function compileErl(src: string, area: string): string {
  const out = ebinOf(area);
  fs.mkdirSync(out, { recursive: true });
  if (isStale(src, out)) execFileSync('erlc', [...erlcOptions(src), '-o', out, src], { stdio: 'pipe' });
  return out;
}

/** Compile every stale program, one erlc per area and set of options (erlc starts slowly). */
export function compileAll(programs: ReadonlyArray<{ area: string; src: string }>): void {
  const groups = new Map<string, { out: string; opts: string[]; srcs: string[] }>();
  for (const prog of programs) {
    const out = ebinOf(prog.area);
    fs.mkdirSync(out, { recursive: true });
    if (!isStale(prog.src, out)) continue;
    const opts = erlcOptions(prog.src);
    const key = `${prog.area}\u0000${opts.join(' ')}`;
    if (!groups.has(key)) groups.set(key, { out, opts, srcs: [] });
    groups.get(key)!.srcs.push(prog.src);
  }
  for (const g of groups.values()) execFileSync('erlc', [...g.opts, '-o', g.out, ...g.srcs], { stdio: 'pipe' });
}

/** Run a command without blocking the event loop (the test runner talks to its workers meanwhile). */
function runAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, input?: Buffer): Promise<RunResult> {
  return new Promise((resolve) => {
    // Without input, stdin is /dev/null: a read gets eof at once, on erts as on beamjs.
    const child = spawn(cmd, args, { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin!.end(input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status });
    });
  });
}

export function runErts(dir: string, module: string, args: string[] = [], timeoutMs = 120000, input?: Buffer): Promise<RunResult> {
  const argList = `[${args.map((a) => JSON.stringify(a)).join(',')}]`;
  const env = { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' };
  return runAsync('erl', ['-noshell', '-pa', dir, '-eval', `${module}:main(${argList}), halt().`], env, timeoutMs, input);
}

export function runBeamjs(
  dir: string,
  module: string,
  args: string[] = [],
  timeoutMs = 120000,
  env: Record<string, string> = {},
  input?: Buffer,
): Promise<RunResult> {
  return runAsync(BEAMJS, ['run', '-pa', dir, module, ...args], { ...process.env, ...env }, timeoutMs, input);
}

/**
 * Pids, references, ports and funs, and the timestamps of logger reports, differ between two runs of
 * one program, even on erts; they are normalised on both streams (issue 3: "dates and pids
 * normalised"), everything else is compared exactly.
 */
export function normalise(s: string): string {
  return s
    .replace(/\d{1,2}-[A-Z][a-z]{2}-\d{4}::\d{2}:\d{2}:\d{2}\.\d+/g, '<DATE>')
    .replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}\.\d+(?:[+-]\d{2}:\d{2}|Z)?/g, '<DATE>')
    .replace(/<\d+\.\d+\.\d+>/g, '<PID>')
    .replace(/#Ref<[\d.]+>/g, '#Ref<REF>')
    .replace(/#Port<[\d.]+>/g, '#Port<PORT>')
    .replace(/#Fun<[^>]*>/g, '#Fun<FUN>');
}

/** All test programs: test/erl/<area>/<module>.erl, with <module>.stdin beside it as its standard input. */
export function listPrograms(): Array<{ area: string; module: string; src: string; stdin?: string }> {
  const base = path.join(ROOT, 'test', 'erl');
  const out: Array<{ area: string; module: string; src: string; stdin?: string }> = [];
  for (const area of fs.readdirSync(base).sort()) {
    const dir = path.join(base, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.erl')) continue;
      const stdin = path.join(dir, `${f.slice(0, -4)}.stdin`);
      out.push({ area, module: f.slice(0, -4), src: path.join(dir, f), stdin: fs.existsSync(stdin) ? stdin : undefined });
    }
  }
  return out;
}
