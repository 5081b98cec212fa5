// Helpers of the `beamjs compile` tests: running bin/beamjs compile, running a
// compiled program with the Erlang (and Elixir) installation hidden, and packing
// .ez archives. Hiding is a private mount namespace (we run as root): an empty
// directory bind-mounted over each installation, so that no fallback search can
// find it; test/cli-bad-input.test.ts hides installations the same way.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync } from 'fflate';
import { ROOT, WORK, type RunResult } from './differential.js';
import { otpRoot } from './erts.js';

export const BEAMJS = path.join(ROOT, 'bin', 'beamjs');

/** The absolute path of a command on the PATH; throws (the test fails) when there is none. */
export function which(cmd: string): string {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  const found = r.stdout?.trim() ?? '';
  if (found === '') throw new Error(`${cmd} is not on the PATH; this test needs it`);
  return fs.realpathSync(found);
}

/** The Elixir installation's root (ROOT/bin/elixir, ROOT/lib/elixir/ebin). */
export function elixirRoot(): string {
  return path.dirname(path.dirname(which('elixir')));
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

/** Run a command without blocking the event loop; stdin is /dev/null. */
export function run(cmd: string, args: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: o.env ?? process.env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 180000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status });
    });
  });
}

/** `bin/beamjs compile ARGS`, with its own translation cache (shared by the compiles of one test file). */
export function beamjsCompile(args: readonly string[], cache: string, o: RunOptions = {}): Promise<RunResult> {
  return run(BEAMJS, ['compile', ...args], { ...o, env: { ...process.env, BEAMJS_CACHE: cache, ...o.env } });
}

/**
 * Run `cmd args` where the given directories look empty (an empty directory mounted over each).
 * Throws when a directory to hide does not exist: then the test would prove nothing.
 */
export function runHidden(hide: readonly string[], cmd: string, args: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  const empty = path.join(WORK, 'aot-empty');
  fs.mkdirSync(empty, { recursive: true });
  for (const d of hide) if (!fs.existsSync(d)) throw new Error(`${d} does not exist: nothing to hide`);
  const mount = which('mount');
  const mounts = hide.map((d) => `${mount} --bind '${empty}' '${d}'`).join(' && ');
  return run(which('unshare'), ['-m', '/bin/sh', '-c', `${mounts} && exec "$@"`, 'sh', cmd, ...args], o);
}

/** What a compiled program must run without: the OTP installation, and Elixir's when there is one. */
export function installations(withElixir: boolean): string[] {
  const dirs = [otpRoot()];
  if (withElixir) dirs.push(elixirRoot());
  return dirs;
}

/** An .ez archive of `dir`'s files, under `top/` (e.g. greet-1.0.0/ebin/greet.app). */
export function packEz(dir: string, top: string, file: string): void {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${rel}${e.name}/`);
      else files[`${top}/${rel}${e.name}`] = new Uint8Array(fs.readFileSync(path.join(d, e.name)));
    }
  };
  walk(dir, '');
  fs.writeFileSync(file, zipSync(files));
}

export function manifestModules(dir: string): Set<string> {
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { modules: Array<{ name: string }> };
  return new Set(m.modules.map((x) => x.name));
}
