// BIFs of code loading that OTP's init, erl_prim_loader and code_server call:
// load_nif/2 for the static NIF libraries of preloaded modules (their functions
// are registered in runtime/nifs and wired in at translation), and the two-phase
// loading erlang:load_module/2 is built on (prepare_loading, finish_loading).

import { atom, OK } from '../../term/atom.js';
import { listToArray, listFrom, charlist } from '../../term/list.js';
import { BitStr } from '../../term/bitstring.js';
import { Ref, LOCAL_NODE } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import type { Atom } from '../../term/atom.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';
import { isPreloaded } from '../../code/preloaded.js';
import { loadBinary, type LoadedModule } from '../../code/loader.js';
import { readBeam } from '../../../compiler/beam/index.js';
import { Atom as AtomClass } from '../../term/atom.js';
import { makeRef } from '../../process/signals.js';

const ERROR = atom('error');
const LOAD_FAILED = atom('load_failed');
const BADFILE = atom('badfile');

/**
 * load_nif(Path, LoadInfo): erts links the NIF libraries of its preloaded modules statically, and
 * they call load_nif with their own name as the path. Those succeed (their NIFs are beamjs's
 * TS implementations); any other library cannot be loaded into a JS engine.
 */
defineGuarded('erlang', 'load_nif', 2, (_p: Process, path: Term, _info: Term) => {
  const chars = listToArray(path);
  if (chars === undefined || !chars.every((c) => typeof c === 'number')) badarg();
  const name = String.fromCodePoint(...(chars as number[]));
  const module = name.slice(name.lastIndexOf('/') + 1);
  if (isPreloaded(atom(module))) return OK;
  return [ERROR, [LOAD_FAILED, charlist(`Failed to load NIF library ${name}: native code cannot run in beamjs`)]];
});

/** Code prepared by prepare_loading/2, waiting for finish_loading/1: a magic reference, as on erts. */
class PreparedCode extends Ref {
  readonly module: Atom;
  readonly bytes: Uint8Array;
  constructor(module: Atom, bytes: Uint8Array) {
    const r = makeRef();
    super(LOCAL_NODE, r.creation, r.ids);
    this.module = module;
    this.bytes = bytes;
  }
}

/** prepare_loading(Module, Binary): {error, badfile} unless the binary is a .beam of Module. */
defineGuarded('erts_internal', 'prepare_loading', 2, (_p: Process, module: Term, code: Term) => {
  if (!(module instanceof AtomClass) || !(code instanceof BitStr) || !code.isBinary) badarg();
  const bytes = code.toBytes().slice();
  try {
    if (readBeam(bytes, `${module.name}.beam`).module !== module.name) return [ERROR, BADFILE];
  } catch {
    return [ERROR, BADFILE];
  }
  return new PreparedCode(module, bytes);
});

/** finish_loading([Prepared]): load each; a file that cannot be translated answers badfile. */
defineGuarded('erlang', 'finish_loading', 1, (_p: Process, list: Term) => {
  const items = listToArray(list);
  if (items === undefined || !items.every((x) => x instanceof PreparedCode)) badarg();
  const failed: Term[] = [];
  for (const pc of items as PreparedCode[]) {
    let mod: LoadedModule | undefined;
    try {
      mod = loadBinary(pc.bytes, `${pc.module.name}.beam`, pc.module);
    } catch {
      mod = undefined;
    }
    if (mod === undefined) failed.push(pc.module);
  }
  return failed.length === 0 ? OK : [BADFILE, listFrom(failed)];
});

defineGuarded('erlang', 'has_prepared_code_on_load', 1, (_p: Process, pc: Term) => {
  if (!(pc instanceof PreparedCode)) badarg();
  return atom('false');
});
