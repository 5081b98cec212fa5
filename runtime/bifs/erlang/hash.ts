// erlang:phash2/1,2 and erlang:phash/2, on the portable hashes of term/phash.ts. phash2/1 keeps
// the low 27 bits; phash2(T, Range) is the full 32-bit hash modulo Range (0..Range-1) and
// phash(T, Range) is 1 + the hash modulo Range (1..Range). Range is an integer 1..2^32, where
// 2^32 means the whole hash (phash then adds 1 in 33 bits, as erts's bignum result does).

import type { Term } from '../../term/term.js';
import { phash, phash2 } from '../../term/phash.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { defineGuarded } from './annotate.js';

const E = 'erlang';
const TWO_32 = 0x100000000;

/** A hash range: an integer 1..2^32, or badarg. */
function range(r: Term): number {
  return typeof r === 'number' && r >= 1 && r <= TWO_32 ? r : badarg();
}

defineGuarded(E, 'phash2', 1, (_p: Process, t: Term) => phash2(t) & 0x7ffffff);
defineGuarded(E, 'phash2', 2, (_p: Process, t: Term, r: Term) => {
  const n = range(r);
  return phash2(t) % n;
});
defineGuarded(E, 'phash', 2, (_p: Process, t: Term, r: Term) => {
  const n = range(r);
  return (phash(t) % n) + 1;
});
