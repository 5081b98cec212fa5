// The BIFs of module `string` (string:to_integer/1 and friends are Erlang code
// over them): the leading integer of a character list and the rest, or an error
// tuple, never an exception.

import { atom } from '../term/atom.js';
import { Cons, NIL } from '../term/list.js';
import { normInt, type Term } from '../term/term.js';
import { EFloat } from '../term/float.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const ERROR = atom('error');
const NO_INTEGER = atom('no_integer');
const NOT_A_LIST = atom('not_a_list');
const NO_FLOAT = atom('no_float');

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

/**
 * {Float, Rest}: [sign] digits "." digits [e|E [sign] digits], the exponent only when complete;
 * {error, no_float} without the fraction, or when the value is not a finite double.
 */
defineGuarded('string', 'list_to_float', 1, (_p: Process, s: Term) => {
  if (!(s instanceof Cons) && s !== NIL) return [ERROR, NOT_A_LIST];
  const chars: number[] = [];
  for (let l: Term = s; l instanceof Cons && typeof l.hd === 'number' && chars.length < 400; l = l.tl) chars.push(l.hd);
  const text = String.fromCharCode(...chars.filter((c) => c < 128));
  const m = /^[+-]?\d+\.\d+(?:[eE][+-]?\d+)?/.exec(text.slice(0, chars.length));
  if (m === null) return [ERROR, NO_FLOAT];
  const v = Number(m[0]);
  if (!Number.isFinite(v)) return [ERROR, NO_FLOAT];
  let rest: Term = s;
  for (let i = 0; i < m[0].length; i++) rest = (rest as Cons).tl;
  return [new EFloat(v), rest];
});
