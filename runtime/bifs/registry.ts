// The BIF registry: implementations keyed by "module:name/arity", registered by
// the files beside this one, each next to its code. The code loader binds
// `bif`/`gc_bif` instructions and export-table entries of BIFs from here.

import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';

/** A BIF takes the calling process and its arguments; it returns a term (or SUSPEND when it tail-calls Erlang code that suspends). */
export type BifFn = (p: Process, ...args: any[]) => any;

const bifs = new Map<string, BifFn>();

export function bifKey(module: string, name: string, arity: number): string {
  return `${module}:${name}/${arity}`;
}

export function defineBif(module: string, name: string, arity: number, fn: BifFn): void {
  const key = bifKey(module, name, arity);
  if (bifs.has(key)) throw new Error(`BIF ${key} is defined twice`);
  bifs.set(key, fn);
}

export function lookupBif(module: string, name: string, arity: number): BifFn | undefined {
  return bifs.get(bifKey(module, name, arity));
}

export function allBifKeys(): string[] {
  return [...bifs.keys()];
}

export type { Term };
