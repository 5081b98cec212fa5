// Patterns compiled by erts's own PCRE ({re_pattern, N, U, C, Bin} with PCRE 8.44's compiled code:
// Elixir's regex literals, terms made on an erts node) run on beamjs as on erts. At test time,
// test/support/re_precompiled_gen.escript runs on erts and writes Erlang modules whose literals are
// such patterns: written for every option and opcode, harvested from test/erl/re/*.erl and found in
// Elixir's .beam files. The modules run on erts and on beamjs; stdout must be equal. Nothing
// expected is written here by hand.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPattern } from '../runtime/re/api.js';
import { pcreOpcodes } from '../runtime/re/pcre-bytecode.js';
import { OPCODES } from '../runtime/re/pcre-opcodes.js';
import { ROOT, WORK, normalise, requireErlang, runBeamjs, runErts } from './support/differential.js';

const AREA = path.join(WORK, 're-precompiled');
const GENERATOR = path.join(ROOT, 'test', 'support', 're_precompiled_gen.escript');

/** Elixir's lib directory, from the `elixir` on the PATH (its ebins hold the regex literals). */
function elixirLib(): string {
  const bin = execFileSync('sh', ['-c', 'command -v elixir'], { encoding: 'utf8' }).trim();
  if (bin === '') throw new Error('elixir is not installed: run the README set-up command');
  const lib = path.resolve(path.dirname(fs.realpathSync(bin)), '..', 'lib');
  if (!fs.existsSync(path.join(lib, 'elixir', 'ebin'))) throw new Error(`no Elixir ebin under ${lib}`);
  return lib;
}

beforeAll(() => {
  requireErlang();
  fs.rmSync(AREA, { recursive: true, force: true });
  fs.mkdirSync(AREA, { recursive: true });
  const lib = elixirLib();
  execFileSync('escript', [GENERATOR, AREA, path.join(ROOT, 'test', 'erl', 're'), lib], { stdio: 'pipe' });
  const sources = ['re_precompiled_cases.erl', 're_precompiled_refused.erl'].map((f) => path.join(AREA, f));
  execFileSync('erlc', ['-o', AREA, ...sources], { stdio: 'pipe' });
}, 120000);

describe('patterns compiled by erts', () => {
  it('match, capture, replace and split as on erts', async () => {
    const erts = await runErts(AREA, 're_precompiled_cases');
    const ours = await runBeamjs(AREA, 're_precompiled_cases');
    expect(erts.status).toBe(0);
    expect(erts.stdout.split('\n').length).toBeGreaterThan(10000);
    expect(normalise(ours.stdout), `beamjs stderr:\n${ours.stderr}`).toBe(normalise(erts.stdout));
    expect(ours.status).toBe(erts.status);
    expect(normalise(ours.stderr)).toBe(normalise(erts.stderr));
  }, 240000);

  it('cover every PCRE opcode but the two refused', () => {
    const seen = new Set<number>();
    const lines = fs.readFileSync(path.join(AREA, 're_precompiled.hex'), 'utf8').split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(500);
    for (const l of lines) for (const o of pcreOpcodes(new Uint8Array(Buffer.from(l, 'hex')))) seen.add(o);
    expect(OPCODES.filter((o) => !seen.has(o.code)).map((o) => o.name)).toEqual(['DNRREF', 'SKIP_ARG']);
  });

  // erts has no checks past the magic number and the mode (it reads whatever follows): beamjs gives
  // badarg (loadPattern's null) rather than guess at code that does not decode.
  it('are badarg when their code does not decode', () => {
    const lines = fs.readFileSync(path.join(AREA, 're_precompiled.hex'), 'utf8').split('\n');
    const b = new Uint8Array(Buffer.from(lines.find((l) => l.slice(76, 80) === '0000')!, 'hex'));
    expect(loadPattern(b)).not.toBeNull();
    const changed = (f: (c: Uint8Array) => void) => {
      const c = b.slice();
      f(c);
      return loadPattern(c);
    };
    expect(changed((c) => (c[64] = 200))).toBeNull(); // no such opcode
    expect(changed((c) => (c[12] &= ~7))).toBeNull(); // not the 8-bit library
    expect(changed((c) => (c[34] = 8))).toBeNull(); // name table inside the header
    expect(loadPattern(b.subarray(0, 67))).toBeNull(); // code cut short
    expect(loadPattern(b.subarray(0, 40))).toBeNull(); // header cut short
  });

  it('are refused, naming the opcode, where beamjs cannot run them as PCRE does', async () => {
    const erts = await runErts(AREA, 're_precompiled_refused');
    const ours = await runBeamjs(AREA, 're_precompiled_refused');
    expect(erts.stdout).toMatch(/^1 \{"aaac",\[\]\} \{match,/m);
    expect(ours.stdout).not.toMatch(/\{match,|nomatch/);
    expect(ours.stdout).toContain('"PCRE compiled code: SKIP_ARG, (*SKIP:NAME)"');
    expect(ours.stdout).toContain('PCRE compiled code: DNRREF');
    for (const line of ours.stdout.split(/\n(?=\d+ )/).filter((l) => l !== '')) {
      expect(line).toContain('re_feature_not_implemented');
    }
  }, 240000);

  it("let Elixir's logger start: Logger.Formatter splits with a regex literal", async () => {
    const dir = path.join(AREA, 'hello');
    fs.mkdirSync(dir, { recursive: true });
    const src = path.join(dir, 'hello.ex');
    fs.writeFileSync(
      src,
      'defmodule Hello do\n  require Logger\n  def main(_args) do\n    IO.puts("hello")\n' +
        '    Logger.info("logged")\n    Logger.flush()\n    IO.puts(Regex.replace(~r/(?<w>o+)/u, "foo boo", "0"))\n  end\nend\n',
    );
    execFileSync('elixirc', ['-o', dir, src], { stdio: 'pipe' });
    const time = (s: string) => normalise(s).replace(/\d{2}:\d{2}:\d{2}\.\d{3}/g, '<TIME>');
    const elixir = execFileSync('elixir', ['-pa', dir, '-e', 'Hello.main(System.argv())'], { encoding: 'utf8' });
    const ours = await runBeamjs(dir, 'Elixir.Hello');
    expect(elixir).toContain('[info] logged');
    expect(time(ours.stdout), `beamjs stderr:\n${ours.stderr}`).toBe(time(elixir));
    expect(ours.status).toBe(0);
  }, 240000);
});
