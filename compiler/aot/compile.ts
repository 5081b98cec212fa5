// `beamjs compile`: inputs in, a directory out that `node DIR/main.mjs` runs with no
// Erlang installed. The steps, one file each: read the inputs (inputs.ts), index
// every module the program could use (module-index.ts), decide which it carries
// (boot-set.ts, module-set.ts), translate those on every core into ES modules with
// source maps (translate-pool.ts, module-output.ts), and write the rest: the OTP root's
// small files (virtual-root.ts), the runtime bundle, the manifest and the entry files
// (main-entry.ts), all into a temporary directory that becomes DIR at the end
// (output-dir.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readBeam } from '../beam/index.js';
import { BeamjsError, errors } from '../diagnostics.js';
import { findOtpRoot } from '../../runtime/code/otp-install.js';
import { elixirEbins as installedElixirEbins } from '../../runtime/code/elixir-install.js';
import { translatorBuild } from '../../runtime/code/translation-cache.js';
import { readInputs, type Inputs } from './inputs.js';
import { buildModuleIndex, type ModuleIndex } from './module-index.js';
import { LOADED_AT_BOOT, ELIXIR_STARTUP, readBootScript } from './boot-set.js';
import { computeModuleSet } from './module-set.js';
import { defaultThreads, translateAll } from './translate-pool.js';
import type { ModuleJob } from './module-output.js';
import { esFileName } from './es-module.js';
import { writeVirtualRoot } from './virtual-root.js';
import { mainEntryText, moduleIndexText } from './main-entry.js';
import { writeOutputDir, writeError } from './output-dir.js';
import { MANIFEST_FORMAT, type Manifest } from './manifest.js';
import { progressBar } from './progress.js';

export interface CompileOptions {
  inputs: string[];
  out: string;
  main: string | null;
  include: string[];
  allOtp: boolean;
  /** Translation threads (default: one per core). */
  threads?: number;
  /** Warnings, one line each. */
  warn: (line: string) => void;
}

export interface CompileReport {
  dir: string;
  modules: number;
  beamBytes: number;
  jsBytes: number;
  mapBytes: number;
  /** V8 code caches of the factories. */
  cacheBytes: number;
  /** Seconds spent translating and writing the modules. */
  translateSeconds: number;
  threads: number;
}

/** The runtime bundle (build/runtime.mjs), found beside the code that runs. */
function runtimeBundle(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const f = path.join(dir, 'runtime.mjs');
    if (fs.existsSync(f) && path.basename(dir) === 'build') return f;
    const up = path.dirname(dir);
    if (up === dir) throw errors.notBuilt('build/runtime.mjs');
    dir = up;
  }
}

function usesElixir(inputs: Inputs, main: string | null): boolean {
  const names = [...inputs.loose, ...inputs.apps.flatMap((a) => a.modules)].map((m) => m.name);
  return (
    (main?.startsWith('Elixir.') ?? false) ||
    names.some((n) => n.startsWith('Elixir.')) ||
    inputs.apps.some((a) => a.spec.applications.includes('elixir'))
  );
}

/** What main.mjs starts: MODULE:main/1, or the one input application, or a release's boot script. */
function whatToRun(o: CompileOptions, inputs: Inputs, index: ModuleIndex): Manifest['start'] {
  const boot = inputs.release !== null ? `otp/releases/${inputs.release.vsn}/start` : null;
  if (o.main !== null) {
    const entry = index.modules.get(o.main);
    if (entry === undefined) throw errors.mainNotFound(o.main);
    const beam = readBeam(entry.bytes(), entry.file);
    if (!beam.exports.some((e) => e.name === 'main' && e.arity === 1)) throw errors.mainNotExported(entry.file, o.main);
    return { main: o.main, application: null, boot };
  }
  if (boot !== null) return { main: null, application: null, boot };
  if (inputs.apps.length === 1) return { main: null, application: inputs.apps[0].spec.name, boot };
  if (inputs.apps.length > 1) throw errors.tooManyApplications(inputs.apps.map((a) => a.spec.name));
  throw errors.nothingToRun();
}

function otpFacts(root: string): { release: string; version: string; erts: string } {
  const erts = fs.readdirSync(path.join(root, 'lib')).find((d) => d.startsWith('erts-'))?.slice('erts-'.length) ?? '';
  const release = fs.readdirSync(path.join(root, 'releases')).find((d) => /^\d+$/.test(d)) ?? '';
  const vf = path.join(root, 'releases', release, 'OTP_VERSION');
  const version = fs.existsSync(vf) ? fs.readFileSync(vf, 'utf8').trim() : release;
  return { release, version, erts };
}

export async function compileProgram(o: CompileOptions): Promise<CompileReport> {
  const inputs = readInputs(o.inputs);
  const otpRoot = findOtpRoot();
  let elixir: string[] | null = null;
  if (usesElixir(inputs, o.main)) {
    elixir = installedElixirEbins() ?? null;
    if (elixir === null) throw errors.noElixir(o.main ?? 'the inputs', 'elixir on PATH');
  }
  const index = buildModuleIndex(inputs, otpRoot, elixir);
  const start = whatToRun(o, inputs, index);
  const searched = `the OTP installation at ${otpRoot}${index.elixirLib !== null ? ` or the Elixir installation at ${index.elixirLib}` : ''}`;
  for (const m of o.include) if (!index.modules.has(m)) throw errors.missingInclude(m, searched);

  const bootFile = path.join(otpRoot, 'bin', 'start.boot');
  const otpBoot = new Uint8Array(fs.readFileSync(bootFile));
  const bootScript = inputs.release !== null ? readBootScript(inputs.release.bootScript, `${inputs.release.dir}/releases/${inputs.release.vsn}/start.boot`) : readBootScript(otpBoot, bootFile);
  const inputNames = [...inputs.apps.flatMap((a) => a.modules), ...inputs.loose].map((m) => m.name);
  const roots = [
    ...bootScript.preloaded,
    ...(inputs.release !== null ? bootScript.allPrimLoad : bootScript.primLoad),
    ...LOADED_AT_BOOT,
    ...(elixir !== null ? ELIXIR_STARTUP : []),
    ...inputNames,
    ...o.include,
  ];
  // Elixir's start (elixir:start_cli) starts the elixir application and Elixir's logger.
  const startedApps = ['kernel', 'stdlib', ...(elixir !== null ? ['elixir', 'logger'] : []), ...inputs.apps.map((a) => a.spec.name)];
  const set = computeModuleSet({ index, roots, startedApps, allOfApps: o.allOtp, searched });
  for (const w of set.warnings) o.warn(w);
  const apps = [...set.apps];
  // Elixir's ebins are all on the code path, as the elixir script puts them; each needs its directory.
  if (elixir !== null) for (const a of index.apps.values()) if (a.origin === 'elixir' && !apps.includes(a)) apps.push(a);

  const otp = otpFacts(otpRoot);
  const threads = o.threads ?? defaultThreads();
  const modules = set.modules.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let report: CompileReport | undefined;
  const dir = path.resolve(o.out);
  const codeCacheBase = pathToFileURL(`${dir}/`).href;
  await writeOutputDir(dir, async (tmp) => {
    const modDir = path.join(tmp, 'modules');
    try {
      fs.mkdirSync(modDir);
    } catch (e) {
      throw writeError(dir, e);
    }
    // The inputs first: a bad input is reported before the OTP modules are translated.
    const inputsFirst = [...modules.filter((m) => m.origin === 'input'), ...modules.filter((m) => m.origin !== 'input')];
    const jobs: ModuleJob[] = inputsFirst.map((m) => ({
      name: m.name,
      bytes: m.origin === 'input' ? m.bytes() : null,
      file: m.file,
      installed: m.origin === 'input' ? null : m.file,
      outDir: modDir,
      url: new URL(`modules/${encodeURIComponent(esFileName(m.name))}`, codeCacheBase).href,
    }));
    const bar = progressBar(jobs.length, 'translating');
    const t0 = performance.now();
    const results = await translateAll(jobs, threads, (r, done) => bar.update(done, r.name));
    bar.finish();
    const failed = results.find((r) => !r.ok);
    if (failed !== undefined && !failed.ok) throw failed.beamjs ? new BeamjsError(failed.message) : new Error(failed.message);
    const translateSeconds = (performance.now() - t0) / 1000;
    try {
      writeVirtualRoot(
        tmp,
        { otpRoot, otpRelease: otp.release, ertsVersion: otp.erts, bootScript: otpBoot, release: inputs.release },
        apps,
        inputs.loose.length > 0,
      );
      fs.copyFileSync(runtimeBundle(), path.join(tmp, 'runtime.mjs'));
      const pa = [...inputs.apps.filter(() => inputs.release === null).map((a) => `lib/${a.spec.name}-${a.spec.vsn}/ebin`), ...(inputs.loose.length > 0 ? ['ebin'] : [])];
      const manifest: Manifest = {
        format: MANIFEST_FORMAT,
        translator: translatorBuild(),
        codeCacheBase,
        otp,
        start,
        pa,
        elixir: elixir !== null ? [...index.apps.values()].filter((a) => a.origin === 'elixir').map((a) => `${a.dir}/ebin`) : null,
        modules: modules.map((m) => ({ name: m.name, app: m.app?.name ?? null, beam: m.beamPath, es: `modules/${esFileName(m.name)}` })),
        apps: apps.map((a) => ({ name: a.name, vsn: a.vsn, dir: a.dir, origin: a.origin })),
      };
      fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
      fs.writeFileSync(path.join(modDir, 'index.mjs'), moduleIndexText(modules.map((m) => m.name)));
      fs.writeFileSync(path.join(tmp, 'main.mjs'), mainEntryText(), { mode: 0o755 });
    } catch (e) {
      throw writeError(dir, e);
    }
    let beamBytes = 0;
    let jsBytes = 0;
    let mapBytes = 0;
    let cacheBytes = 0;
    for (const r of results) {
      if (!r.ok) continue;
      beamBytes += r.beamBytes;
      jsBytes += r.jsBytes;
      mapBytes += r.mapBytes;
      cacheBytes += r.cacheBytes;
    }
    report = { dir, modules: modules.length, beamBytes, jsBytes, mapBytes, cacheBytes, translateSeconds, threads };
  });
  return report!;
}
