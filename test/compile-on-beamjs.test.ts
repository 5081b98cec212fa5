// OTP's compiler running on beamjs: compile:file/2 of real stdlib sources (Debian's erlang-src)
// with [binary, deterministic, report_errors] must give the same .beam bytes as on erts. Both
// run in this test, the same program compiled once with erlc; nothing expected is stored.

import { describe, it, expect, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, compileErl, requireErlang, runBeamjs, runErts } from './support/differential.js';

const STDLIB_SRC = '/usr/lib/erlang/lib/stdlib-4.2/src';
const SOURCES = ['lists.erl', 'gen_server.erl', 'io_lib_format.erl'];

let dir = '';

beforeAll(() => {
  requireErlang();
  dir = compileErl(path.join(ROOT, 'test', 'support', 'compile_stdlib.erl'), 'compile-on-beamjs');
});

describe('compile:file on beamjs gives the bytes erts gives', () => {
  for (const name of SOURCES) {
    it.concurrent(name, async () => {
      const file = path.join(STDLIB_SRC, name);
      // The README's set-up installs erlang-src; without it this test must fail, not skip.
      expect(fs.existsSync(file), `${file} (install erlang-src: sh scripts/setup.sh)`).toBe(true);
      const erts = await runErts(dir, 'compile_stdlib', [file], 240000);
      const ours = await runBeamjs(dir, 'compile_stdlib', [file], 240000);
      expect(erts.stdout, `erts stderr:\n${erts.stderr}`).toMatch(/^ok \w+ \d+ [0-9a-f]{32}\n$/);
      expect(ours.stdout, `beamjs stderr:\n${ours.stderr}`).toBe(erts.stdout);
      expect(ours.status).toBe(erts.status);
    }, 480000);
  }
});
