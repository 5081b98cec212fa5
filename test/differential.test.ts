// Every program under test/erl/<area>/ runs on erts and on beamjs; stdout and
// exit status must be equal, stderr equal after normalising pids and refs.

import { describe, it, expect, beforeAll } from 'vitest';
import { compileErl, listPrograms, normalise, requireErlang, runBeamjs, runErts } from './support/differential.js';
import { KNOWN_FAILURES } from './known-failures.js';

beforeAll(() => requireErlang());

const programs = listPrograms();

describe('erts-differential programs', () => {
  it('has programs to run', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const prog of programs) {
    const name = `${prog.area}/${prog.module}`;
    const body = () => {
      const dir = compileErl(prog.src, prog.area);
      const erts = runErts(dir, prog.module);
      const ours = runBeamjs(dir, prog.module);
      expect(ours.stdout, `stdout of ${name}\nbeamjs stderr:\n${ours.stderr}`).toBe(erts.stdout);
      expect(ours.status, `exit status of ${name}`).toBe(erts.status);
      expect(normalise(ours.stderr), `stderr of ${name}`).toBe(normalise(erts.stderr));
    };
    if (name in KNOWN_FAILURES) it.fails(`${name} (known failure: ${KNOWN_FAILURES[name]})`, body, 120000);
    else it(name, body, 120000);
  }
});
