// Every program under test/erl/<area>/ runs on erts and on beamjs; stdout, stderr
// and exit status must be equal, after normalising what differs between two runs
// on erts too (pids, refs, report timestamps).

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPCODES_USED_BY_OTP } from '../compiler/ops/used-in-otp.js';
import { WORK, compileAll, compileErl, listPrograms, normalise, requireErlang, runBeamjs, runErts } from './support/differential.js';
import { KNOWN_FAILURES } from './known-failures.js';

// Which instruction kinds the programs executed on beamjs (BEAMJS_OPCODE_COVERAGE).
const coverageFile = path.join(WORK, 'opcodes-executed.txt');

const programs = listPrograms();

beforeAll(() => {
  requireErlang();
  fs.mkdirSync(WORK, { recursive: true });
  fs.rmSync(coverageFile, { force: true });
  // Every program is compiled before any runs: a program may load another of its area
  // (a helper module of a hot-code test), which must exist whichever test runs first.
  compileAll(programs);
}, 600000);

afterAll(() => {
  if (!fs.existsSync(coverageFile)) return;
  const seen = new Set(fs.readFileSync(coverageFile, 'utf8').split('\n').filter((l) => l !== ''));
  const notRun = OPCODES_USED_BY_OTP.filter((op) => !seen.has(op));
  console.log(
    `differential programs executed ${seen.size} distinct opcodes; of the ${OPCODES_USED_BY_OTP.length} OTP uses, not executed: ${notRun.join(' ')}`,
  );
});

describe('erts-differential programs', () => {
  it('has programs to run', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const prog of programs) {
    const name = `${prog.area}/${prog.module}`;
    const body = async () => {
      const dir = compileErl(prog.src, prog.area);
      const input = prog.stdin !== undefined ? fs.readFileSync(prog.stdin) : undefined;
      const erts = await runErts(dir, prog.module, [], 120000, input);
      const ours = await runBeamjs(dir, prog.module, [], 120000, { BEAMJS_OPCODE_COVERAGE: coverageFile }, input);
      expect(normalise(ours.stdout), `stdout of ${name}\nbeamjs stderr:\n${ours.stderr}`).toBe(normalise(erts.stdout));
      expect(ours.status, `exit status of ${name}`).toBe(erts.status);
      expect(normalise(ours.stderr), `stderr of ${name}`).toBe(normalise(erts.stderr));
    };
    // Two programs at a time: each runs erts then beamjs, so both cores stay busy.
    if (name in KNOWN_FAILURES) it.concurrent.fails(`${name} (known failure: ${KNOWN_FAILURES[name]})`, body, 240000);
    else it.concurrent(name, body, 240000);
  }
});
