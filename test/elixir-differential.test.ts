// Every Elixir program under test/ex/<area>/ runs with `elixir` and with beamjs (`bin/beamjs run
// Elixir.Ex.Area.Name`); stdout, stderr and exit status must be equal after normalising what
// differs between two runs on erts too (pids, refs, Logger times, ExUnit durations). The Mix
// project test/ex/mixapp is built with `mix compile` and its main run the same two ways.

import { describe, it, expect, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import {
  compileElixirAll,
  elixirCodePath,
  elixirMissing,
  listElixirPrograms,
  normaliseElixir,
  runBeamjs,
  runElixir,
  type RunResult,
} from './support/differential.js';
import { buildMixApp, MIXAPP_MAIN } from './support/mix-build.js';
import { ELIXIR_KNOWN_FAILURES } from './known-failures.js';

const programs = listElixirPrograms();
// Checked when the tests are collected: without elixir every test fails (none is skipped, and a
// known failure does not count as failing as expected).
const missing = elixirMissing();

beforeAll(async () => {
  // Every area is compiled before any program runs (elixirc starts slowly: one run per area).
  if (missing === null) await compileElixirAll(programs);
}, 900000);

/** `it`, or a test that fails with the reason when elixir is missing. */
function differential(name: string, known: string | undefined, body: () => Promise<void>): void {
  if (missing !== null) {
    it(name, () => {
      throw new Error(missing);
    });
  } else if (known !== undefined) it.concurrent.fails(`${name} (known failure: ${known})`, body, 240000);
  else it.concurrent(name, body, 240000);
}

function compare(name: string, erts: RunResult, ours: RunResult): void {
  // A program killed at the time limit on erts proves nothing (both sides would be killed alike).
  expect(erts.status, `${name} did not end on erts within the time limit`).not.toBeNull();
  expect(normaliseElixir(ours.stdout), `stdout of ${name}\nbeamjs stderr:\n${ours.stderr}`).toBe(normaliseElixir(erts.stdout));
  expect(ours.status, `exit status of ${name}`).toBe(erts.status);
  expect(normaliseElixir(ours.stderr), `stderr of ${name}`).toBe(normaliseElixir(erts.stderr));
}

describe('elixir-differential programs', () => {
  it('has programs to run', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const prog of programs) {
    const name = `${prog.area}/${prog.name}`;
    const body = async () => {
      const dirs = elixirCodePath(prog);
      const input = prog.stdin !== undefined ? fs.readFileSync(prog.stdin) : undefined;
      const erts = await runElixir(dirs, prog.module, prog.args, 120000, input);
      const ours = await runBeamjs(dirs, prog.module, prog.args, 120000, {}, input);
      compare(name, erts, ours);
    };
    // Two programs at a time (concurrent): each runs elixir then beamjs, so both cores stay busy.
    differential(name, ELIXIR_KNOWN_FAILURES[name], body);
  }
});

describe('the command line', () => {
  // A module that is not on the path: elixir's UndefinedFunctionError report, exit 1.
  differential('a missing module', undefined, async () => {
    const dirs = elixirCodePath(programs[0]);
    const erts = await runElixir(dirs, 'Elixir.Ex.NoSuchModule', ['a']);
    const ours = await runBeamjs(dirs, 'Elixir.Ex.NoSuchModule', ['a']);
    compare('a missing module', erts, ours);
  });
});

describe('a Mix project built with mix compile', () => {
  differential('mixapp: Application.ensure_all_started starts the app and its dependency', undefined, async () => {
    const dirs = await buildMixApp();
    const erts = await runElixir(dirs, MIXAPP_MAIN, ['from', 'main']);
    const ours = await runBeamjs(dirs, MIXAPP_MAIN, ['from', 'main']);
    compare('mixapp', erts, ours);
  });
});
