// Bad input to `beamjs compile`, as a user meets it: a corrupt or truncated .ez
// archive, .beam files from an OTP newer than 25 (an opcode above 180, a Code chunk
// of another format, a header announcing opcodes OTP 25 lacks; erts is asked first
// that it refuses each one too), an application needing one that exists nowhere,
// --main naming nothing runnable, no Erlang or Elixir installation, and an output
// directory that cannot be written or is not ours. Each ends with one `beamjs:` line
// naming the file and what is wrong, a non-zero exit, nothing on stdout, no JS
// stack, and no output directory: neither a new one nor a temporary one beside it,
// and a previous output left as it was.

import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync } from 'fflate';
import { WORK, requireErlang, type RunResult } from './support/differential.js';
import { beamjsCompile, elixirRoot, runHidden, which } from './support/aot.js';
import { chunkSpans, codeStart } from './support/beam-mutate.js';
import { ertsLoadVerdicts } from './support/erts-load.js';
import { otpRoot } from './support/erts.js';
import { readBeam } from '../compiler/beam/index.js';
import { decodeCode } from '../compiler/ops/decode.js';

const dir = path.join(WORK, 'aot-bad-input');
const cache = path.join(dir, 'cache');
const MOD = 'aot_bad';
const SRC = `-module(${MOD}).
-export([main/1, add/2]).
main(_) -> io:format("~p~n", [add(1, 2)]).
add(A, B) -> A + B.
`;

/** A refusal: one `beamjs:` line naming every part, exit non-zero, no stack, no stdout, no output directory. */
function expectRefusal(r: RunResult, out: string, parts: Array<string | RegExp>): void {
  const shown = `exit ${r.status}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.status, shown).not.toBe(0);
  expect(r.status, shown).not.toBeNull();
  expect(r.stdout, shown).toBe('');
  expect(r.stderr, shown).not.toMatch(/^\s+at /m);
  expect(r.stderr, shown).not.toContain('internal error');
  const line = r.stderr.split('\n').find((l) => l.startsWith('beamjs: ') && !l.startsWith('beamjs: warning'));
  expect(line, shown).toBeDefined();
  for (const p of parts) {
    if (typeof p === 'string') expect(line, shown).toContain(p);
    else expect(line, shown).toMatch(p);
  }
  expect(fs.existsSync(out), `${out} exists`).toBe(false);
  expect(fs.readdirSync(path.dirname(out)).filter((f) => f.includes('.beamjs-')), 'temporary directories left').toEqual([]);
}

describe('beamjs compile: bad input', () => {
  let orig: Uint8Array;
  const out = (name: string) => path.join(dir, 'out', name);
  const beams = path.join(dir, 'beams');
  const ertsDir = path.join(dir, 'erts');

  /** Writes `bytes` as beams/<tag>/MOD.beam, and for erts as MOD@tag.beam. */
  function variant(tag: string, bytes: Uint8Array): string {
    const file = path.join(beams, tag, `${MOD}.beam`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    fs.writeFileSync(path.join(ertsDir, `${MOD}@${tag}.beam`), bytes);
    return file;
  }

  /** Patches the u32 at `offset` of the Code chunk's data. */
  function patchCodeHeader(offset: number, value: number): Uint8Array {
    const code = chunkSpans(orig).find((c) => c.id === 'Code')!;
    const b = orig.slice();
    new DataView(b.buffer).setUint32(code.data + offset, value);
    return b;
  }

  beforeAll(() => {
    requireErlang();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
    fs.mkdirSync(ertsDir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${MOD}.erl`), SRC);
    execFileSync('erlc', ['-o', dir, path.join(dir, `${MOD}.erl`)], { stdio: 'pipe' });
    orig = new Uint8Array(fs.readFileSync(path.join(dir, `${MOD}.beam`)));
    // The first instruction after add/2's func_info becomes opcode 200.
    const beam = readBeam(orig, 'orig');
    const instrs = decodeCode(beam.code.bytes, { atoms: beam.atoms, file: 'orig', module: MOD });
    const fi = instrs.findIndex((i) => i.name === 'func_info' && i.args[1].k === 'atom' && i.args[1].value.name === 'add');
    const op200 = orig.slice();
    op200[codeStart(orig) + instrs[fi + 1].offset] = 200;
    variant('opcode-200', op200);
    // The Code chunk's sub-header: header size, format version, highest opcode, labels, functions.
    variant('format-1', patchCodeHeader(4, 1));
    variant('max-opcode-181', patchCodeHeader(8, 181));
    const verdicts = ertsLoadVerdicts(ertsDir);
    const accepted = [...verdicts].filter(([, v]) => v.loads).map(([f]) => f);
    if (accepted.length > 0) throw new Error(`erts loads files this test calls bad: ${accepted.join(', ')}`);
  });

  it('an .ez that is not a zip archive', async () => {
    const ez = path.join(dir, 'garbage.ez');
    fs.writeFileSync(ez, 'this is not a zip archive at all, just some text\n');
    expectRefusal(await beamjsCompile([ez, '-o', out('garbage')], cache), out('garbage'), [ez, 'not a readable .ez (zip) archive']);
  });

  it('an .ez cut short', async () => {
    const ez = path.join(dir, 'cut.ez');
    const whole = zipSync({ [`${MOD}-1.0/ebin/${MOD}.beam`]: orig });
    fs.writeFileSync(ez, whole.subarray(0, whole.length - 30));
    expectRefusal(await beamjsCompile([ez, '-o', out('cut')], cache), out('cut'), [ez, 'not a readable .ez (zip) archive']);
  });

  it('an .ez holding a corrupt .beam names the archive member', async () => {
    const ez = path.join(dir, 'corrupt-member.ez');
    fs.writeFileSync(ez, zipSync({ [`${MOD}-1.0/ebin/${MOD}.beam`]: orig.subarray(0, 40) }));
    expectRefusal(await beamjsCompile([ez, '-o', out('member')], cache), out('member'), [`${ez}!${MOD}-1.0/ebin/${MOD}.beam`]);
  });

  it('a .beam with opcode 200 (OTP 25 has 1-180) names module, function and opcode', async () => {
    const file = path.join(beams, 'opcode-200', `${MOD}.beam`);
    expectRefusal(await beamjsCompile([file, '-o', out('op200'), '--main', MOD], cache), out('op200'), [file, `module ${MOD}`, 'function add/2', /opcode 200\b/, 'newer OTP']);
  });

  it('a .beam whose Code chunk has format version 1', async () => {
    const file = path.join(beams, 'format-1', `${MOD}.beam`);
    expectRefusal(await beamjsCompile([file, '-o', out('format'), '--main', MOD], cache), out('format'), [file, 'chunk Code', 'format version 1']);
  });

  it('a .beam whose Code header announces opcode 181', async () => {
    const file = path.join(beams, 'max-opcode-181', `${MOD}.beam`);
    expectRefusal(await beamjsCompile([file, '-o', out('max'), '--main', MOD], cache), out('max'), [file, `module ${MOD}`, 'opcode 181']);
  });

  it('an application that needs an application that exists nowhere', async () => {
    const ebin = path.join(dir, 'needy', 'ebin');
    fs.mkdirSync(ebin, { recursive: true });
    fs.writeFileSync(path.join(ebin, `${MOD}.beam`), orig);
    fs.writeFileSync(path.join(ebin, 'needy.app'), `{application, needy, [{vsn, "1.0"}, {modules, [${MOD}]}, {applications, [kernel, stdlib, no_such_app]}]}.\n`);
    expectRefusal(await beamjsCompile([ebin, '-o', out('needy')], cache), out('needy'), [path.join(ebin, 'needy.app'), 'no_such_app', otpRoot()]);
  });

  it('an .app file that is not an application resource file', async () => {
    const ebin = path.join(dir, 'badapp', 'ebin');
    fs.mkdirSync(ebin, { recursive: true });
    fs.writeFileSync(path.join(ebin, `${MOD}.beam`), orig);
    fs.writeFileSync(path.join(ebin, 'badapp.app'), `{application, badapp, [{vsn, "1.0"}\n`);
    expectRefusal(await beamjsCompile([ebin, '-o', out('badapp')], cache), out('badapp'), [path.join(ebin, 'badapp.app'), 'line 2']);
  });

  it('--main naming no input, or a module without main/1; no --main and no application', async () => {
    const file = path.join(dir, `${MOD}.beam`);
    expectRefusal(await beamjsCompile([file, '-o', out('nomain'), '--main', 'nowhere'], cache), out('nomain'), ['--main nowhere']);
    const lib = path.join(dir, 'lib_only.erl');
    fs.writeFileSync(lib, '-module(lib_only).\n-export([f/0]).\nf() -> ok.\n');
    execFileSync('erlc', ['-o', dir, lib], { stdio: 'pipe' });
    expectRefusal(await beamjsCompile([path.join(dir, 'lib_only.beam'), '-o', out('nomain1'), '--main', 'lib_only'], cache), out('nomain1'), ['lib_only', 'main/1']);
    expectRefusal(await beamjsCompile([file, '-o', out('nothing')], cache), out('nothing'), ['nothing to run']);
  });

  it('an input that does not exist', async () => {
    const missing = path.join(dir, 'no-such.beam');
    expectRefusal(await beamjsCompile([missing, '-o', out('missing'), '--main', MOD], cache), out('missing'), [missing, 'no such file']);
  });

  it('-o under a regular file: cannot be written; a call to a module that exists nowhere is warned of first', async () => {
    const src = path.join(dir, 'caller.erl');
    fs.writeFileSync(src, '-module(caller).\n-export([main/1]).\nmain(_) -> nowhere_at_all:f(1).\n');
    execFileSync('erlc', ['-o', dir, src], { stdio: 'pipe' });
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a directory\n');
    const target = path.join(file, 'dist');
    const r = await beamjsCompile([path.join(dir, 'caller.beam'), '-o', target, '--main', 'caller'], cache);
    expect(r.stderr).toMatch(/^beamjs: warning: .*caller\.beam, module caller: calls nowhere_at_all:f\/1, .*undef/m);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^beamjs: ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot write the output directory`, 'm'));
    expect(fs.readFileSync(file, 'utf8')).toBe('not a directory\n');
  });

  it('-o naming a directory that is not an earlier output: refused, left as it was', async () => {
    const mine = path.join(dir, 'out', 'mine');
    fs.mkdirSync(mine, { recursive: true });
    fs.writeFileSync(path.join(mine, 'precious.txt'), 'keep me\n');
    const r = await beamjsCompile([path.join(dir, `${MOD}.beam`), '-o', mine, '--main', MOD], cache);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^beamjs: .*mine: exists and is not the output of beamjs compile/m);
    expect(fs.readdirSync(mine)).toEqual(['precious.txt']);
  });

  it('a failed compile leaves an earlier output as it was', async () => {
    const earlier = path.join(dir, 'out', 'earlier');
    fs.mkdirSync(earlier, { recursive: true });
    fs.writeFileSync(path.join(earlier, 'manifest.json'), '{"format": 1}\n');
    fs.writeFileSync(path.join(earlier, 'main.mjs'), '// earlier\n');
    const file = path.join(beams, 'opcode-200', `${MOD}.beam`);
    const r = await beamjsCompile([file, '-o', earlier, '--main', MOD], cache);
    expect(r.status).not.toBe(0);
    expect(fs.readdirSync(earlier).sort()).toEqual(['main.mjs', 'manifest.json']);
    expect(fs.readFileSync(path.join(earlier, 'main.mjs'), 'utf8')).toBe('// earlier\n');
    expect(fs.readdirSync(path.dirname(earlier)).filter((f) => f.includes('.beamjs-'))).toEqual([]);
  });

  it('no Erlang installation (erl not on PATH, the usual prefixes hidden)', async () => {
    const hide = [...new Set([otpRoot(), '/usr/lib/erlang', '/usr/local/lib/erlang', '/opt/erlang'])].filter((d) => fs.existsSync(d));
    const bin = path.join(dir, 'bin-no-erl');
    fs.mkdirSync(bin, { recursive: true });
    for (const [name, target] of Object.entries({ node: process.execPath, dirname: which('dirname'), readlink: which('readlink') })) {
      if (!fs.existsSync(path.join(bin, name))) fs.symlinkSync(target, path.join(bin, name));
    }
    const r = await runHidden(hide, path.join(dir, '..', '..', '..', 'bin', 'beamjs'), ['compile', path.join(dir, `${MOD}.beam`), '-o', out('no-otp'), '--main', MOD], {
      env: { PATH: bin, BEAMJS_CACHE: cache },
    });
    expectRefusal(r, out('no-otp'), ['no Erlang/OTP installation found']);
  });

  it('an Elixir module with no Elixir installation', async () => {
    const ex = path.join(dir, 'ex');
    fs.mkdirSync(ex, { recursive: true });
    fs.writeFileSync(path.join(ex, 'hi.ex'), 'defmodule Hi do\n  def main(_), do: IO.puts("hi")\nend\n');
    execFileSync('elixirc', ['-o', ex, path.join(ex, 'hi.ex')], { stdio: 'pipe' });
    const r = await runHidden([elixirRoot()], path.join(dir, '..', '..', '..', 'bin', 'beamjs'), ['compile', path.join(ex, 'Elixir.Hi.beam'), '-o', out('no-elixir'), '--main', 'Elixir.Hi'], {
      env: { ...process.env, BEAMJS_CACHE: cache },
    });
    expectRefusal(r, out('no-elixir'), ['Elixir.Hi', 'no Elixir installation was found']);
  });
});
