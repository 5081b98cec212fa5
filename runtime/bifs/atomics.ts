// atomics: arrays of 64-bit integers behind a magic reference (erts: erl_bif_atomics.c).
// atomics:new/2, sub/3 and sub_get/3 are Erlang in atomics.erl, over erts_internal:atomics_new/2
// and add/3, add_get/3. An array is signed or unsigned; arithmetic wraps modulo 2^64 either way.
// A value stored must lie in the array's range; an increment may be anything in
// [-2^63, 2^64 - 1] (read as the same 64 bits). Indexes run from 1 to the size. Every failure is
// a plain badarg: erl_erts_errors works out which argument was wrong by calling info/1.

import { atom } from '../term/atom.js';
import { EMap } from '../term/map.js';
import { normInt, type Term } from '../term/term.js';
import { badarg, raiseError } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';
import { MagicRef } from './magic-ref.js';

const M = 'atomics';
const OK = atom('ok');
const SYSTEM_LIMIT = atom('system_limit');
const MAX = atom('max');
const MIN = atom('min');
const SIZE = atom('size');
const MEMORY = atom('memory');

/** erts_internal:atomics_new/2's option bit for a signed array (atomics.erl encodes the options). */
const OPT_SIGNED = 1n;
/** erts's magic binary header and the array's own header (signedness, length), in bytes. */
const HEADER_BYTES = 40;
/** More elements than a 64-bit erts can address (UWORD_MAX / 8): system_limit. */
const MAX_ELEMENTS = 2n ** 61n;
/** A larger array than this could not be allocated here; erts would fail to allocate it too. */
const MAX_ALLOCATABLE = 2n ** 28n;

export class AtomicsRef extends MagicRef {
  readonly signed: boolean;
  /** The values as raw 64-bit words; read as signed or unsigned per `signed`. */
  readonly words: BigInt64Array;
  constructor(size: number, signed: boolean) {
    super();
    this.signed = signed;
    this.words = new BigInt64Array(size);
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** erts's term_to_UWord: a non-negative integer below 2^64, else undefined. */
function uword(t: Term): bigint | undefined {
  if (typeof t === 'number') return t >= 0 ? BigInt(t) : undefined;
  if (typeof t === 'bigint') return t >= 0n && t <= UINT64_MAX ? t : undefined;
  return undefined;
}

function asBigInt(t: Term): bigint | undefined {
  if (typeof t === 'number') return BigInt(t);
  if (typeof t === 'bigint') return t;
  return undefined;
}

/** The array and the 0-based position `ix` (1-based in Erlang) names, or badarg. */
function slot(ref: Term, ix: Term): [AtomicsRef, number] {
  if (!(ref instanceof AtomicsRef)) badarg();
  const i = uword(ix);
  // erts decrements the unsigned index before the bounds check: index 0 wraps and fails.
  if (i === undefined || i === 0n || i > BigInt(ref.words.length)) badarg();
  return [ref, Number(i) - 1];
}

/** A value to store: within the array's range. */
function value(a: AtomicsRef, t: Term): bigint {
  const v = asBigInt(t);
  if (v === undefined || (a.signed ? v < INT64_MIN || v > INT64_MAX : v < 0n || v > UINT64_MAX)) badarg();
  return v;
}

/** An increment: any 64-bit pattern, given as a signed or an unsigned integer. */
function increment(t: Term): bigint {
  const v = asBigInt(t);
  if (v === undefined || v < INT64_MIN || v > UINT64_MAX) badarg();
  return v;
}

/** A stored word as the array's integer. */
function read(a: AtomicsRef, w: bigint): Term {
  return normInt(a.signed ? w : BigInt.asUintN(64, w));
}

defineGuarded('erts_internal', 'atomics_new', 2, (_p: Process, size: Term, opts: Term) => {
  const n = asBigInt(size);
  // A bignum beyond a machine word is system_limit for erts's term_to_UWord, a negative badarg.
  if (n !== undefined && n > UINT64_MAX) raiseError(SYSTEM_LIMIT);
  if (n === undefined || n <= 0n) badarg();
  const o = uword(opts);
  if (o === undefined) {
    if (typeof opts === 'bigint' && opts > 0n) raiseError(SYSTEM_LIMIT);
    badarg();
  }
  if (n >= MAX_ELEMENTS || n > MAX_ALLOCATABLE) raiseError(SYSTEM_LIMIT);
  return new AtomicsRef(Number(n), (o & OPT_SIGNED) !== 0n);
});

defineGuarded(M, 'put', 3, (_p: Process, ref: Term, ix: Term, v: Term) => {
  const [a, i] = slot(ref, ix);
  a.words[i] = BigInt.asIntN(64, value(a, v));
  return OK;
});

defineGuarded(M, 'get', 2, (_p: Process, ref: Term, ix: Term) => {
  const [a, i] = slot(ref, ix);
  return read(a, a.words[i]);
});

defineGuarded(M, 'add', 3, (_p: Process, ref: Term, ix: Term, incr: Term) => {
  const [a, i] = slot(ref, ix);
  a.words[i] = BigInt.asIntN(64, a.words[i] + increment(incr));
  return OK;
});

defineGuarded(M, 'add_get', 3, (_p: Process, ref: Term, ix: Term, incr: Term) => {
  const [a, i] = slot(ref, ix);
  a.words[i] = BigInt.asIntN(64, a.words[i] + increment(incr));
  return read(a, a.words[i]);
});

defineGuarded(M, 'exchange', 3, (_p: Process, ref: Term, ix: Term, desired: Term) => {
  const [a, i] = slot(ref, ix);
  const was = a.words[i];
  a.words[i] = BigInt.asIntN(64, value(a, desired));
  return read(a, was);
});

/** ok when the value was `expected` (and is now `desired`), else the value it has. */
defineGuarded(M, 'compare_exchange', 4, (_p: Process, ref: Term, ix: Term, expected: Term, desired: Term) => {
  const [a, i] = slot(ref, ix);
  const exp = BigInt.asIntN(64, value(a, expected));
  const des = BigInt.asIntN(64, value(a, desired));
  const was = a.words[i];
  if (was !== exp) return read(a, was);
  a.words[i] = des;
  return OK;
});

defineGuarded(M, 'info', 1, (_p: Process, ref: Term) => {
  if (!(ref instanceof AtomicsRef)) badarg();
  const n = ref.words.length;
  return EMap.fromEntries([
    [MAX, normInt(ref.signed ? INT64_MAX : UINT64_MAX)],
    [MIN, normInt(ref.signed ? INT64_MIN : 0n)],
    [SIZE, n],
    [MEMORY, HEADER_BYTES + 8 * n],
  ]);
});
