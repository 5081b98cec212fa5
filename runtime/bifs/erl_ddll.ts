// The erl_ddll BIFs (erts: erl_bif_ddll.c) as a runtime that cannot load native drivers answers
// them: the linked-in drivers (runtime/ports/linked-in-drivers.ts) are reported and refuse to be
// loaded or unloaded, no other driver is ever loaded, and a load fails as dlopen fails on erts: a
// missing file with "cannot open shared object file: No such file or directory", an existing one
// because it is native code. Like erts, each distinct dlopen message gets the next error code from
// -10 down, which format_error_int/1 turns back into the message.

import * as fs from 'node:fs';
import { atom, Atom, FALSE, TRUE } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Cons, NIL, charlist, listFrom } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import { iolistToBinary } from '../bs/binary-ops.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';
import { linkedInDrivers } from '../ports/linked-in-drivers.js';

const M = 'erl_ddll';
const OK = atom('ok');
const ERROR = atom('error');
const OPEN_ERROR = atom('open_error');
const LINKED_IN_DRIVER = atom('linked_in_driver');
const NOT_LOADED = atom('not_loaded');

/** pick_list_or_atom: a driver name given as an atom or as iodata. */
function driverName(t: Term): string {
  if (t instanceof Atom) return t.name;
  try {
    return Buffer.from(iolistToBinary(t).toBytes()).toString('latin1');
  } catch {
    return badarg();
  }
}

/** A file name as erts converts one: an atom, a (unicode) string or a binary. */
function fileName(t: Term): string {
  if (t instanceof Atom) return t.name;
  if (t instanceof BitStr) return t.isBinary ? Buffer.from(t.toBytes()).toString('utf8') : badarg();
  let s = '';
  for (let l = t; l !== NIL; l = (l as Cons).tl) {
    if (!(l instanceof Cons)) return badarg();
    const c = l.hd;
    if (typeof c === 'number' && c >= 0 && c <= 0x10ffff) s += String.fromCodePoint(c);
    else if (c instanceof Atom) s += c.name;
    else return badarg();
  }
  return s;
}

function isLinkedIn(name: string): boolean {
  return linkedInDrivers().includes(name);
}

/** The dlopen messages met so far; the k-th has error code -10 - k (erts's dynamic error slots). */
const dynamicErrors: string[] = [];
function dynamicError(message: string): number {
  let k = dynamicErrors.indexOf(message);
  if (k < 0) k = dynamicErrors.push(message) - 1;
  return -10 - k;
}

/** Reads a proper option list, each option checked by `check` (badarg when it answers false). */
function eachOption(opts: Term, check: (o: Term) => boolean): void {
  let l = opts;
  for (; l instanceof Cons; l = l.tl) if (!check(l.hd)) badarg();
  if (l !== NIL) badarg();
}

const PENDING_MODES = new Set<Term>([atom('pending_driver'), atom('pending')]);

defineGuarded(M, 'try_load', 3, (_p: Process, pathT: Term, nameT: Term, opts: Term) => {
  let reload = false;
  eachOption(opts, (o) => {
    if (!Array.isArray(o) || o.length !== 2 || !(o[0] instanceof Atom)) return false;
    switch (o[0].name) {
      case 'driver_options':
        eachOption(o[1], (d) => d === atom('kill_ports'));
        return true;
      case 'monitor':
        return PENDING_MODES.has(o[1]);
      case 'reload':
        reload = true;
        return PENDING_MODES.has(o[1]);
      default:
        return false;
    }
  });
  const name = driverName(nameT);
  let path = fileName(pathT).replace(/[/\\]+$/, '');
  path = `${path}/${name}`;
  if (isLinkedIn(name)) return [ERROR, LINKED_IN_DRIVER];
  if (reload) return [ERROR, NOT_LOADED];
  const message = fs.existsSync(`${path}.so`)
    ? 'native code cannot be loaded into beamjs'
    : 'cannot open shared object file: No such file or directory';
  return [ERROR, [OPEN_ERROR, dynamicError(message)]];
});

defineGuarded(M, 'try_unload', 2, (_p: Process, nameT: Term, opts: Term) => {
  eachOption(opts, (o) => o === atom('kill_ports') || (Array.isArray(o) && o.length === 2 && o[0] === atom('monitor') && PENDING_MODES.has(o[1])));
  const name = driverName(nameT);
  return [ERROR, isLinkedIn(name) ? LINKED_IN_DRIVER : NOT_LOADED];
});

defineGuarded(M, 'loaded_drivers', 0, (_p: Process) => [OK, listFrom(linkedInDrivers().map((d) => charlist(d)))]);

/** info(Name, Tag) of a linked-in driver: what erts reports for its static drivers. */
const LINKED_IN_INFO: Record<string, Term> = {
  processes: LINKED_IN_DRIVER,
  driver_options: LINKED_IN_DRIVER,
  port_count: LINKED_IN_DRIVER,
  linked_in_driver: TRUE,
  permanent: FALSE,
  awaiting_load: LINKED_IN_DRIVER,
  awaiting_unload: LINKED_IN_DRIVER,
};

defineGuarded(M, 'info', 2, (_p: Process, nameT: Term, tag: Term) => {
  const name = driverName(nameT);
  if (!(tag instanceof Atom) || !(tag.name in LINKED_IN_INFO)) return badarg();
  if (!isLinkedIn(name)) return badarg();
  return LINKED_IN_INFO[tag.name];
});

const ERROR_TEXTS: Record<string, string> = {
  linked_in_driver: 'Driver is statically linked and cannot be loaded/unloaded',
  inconsistent: 'Driver name and/or driver options are inconsistent with currently loaded driver',
  not_loaded: 'DDLL driver is not loaded',
  not_loaded_by_this_process: 'DDLL driver was not loaded by this process',
  not_pending: 'DDLL load not pending for this driver name',
  already_loaded: 'DDLL driver is already loaded successfully',
  permanent: 'DDLL driver is permanent an cannot be unloaded/loaded',
  pending_process: 'Driver is loaded by others when attempting option {reload, pending_driver}',
  pending_reload: 'Driver reloading is already pending',
};

/** erts's fixed load error codes 0 .. -9. */
const OPEN_ERRORS = [
  'No error',
  'No driver init in dynamic library',
  'Driver init failed',
  'Bad driver name',
  'Driver name to long',
  'Driver compiled with incorrect version of erl_driver.h',
  'DDLL functionality not available on this platform',
  'Unspecified dynamic library error',
  'Symbol not found in dynamic library',
  'Unspecified error',
];

defineGuarded(M, 'format_error_int', 1, (_p: Process, code: Term) => {
  if (code instanceof Atom) return code.name in ERROR_TEXTS ? charlist(ERROR_TEXTS[code.name]) : badarg();
  if (!Array.isArray(code) || code.length !== 2 || code[0] !== OPEN_ERROR || typeof code[1] !== 'number') return badarg();
  const n = code[1];
  if (n > 0) return charlist('Unspecified error');
  if (n > -10) return charlist(OPEN_ERRORS[-n]);
  return charlist(dynamicErrors[-10 - n] ?? 'Unknown dlload error');
});
