// BIFs of code loading that OTP's init, erl_prim_loader and code_server call:
// load_nif/2 for the static NIF libraries of preloaded modules (their functions
// are registered in runtime/nifs and wired in at translation), and the two-phase
// loading erlang:load_module/2 is built on (prepare_loading, finish_loading).

import { atom, OK, TRUE, FALSE } from '../../term/atom.js';
import { listToArray, listFrom, charlist } from '../../term/list.js';
import { BitStr } from '../../term/bitstring.js';
import { Ref, LOCAL_NODE } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import type { Atom } from '../../term/atom.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';
import { isPreloaded } from '../../code/preloaded.js';
import { nifsOf } from '../../nifs/registry.js';
import { prepareModule, installModule, type PreparedModule } from '../../code/loader.js';
import { findModuleFile } from '../../code/code-path.js';
import {
  abortPurge,
  completePurge,
  currentVersion,
  deleteCurrent,
  finishOnLoad,
  holdForOnLoad,
  oldVersion,
  pendingOnLoad,
  preparePurge,
  processUsesOldCode,
} from '../../code/module-versions.js';
import { BeamjsError } from '../../../compiler/diagnostics.js';
import { readChunks, chunkMap, type RawChunk } from '../../../compiler/beam/iff.js';
import { moduleMd5 } from '../../../compiler/beam/index.js';
import { Atom as AtomClass } from '../../term/atom.js';
import { makeRef } from '../../process/signals.js';

const ERROR = atom('error');
const LOAD_FAILED = atom('load_failed');
const BADFILE = atom('badfile');
const NOT_PURGED = atom('not_purged');
const ON_LOAD = atom('on_load');

/**
 * load_nif(Path, LoadInfo): erts links the NIF libraries of its preloaded modules statically, and
 * they call load_nif with their own name as the path. Those succeed (their NIFs are beamjs's
 * TS implementations), and so does a library of an OTP application whose NIFs beamjs implements
 * (crypto's priv/lib/crypto): the library's name is its module's, as ERL_NIF_INIT declares it.
 * Any other library cannot be loaded into a JS engine.
 */
defineGuarded('erlang', 'load_nif', 2, (_p: Process, path: Term, _info: Term) => {
  const chars = listToArray(path);
  if (chars === undefined || !chars.every((c) => typeof c === 'number')) badarg();
  const name = String.fromCodePoint(...(chars as number[]));
  const module = name.slice(name.lastIndexOf('/') + 1);
  if (isPreloaded(atom(module)) || nifsOf(module).size > 0) return OK;
  return [ERROR, [LOAD_FAILED, charlist(`Failed to load NIF library ${name}: native code cannot run in beamjs`)]];
});

/** Code prepared by prepare_loading/2, waiting for finish_loading/1: a magic reference, as on erts. */
class PreparedCode extends Ref {
  readonly module: Atom;
  readonly prepared: PreparedModule;
  /** finish_loading takes prepared code once. */
  used = false;
  constructor(module: Atom, prepared: PreparedModule) {
    const r = makeRef();
    super(LOCAL_NODE, r.creation, r.ids);
    this.module = module;
    this.prepared = prepared;
  }
}

/** Whether `bytes` are meant as a .beam file: they start as an IFF "FOR1" container. */
function looksLikeBeam(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === 'FOR1';
}

/**
 * prepare_loading(Module, Binary): translates and evaluates the code, so that finish_loading only
 * switches versions. Bytes that are not a .beam, or a .beam of another module, answer
 * {error, badfile} as on erts; a .beam that is truncated, corrupt or uses an instruction beamjs
 * cannot translate is a beamjs error naming the file, module and function (never half-run code).
 */
defineGuarded('erts_internal', 'prepare_loading', 2, (_p: Process, module: Term, code: Term) => {
  if (!(module instanceof AtomClass) || !(code instanceof BitStr) || !code.isBinary) badarg();
  const bytes = code.toBytes().slice();
  if (!looksLikeBeam(bytes)) return [ERROR, BADFILE];
  let prepared: PreparedModule;
  try {
    prepared = prepareModule(bytes, `${module.name}.beam`);
  } catch (e) {
    // Refused: say again with the file's path, looked up only now (it costs a search of the code path).
    const file = e instanceof BeamjsError ? findModuleFile(module.name) : undefined;
    if (file !== undefined) prepareModule(bytes, file);
    throw e;
  }
  if (prepared.name !== module) return [ERROR, BADFILE];
  return new PreparedCode(module, prepared);
});

/**
 * finish_loading([Prepared]): make each the current version of its module, all or none. A module
 * that still has old code answers {not_purged, Mods}; one with -on_load is held until its on_load
 * function has run ({on_load, Mods}: code_server runs it through call_on_load_function/1).
 */
defineGuarded('erlang', 'finish_loading', 1, (_p: Process, list: Term) => {
  const items = listToArray(list);
  if (items === undefined || !items.every((x) => x instanceof PreparedCode && !x.used)) badarg();
  const prepared = items as PreparedCode[];
  // Loading over current code that has old code already would make a second old version.
  const notPurged = prepared.filter((pc) => oldVersion(pc.module) !== undefined && currentVersion(pc.module) !== undefined).map((pc) => pc.module);
  if (notPurged.length > 0) return [NOT_PURGED, listFrom(notPurged)];
  const onLoad = prepared.filter((pc) => pc.prepared.onLoad !== undefined);
  for (const pc of prepared) {
    pc.used = true;
    if (pc.prepared.onLoad !== undefined) holdForOnLoad(pc.prepared);
    else installModule(pc.prepared);
  }
  return onLoad.length === 0 ? OK : [ON_LOAD, listFrom(onLoad.map((pc) => pc.module))];
});

defineGuarded('erlang', 'has_prepared_code_on_load', 1, (_p: Process, pc: Term) => {
  if (!(pc instanceof PreparedCode)) badarg();
  return pc.prepared.onLoad !== undefined ? TRUE : FALSE;
});

/** call_on_load_function(M): run M's on_load function, in the calling process (code_server spawns one). */
defineGuarded('erlang', 'call_on_load_function', 1, (p: Process, m: Term) => {
  const v = m instanceof AtomClass ? (pendingOnLoad(m) as PreparedModule | undefined) : undefined;
  if (v === undefined || v.onLoad === undefined) badarg();
  return v.onLoad(p);
});

/** finish_after_on_load(M, Keep): the on_load function said ok (make the code current) or not (drop it). */
defineGuarded('erlang', 'finish_after_on_load', 2, (_p: Process, m: Term, keep: Term) => {
  if (!(m instanceof AtomClass) || (keep !== TRUE && keep !== FALSE)) badarg();
  if (!finishOnLoad(m, keep === TRUE)) badarg();
  return TRUE;
});

/** delete_module(M): the current code becomes old, its exports undefined; badarg when old code exists. */
defineGuarded('erlang', 'delete_module', 1, (_p: Process, m: Term) => {
  if (!(m instanceof AtomClass)) badarg();
  if (oldVersion(m) !== undefined) badarg();
  if (currentVersion(m) === undefined) return atom('undefined');
  deleteCurrent(m);
  return TRUE;
});

/**
 * purge_module(M, Op), erts_code_purger's side of a purge: prepare (is there old code?),
 * prepare_on_load (is there refused on_load code?), then complete or abort.
 */
defineGuarded('erts_internal', 'purge_module', 2, (_p: Process, m: Term, op: Term) => {
  if (!(m instanceof AtomClass) || !(op instanceof AtomClass)) badarg();
  switch (op.name) {
    case 'prepare':
      return preparePurge(m, false) ? TRUE : FALSE;
    case 'prepare_on_load':
      return preparePurge(m, true) ? TRUE : FALSE;
    case 'abort':
      abortPurge(m);
      return FALSE;
    case 'complete':
      return completePurge(m) ? TRUE : FALSE;
    default:
      return badarg();
  }
});

/** check_process_code(M) in the process itself: whether it runs old code of M. */
defineGuarded('erts_internal', 'check_process_code', 1, (p: Process, m: Term) => {
  if (!(m instanceof AtomClass)) badarg();
  return processUsesOldCode(p, m) ? TRUE : FALSE;
});

/** The chunks of a binary holding a .beam file, or undefined when it is not one (erts's beamfile_read). */
function chunksOf(code: BitStr): Map<string, RawChunk> | undefined {
  try {
    return chunkMap(readChunks(code.toBytes(), 'binary'));
  } catch {
    return undefined;
  }
}

/** beamfile_chunk(Beam, Id): the chunk's data as a binary, or undefined when the binary has none or is no .beam. */
defineGuarded('erts_internal', 'beamfile_chunk', 2, (_p: Process, code: Term, id: Term) => {
  const chars = listToArray(id);
  if (!(code instanceof BitStr) || !code.isBinary || chars === undefined || chars.length !== 4) badarg();
  if (!chars.every((c) => typeof c === 'number' && c >= 0 && c < 256)) badarg();
  const chunk = chunksOf(code)?.get(String.fromCharCode(...(chars as number[])));
  return chunk === undefined ? atom('undefined') : BitStr.fromBytes(chunk.data.slice());
});

/** beamfile_module_md5(Beam): what module_info(md5) would answer once loaded, or undefined for a non-.beam. */
defineGuarded('erts_internal', 'beamfile_module_md5', 1, (_p: Process, code: Term) => {
  if (!(code instanceof BitStr) || !code.isBinary) badarg();
  const chunks = chunksOf(code);
  return chunks === undefined ? atom('undefined') : BitStr.fromBytes(moduleMd5(chunks));
});
