// Bad input through the command line, as a user meets it: `bin/beamjs run` on a
// truncated .beam, on one with an opcode OTP 25 does not have, without an OTP
// install, with an invalid BEAMJS_OTP_ROOT. Each must end with one `beamjs:` line
// on stderr naming the file (and chunk, module, function or opcode where one
// applies), a non-zero exit, no JS stack trace and nothing on stdout. erts is
// asked first that each corrupt file is one its loader refuses too. A module that
// does not exist is not bad input (it is erts's undef; the differential tests
// compare that): here only the absence of a beamjs message is checked.

import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBeam } from '../compiler/beam/index.js';
import { decodeCode } from '../compiler/ops/decode.js';
import { chunkSpans, codeStart, cutCode } from './support/beam-mutate.js';
import { ertsLoadVerdicts } from './support/erts-load.js';
import { otpRoot } from './support/erts.js';
import { ROOT, WORK } from './support/differential.js';

const BEAMJS = path.join(ROOT, 'bin', 'beamjs');
const MOD = 'bad_input';
const SRC = `
-module(${MOD}).
-export([main/1, add/2]).
main(_) -> add(1, 2).
add(A, B) -> A + B.
`;
/** The install prefixes beamjs falls back to (runtime/code/otp-install.ts, DESIGN.md). */
const FALLBACK_PREFIXES = ['/usr/lib/erlang', '/usr/local/lib/erlang', '/opt/erlang', '/opt/homebrew/lib/erlang'];

/** The absolute path of a command on the test's own PATH; throws (the test fails) when there is none. */
function which(cmd: string): string {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  const found = r.stdout?.trim() ?? '';
  if (found === '') throw new Error(`${cmd} is not on the PATH; this test needs it`);
  return found;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function beamjs(args: string[], env: NodeJS.ProcessEnv = process.env, wrap: string[] = []): Run {
  const [cmd, ...rest] = [...wrap, BEAMJS, 'run', ...args];
  const r = spawnSync(cmd, rest, { encoding: 'utf8', env, timeout: 60000 });
  if (r.error !== undefined) throw new Error(`${cmd} could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user-facing refusal: one `beamjs:` line naming every part, exit non-zero, no stack, no stdout. */
function expectRefusal(r: Run, parts: Array<string | RegExp>): void {
  const shown = `exit ${r.status}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.status, shown).not.toBe(0);
  expect(r.status, shown).not.toBeNull();
  expect(r.stdout, shown).toBe('');
  expect(r.stderr, shown).not.toMatch(/^\s+at /m);
  expect(r.stderr, shown).not.toContain('internal error');
  const line = r.stderr.split('\n').find((l) => l.startsWith('beamjs: '));
  expect(line, shown).toBeDefined();
  for (const p of parts) {
    if (typeof p === 'string') expect(line, shown).toContain(p);
    else expect(line, shown).toMatch(p);
  }
}

describe('bad input through bin/beamjs run', () => {
  const dir = path.join(WORK, 'cli-bad-input');
  /** The corrupt files, also offered to erts as MOD@tag.beam. */
  const ertsDir = path.join(dir, 'erts');
  let orig: Uint8Array;

  /** Writes `bytes` as DIR/<tag>/MOD.beam (the file beamjs finds on -pa) and for erts. */
  function corrupt(tag: string, bytes: Uint8Array): { ebin: string; file: string } {
    const ebin = path.join(dir, tag);
    fs.mkdirSync(ebin, { recursive: true });
    const file = path.join(ebin, `${MOD}.beam`);
    fs.writeFileSync(file, bytes);
    fs.writeFileSync(path.join(ertsDir, `${MOD}@${tag}.beam`), bytes);
    return { ebin, file };
  }

  /** The instruction at `index` after the func_info of add/2, and its file offset. */
  function afterFuncInfoOfAdd(index: number): { name: string; at: number } {
    const beam = readBeam(orig, 'orig');
    const instrs = decodeCode(beam.code.bytes, { atoms: beam.atoms, file: 'orig', module: MOD });
    const fi = instrs.findIndex(
      (i) => i.name === 'func_info' && i.args[1].k === 'atom' && i.args[1].value.name === 'add',
    );
    const ins = instrs[fi + 1 + index];
    return { name: ins.name, at: codeStart(orig) + ins.offset };
  }

  const cases = new Map<string, { ebin: string; file: string }>();

  beforeAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(ertsDir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${MOD}.erl`), SRC);
    execFileSync('erlc', ['-o', dir, path.join(dir, `${MOD}.erl`)], { stdio: 'pipe' });
    orig = new Uint8Array(fs.readFileSync(path.join(dir, `${MOD}.beam`)));
    const spans = chunkSpans(orig);
    const atU8 = spans.find((c) => c.id === 'AtU8')!;
    const code = spans.find((c) => c.id === 'Code')!;

    cases.set('trunc-header', corrupt('trunc-header', orig.slice(0, 6)));
    cases.set('trunc-atoms', corrupt('trunc-atoms', orig.slice(0, atU8.data + 5)));
    cases.set('trunc-code', corrupt('trunc-code', orig.slice(0, code.data + 30)));
    // The Code chunk itself ends inside the operands of add/2's addition (the file around it is whole).
    const plus = afterFuncInfoOfAdd(1);
    cases.set('cut-instr', corrupt('cut-instr', cutCode(orig, plus.at - code.data + 3)));
    // The first instruction after add/2's func_info (its entry label) becomes opcode 200.
    const patched = orig.slice();
    patched[afterFuncInfoOfAdd(0).at] = 200;
    cases.set('opcode-200', corrupt('opcode-200', patched));

    const verdicts = ertsLoadVerdicts(ertsDir);
    const accepted = [...verdicts].filter(([, v]) => v.loads).map(([f]) => f);
    // These are bad input by erts's judgement, not by ours: its loader refuses every one.
    if (accepted.length > 0) throw new Error(`erts loads files this test calls corrupt: ${accepted.join(', ')}`);
  });

  describe('a truncated .beam', () => {
    it('cut inside the file header', () => {
      const c = cases.get('trunc-header')!;
      expectRefusal(beamjs(['-pa', c.ebin, MOD]), [c.file, /header/]);
    });

    it('cut inside a chunk (AtU8)', () => {
      const c = cases.get('trunc-atoms')!;
      expectRefusal(beamjs(['-pa', c.ebin, MOD]), [c.file, 'AtU8']);
    });

    it('cut inside the Code chunk', () => {
      const c = cases.get('trunc-code')!;
      expectRefusal(beamjs(['-pa', c.ebin, MOD]), [c.file, 'Code']);
    });

    it('with a Code chunk that ends inside an instruction', () => {
      const c = cases.get('cut-instr')!;
      expectRefusal(beamjs(['-pa', c.ebin, MOD]), [c.file, `module ${MOD}`, 'function add/2', 'Code', 'gc_bif2']);
    });
  });

  it('a .beam with opcode 200 (OTP 25 has 1-180) names module, function and opcode', () => {
    const c = cases.get('opcode-200')!;
    expectRefusal(beamjs(['-pa', c.ebin, MOD]), [c.file, `module ${MOD}`, 'function add/2', /opcode 200\b/]);
  });

  describe('no usable OTP installation', () => {
    /** A PATH with node and what bin/beamjs needs, and no erl. */
    function pathWithoutErl(): string {
      const bin = path.join(dir, 'bin-no-erl');
      fs.mkdirSync(bin, { recursive: true });
      const tools: Record<string, string> = { node: process.execPath };
      for (const t of ['dirname', 'readlink']) tools[t] = which(t);
      for (const [name, target] of Object.entries(tools)) {
        const link = path.join(bin, name);
        if (!fs.existsSync(link)) fs.symlinkSync(target, link);
      }
      expect(fs.existsSync(path.join(bin, 'erl'))).toBe(false);
      return bin;
    }

    it('BEAMJS_OTP_ROOT is an empty directory: names it and the missing lib/', () => {
      const empty = path.join(dir, 'otp-empty');
      fs.mkdirSync(empty, { recursive: true });
      const r = beamjs([MOD], { PATH: pathWithoutErl(), BEAMJS_OTP_ROOT: empty });
      expectRefusal(r, ['BEAMJS_OTP_ROOT', empty, 'lib/']);
    });

    it('none found (erl not on PATH, the usual prefixes hidden): lists what was searched', () => {
      // We are root: in a private mount namespace, an empty tmpfs hides each installation.
      const hide = [...new Set([otpRoot(), ...FALLBACK_PREFIXES])].filter((d) => fs.existsSync(d));
      const mount = which('mount');
      const mounts = hide.map((d) => `${mount} -t tmpfs beamjs-test '${d}'`).join(' && ');
      const wrap = [which('unshare'), '-m', '/bin/sh', '-c', `${mounts} && exec "$@"`, 'sh'];
      const r = beamjs([MOD], { PATH: pathWithoutErl() }, wrap);
      expectRefusal(r, ['no Erlang/OTP installation found', 'erl on PATH', ...FALLBACK_PREFIXES]);
    });
  });

  describe('an invalid BEAMJS_OTP_ROOT (no fallback to the erl on PATH)', () => {
    it('a directory that does not exist', () => {
      const root = path.join(dir, 'no-such-otp');
      expectRefusal(beamjs([MOD], { ...process.env, BEAMJS_OTP_ROOT: root }), [root, 'does not exist']);
    });

    it('a directory without lib/', () => {
      const root = path.join(dir, 'otp-no-lib');
      fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
      expectRefusal(beamjs([MOD], { ...process.env, BEAMJS_OTP_ROOT: root }), [root, 'lib/']);
    });

    it('a lib/ without kernel', () => {
      const root = path.join(dir, 'otp-no-kernel');
      for (const app of ['erts-13.1.5', 'stdlib-4.2']) fs.mkdirSync(path.join(root, 'lib', app, 'ebin'), { recursive: true });
      expectRefusal(beamjs([MOD], { ...process.env, BEAMJS_OTP_ROOT: root }), [root, 'kernel']);
    });
  });

  it('a module that does not exist is erts undef, not a beamjs error', () => {
    const r = beamjs(['-pa', dir, 'no_such_module_anywhere']);
    expect(r.stderr).not.toMatch(/^beamjs:/m);
    expect(r.status).not.toBe(0);
  });
});
