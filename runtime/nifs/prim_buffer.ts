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
import { ByteQueue } from './byte-queue.js';

const M = 'prim_buffer';
const ACQUIRED = atom('acquired');
const BUSY = atom('busy');
const NOT_FOUND = atom('not_found');

export class BufferRef extends Ref {
  readonly queue = new ByteQueue();
  locked = false;
  constructor() {
    const r = makeRef();
    super(r.node, r.creation, r.ids);
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

define('size', 1, (_p, b: Term) => bufferOf(b).queue.size);

define('peek_head', 1, (_p, b: Term) => {
  const q = bufferOf(b).queue;
  if (q.size === 0) badarg();
  return BitStr.fromBytes(q.pending().next().value!.slice());
});

define('copying_read', 2, (_p, b: Term, n: Term) => {
  const q = bufferOf(b).queue;
  const size = count(n);
  if (size > q.size) badarg();
  if (size === 0) return EMPTY_BINARY;
  const out = q.peek(size);
  q.skip(size);
  return BitStr.fromBytes(out);
});

define('write', 2, (_p, b: Term, iovec: Term) => {
  const q = bufferOf(b).queue;
  const parts = inspectIovec(iovec);
  if (parts === undefined) badarg();
  // Copied: the queue must not alias a binary's buffer that an append could extend.
  for (const part of parts) q.push(part.slice());
  return OK;
});

define('skip', 2, (_p, b: Term, n: Term) => {
  const q = bufferOf(b).queue;
  const size = count(n);
  if (size > q.size) badarg();
  q.skip(size);
  return OK;
});

define('find_byte_index', 2, (_p, b: Term, needle: Term) => {
  const q = bufferOf(b).queue;
  if (typeof needle !== 'number' || needle < 0 || needle > 255) badarg();
  let index = 0;
  for (const c of q.pending()) {
    const at = c.indexOf(needle);
    if (at >= 0) return [OK, index + at];
    index += c.length;
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
