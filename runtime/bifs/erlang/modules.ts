// The erlang module's BIFs about loaded code: get_module_info/1,2 (what every module's
// module_info/0,1 calls), module_loaded/1, loaded/0, pre_loaded/0, is_builtin/3 and
// check_old_code/1. They read the loader's table of current modules (code/loader.ts), the
// export table (code/exports.ts) and the BIF table mirroring erts's bif.tab (bifs/bif-table.ts).
// Loading, deleting and purging are the loader's.

import { Atom, atom, bool, FALSE } from '../../term/atom.js';
import { PRE_LOADED } from '../../code/preloaded.js';
import { BitStr } from '../../term/bitstring.js';
import { NIL, listFrom } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { exportsOf } from '../../code/exports.js';
import { loadedModule, loadedModules, type LoadedModule } from '../../code/loader.js';
import { oldVersion } from '../../code/module-versions.js';
import { BIF_TABLE } from '../bif-table.js';
import { bifKey } from '../registry.js';
import { defineGuarded, smallInt } from './annotate.js';

const E = 'erlang';

/** erts's MAX_ARG: the most arguments a function takes. */
export const MAX_ARITY = 255;

const BUILTINS = new Set(BIF_TABLE.map(([m, f, a]) => bifKey(m, f, a)));

/** Whether erts implements m:f/a in C: exactly erlang:is_builtin/3's answer. */
export function isBuiltin(m: Atom, f: Atom, arity: number): boolean {
  return BUILTINS.has(bifKey(m.name, f.name, arity));
}

/**
 * The arity argument of function_exported/3 and is_builtin/3: an erts small integer (else badarg);
 * undefined when no function can have it, which makes the answer false.
 */
export function arityArg(a: Term): number | undefined {
  const n = smallInt(a);
  if (n === undefined) return badarg();
  return n >= 0 && n <= MAX_ARITY ? n : undefined;
}

const exportSets = new WeakMap<LoadedModule, Set<string>>();

/** Whether the current code of `mod` exports f/a. */
export function exportsFunction(mod: LoadedModule, f: Atom, arity: number): boolean {
  let set = exportSets.get(mod);
  if (set === undefined) {
    set = new Set(mod.beam.exports.map((e) => `${e.name}/${e.arity}`));
    exportSets.set(mod, set);
  }
  return set.has(`${f.name}/${arity}`);
}

/**
 * module_info(exports): the module's exported functions, newest export-table entry first. erts
 * walks its export table in creation order and conses each entry onto the result, so the order
 * depends on when each {M, F, A} was first named (by an import of an earlier module, a
 * `fun M:F/A`, make_fun/3, the module's own ExpT at load), not on the source.
 */
function exportedFrom(mod: LoadedModule): Term {
  const wanted = new Set(mod.beam.exports.map((e) => `${e.name}/${e.arity}`));
  const out: Term[] = [];
  for (const e of exportsOf(mod.name)) {
    const key = `${e.name.name}/${e.arity}`;
    if (!wanted.delete(key)) continue;
    out.push([e.name, e.arity]);
  }
  // An export the table never saw (not expected once the loader has run) counts as the newest.
  for (const e of mod.beam.exports) if (wanted.has(`${e.name}/${e.arity}`)) out.push([atom(e.name), e.arity]);
  return listFrom(out.reverse());
}

/** module_info(functions): every function of the module's code, in code order. */
function functionsOf(mod: LoadedModule): Term {
  const out: Term[] = [];
  for (const key of mod.functions.keys()) {
    const slash = key.lastIndexOf('/');
    out.push([atom(key.slice(0, slash)), Number(key.slice(slash + 1))]);
  }
  return listFrom(out);
}

function md5Of(mod: LoadedModule): Term {
  return BitStr.fromBytes(mod.beam.md5.slice());
}

const MODULE = atom('module');
const EXPORTS = atom('exports');
const ATTRIBUTES = atom('attributes');
const COMPILE = atom('compile');
const MD5 = atom('md5');

/** One item of module_info/1, or undefined for an item erts does not know. */
function moduleInfoItem(mod: LoadedModule, item: Term): Term | undefined {
  if (!(item instanceof Atom)) return undefined;
  switch (item.name) {
    case 'module':
      return mod.name;
    case 'exports':
      return exportedFrom(mod);
    case 'attributes':
      return mod.beam.attributes;
    case 'compile':
      return mod.beam.compileInfo;
    case 'md5':
      return md5Of(mod);
    case 'functions':
      return functionsOf(mod);
    // NIFs of the preloaded modules are TypeScript here, not functions the module loaded.
    case 'nifs':
      return NIL;
    // Left from HiPE: erts 25 still answers them.
    case 'native':
      return FALSE;
    case 'native_addresses':
      return NIL;
    default:
      return undefined;
  }
}

function currentModule(m: Term): LoadedModule {
  if (!(m instanceof Atom)) return badarg();
  return loadedModule(m) ?? badarg();
}

defineGuarded(E, 'get_module_info', 1, (_p: Process, m: Term) => {
  const mod = currentModule(m);
  return listFrom([MODULE, EXPORTS, ATTRIBUTES, COMPILE, MD5].map((item) => [item, moduleInfoItem(mod, item)!]));
});

defineGuarded(E, 'get_module_info', 2, (_p: Process, m: Term, item: Term) => moduleInfoItem(currentModule(m), item) ?? badarg());

defineGuarded(E, 'module_loaded', 1, (_p: Process, m: Term) => {
  if (!(m instanceof Atom)) return badarg();
  return bool(loadedModule(m) !== undefined);
});

/** loaded(): every module with code, the most recently created module first (as erts). */
defineGuarded(E, 'loaded', 0, (_p: Process) => listFrom(loadedModules().map((mod) => mod.name).reverse()));


defineGuarded(E, 'pre_loaded', 0, (_p: Process) => listFrom(PRE_LOADED));

defineGuarded(E, 'is_builtin', 3, (_p: Process, m: Term, f: Term, a: Term) => {
  if (!(m instanceof Atom) || !(f instanceof Atom)) return badarg();
  const arity = arityArg(a);
  return bool(arity !== undefined && isBuiltin(m, f, arity));
});

/** check_old_code(M): whether M has old code (made old by a newer load, not yet purged). */
defineGuarded(E, 'check_old_code', 1, (_p: Process, m: Term) => {
  if (!(m instanceof Atom)) badarg();
  return bool(oldVersion(m) !== undefined);
});
