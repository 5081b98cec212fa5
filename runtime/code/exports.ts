// The export table: one entry per {Module, Function, Arity} ever named, shared by
// every caller (imports of loaded modules, export funs, apply). Loading a module
// points its entries at the new code; an entry with no code points at a stub
// that hands the call to the process's error handler (runtime/code/loader.ts).

import { atom, type Atom } from '../term/atom.js';
import type { ExportRef } from '../term/fun.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';

export class Export implements ExportRef {
  readonly module: Atom;
  readonly name: Atom;
  readonly arity: number;
  fn: Function;
  /** Whether `fn` is real code (a loaded function or a BIF), not the undefined-function stub. */
  defined: boolean;
  constructor(module: Atom, name: Atom, arity: number) {
    this.module = module;
    this.name = name;
    this.arity = arity;
    this.defined = false;
    this.fn = makeStub(this);
  }
  /** Point the entry back at the undefined-function stub (module deleted or purged). */
  clear(): void {
    this.defined = false;
    this.fn = makeStub(this);
  }
  set(fn: Function): void {
    this.fn = fn;
    this.defined = true;
  }
}

/** What happens when undefined code is called; set by the loader (error_handler, else undef). */
let onUndefined: (p: Process, e: Export, args: Term[]) => unknown = () => {
  throw new Error('export table used before the loader was installed');
};
export function setUndefinedHandler(f: (p: Process, e: Export, args: Term[]) => unknown): void {
  onUndefined = f;
}

function makeStub(e: Export): Function {
  return (p: Process, ...args: Term[]) => onUndefined(p, e, args.slice(0, e.arity));
}

/**
 * Module -> function name -> entries by arity. Atoms are interned, so the maps hash object
 * identities: apply/3 and export funs look entries up on every call, and a string key built per
 * lookup cost more than the call.
 */
const table = new Map<Atom, Map<Atom, Array<Export | undefined>>>();
/** Each module's entries in the order they were made (module_info(exports) follows it, as on erts). */
const madeInOrder = new Map<Atom, Export[]>();

export function exportEntry(module: Atom, name: Atom, arity: number): Export {
  let byName = table.get(module);
  if (byName === undefined) {
    byName = new Map();
    table.set(module, byName);
  }
  let byArity = byName.get(name);
  if (byArity === undefined) {
    byArity = [];
    byName.set(name, byArity);
  }
  let e = byArity[arity];
  if (e === undefined) {
    e = new Export(module, name, arity);
    byArity[arity] = e;
    let made = madeInOrder.get(module);
    if (made === undefined) {
      made = [];
      madeInOrder.set(module, made);
    }
    made.push(e);
  }
  return e;
}

export function exportEntryByName(module: string, name: string, arity: number): Export {
  return exportEntry(atom(module), atom(name), arity);
}

/** The defined entries of `module`, in the order they were first named. */
export function exportsOf(module: Atom): Export[] {
  const out: Export[] = [];
  for (const e of madeInOrder.get(module) ?? []) if (e.defined) out.push(e);
  return out;
}
