// Lists: cons cells with one shared empty list. Cells are mutable only while a
// builder owns them (BIFs that build a list front to back); once a list is handed
// to Erlang code it is never changed again.

import type { Term } from './term.js';

export class Nil {
  toString(): string {
    return '[]';
  }
}

/** The one empty list. Test with `x === NIL`. */
export const NIL: Nil = new Nil();

export class Cons {
  hd: Term;
  tl: Term;
  constructor(hd: Term, tl: Term) {
    this.hd = hd;
    this.tl = tl;
  }
}

/** A proper list of `items`, ending in `tail` (NIL by default). */
export function listFrom(items: readonly Term[], tail: Term = NIL): Term {
  let l: Term = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** A charlist (list of code points) of a JS string. */
export function charlist(s: string): Term {
  let l: Term = NIL;
  for (let i = s.length - 1; i >= 0; i--) {
    let c = s.charCodeAt(i);
    // A low surrogate after a high one is one code point (a lone surrogate stays as it is).
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const hi = s.charCodeAt(i - 1);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        c = 0x10000 + ((hi - 0xd800) << 10) + (c - 0xdc00);
        i--;
      }
    }
    l = new Cons(c, l);
  }
  return l;
}

/** The elements of a proper list, or undefined when `l` is not a proper list. */
export function listToArray(l: Term): Term[] | undefined {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : undefined;
}

/** Length of a proper list, or -1 when `l` is improper. */
export function listLength(l: Term): number {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tl;
  }
  return l === NIL ? n : -1;
}

export function isList(t: Term): boolean {
  return t instanceof Cons || t === NIL;
}
