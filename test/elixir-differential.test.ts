// Every Elixir program under test/ex/<area>/ runs with `elixir` and with beamjs (`bin/beamjs run
// Elixir.Ex.Area.Name`); stdout, stderr and exit status must be equal after normalising what
// differs between two runs on erts too (pids, refs, Logger times, ExUnit durations). The Mix
// project test/ex/mixapp is built with `mix compile` and its main run the same two ways.

import { describe, it, expect, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import {
  compileElixirAll,
  elixirCodePath,
  listElixirPrograms,
  normaliseElixir,
  requireElixir,
  runBeamjs,
  runElixir,
  type RunResult,
} from './support/differential.js';
import { buildMixApp, MIXAPP_MAIN } from './support/mix-build.js';
import { ELIXIR_KNOWN_FAILURES } from './known-failures.js';

const programs = listElixirPrograms();

beforeAll(async () => {
  requireElixir();
  // Every area is compiled before any program runs (elixirc starts slowly: one run per area).
  await compileElixirAll(programs);
}, 900000);

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
    // Two programs at a time: each runs elixir then beamjs, so both cores stay busy.
    if (name in ELIXIR_KNOWN_FAILURES) it.concurrent.fails(`${name} (known failure: ${ELIXIR_KNOWN_FAILURES[name]})`, body, 240000);
    else it.concurrent(name, body, 240000);
  }
});

describe('the command line', () => {
  // A module that is not on the path: elixir's UndefinedFunctionError report, exit 1.
  it('a missing module', async () => {
    requireElixir();
    const dirs = elixirCodePath(programs[0]);
    const erts = await runElixir(dirs, 'Elixir.Ex.NoSuchModule', ['a']);
    const ours = await runBeamjs(dirs, 'Elixir.Ex.NoSuchModule', ['a']);
    compare('a missing module', erts, ours);
  }, 240000);
});

describe('a Mix project built with mix compile', () => {
  it('mixapp: Application.ensure_all_started starts the app and its dependency', async () => {
    requireElixir();
    const dirs = await buildMixApp();
    const erts = await runElixir(dirs, MIXAPP_MAIN, ['from', 'main']);
    const ours = await runBeamjs(dirs, MIXAPP_MAIN, ['from', 'main']);
    compare('mixapp', erts, ours);
  }, 600000);
});
