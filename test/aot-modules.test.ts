// The parts of `beamjs compile` that decide what a program carries and how a module
// is carried, checked against erts where erts has the answer: the boot set (what
// `erl -noshell -eval` has loaded), the .app files (as file:consult/1 reads them),
// and the ES module of a module (its factory is the generated code, line for line,
// and the loader takes it only for the very bytes it was made from).

import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORK, requireErlang } from './support/differential.js';
import { otpEbins, otpRoot } from './support/erts.js';
import { elixirRoot } from './support/aot.js';
import { LOADED_AT_BOOT, readBootScript } from '../compiler/aot/boot-set.js';
import { readInputs } from '../compiler/aot/inputs.js';
import { buildModuleIndex } from '../compiler/aot/module-index.js';
import { computeModuleSet } from '../compiler/aot/module-set.js';
import { parseAppFile } from '../compiler/aot/app-file.js';
import { esModuleText } from '../compiler/aot/es-module.js';
import { translateBeam } from '../compiler/translate.js';
import { nifsOf } from '../runtime/nifs/registry.js';
import '../runtime/nifs/index.js';
import { readCompiledModuleFile } from '../runtime/code/compiled-module-file.js';
import { decodeLineRuns, encodeLineRuns, precompiledFor, registerPrecompiled, type CompiledModuleExports } from '../runtime/code/precompiled.js';

const dir = path.join(WORK, 'aot-modules');

describe('what a compiled program carries', () => {
  it("LOADED_AT_BOOT is what erts has loaded when -eval runs, beyond the preloaded modules and the boot script's first primLoad", () => {
    requireErlang();
    const boot = readBootScript(new Uint8Array(fs.readFileSync(path.join(otpRoot(), 'bin', 'start.boot'))), 'start.boot');
    const loaded = execFileSync('erl', ['-noshell', '-eval', 'io:format("~w", [[M || {M, _} <- code:all_loaded()]]), halt().'], { encoding: 'utf8' });
    const names = loaded.slice(1, -1).split(',');
    const skip = new Set([...boot.preloaded, ...boot.primLoad]);
    expect([...LOADED_AT_BOOT]).toEqual(names.filter((m) => !skip.has(m)).sort());
    expect(boot.preloaded.length).toBe(21);
  });

  it('every .app file of OTP and Elixir reads as file:consult/1 reads it', () => {
    const files = [
      ...fs.readdirSync(path.join(otpRoot(), 'lib')).map((d) => path.join(otpRoot(), 'lib', d, 'ebin')),
      ...fs.readdirSync(path.join(elixirRoot(), 'lib')).map((d) => path.join(elixirRoot(), 'lib', d, 'ebin')),
    ].flatMap((ebin) => (fs.existsSync(ebin) ? fs.readdirSync(ebin).filter((f) => f.endsWith('.app')).map((f) => path.join(ebin, f)) : []));
    expect(files.length).toBeGreaterThan(10);
    const script = `[begin {ok, [{application, N, P}]} = file:consult(F),
        L = fun(K) -> proplists:get_value(K, P, []) end,
        M = case lists:keyfind(mod, 1, P) of {mod, {CM, _}} -> CM; false -> null end,
        io:format("~s ~s ~s ~w ~w ~w ~w~n", [N, L(vsn), M, L(applications), L(included_applications), L(optional_applications), length(L(modules))])
      end || F <- ${JSON.stringify(files)}], halt().`;
    const erts = execFileSync('erl', ['-noshell', '-eval', script], { encoding: 'utf8' }).trim().split('\n');
    const ours = files.map((f) => {
      const s = parseAppFile(fs.readFileSync(f, 'utf8'), f);
      const list = (xs: string[]) => `[${xs.join(',')}]`;
      return `${s.name} ${s.vsn} ${s.mod ?? 'null'} ${list(s.applications)} ${list(s.includedApplications)} ${list(s.optionalApplications)} ${s.modules.length}`;
    });
    expect(ours).toEqual(erts);
  });
});

describe('the modules carried (compiler/aot/module-set.ts)', () => {
  /** A one-module application `tiny` needing `needs`, with a call to lists and an atom naming array. */
  function tinyApp(needs: string[]): string {
    const ebin = path.join(dir, `tiny-${needs.join('-')}`, 'ebin');
    fs.mkdirSync(ebin, { recursive: true });
    const src = path.join(dir, 'tiny.erl');
    fs.writeFileSync(src, '-module(tiny).\n-export([main/1]).\nmain(_) -> M = array, {lists:reverse([1]), M}.\n');
    execFileSync('erlc', ['-o', ebin, src], { stdio: 'pipe' });
    fs.writeFileSync(path.join(ebin, 'tiny.app'), `{application, tiny, [{vsn, "1"}, {modules, [tiny]}, {applications, [${['kernel', 'stdlib', ...needs].join(', ')}]}]}.\n`);
    return ebin;
  }

  function carried(ebin: string, allOfApps: boolean): { modules: Set<string>; apps: Set<string> } {
    const index = buildModuleIndex(readInputs([ebin]), otpRoot(), null);
    const boot = readBootScript(new Uint8Array(fs.readFileSync(path.join(otpRoot(), 'bin', 'start.boot'))), 'start.boot');
    const set = computeModuleSet({
      index,
      roots: [...boot.preloaded, ...boot.primLoad, ...LOADED_AT_BOOT, 'tiny'],
      startedApps: ['kernel', 'stdlib', 'tiny'],
      allOfApps,
      searched: otpRoot(),
    });
    return { modules: new Set(set.modules.map((m) => m.name)), apps: new Set(set.apps.map((a) => a.name)) };
  }

  it('the boot set and what the inputs reach: calls, and atoms of the inputs that name modules', () => {
    const { modules, apps } = carried(tinyApp([]), false);
    for (const m of [...LOADED_AT_BOOT, 'erl_init', 'init', 'prim_file', 'lists', 'tiny', 'array']) expect(modules.has(m), m).toBe(true);
    // Nothing calls dict or uri_string: they stay behind.
    expect(modules.has('dict')).toBe(false);
    expect(modules.has('uri_string')).toBe(false);
    expect(apps.has('tiny')).toBe(true);
  });

  it('--all-otp: every module of the applications the program needs, by their .app files', () => {
    const ebin = tinyApp(['crypto']);
    const { modules } = carried(ebin, true);
    for (const app of ['kernel', 'stdlib', 'crypto']) {
      const appEbin = otpEbins([app])[0];
      for (const f of fs.readdirSync(appEbin).filter((f) => f.endsWith('.beam'))) expect(modules.has(f.slice(0, -5)), `${app}: ${f}`).toBe(true);
    }
    // Only applications the program needs: none of ssl's modules (nothing needs ssl).
    expect([...modules].some((m) => m.startsWith('ssl_'))).toBe(false);
  });
});

describe("a module's ES module", () => {
  const cases: Array<[string, string]> = [['lists', 'stdlib'], ['gen_server', 'stdlib'], ['prim_file', 'erts']];
  for (const [name, app] of cases) {
    it(`${name}: the factory is the generated code line for line, with the tables and the .beam bytes`, async () => {
      const file = path.join(otpEbins([app])[0], `${name}.beam`);
      const bytes = new Uint8Array(fs.readFileSync(file));
      const { generated } = translateBeam(bytes, file, { nifsOf: (m) => new Set(nifsOf(m).keys()) });
      fs.mkdirSync(dir, { recursive: true });
      const es = path.join(dir, `${name}.mjs`);
      fs.writeFileSync(es, esModuleText(name, generated, bytes));
      // Imported by Node itself (vitest's own import would transform the code first).
      const reader = `const m = await import(${JSON.stringify(pathToFileURL(es).href)});
process.stdout.write(JSON.stringify({ ...m, default: '(' + m.default.toString() + ')' }));`;
      const m = JSON.parse(execFileSync('node', ['--input-type=module', '-e', reader], { encoding: 'utf8', maxBuffer: 1 << 28 })) as Omit<CompiledModuleExports, 'default'> & { default: string };
      expect(m.default).toBe(generated.js);
      expect(decodeLineRuns(m.lines)).toEqual(generated.lineIndexes);
      expect(m.resumeLines).toEqual(JSON.parse(JSON.stringify(generated.resumeLines)));
      expect(m.onLoad).toEqual(generated.onLoad ?? null);
      expect(m.name).toBe(name);
      expect(m.url).toBe(pathToFileURL(es).href);
      expect(Buffer.from(m.beam, 'base64').equals(Buffer.from(bytes))).toBe(true);

      // Read from its file instead of imported (what a compiled program does): the same exports.
      const read = readCompiledModuleFile(es, false);
      expect(`(${read.default.toString()})`).toBe(generated.js);
      expect({ ...read, default: null }).toEqual({ ...m, default: null });

      // The loader takes the factory for exactly these bytes, never for others.
      registerPrecompiled(name, () => ({ ...m, default: () => undefined }));
      expect(precompiledFor(name, bytes.slice())).toBeDefined();
      const changed = bytes.slice();
      changed[changed.length - 1] ^= 1;
      expect(precompiledFor(name, changed)).toBeUndefined();
      expect(precompiledFor(name, bytes.subarray(0, bytes.length - 4))).toBeUndefined();
      expect(precompiledFor(`${name}_other`, bytes)).toBeUndefined();
    });
  }

  it('line runs round-trip', () => {
    for (const xs of [[], [0], [0, 0, 0, 5, 5, 1, 0], [7, 8, 9]]) expect(decodeLineRuns(encodeLineRuns(xs))).toEqual(xs);
  });
});
