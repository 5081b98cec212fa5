// Loading modules: translate a .beam (compiler/translate.ts), evaluate the
// generated factory, and point the export table at the new functions. As on
// erts, loading is asked for by Erlang code (init, code_server, through
// erlang:prepare_loading/finish_loading); a call to code that is not loaded goes
// to the process's error_handler, which asks code_server to load it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { generateFromBeam } from '../../compiler/translate.js';
import { readBeam } from '../../compiler/beam/index.js';
import { cacheGet, cachePut, moduleCacheKey, translationCacheEnabled } from './translation-cache.js';
import { generatedOf, precompiledFor } from './precompiled.js';
import type { BeamFile } from '../../compiler/beam/index.js';
import type { GeneratedModule } from '../../compiler/codegen/module-gen.js';
import { listFrom } from '../term/list.js';
import { flagsOf } from '../bifs/erlang/process-info.js';
import { atom, type Atom } from '../term/atom.js';
import type { Fun, LambdaInfo } from '../term/fun.js';
import type { Term } from '../term/term.js';
import { ErlangException } from '../errors.js';
import type { Process } from '../process/process.js';
import { exportEntry, exportEntryByName, setUndefinedHandler, type Export } from './exports.js';
import { generatedApi } from './generated-api.js';
import { lookupBif, bifKey } from '../bifs/registry.js';
import { BIF_TABLE } from '../bifs/bif-table.js';

/** Every BIF of erts, implemented or not: a module's .beam never replaces these export entries. */
const isBif = new Set(BIF_TABLE.map(([m, f, a]) => bifKey(m, f, a)));
import { findModuleFile } from './code-path.js';
import { bundledFile } from '../nifs/prim_file-bundled.js';
import { nifsOf as nifsOfModule, nifForCode } from '../nifs/registry.js';
import { registerModuleForTraces } from './stacktrace.js';
import { currentVersion, currentVersions, makeCurrent, registerVersion, setPurgedFunHandler, type ModuleVersion } from './module-versions.js';

const UNDEF = atom('undef');
const UNDEFINED_FUNCTION = atom('undefined_function');
const UNDEFINED_LAMBDA = atom('undefined_lambda');
const BADFUN = atom('badfun');

/** What a generated module's source evaluates to. */
type Factory = (rt: unknown, m: unknown) => { functions: Array<[string, number, Function, Function]>; lambdas: Function[] };

/** One version of a module: its code, evaluated, and what traces and loading need to know of it. */
export class LoadedModule implements ModuleVersion {
  readonly name: Atom;
  readonly beam: BeamFile;
  readonly generated: GeneratedModule;
  /** The generated code's file name in JS stacks: each version of a module has its own. */
  readonly filename: string;
  /** 'name/arity' -> generated function, exported or not. */
  readonly functions: Map<string, Function>;
  /** 'name/arity' -> the separate function its saved frames resume in (render-function.ts), if any. */
  readonly resumeFunctions: Map<string, Function>;
  readonly lambdas: LambdaInfo[];
  readonly exported: Map<string, Function>;
  /** The function that holds the on_load instruction, for a module with -on_load. */
  readonly onLoad: Function | undefined;
  constructor(
    beam: BeamFile,
    generated: GeneratedModule,
    filename: string,
    functions: Map<string, Function>,
    resumeFunctions: Map<string, Function>,
    lambdas: LambdaInfo[],
  ) {
    this.name = atom(beam.module);
    this.beam = beam;
    this.generated = generated;
    this.filename = filename;
    this.functions = functions;
    this.resumeFunctions = resumeFunctions;
    this.lambdas = lambdas;
    this.exported = new Map();
    for (const ex of beam.exports) {
      // A BIF keeps its export entry even when the module's .beam has a stub for it (erlang.beam).
      if (isBif.has(bifKey(beam.module, ex.name, ex.arity))) continue;
      const fn = functions.get(`${ex.name}/${ex.arity}`);
      if (fn !== undefined) this.exported.set(`${ex.name}/${ex.arity}`, fn);
    }
    const on = generated.onLoad;
    this.onLoad = on !== undefined ? functions.get(`${on[0]}/${on[1]}`) : undefined;
  }
}

/** Modules whose load failed: retried only when asked explicitly, so a bad file reports once. */
const failedLoads = new Map<Atom, Error>();
/** How many versions of each module were prepared: each gets its own file name. */
const versionsMade = new Map<string, number>();

/** The current version of `name`. */
export function loadedModule(name: Atom): LoadedModule | undefined {
  return currentVersion(name) as LoadedModule | undefined;
}

/** The current versions of all loaded modules, in load order. */
export function loadedModules(): LoadedModule[] {
  return currentVersions() as LoadedModule[];
}

function unimplementedBif(module: string, name: string, arity: number): Function {
  return () => {
    throw new ErlangException(atom('error'), [atom('bif_not_implemented'), [atom(module), atom(name), arity]]);
  };
}

/** A module translated and evaluated but not yet current: erts's prepared code. */
export type PreparedModule = LoadedModule;

/**
 * Modules whose cache entry lacks V8's code cache. It is made when the runtime exits, so that it
 * holds the bytecode of every function that ran, not only the module's top level.
 */
const codeCacheWanted: Array<{ key: string; generated: GeneratedModule; script: vm.Script }> = [];
process.on('exit', () => {
  for (const { key, generated, script } of codeCacheWanted) cachePut(key, generated, script.createCachedData());
});

/** Generated JS for `beam`, from the translation cache or the translator, evaluated. */
function translated(
  beam: BeamFile,
  bytes: Uint8Array,
  file: string,
  filename: string,
  n: number,
  nifsOf: (m: string) => Set<string>,
): { generated: GeneratedModule; factory: Factory } {
  const key = translationCacheEnabled() ? moduleCacheKey(bytes, nifsOf(beam.module)) : undefined;
  const cached = key !== undefined ? cacheGet(key) : undefined;
  // V8 shares compiled code between scripts with the same source, file name included: a second
  // version of a module gets a source of its own, so that JS stacks tell the versions apart
  // (check_process_code, traces). Only the first version uses and makes V8's code cache.
  const sourceOf = (js: string) => (n === 1 ? js : `${js}\n// version ${n}`);
  if (cached !== undefined) {
    try {
      const script = new vm.Script(sourceOf(cached.generated.js), { filename, cachedData: n === 1 ? cached.codeCache : undefined });
      const factory = script.runInThisContext() as Factory;
      const wanted = cached.codeCache === undefined || script.cachedDataRejected === true;
      if (n === 1 && wanted) codeCacheWanted.push({ key: key!, generated: cached.generated, script });
      return { generated: cached.generated, factory };
    } catch {
      // a cached entry that does not evaluate is rebuilt
    }
  }
  const generated = generateFromBeam(beam, file, { nifsOf });
  const script = new vm.Script(sourceOf(generated.js), { filename });
  const factory = script.runInThisContext() as Factory;
  if (key !== undefined) {
    cachePut(key, generated);
    if (n === 1) codeCacheWanted.push({ key, generated, script });
  }
  return { generated, factory };
}

/**
 * Read, translate (or take from the translation cache, or from the modules a compiled program
 * carries) and evaluate `bytes`.
 */
export function prepareModule(bytes: Uint8Array, file: string): PreparedModule {
  const resolveExport = (m: Atom, f: Atom, a: number) => exportEntry(m, f, a);
  const nifsOf = (m: string) => new Set(nifsOfModule(m).keys());
  const beam = readBeam(bytes, file, { resolveExport });
  const name = atom(beam.module);
  const n = (versionsMade.get(beam.module) ?? 0) + 1;
  versionsMade.set(beam.module, n);
  // A precompiled factory is one function object with one file name: only the first version of
  // a module can use it; a later load of the same bytes is translated, so that stacks (and
  // check_process_code) tell the versions apart.
  const pre = n === 1 ? precompiledFor(beam.module, bytes) : undefined;
  let filename = n === 1 ? `beamjs:///${beam.module}.js` : `beamjs:///${beam.module}.v${n}.js`;
  let generated: GeneratedModule | undefined;
  let factory: Factory | undefined;
  if (pre !== undefined) {
    factory = pre.exports().default as Factory;
    filename = pre.exports().url;
  } else {
    ({ generated, factory } = translated(beam, bytes, file, filename, n, nifsOf));
  }
  const lambdas: LambdaInfo[] = beam.funs.map((ft) => ({
    module: name,
    name: atom(ft.name),
    arity: ft.arity - ft.numFree,
    index: ft.index,
    uniq: ft.oldUniq,
    md5: beam.md5,
    fn: () => {
      throw new Error(`lambda ${ft.name} called before its module finished loading`);
    },
  }));
  const link = {
    atom: (n: string) => atom(n),
    literal: (i: number) => beam.literals[i],
    import: (i: number) => {
      const imp = beam.imports[i];
      return exportEntryByName(imp.module, imp.name, imp.arity);
    },
    bif: (i: number) => {
      const imp = beam.imports[i];
      return lookupBif(imp.module, imp.name, imp.arity) ?? unimplementedBif(imp.module, imp.name, imp.arity);
    },
    lambda: (i: number) => lambdas[i],
    str: (offset: number, length: number) => beam.strings.subarray(offset, offset + length),
    nif: (fname: string, arity: number) => nifForCode(nifsOfModule(beam.module).get(`${fname}/${arity}`)!),
  };
  const made = factory(generatedApi, link);
  generated ??= generatedOf(pre!, made.functions);
  made.lambdas.forEach((fn, i) => {
    lambdas[i].fn = fn;
  });
  const functions = new Map<string, Function>();
  const resumeFunctions = new Map<string, Function>();
  for (const [fname, arity, fn, resume] of made.functions) {
    functions.set(`${fname}/${arity}`, fn);
    if (resume !== fn) resumeFunctions.set(`${fname}/${arity}`, resume);
  }
  const mod = new LoadedModule(beam, generated, filename, functions, resumeFunctions, lambdas);
  registerVersion(mod);
  registerModuleForTraces(filename, mod, generated);
  return mod;
}

/** Make a prepared module the current version of its module; the current one becomes old. */
export function installModule(mod: PreparedModule): LoadedModule {
  makeCurrent(mod);
  failedLoads.delete(mod.name);
  return mod;
}

/**
 * Translate and load `bytes` as the current version of its module. When `expected` is given and the
 * file holds another module, nothing is loaded (erts answers badfile; the caller then sees undef).
 */
export function loadBinary(bytes: Uint8Array, file: string, expected?: Atom): LoadedModule | undefined {
  const prep = prepareModule(bytes, file);
  if (expected !== undefined && prep.name !== expected) return undefined;
  return installModule(prep);
}

/**
 * Load `name` from `dir` (or, without one, the code path) unless it is loaded, without
 * code_server: for the preloaded modules erts has before any process runs. Undefined when no file
 * has it.
 */
export function ensureLoaded(name: Atom, dir?: string): LoadedModule | undefined {
  const have = loadedModule(name);
  if (have !== undefined) return have;
  if (failedLoads.has(name)) throw failedLoads.get(name);
  const file = dir !== undefined ? path.join(dir, `${name.name}.beam`) : findModuleFile(name.name);
  if (file === undefined) return undefined;
  try {
    return loadBinary(bundledFile(file)?.slice() ?? fs.readFileSync(file), file, name);
  } catch (e) {
    if (e instanceof Error) failedLoads.set(name, e);
    throw e;
  }
}

/**
 * Point every BIF's export entry at its implementation, or, for a BIF beamjs lacks, at a stub that
 * raises an error naming it (never the .beam's placeholder, which would answer a misleading undef).
 */
export function installBifExports(keys: string[]): void {
  for (const key of keys) {
    const m = /^([^:]*):(.*)\/(\d+)$/.exec(key)!;
    const fn = lookupBif(m[1], m[2], Number(m[3]))!;
    exportEntryByName(m[1], m[2], Number(m[3])).set(fn);
  }
  for (const [mod, name, arity] of BIF_TABLE) {
    if (lookupBif(mod, name, arity) === undefined) exportEntryByName(mod, name, arity).set(unimplementedBif(mod, name, arity));
  }
}

function undef(e: Export, args: Term[]): ErlangException {
  const exc = new ErlangException(atom('error'), UNDEF, args);
  exc.mfa = [e.module, e.name];
  return exc;
}

// A call to code that is not loaded goes to the process's error handler (error_handler unless
// process_flag(error_handler, M) says otherwise), which asks code_server (or init, early in the
// boot) to load the module and retries; with no handler loaded the call is undef, as on erts.
setUndefinedHandler((p: Process, e: Export, args: Term[]) => {
  const handler = exportEntry(flagsOf(p).errorHandler, UNDEFINED_FUNCTION, 3);
  if (!handler.defined) throw undef(e, args);
  return handler.fn(p, e.module, e.name, listFrom(args));
});

// A fun whose code was purged, called: erts's call_fun raises badfun when its module has current
// code (the fun is not in it), and otherwise hands it to the error handler's undefined_lambda/3,
// which loads the module and applies the fun again (badfun then) or raises undef.
setPurgedFunHandler((p: Process, fun: Fun, args: unknown[]) => {
  const module = fun.module;
  if (currentVersion(module) !== undefined) throw new ErlangException(atom('error'), [BADFUN, fun]);
  const handler = exportEntry(flagsOf(p).errorHandler, UNDEFINED_LAMBDA, 3);
  if (!handler.defined) throw new ErlangException(atom('error'), UNDEF);
  return handler.fn(p, module, fun, listFrom(args as Term[]));
});

export { bifKey };
