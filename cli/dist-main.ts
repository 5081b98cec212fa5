// The runtime of a compiled program (bundled into DIR/runtime.mjs with everything it
// needs, npm packages included): main.mjs hands it the program's ES modules, and it
// boots OTP as `beamjs run` does (cli/boot.ts), with DIR/otp as the OTP root, the
// .beam files the modules carry served at their paths (runtime/nifs/prim_file-bundled.ts),
// and their precompiled code used when those files are loaded
// (runtime/code/precompiled.ts). The command line is the one `beamjs run` builds
// (cli/erl-args.ts), from the manifest.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startRuntime } from '../runtime/index.js';
import { otpLibDirs } from '../runtime/code/code-path.js';
import { registerPrecompiled, type CompiledModuleExports } from '../runtime/code/precompiled.js';
import { readCompiledModuleFile } from '../runtime/code/compiled-module-file.js';
import { installBundledFiles, type BundledFile } from '../runtime/nifs/prim_file-bundled.js';
import { disableTranslationCache } from '../runtime/code/translation-cache.js';
import { MANIFEST_FORMAT, type Manifest } from '../compiler/aot/manifest.js';
import { BeamjsError } from '../compiler/diagnostics.js';
import { boot } from './boot.js';
import { erlArgs, isElixirModule, startAppArgs } from './erl-args.js';
import { fatal } from './output.js';

function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  let m: Manifest;
  try {
    m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch (e) {
    throw new BeamjsError(`cannot read the compiled program's manifest: ${(e as Error).message}`, { file });
  }
  if (m.format !== MANIFEST_FORMAT) throw new BeamjsError(`manifest format ${m.format}; this runtime reads format ${MANIFEST_FORMAT}`, { file });
  return m;
}

/** The erl command line for the program, as `beamjs run` would build it. */
function commandLine(m: Manifest, dir: string, args: string[]): string[] {
  const abs = (p: string) => path.join(dir, ...p.split('/'));
  const pa = m.pa.map(abs);
  const elixir = m.elixir?.map(abs);
  const bootFlag = m.start.boot !== null ? ['-boot', abs(m.start.boot)] : [];
  if (m.start.main !== null) {
    const main = m.start.main;
    return [...bootFlag, ...erlArgs({ pa, module: main, args }, isElixirModule(main) ? (elixir ?? []) : undefined)];
  }
  if (m.start.application !== null) return [...bootFlag, ...startAppArgs(m.start.application, pa, elixir, args)];
  return [...bootFlag, '-noshell', ...pa.flatMap((d) => ['-pa', d]), '-extra', ...args];
}

/**
 * Start the compiled program whose main.mjs is `mainFile`. Its modules are read from their files
 * when first needed, unless they are given already imported (`imported`: Node maps stack traces
 * through source maps only for modules it imported itself).
 */
export function startCompiled(mainFile: string, imported?: CompiledModuleExports[]): void {
  try {
    const dir = path.dirname(mainFile);
    const m = readManifest(dir);
    const byName = new Map((imported ?? []).map((e) => [e.name, e]));
    const codeCache = m.codeCacheBase === pathToFileURL(`${dir}/`).href;
    const files: BundledFile[] = [];
    for (const entry of m.modules) {
      const es = path.join(dir, ...entry.es.split('/'));
      const given = byName.get(entry.name);
      if (imported !== undefined && given === undefined) {
        throw new BeamjsError(`module ${entry.name} of the manifest is not among the imported modules`, { file: path.join(dir, 'modules', 'index.mjs') });
      }
      const pre = registerPrecompiled(entry.name, given !== undefined ? () => given : () => readCompiledModuleFile(es, codeCache));
      files.push({ path: path.join(dir, ...entry.beam.split('/')), bytes: pre.bytes, carrier: es });
    }
    installBundledFiles(files);
    // The program carries its translations; anything else it loads is translated in memory.
    disableTranslationCache();
    const root = path.join(dir, 'otp');
    const erl = commandLine(m, dir, process.argv.slice(2));
    const pa = m.pa.map((p) => path.join(dir, ...p.split('/')));
    const elixir = (m.elixir ?? []).map((p) => path.join(dir, ...p.split('/')));
    startRuntime({ codePath: [...elixir, ...pa, '.', ...otpLibDirs(root)], onFatal: fatal });
    boot({ root, erlArgs: erl });
  } catch (e) {
    fatal(e instanceof Error ? e : new Error(String(e)));
  }
}
