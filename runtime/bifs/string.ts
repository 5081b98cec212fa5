// The BIFs of module `string` (string:to_integer/1 and friends are Erlang code
// over them): the leading integer of a character list and the rest, or an error
// tuple, never an exception. list_to_float/1 is left to a later change.

import { atom } from '../term/atom.js';
import { Cons, NIL } from '../term/list.js';
import { normInt, type Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const ERROR = atom('error');
const NO_INTEGER = atom('no_integer');
const NOT_A_LIST = atom('not_a_list');

/** {Integer, Rest}: an optional sign, then decimal digits; {error, no_integer} when none. */
defineGuarded('string', 'list_to_integer', 1, (_p: Process, s: Term) => {
  if (!(s instanceof Cons) && s !== NIL) return [ERROR, NOT_A_LIST];
  let l: Term = s;
  let sign = 1n;
  if (l instanceof Cons && (l.hd === 45 || l.hd === 43)) {
    if (l.hd === 45) sign = -1n;
    l = l.tl;
  }
  let digits = '';
  while (l instanceof Cons && typeof l.hd === 'number' && l.hd >= 48 && l.hd <= 57) {
    digits += String.fromCharCode(l.hd);
    l = l.tl;
  }
  if (digits === '') return [ERROR, NO_INTEGER];
  return [normInt(sign * BigInt(digits)), l];
});
