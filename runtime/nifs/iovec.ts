// I/O vectors: the lists of binaries that prim_file:write/2 and prim_buffer:write/2 hand to
// their NIFs (made by erlang:iolist_to_iovec/1), and that BIF itself, chunked as erts's
// iol2v in erl_io_queue.c chunks: bytes and small binaries are copied into an accumulator,
// large binaries are passed on as they are, and a large binary that follows a small
// accumulator tops it up to the small-binary limit first.

import { BitStr } from '../term/bitstring.js';
import { Cons, NIL, listFrom } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import { defineBif, lookupBif } from '../bifs/registry.js';
import { guardedBif } from '../bifs/erlang/annotate.js';
import type { Process } from '../process/process.js';

/**
 * The binaries of an iovec term (a proper list of binaries), as enif_inspect_iovec reads
 * it, or undefined when it is not one.
 */
export function inspectIovec(t: Term): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  while (t instanceof Cons) {
    const b = t.hd;
    if (!(b instanceof BitStr) || (b.size & 7) !== 0) return undefined;
    out.push(b.toBytes());
    t = t.tl;
  }
  return t === NIL ? out : undefined;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** ERL_ONHEAP_BIN_LIMIT * 4: binaries below this are copied into the accumulator. */
const SMALL_BIN_LIMIT = 256;
/** Past this allocation the accumulator is emitted rather than grown (non-debug erts). */
const ACC_REALLOCATION_LIMIT = SMALL_BIN_LIMIT * 32;

class Iol2v {
  readonly result: BitStr[] = [];
  acc: number[] = [];
  /** The accumulator's allocated size in erts, which decides when it is emitted early. */
  accAlloc = 0;

  private promote(): void {
    this.result.push(BitStr.fromBytes(Uint8Array.from(this.acc)));
    this.acc = [];
    this.accAlloc = 0;
  }

  private expand(extra: number): void {
    const required = this.acc.length + extra;
    if (this.accAlloc === 0) {
      this.accAlloc = Math.max(required, SMALL_BIN_LIMIT);
    } else if (required > this.accAlloc) {
      if (this.accAlloc >= ACC_REALLOCATION_LIMIT) {
        this.promote();
        this.expand(extra);
        return;
      }
      this.accAlloc = Math.max(required, this.accAlloc * 2);
    }
  }

  appendBytes(bytes: number[]): void {
    this.expand(bytes.length);
    for (const b of bytes) this.acc.push(b);
  }

  appendBinary(b: BitStr): void {
    if ((b.size & 7) !== 0) badarg();
    const size = b.size >>> 3;
    if (size === 0) return;
    const accSize = this.acc.length;
    const accSmall = accSize < SMALL_BIN_LIMIT;
    const binSmall = size < SMALL_BIN_LIMIT;
    if (!binSmall && (accSize === 0 || !accSmall)) {
      if (accSize !== 0) this.promote();
      this.result.push(b);
    } else if (binSmall || size + accSize < SMALL_BIN_LIMIT * 2) {
      this.expand(size);
      for (const x of b.toBytes()) this.acc.push(x);
    } else {
      const spill = SMALL_BIN_LIMIT - accSize;
      this.expand(spill);
      const bytes = b.toBytes();
      for (let i = 0; i < spill; i++) this.acc.push(bytes[i]);
      this.promote();
      this.result.push(new BitStr(b.bytes, b.offset + spill * 8, (size - spill) * 8));
    }
  }

  finish(): Term {
    if (this.acc.length !== 0) this.promote();
    return listFrom(this.result);
  }
}

export function iolistToIovec(t: Term): Term {
  if (t === NIL) return NIL;
  if (t instanceof BitStr) {
    if ((t.size & 7) !== 0) badarg();
    return t.size === 0 ? NIL : new Cons(t, NIL);
  }
  if (!(t instanceof Cons)) badarg();
  const s = new Iol2v();
  const stack: Term[] = [];
  let it: Term = t;
  for (;;) {
    while (it instanceof Cons) {
      const head: Term = it.hd;
      if (head instanceof BitStr) {
        s.appendBinary(head);
        it = it.tl;
      } else if (typeof head === 'number') {
        const run: number[] = [];
        while (it instanceof Cons && typeof it.hd === 'number') {
          const byte = it.hd;
          if (!Number.isInteger(byte) || byte < 0 || byte > 255) badarg();
          run.push(byte);
          it = it.tl;
        }
        s.appendBytes(run);
      } else if (head instanceof Cons || head === NIL) {
        if (it.tl !== NIL) stack.push(it.tl);
        it = head;
      } else {
        badarg();
      }
    }
    if (it instanceof BitStr) s.appendBinary(it);
    else if (it !== NIL) badarg();
    const next = stack.pop();
    if (next === undefined) break;
    it = next;
  }
  return s.finish();
}

// erlang:iolist_to_iovec/1 belongs to the erlang BIFs, but prim_file:write/2 cannot work
// without it; registered here only when no erlang BIF file has done so.
if (lookupBif('erlang', 'iolist_to_iovec', 1) === undefined) {
  defineBif('erlang', 'iolist_to_iovec', 1, guardedBif('erlang', 'iolist_to_iovec', (_p: Process, t: Term) => iolistToIovec(t)));
}
