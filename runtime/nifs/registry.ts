// NIFs of the modules erts preloads (prim_file, prim_buffer, zlib, erl_tracer...):
// functions whose .beam body is a placeholder (erlang:nif_error) that erts replaces
// with C code when the module loads. Here the TS implementation is registered by
// module, name and arity beside its code, and the translator gives such a function
// a body that calls it instead of translating the placeholder. Unlike a BIF, a NIF
// is often a local function of its module (prim_file:open_nif/2), so the export
// table alone could not redirect it.

import type { Process } from '../process/process.js';
import { ErlangException } from '../errors.js';

export type NifFn = (p: Process, ...args: any[]) => any;

const nifs = new Map<string, Map<string, NifFn>>();

export function defineNif(module: string, name: string, arity: number, fn: NifFn): void {
  let m = nifs.get(module);
  if (m === undefined) {
    m = new Map();
    nifs.set(module, m);
  }
  const key = `${name}/${arity}`;
  if (m.has(key)) throw new Error(`NIF ${module}:${key} is defined twice`);
  m.set(key, fn);
}

/** The NIFs of `module`, by 'name/arity'. */
export function nifsOf(module: string): ReadonlyMap<string, NifFn> {
  return nifs.get(module) ?? new Map();
}

export function allNifKeys(): string[] {
  const out: string[] = [];
  for (const [m, fs] of nifs) for (const k of fs.keys()) out.push(`${m}:${k}`);
  return out;
}

/**
 * `fn` as generated code calls it: an exception it raises gets the NIF's arguments for its stack
 * trace entry ({zlib, close_nif, [Z], []}), as erts shows a NIF's exception.
 */
export function nifForCode(fn: NifFn): NifFn {
  return (p: Process, ...args: any[]) => {
    try {
      return fn(p, ...args);
    } catch (e) {
      if (e instanceof ErlangException && e.args === null && e.mfa === null) e.args = args;
      throw e;
    }
  };
}

/**
 * Put `wrap(current)` in place of a registered NIF, for a layer that serves some calls itself
 * and hands the rest on (prim_file-bundled.ts). Must run before the module is loaded: generated
 * code binds its NIFs when the module is linked.
 */
export function wrapNif(module: string, name: string, arity: number, wrap: (current: NifFn) => NifFn): void {
  const m = nifs.get(module);
  const current = m?.get(`${name}/${arity}`);
  if (m === undefined || current === undefined) throw new Error(`NIF ${module}:${name}/${arity} is not defined`);
  m.set(`${name}/${arity}`, wrap(current));
}
