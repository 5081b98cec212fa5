// prim_buffer's NIFs (erts: prim_buffer_nif.c): a byte queue in a magic reference, which
// prim_file uses as its read-ahead buffer (read/2, read_line/1, position/2 need it).
// The queue holds the binaries written to it; reads take bytes from its head.

import { atom, OK } from '../term/atom.js';
import { BitStr, EMPTY_BINARY } from '../term/bitstring.js';
import { Ref } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { makeRef } from '../process/signals.js';
import { defineNif, nifsOf } from './registry.js';
import { inspectIovec } from './iovec.js';

const M = 'prim_buffer';
const ACQUIRED = atom('acquired');
const BUSY = atom('busy');
const NOT_FOUND = atom('not_found');

export class BufferRef extends Ref {
  /** Queued chunks; the first is read from `head` on. */
  readonly chunks: Uint8Array[] = [];
  head = 0;
  size = 0;
  locked = false;
  constructor() {
    const r = makeRef();
    super(r.node, r.creation, r.ids);
  }
  /** Drops `n` bytes from the front (n <= size). */
  skip(n: number): void {
    this.size -= n;
    while (n > 0) {
      const c = this.chunks[0];
      const left = c.length - this.head;
      if (n < left) {
        this.head += n;
        return;
      }
      n -= left;
      this.chunks.shift();
      this.head = 0;
    }
  }
  /** Copies the first `n` bytes (n <= size) without removing them. */
  peek(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let at = 0;
    let first = true;
    for (const c of this.chunks) {
      if (at >= n) break;
      const from = first ? this.head : 0;
      first = false;
      const take = Math.min(c.length - from, n - at);
      out.set(c.subarray(from, from + take), at);
      at += take;
    }
    return out;
  }
}

function bufferOf(t: Term): BufferRef {
  if (!(t instanceof BufferRef)) badarg();
  return t;
}

/** A non-negative integer argument (enif_get_uint64), or badarg. */
function count(t: Term): number {
  if (typeof t === 'number' && t >= 0) return t;
  if (typeof t === 'bigint' && t >= 0n && t < 2n ** 64n) return Number(t);
  badarg();
}

function define(name: string, arity: number, fn: (p: Process, ...args: any[]) => Term): void {
  // Registered unless a prim_buffer file elsewhere already provides them.
  if (!nifsOf(M).has(`${name}/${arity}`)) defineNif(M, name, arity, fn);
}

define('new', 0, () => new BufferRef());

define('size', 1, (_p, b: Term) => bufferOf(b).size);

define('peek_head', 1, (_p, b: Term) => {
  const buf = bufferOf(b);
  if (buf.size === 0) badarg();
  return BitStr.fromBytes(buf.chunks[0].slice(buf.head));
});

define('copying_read', 2, (_p, b: Term, n: Term) => {
  const buf = bufferOf(b);
  const size = count(n);
  if (size > buf.size) badarg();
  if (size === 0) return EMPTY_BINARY;
  const out = buf.peek(size);
  buf.skip(size);
  return BitStr.fromBytes(out);
});

define('write', 2, (_p, b: Term, iovec: Term) => {
  const buf = bufferOf(b);
  const parts = inspectIovec(iovec);
  if (parts === undefined) badarg();
  for (const part of parts) {
    if (part.length === 0) continue;
    // Copied: the queue must not alias a binary's buffer that an append could extend.
    buf.chunks.push(part.slice());
    buf.size += part.length;
  }
  return OK;
});

define('skip', 2, (_p, b: Term, n: Term) => {
  const buf = bufferOf(b);
  const size = count(n);
  if (size > buf.size) badarg();
  buf.skip(size);
  return OK;
});

define('find_byte_index', 2, (_p, b: Term, needle: Term) => {
  const buf = bufferOf(b);
  if (typeof needle !== 'number' || needle < 0 || needle > 255) badarg();
  let index = 0;
  let first = true;
  for (const c of buf.chunks) {
    const from = first ? buf.head : 0;
    first = false;
    const at = c.indexOf(needle, from);
    if (at >= 0) return [OK, index + at - from];
    index += c.length - from;
  }
  return NOT_FOUND;
});

define('try_lock', 1, (_p, b: Term) => {
  const buf = bufferOf(b);
  if (buf.locked) return BUSY;
  buf.locked = true;
  return ACQUIRED;
});

define('unlock', 1, (_p, b: Term) => {
  bufferOf(b).locked = false;
  return OK;
});
