// counters with write_concurrency: the erts_internal BIFs counters.erl builds on
// (erts: erl_bif_counters.c). erts keeps one 64-bit cell per scheduler and a base value per
// counter and sums them on get; beamjs runs one scheduler at a time, so one signed 64-bit cell
// per counter gives the same results (the sum wraps modulo 2^64 either way). The memory figure is
// erts's layout: per group of 8 counters, one 64-byte cache line per scheduler plus one for the
// base values. counters without write_concurrency are atomics arrays (see atomics.ts).

import { atom } from '../term/atom.js';
import { EMap } from '../term/map.js';
import { normInt, type Term } from '../term/term.js';
import { badarg, raiseError } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';
import { schedulerCount } from './erlang/system.js';
import { MagicRef } from './magic-ref.js';

const M = 'erts_internal';
const OK = atom('ok');
const SYSTEM_LIMIT = atom('system_limit');
const SIZE = atom('size');
const MEMORY = atom('memory');

/** erts's magic binary header and the array's header, in bytes. */
const HEADER_BYTES = 32;
const CACHE_LINE_BYTES = 64;
const COUNTERS_PER_CACHE_LINE = 8;
/** A larger array than this could not be allocated here (erts would fail to allocate it too). */
const MAX_ALLOCATABLE = 2n ** 28n;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

class CountersRef extends MagicRef {
  readonly cells: BigInt64Array;
  constructor(size: number) {
    super();
    this.cells = new BigInt64Array(size);
  }
}

function asBigInt(t: Term): bigint | undefined {
  if (typeof t === 'number') return BigInt(t);
  if (typeof t === 'bigint') return t;
  return undefined;
}

/** The array and the 0-based position of 1-based index `ix`, or badarg (index 0 wraps in erts). */
function slot(ref: Term, ix: Term): [CountersRef, number] {
  if (!(ref instanceof CountersRef)) badarg();
  const i = asBigInt(ix);
  if (i === undefined || i < 1n || i > BigInt(ref.cells.length)) badarg();
  return [ref, Number(i) - 1];
}

defineGuarded(M, 'counters_new', 1, (_p: Process, size: Term) => {
  const n = asBigInt(size);
  // erts's term_to_UWord: system_limit for a bignum beyond a machine word, else badarg.
  if (n !== undefined && n > UINT64_MAX) raiseError(SYSTEM_LIMIT);
  if (n === undefined || n <= 0n) badarg();
  // erts: more counters than a machine word can address with every scheduler's cells.
  const perCounter = 16n * BigInt(schedulerCount() + 1);
  if (n > UINT64_MAX / perCounter || n > MAX_ALLOCATABLE) raiseError(SYSTEM_LIMIT);
  return new CountersRef(Number(n));
});

defineGuarded(M, 'counters_get', 2, (_p: Process, ref: Term, ix: Term) => {
  const [c, i] = slot(ref, ix);
  return normInt(c.cells[i]);
});

/** An increment: any 64-bit pattern, given as a signed or an unsigned integer. */
defineGuarded(M, 'counters_add', 3, (_p: Process, ref: Term, ix: Term, incr: Term) => {
  const [c, i] = slot(ref, ix);
  const v = asBigInt(incr);
  if (v === undefined || v < INT64_MIN || v > UINT64_MAX) badarg();
  c.cells[i] = BigInt.asIntN(64, c.cells[i] + v);
  return OK;
});

/** A value to store: a signed 64-bit integer. */
defineGuarded(M, 'counters_put', 3, (_p: Process, ref: Term, ix: Term, v: Term) => {
  const [c, i] = slot(ref, ix);
  const n = asBigInt(v);
  if (n === undefined || n < INT64_MIN || n > INT64_MAX) badarg();
  c.cells[i] = n;
  return OK;
});

defineGuarded(M, 'counters_info', 1, (_p: Process, ref: Term) => {
  if (!(ref instanceof CountersRef)) badarg();
  const n = ref.cells.length;
  const lines = (schedulerCount() + 1) * Math.ceil(n / COUNTERS_PER_CACHE_LINE);
  return EMap.fromEntries([
    [MEMORY, HEADER_BYTES + lines * CACHE_LINE_BYTES],
    [SIZE, n],
  ]);
});
