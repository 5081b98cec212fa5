// Where an ordered_set keeps one object (hash.ts keeps the same state in its entry arrays).
// Objects are Erlang tuples (JS arrays) that the program may also hold, so a table never changes
// an object it was given or handed out; but an object that update_counter made for the table
// itself is seen by nobody else until something reads it, and the next update_counter may change
// it in place instead of copying it again. That saves an allocation per call and, more, a young
// array referenced from an old entry, which every scavenge would have to copy.

import type { Term } from '../term/term.js';

export class ObjectHolder {
  /** The object. */
  private current: Term[];
  /** True while `current` was made by writable() and has not been read or replaced since. */
  private owned: boolean;

  constructor(obj: Term[]) {
    this.current = obj;
    this.owned = false;
  }

  /** The object, for anything that may keep it: it is shared from now on. */
  get obj(): Term[] {
    this.owned = false;
    return this.current;
  }

  set obj(o: Term[]) {
    this.current = o;
    this.owned = false;
  }

  /** The object as an array the caller may change: the table's own copy, made once. */
  writable(): Term[] {
    if (!this.owned) {
      this.current = this.current.slice();
      this.owned = true;
    }
    return this.current;
  }
}
