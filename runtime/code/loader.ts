// Loading modules: translate a .beam (compiler/translate.ts), evaluate the
// generated factory, and point the export table at the new functions. As on
// erts, loading is asked for by Erlang code (init, code_server, through
// erlang:prepare_loading/finish_loading); a call to code that is not loaded goes
// to the process's error_handler, which asks code_server to load it.

import * as fs from 'node:fs';
import * as vm from 'node:vm';
import { generateFromBeam } from '../../compiler/translate.js';
import { readBeam } from '../../compiler/beam/index.js';
import { cacheGet, cachePut, cacheKey } from './translation-cache.js';
import type { BeamFile } from '../../compiler/beam/index.js';
import type { GeneratedModule } from '../../compiler/codegen/module-gen.js';
import { listFrom } from '../term/list.js';
import { flagsOf } from '../bifs/erlang/process-info.js';
import { atom, type Atom } from '../term/atom.js';
import type { LambdaInfo } from '../term/fun.js';
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
import { nifsOf as nifsOfModule } from '../nifs/registry.js';
import { registerModuleForTraces } from './stacktrace.js';

const UNDEF = atom('undef');
const UNDEFINED_FUNCTION = atom('undefined_function');

/** What a generated module's source evaluates to. */
type Factory = (rt: unknown, m: unknown) => { functions: Array<[string, number, Function]>; lambdas: Function[] };

export class LoadedModule {
  readonly name: Atom;
  readonly beam: BeamFile;
  /** 'name/arity' -> generated function, exported or not. */
  readonly functions: Map<string, Function>;
  readonly lambdas: LambdaInfo[];
  constructor(name: Atom, beam: BeamFile, functions: Map<string, Function>, lambdas: LambdaInfo[]) {
    this.name = name;
    this.beam = beam;
    this.functions = functions;
    this.lambdas = lambdas;
  }
}

const loaded = new Map<Atom, LoadedModule>();
/** Modules whose load failed: retried only when asked explicitly, so a bad file reports once. */
const failedLoads = new Map<Atom, Error>();

export function loadedModule(name: Atom): LoadedModule | undefined {
  return loaded.get(name);
}

export function loadedModules(): LoadedModule[] {
  return [...loaded.values()];
}

function unimplementedBif(module: string, name: string, arity: number): Function {
  return () => {
    throw new ErlangException(atom('error'), [atom('bif_not_implemented'), [atom(module), atom(name), arity]]);
  };
}

/**
 * A module translated and evaluated but not yet current: erts's prepared code. Everything that can
 * fail (reading, translating, evaluating) happens while preparing, so installing cannot fail.
 */
export interface PreparedModule {
  name: Atom;
  beam: BeamFile;
  generated: GeneratedModule;
  filename: string;
  functions: Map<string, Function>;
  lambdas: LambdaInfo[];
}

/**
 * Modules whose cache entry lacks V8's code cache. It is made when the runtime exits, so that it
 * holds the bytecode of every function that ran, not only the module's top level.
 */
const codeCacheWanted: Array<{ key: string; generated: GeneratedModule; script: vm.Script }> = [];
process.on('exit', () => {
  for (const { key, generated, script } of codeCacheWanted) cachePut(key, generated, script.createCachedData());
});

/** Read, translate (or take from the translation cache) and evaluate `bytes`. */
export function prepareModule(bytes: Uint8Array, file: string): PreparedModule {
  const resolveExport = (m: Atom, f: Atom, a: number) => exportEntry(m, f, a);
  const nifsOf = (m: string) => new Set(nifsOfModule(m).keys());
  const beam = readBeam(bytes, file, { resolveExport });
  const name = atom(beam.module);
  const key = cacheKey(bytes, [...nifsOf(beam.module)].sort().join(',') + `|coverage=${process.env.BEAMJS_OPCODE_COVERAGE ? 1 : 0}`);
  const filename = `beamjs:///${beam.module}.js`;
  const cached = cacheGet(key);
  let generated: GeneratedModule | undefined = cached?.generated;
  let factory: Factory | undefined;
  if (cached !== undefined) {
    try {
      const script = new vm.Script(cached.generated.js, { filename, cachedData: cached.codeCache });
      factory = script.runInThisContext() as Factory;
      if (cached.codeCache === undefined || script.cachedDataRejected === true) codeCacheWanted.push({ key, generated: cached.generated, script });
    } catch {
      generated = undefined; // a cached entry that does not evaluate is rebuilt
    }
  }
  if (generated === undefined || factory === undefined) {
    generated = generateFromBeam(beam, file, { nifsOf });
    const script = new vm.Script(generated.js, { filename });
    factory = script.runInThisContext() as Factory;
    cachePut(key, generated);
    codeCacheWanted.push({ key, generated, script });
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
    nif: (fname: string, arity: number) => nifsOfModule(beam.module).get(`${fname}/${arity}`)!,
  };
  const made = factory(generatedApi, link);
  made.lambdas.forEach((fn, i) => {
    lambdas[i].fn = fn;
  });
  const functions = new Map<string, Function>();
  for (const [fname, arity, fn] of made.functions) functions.set(`${fname}/${arity}`, fn);
  return { name, beam, generated, filename, functions, lambdas };
}

/** Make a prepared module the current version of its module: point its exports at the new code. */
export function installModule(prep: PreparedModule): LoadedModule {
  const { name, beam, functions } = prep;
  const mod = new LoadedModule(name, beam, functions, prep.lambdas);
  registerModuleForTraces(prep.filename, mod, prep.generated);
  loaded.set(name, mod);
  failedLoads.delete(name);
  for (const ex of beam.exports) {
    // A BIF keeps its export entry even when the module's .beam has a stub for it (erlang.beam).
    if (isBif.has(bifKey(beam.module, ex.name, ex.arity))) continue;
    const fn = functions.get(`${ex.name}/${ex.arity}`);
    if (fn !== undefined) exportEntryByName(beam.module, ex.name, ex.arity).set(fn);
  }
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
 * Load `name` from the code path unless it is loaded, without code_server: for the preloaded
 * modules erts has before any process runs. Undefined when no file has it.
 */
export function ensureLoaded(name: Atom): LoadedModule | undefined {
  const have = loaded.get(name);
  if (have !== undefined) return have;
  if (failedLoads.has(name)) throw failedLoads.get(name);
  const file = findModuleFile(name.name);
  if (file === undefined) return undefined;
  try {
    return loadBinary(fs.readFileSync(file), file, name);
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

export { bifKey };
