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

/** `bin/beamjs run -pa DIR... MODULE ARG...`; an Elixir module (Elixir.Mod) runs as `elixir` would run it. */
export function runBeamjs(
  dir: string | readonly string[],
  module: string,
  args: string[] = [],
  timeoutMs = 120000,
  env: Record<string, string> = {},
  input?: Buffer,
): Promise<RunResult> {
  const pa = (typeof dir === 'string' ? [dir] : dir).flatMap((d) => ['-pa', d]);
  return runAsync(BEAMJS, ['run', ...pa, module, ...args], { ...process.env, ...env }, timeoutMs, input);
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

// ---------------------------------------------------------------------------------------------
// Elixir programs: test/ex/<area>/<name>.ex, compiled with elixirc (one run per area, before any
// program runs), run with `elixir -pa DIR -e 'Mod.main(System.argv())' -- ARG...` and with
// `bin/beamjs run -pa DIR Elixir.Mod ARG...`, compared as the Erlang programs are.
//
// Which module is run: the name comes from the path, never from parsing the source, so a file may
// define helper modules (structs, protocols, exceptions) before its main one. test/ex/<area>/<name>.ex
// must define `Ex.<Area>.<Name>` with main/1, Area and Name camelised as Macro.camelize does
// (`string/jaro_distance.ex` -> `Ex.String.JaroDistance`). The `Ex.` prefix keeps programs clear of
// Elixir's own modules (an area `task` with a program `supervisor` would otherwise be Task.Supervisor).
// compileElixirAll fails, naming the file, when the expected .beam is not produced.
//
// Header comments at the top of a program (before its first other line) set how it is run:
//   # args: ["a", "ü b"]          its arguments (a JSON array of strings; default none)
//   # consolidate-protocols       run with the area's protocols consolidated, as Mix does: every
//                                 protocol on the path (Elixir's and the area's) consolidated with the
//                                 area's and Elixir's impls, into a directory put first on the path
//                                 (given last: elixir prepends each -pa in turn).
//                                 Without it, protocols dispatch unconsolidated, as elixirc leaves them.
// <name>.stdin beside a program is its standard input. A file whose name starts with `_` holds
// modules the area's programs share (a protocol and its impls): compiled with them, not run.

const ELIXIR_BASE = path.join(ROOT, 'test', 'ex');
const ELIXIR_WORK = path.join(WORK, 'ex');

export interface ElixirProgram {
  area: string;
  name: string;
  /** The module as beamjs takes it: `Elixir.Ex.Area.Name`. */
  module: string;
  src: string;
  stdin?: string;
  args: string[];
  consolidate: boolean;
}

/**
 * Why the Elixir reference cannot run (elixir missing), or null when it can. The tests then fail,
 * never skip: they need the reference.
 */
export function elixirMissing(): string | null {
  const r = spawnSync('elixir', ['--short-version'], { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0) return 'elixir is not installed: run the README set-up command (it installs elixir)';
  return null;
}

/** Macro.camelize for the names used here: `jaro_distance` -> `JaroDistance`, `utf8_x` -> `Utf8X`. */
export function camelize(s: string): string {
  return s
    .split('_')
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function elixirHeader(src: string): { args: string[]; consolidate: boolean } {
  let args: string[] = [];
  let consolidate = false;
  for (const line of fs.readFileSync(src, 'utf8').split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^# args: (.*)$/.exec(line);
    if (m !== null) args = JSON.parse(m[1]) as string[];
    if (/^# consolidate-protocols\s*$/.test(line)) consolidate = true;
  }
  return { args, consolidate };
}

/** All Elixir programs; a directory holding a mix.exs is a Mix project, not an area of programs. */
export function listElixirPrograms(): ElixirProgram[] {
  const out: ElixirProgram[] = [];
  for (const area of fs.readdirSync(ELIXIR_BASE).sort()) {
    const dir = path.join(ELIXIR_BASE, area);
    if (!fs.statSync(dir).isDirectory() || fs.existsSync(path.join(dir, 'mix.exs'))) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.ex') || f.startsWith('_')) continue;
      const name = f.slice(0, -3);
      const src = path.join(dir, f);
      const stdin = path.join(dir, `${name}.stdin`);
      out.push({
        area,
        name,
        module: `Elixir.Ex.${camelize(area)}.${camelize(name)}`,
        src,
        stdin: fs.existsSync(stdin) ? stdin : undefined,
        ...elixirHeader(src),
      });
    }
  }
  return out;
}

/** Where an area's modules are compiled, and where its consolidated protocols go. */
export function elixirAreaDirs(area: string): { ebin: string; consolidated: string } {
  const ebin = path.join(ELIXIR_WORK, area);
  return { ebin, consolidated: path.join(ebin, 'consolidated') };
}

/**
 * The -pa directories a program runs with. `elixir` prepends each -pa in turn, so the last one given
 * comes first on the code path: consolidated protocols go last, to shadow the unconsolidated ones.
 */
export function elixirCodePath(prog: ElixirProgram): string[] {
  const dirs = elixirAreaDirs(prog.area);
  return prog.consolidate ? [dirs.ebin, dirs.consolidated] : [dirs.ebin];
}

function runChecked(cmd: string, args: string[], what: string): Promise<void> {
  return runAsync(cmd, args, { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' }, 600000).then((r) => {
    if (r.status !== 0) throw new Error(`${what} failed (status ${r.status}):\n${r.stdout}${r.stderr}`);
  });
}

async function compileElixirArea(area: string, progs: ElixirProgram[]): Promise<void> {
  const { ebin, consolidated } = elixirAreaDirs(area);
  const stamp = path.join(ebin, '.compiled');
  const srcs = fs.readdirSync(path.join(ELIXIR_BASE, area)).filter((f) => f.endsWith('.ex')).map((f) => path.join(ELIXIR_BASE, area, f));
  const newest = Math.max(...srcs.map((s) => fs.statSync(s).mtimeMs), fs.statSync(CONSOLIDATE_SCRIPT).mtimeMs);
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) return;
  // The whole area again: its files may share helper modules, and a removed module must not linger.
  fs.rmSync(ebin, { recursive: true, force: true });
  fs.mkdirSync(ebin, { recursive: true });
  await runChecked('elixirc', ['-o', ebin, ...srcs], `elixirc of test/ex/${area}`);
  for (const p of progs) {
    if (!fs.existsSync(path.join(ebin, `${p.module}.beam`))) {
      throw new Error(`${p.src} must define ${p.module.slice('Elixir.'.length)} (named from its path), with main/1`);
    }
  }
  if (progs.some((p) => p.consolidate)) {
    fs.mkdirSync(consolidated, { recursive: true });
    await runChecked('elixir', ['-pa', ebin, CONSOLIDATE_SCRIPT, ebin, consolidated], `protocol consolidation of test/ex/${area}`);
  }
  fs.writeFileSync(stamp, '');
}

const CONSOLIDATE_SCRIPT = path.join(ROOT, 'test', 'support', 'consolidate_protocols.exs');

/** Compile every area with a stale program, two elixirc at a time (one per core). */
export async function compileElixirAll(programs: readonly ElixirProgram[]): Promise<void> {
  const byArea = new Map<string, ElixirProgram[]>();
  for (const p of programs) byArea.set(p.area, [...(byArea.get(p.area) ?? []), p]);
  const queue = [...byArea.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await compileElixirArea(next[0], next[1]);
  };
  await Promise.all([worker(), worker()]);
}

/** `elixir -pa DIR... -e 'Mod.main(System.argv())' -- ARG...`, the reference. */
export function runElixir(dirs: readonly string[], module: string, args: string[] = [], timeoutMs = 120000, input?: Buffer): Promise<RunResult> {
  const env = { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' };
  const call = `${module.replace(/^Elixir\./, '')}.main(System.argv())`;
  return runAsync('elixir', [...dirs.flatMap((d) => ['-pa', d]), '-e', call, '--', ...args], env, timeoutMs, input);
}

/**
 * normalise, plus what differs between two runs of one Elixir program on erts itself: references
 * as Elixir prints them (`#Reference<0.3011263432.2216951810.196368>`: erts seeds them per boot),
 * the time of day Logger's console backend starts each message with (`12:03:04.567 [info] ...`,
 * the default format), and ExUnit's durations: `Finished in 0.05 seconds (0.00s async, 0.05s
 * sync)` and, with trace: true, each test's `* test name (3.9ms) [L#50]`. Pids (`#PID<0.110.0>`)
 * and ports are normalised by normalise.
 */
export function normaliseElixir(s: string): string {
  return normalise(s)
    .replace(/#Reference<[\d.]+>/g, '#Reference<REF>')
    .replace(/^\d{2}:\d{2}:\d{2}\.\d{3} /gm, '<TIME> ')
    .replace(/Finished in [\d.]+ seconds \([\d.]+s async, [\d.]+s sync\)/g, 'Finished in <T> seconds (<T>s async, <T>s sync)')
    .replace(/^(\s*\* (?:test|doctest) .*) \([\d.]+ms\) (\[L#\d+\])$/gm, '$1 (<T>ms) $2');
}
