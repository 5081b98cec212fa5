// Modules translated ahead of time by `beamjs compile`: each is an ES module holding
// the generated factory as a real function, the exact .beam bytes it was translated
// from, and the tables stack traces need. A compiled program registers them before
// OTP boots, either as imported ES modules or as files to read when first needed
// (compiled-module-file.ts); the loader then takes the factory instead of translating,
// but only when the bytes it is asked to load are those bytes, so that no other code
// (a user's own copy of a module, a hot upgrade) ever runs a factory made from
// different code.

import type { GeneratedModule } from '../../compiler/codegen/module-gen.js';

/** What a compiled module's ES module exports (compiler/aot/es-module.ts writes it). */
export interface CompiledModuleExports {
  /** The module name. */
  name: string;
  /** The factory, as module-gen.ts generates it (the same text, as a function). */
  default: Function;
  /** The .beam file, base64. */
  beam: string;
  /** GeneratedModule.lineIndexes as runs: [index, count, index, count, ...]. */
  lines: number[];
  resumeLines: Record<number, number>;
  callSites: Record<number, number>;
  onLoad: [string, number] | null;
  /** import.meta.url of the ES module: the file name V8 gives its functions. */
  url: string;
}

export interface PrecompiledModule {
  /** The module's exports, loaded on first use. */
  exports(): CompiledModuleExports;
  /** The .beam bytes, decoded once. */
  bytes(): Uint8Array;
}

const registry = new Map<string, PrecompiledModule>();

/** Register module `name`, whose exports `load` gives (called at most once, when first needed). */
export function registerPrecompiled(name: string, load: () => CompiledModuleExports): PrecompiledModule {
  let exports: CompiledModuleExports | undefined;
  let bytes: Uint8Array | undefined;
  const entry = {
    exports: () => (exports ??= load()),
    bytes: () => (bytes ??= base64Bytes(entry.exports().beam)),
  };
  registry.set(name, entry);
  return entry;
}

/** The precompiled code of `module`, when `beamBytes` are exactly the bytes it was made from. */
export function precompiledFor(module: string, beamBytes: Uint8Array): PrecompiledModule | undefined {
  const entry = registry.get(module);
  if (entry === undefined) return undefined;
  const own = entry.bytes();
  if (own.length !== beamBytes.length) return undefined;
  return Buffer.compare(own, beamBytes) === 0 ? entry : undefined;
}

/**
 * The GeneratedModule of a precompiled factory. The JS text is the factory's own source
 * (Function.prototype.toString gives it back exactly), read only when a trace needs it.
 */
export function generatedOf(entry: PrecompiledModule, functions: Array<[string, number, Function, Function]>): GeneratedModule {
  const m = entry.exports();
  const functionNames: Record<string, [string, number]> = {};
  for (const [name, arity, fn, resume] of functions) {
    functionNames[fn.name] = [name, arity];
    functionNames[resume.name] = [name, arity];
  }
  let js: string | undefined;
  const generated: GeneratedModule = {
    get js() {
      return (js ??= `(${m.default.toString()})`);
    },
    lineIndexes: decodeLineRuns(m.lines),
    resumeLines: m.resumeLines,
    callSites: m.callSites,
    functionNames,
  };
  if (m.onLoad !== null) generated.onLoad = m.onLoad;
  return generated;
}

/** lineIndexes as [index, count] runs: most generated lines repeat the line before. */
export function encodeLineRuns(lineIndexes: readonly number[]): number[] {
  const runs: number[] = [];
  for (const li of lineIndexes) {
    if (runs.length > 0 && runs[runs.length - 2] === li) runs[runs.length - 1]++;
    else runs.push(li, 1);
  }
  return runs;
}

export function decodeLineRuns(runs: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs.length; i += 2) for (let k = 0; k < runs[i + 1]; k++) out.push(runs[i]);
  return out;
}

function base64Bytes(s: string): Uint8Array {
  const b = Buffer.from(s, 'base64');
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}
