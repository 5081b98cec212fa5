// The erlang module's fun BIFs: fun_info/2 (fun_info/1 is Erlang code in erlang.erl that asks
// fun_info/2 for each item), fun_info_mfa/1, fun_to_list/1, make_fun/3 and function_exported/3.
// A local fun's identity is its module, its index in the module's FunT chunk, the chunk's
// old_uniq (`uniq`) and the module's MD5 (`new_uniq`), as erts reports them; an export fun's is
// M:F/A. is_function/1,2 are with the other type tests (types.ts).

import { Atom, atom, bool, UNDEFINED } from '../../term/atom.js';
import { BitStr } from '../../term/bitstring.js';
import { display } from '../../term/display.js';
import { Fun } from '../../term/fun.js';
import { charlist, listFrom } from '../../term/list.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { exportEntry } from '../../code/exports.js';
import { loadedModule } from '../../code/loader.js';
import { defineGuarded, smallInt } from './annotate.js';
import { MAX_ARITY, arityArg, exportsFunction, isBuiltin } from './modules.js';

const E = 'erlang';
const LOCAL = atom('local');
const EXTERNAL = atom('external');

/**
 * erts counts the live funs of a lambda (plus one for the module) and reports it as `refc`;
 * beamjs leaves funs to the JS collector and keeps no count, so it answers what a lambda with
 * one live fun answers on erts.
 */
const NOMINAL_REFC = 2;

function funArg(f: Term): Fun {
  return f instanceof Fun ? f : badarg();
}

/** The value of fun_info(F, Item), without the {Item, _} wrapper; undefined for an unknown item. */
function funInfo(p: Process, f: Fun, item: Atom): Term | undefined {
  const l = f.lambda;
  switch (item.name) {
    case 'type':
      return l !== null ? LOCAL : EXTERNAL;
    // erts 25 records the process that made a fun; beamjs's funs do not carry it, and a fun is
    // nearly always asked about by the process that made it.
    case 'pid':
      return l !== null ? p.pid : UNDEFINED;
    case 'module':
      return f.module;
    case 'name':
      return l !== null ? l.name : f.export!.name;
    case 'arity':
      return f.arity;
    case 'env':
      return listFrom(f.env);
    case 'index':
    case 'new_index':
      return l !== null ? l.index : UNDEFINED;
    case 'uniq':
      return l !== null ? l.uniq : UNDEFINED;
    case 'new_uniq':
      return l !== null ? BitStr.fromBytes(l.md5.slice()) : UNDEFINED;
    case 'refc':
      return l !== null ? NOMINAL_REFC : UNDEFINED;
    default:
      return undefined;
  }
}

/** fun_info(F, Item): {Item, Value}; a non-fun F or an unknown Item is badarg. */
defineGuarded(E, 'fun_info', 2, (p: Process, f: Term, item: Term) => {
  const fun = funArg(f);
  if (!(item instanceof Atom)) return badarg();
  const v = funInfo(p, fun, item);
  return v === undefined ? badarg() : [item, v];
});

/** fun_info_mfa(F): {M, F, A}, a local fun named by its lambda function, A what callers pass. */
defineGuarded(E, 'fun_info_mfa', 1, (_p: Process, f: Term) => {
  const fun = funArg(f);
  const name = fun.lambda !== null ? fun.lambda.name : fun.export!.name;
  return [fun.module, name, fun.arity];
});

/** fun_to_list(F): erts's printed form, `#Fun<M.Index.Uniq>` or `fun M:F/A`, as bytes (UTF-8). */
defineGuarded(E, 'fun_to_list', 1, (_p: Process, f: Term) => charlist(display(funArg(f))));

/** make_fun(M, F, A): the export fun `fun M:F/A`, whether or not M:F/A exists. */
defineGuarded(E, 'make_fun', 3, (_p: Process, m: Term, f: Term, a: Term) => {
  const arity = smallInt(a);
  if (!(m instanceof Atom) || !(f instanceof Atom) || arity === undefined || arity < 0 || arity > MAX_ARITY) return badarg();
  return new Fun(arity, null, [], exportEntry(m, f, arity));
});

/**
 * function_exported(M, F, A): true when the current code of M exports F/A, or F/A is a BIF of M
 * (loaded or not); it never loads M.
 */
defineGuarded(E, 'function_exported', 3, (_p: Process, m: Term, f: Term, a: Term) => {
  if (!(m instanceof Atom) || !(f instanceof Atom)) return badarg();
  const arity = arityArg(a);
  if (arity === undefined) return bool(false);
  if (isBuiltin(m, f, arity)) return bool(true);
  const mod = loadedModule(m);
  return bool(mod !== undefined && exportsFunction(mod, f, arity));
});
