// Every module of erts (preloaded), kernel, stdlib, compiler and Elixir
// translates, and V8 parses the result; every opcode those modules use has
// exactly one emitter; an instruction without one fails at load time with a
// message naming the file, module, function and instruction.

import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { translateBeam } from '../compiler/translate.js';
import { readBeam } from '../compiler/beam/index.js';
import { decodeCode } from '../compiler/ops/decode.js';
import { generateModule } from '../compiler/codegen/module-gen.js';
import { EMITTERS } from '../compiler/codegen/emit/index.js';
import { OPCODES_USED_BY_OTP } from '../compiler/ops/used-in-otp.js';
import { BeamjsError } from '../compiler/diagnostics.js';

function otpRoot(): string {
  const out = execFileSync('erl', ['-noshell', '-eval', 'io:format("~s", [code:root_dir()]), halt().'], { encoding: 'utf8' });
  return out.trim();
}

function ebins(): string[] {
  const root = otpRoot();
  const lib = path.join(root, 'lib');
  const pick = (app: string) => {
    const d = fs.readdirSync(lib).find((n) => n.startsWith(`${app}-`));
    if (d === undefined) throw new Error(`no ${app} in ${lib}`);
    return path.join(lib, d, 'ebin');
  };
  const elixir = execFileSync('elixir', ['-e', 'IO.write(:code.lib_dir(:elixir))'], { encoding: 'utf8' }).trim();
  return [pick('erts'), pick('kernel'), pick('stdlib'), pick('compiler'), path.join(elixir, 'ebin')];
}

describe('translating OTP and Elixir', () => {
  it('translates every module and the output parses', () => {
    let count = 0;
    const failures: string[] = [];
    for (const dir of ebins()) {
      for (const f of fs.readdirSync(dir)) {
        if (!f.endsWith('.beam')) continue;
        const file = path.join(dir, f);
        try {
          const t = translateBeam(fs.readFileSync(file), file);
          new vm.Script(t.generated.js, { filename: file });
          count++;
        } catch (e) {
          failures.push(`${file}: ${(e as Error).message}`);
        }
      }
    }
    console.log(`translated and parsed ${count} modules`);
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(500);
  }, 300000);

  it('has an emitter for every opcode OTP and Elixir use', () => {
    const missing = OPCODES_USED_BY_OTP.filter((op) => !(op in EMITTERS));
    expect(missing).toEqual([]);
  });

  it('refuses at load time an instruction it cannot translate, naming where it is', () => {
    const file = path.join(ebins()[2], 'lists.beam');
    const beam = readBeam(fs.readFileSync(file), file);
    const instrs = decodeCode(beam.code.bytes, { atoms: beam.atoms, file, module: 'lists' });
    const at = instrs.findIndex((ins, i) => ins.name === 'return' && instrs.slice(0, i).some((x) => x.name === 'func_info'));
    instrs[at] = { ...instrs[at], name: 'put_string', op: 68 };
    const gen = () =>
      generateModule({ file, module: 'lists', instrs, labelCount: beam.code.labelCount, imports: beam.imports, funs: beam.funs });
    expect(gen).toThrow(BeamjsError);
    try {
      gen();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain(file);
      expect(msg).toContain('module lists');
      expect(msg).toMatch(/function \w+\/\d+/);
      expect(msg).toContain('put_string');
    }
  });
});
