// The erlang module's external term format BIFs: term_to_binary/1,2, term_to_iovec/1,2,
// external_size/1,2 and binary_to_term/1,2, on the encoder (term/etf-encode.ts) and decoder
// (term/etf-decode.ts). Options are read as erts 13 reads them: the last of conflicting options
// wins, an unknown option or an improper option list is badarg. Decoded funs are bound to the
// code loaded now: an export fun to its export table entry, a local fun to the lambda of the
// loaded module with the same FunT index and uniq (or, when there is none, to a lambda that
// loads the module when the fun is first called).

import { atom, Atom } from '../../term/atom.js';
import { BitStr } from '../../term/bitstring.js';
import { Cons, NIL, listFrom } from '../../term/list.js';
import type { Fun, LambdaInfo } from '../../term/fun.js';
import type { Pid } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import { DEFAULT_COMPRESSION, encodeTerm, encodeTermIovec, externalSize, type EncodeOptions } from '../../term/etf-encode.js';
import { decodeTermAt, type DecodeOptions, type LambdaRef } from '../../term/etf-decode.js';
import { exportEntry } from '../../code/exports.js';
import { ensureLoaded, loadedModule } from '../../code/loader.js';
import { badarg, badargWithCause, raiseError } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded, withCause } from './annotate.js';

const E = 'erlang';
const COMPRESSED = atom('compressed');
const MINOR_VERSION = atom('minor_version');
const DETERMINISTIC = atom('deterministic');
const SAFE = atom('safe');
const USED = atom('used');
const UNDEF = atom('undef');
const BADOPT = atom('badopt');

/** The elements of a proper option list, or badarg. */
function optionList(opts: Term): Term[] {
  const out: Term[] = [];
  while (opts instanceof Cons) {
    out.push(opts.hd);
    opts = opts.tl;
  }
  return opts === NIL ? out : badarg();
}

function isPair(t: Term, tag: Atom): t is [Atom, Term] {
  return Array.isArray(t) && t.length === 2 && t[0] === tag;
}

/** OTP 25 writes the pid of the fun's creator; Fun does not record it, so the encoding process stands in. */
function creatorOf(p: Process): (f: Fun) => Pid {
  return () => p.pid;
}

/** term_to_binary/2's and term_to_iovec/2's options. */
function encodeOptions(p: Process, opts: Term): EncodeOptions {
  const o: EncodeOptions = { funCreator: creatorOf(p) };
  for (const opt of optionList(opts)) {
    if (opt === COMPRESSED) {
      o.compressed = DEFAULT_COMPRESSION;
    } else if (opt === DETERMINISTIC) {
      o.deterministic = true;
    } else if (isPair(opt, COMPRESSED) && typeof opt[1] === 'number' && opt[1] >= 0 && opt[1] <= 9) {
      o.compressed = opt[1];
    } else if (isPair(opt, MINOR_VERSION) && typeof opt[1] === 'number' && opt[1] >= 0 && opt[1] <= 2) {
      o.minorVersion = opt[1];
    } else {
      badarg();
    }
  }
  return o;
}

function binary(bytes: Uint8Array): BitStr {
  return BitStr.fromBytes(bytes);
}

defineGuarded(E, 'term_to_binary', 1, (p: Process, t: Term) => binary(encodeTerm(t, { funCreator: creatorOf(p) })));
defineGuarded(E, 'term_to_binary', 2, (p: Process, t: Term, opts: Term) => binary(encodeTerm(t, encodeOptions(p, opts))));

/** term_to_iovec: a list of binaries; erts 13 returns a compressed term (level > 0) as a bare binary. */
function toIovec(t: Term, o: EncodeOptions): Term {
  const pieces = encodeTermIovec(t, o);
  if ((o.compressed ?? 0) > 0) return binary(pieces[0]);
  return listFrom(pieces.map(binary));
}
defineGuarded(E, 'term_to_iovec', 1, (p: Process, t: Term) => toIovec(t, { funCreator: creatorOf(p) }));
defineGuarded(E, 'term_to_iovec', 2, (p: Process, t: Term, opts: Term) => toIovec(t, encodeOptions(p, opts)));

defineGuarded(E, 'external_size', 1, (_p: Process, t: Term) => externalSize(t));
defineGuarded(E, 'external_size', 2, (_p: Process, t: Term, opts: Term) => {
  // Only {minor_version, 0 | 1} is accepted here.
  const o: EncodeOptions = {};
  for (const opt of optionList(opts)) {
    if (isPair(opt, MINOR_VERSION) && (opt[1] === 0 || opt[1] === 1)) o.minorVersion = opt[1] as number;
    else badarg();
  }
  return externalSize(t, o);
});

// ---------------------------------------------------------------------------------------------
// binary_to_term

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The loaded lambda a NEW_FUN_EXT names, if the module's current code has it. */
function loadedLambda(ref: LambdaRef): LambdaInfo | undefined {
  const l = loadedModule(ref.module)?.lambdas[ref.index];
  return l !== undefined && l.uniq === ref.oldUniq && sameBytes(l.md5, ref.uniq) ? l : undefined;
}

/**
 * A local fun's lambda: the loaded one, or a stand-in that loads the module on the first call
 * (as erts's error_handler:undefined_lambda/3 does) and raises undef when the code still
 * does not have the fun.
 */
function resolveLambda(ref: LambdaRef): LambdaInfo {
  const have = loadedLambda(ref);
  if (have !== undefined) return have;
  const stub: LambdaInfo = {
    module: ref.module,
    name: atom(`-unloaded-${ref.index}-`),
    arity: ref.arity,
    index: ref.index,
    uniq: ref.oldUniq,
    md5: ref.uniq,
    fn: (p: Process, ...args: unknown[]) => {
      if (loadedModule(ref.module) === undefined) ensureLoaded(ref.module);
      const l = loadedLambda(ref);
      if (l === undefined) return raiseError(UNDEF);
      stub.fn = l.fn;
      return l.fn(p, ...args);
    },
  };
  return stub;
}

function decodeOptions(safe: boolean): DecodeOptions {
  return {
    safe,
    // With `safe`, erts refuses an export fun whose function is not loaded (an atom table or
    // export table entry would otherwise be made for it).
    resolveExport: (m, f, a) => {
      const e = exportEntry(m, f, a);
      if (safe && !e.defined) badarg();
      return e;
    },
    resolveLambda,
  };
}

function binaryBytes(b: Term): Uint8Array {
  if (!(b instanceof BitStr) || (b.size & 7) !== 0) return badarg();
  return b.toBytes();
}

defineGuarded(E, 'binary_to_term', 1, (_p: Process, b: Term) => decodeTermAt(binaryBytes(b), 0, decodeOptions(false)).term);
defineGuarded(E, 'binary_to_term', 2, (_p: Process, b: Term, opts: Term) => {
  let safe = false;
  let used = false;
  // The options are checked first; a bad one has cause badopt.
  for (const opt of withCause(BADOPT, () => optionList(opts))) {
    if (opt === SAFE) safe = true;
    else if (opt === USED) used = true;
    else badargWithCause(BADOPT);
  }
  const r = decodeTermAt(binaryBytes(b), 0, decodeOptions(safe));
  return used ? [r.term, r.used] : r.term;
});
