// The depth-limited rendering of a term that OTP's init uses in its one-line
// "init terminating in do_boot (...)" message on stderr. Stands in for init.erl
// until the real init runs on beamjs; same rules: strings of plain ASCII shown
// as text, four levels deep, then "[_]" or "{_}".

import { Atom } from '../runtime/term/atom.js';
import { Cons, NIL, listToArray } from '../runtime/term/list.js';
import { EFloat } from '../runtime/term/float.js';
import { Pid } from '../runtime/term/identifiers.js';
import type { Term } from '../runtime/term/term.js';
import { display } from '../runtime/term/display.js';
import { floatToClassic } from '../runtime/term/number-format.js';

function flattenChars(t: Term, out: Term[]): boolean {
  const items = listToArray(t);
  if (items === undefined) return false;
  for (const x of items) {
    if (x instanceof Cons || x === NIL) {
      if (!flattenChars(x, out)) return false;
    } else out.push(x);
  }
  return true;
}

function printable(cs: Term[]): boolean {
  return cs.every((c) => typeof c === 'number' && ((c >= 32 && c <= 126) || c === 10 || c === 13 || c === 9));
}

export function initToString(x: Term, d = 0): string {
  if (x instanceof Cons || x === NIL) {
    if (d >= 4) return '[_]';
    const flat: Term[] = [];
    if (flattenChars(x, flat) && flat.length > 0 && printable(flat)) return String.fromCharCode(...(flat as number[]));
    const items = listToArray(x) ?? [];
    return `[${items.map((e) => initToString(e, d + 1)).join(',')}]`;
  }
  if (x instanceof Atom) return x.name;
  if (x instanceof Pid) return display(x);
  if (x instanceof EFloat) return floatToClassic(x.value);
  if (typeof x === 'number' || typeof x === 'bigint') return String(x);
  if (Array.isArray(x)) {
    if (d >= 4) return '{_}';
    return `{${x.map((e) => initToString(e, d + 1)).join(',')}}`;
  }
  return '';
}
