// zlib's NIFs (erts: nifs/common/zlib_nif.c), behind OTP's own zlib.erl: a stream is a magic
// reference holding a z_stream (pako's, see zlib-engine.ts), its state (none, deflate, inflate,
// closed), an input queue, a stash term and the controlling process. zlib.erl feeds data in
// bounded chunks: enqueue_nif/2 queues the iovec, deflate_nif/4 and inflate_nif/4 run the codec
// over at most one input chunk into one output buffer and answer {continue, Out},
// {finished, Out} or {need_dictionary, Adler, Out}.
//
// Errors are erts's: a bad argument is badarg; a call from another process than the controlling
// one raises not_on_controlling_process; a call in the wrong state not_initialized or
// already_initialized; zlib's Z_STREAM_ERROR and Z_DATA_ERROR raise stream_error and
// data_error, while Z_BUF_ERROR, Z_MEM_ERROR and Z_VERSION_ERROR are returned as atoms.

import { atom, OK } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Pid, LOCAL_NODE } from '../term/identifiers.js';
import { Cons, NIL } from '../term/list.js';
import { eqExact } from '../term/compare.js';
import type { Term } from '../term/term.js';
import { badarg, raiseError } from '../errors.js';
import type { Process } from '../process/process.js';
import { SLICE_REDUCTIONS } from '../process/process.js';
import { MagicRef } from '../bifs/magic-ref.js';
import { iolistToBinary } from '../bs/binary-ops.js';
import { defineNif } from './registry.js';
import * as z from './zlib-engine.js';
import { ByteQueue } from './byte-queue.js';

const M = 'zlib';

const NOT_ON_CONTROLLING_PROCESS = atom('not_on_controlling_process');
const NOT_INITIALIZED = atom('not_initialized');
const ALREADY_INITIALIZED = atom('already_initialized');
const ERROR = atom('error');
const CONTINUE = atom('continue');
const FINISHED = atom('finished');
const NOT_SUPPORTED = atom('not_supported');
const NEED_DICTIONARY = atom('need_dictionary');
const EMPTY = atom('empty');

const enum State {
  None,
  Deflate,
  Inflate,
  Closed,
}

/** What inflate does with input that follows the end of a stream (zlib.erl's eos_behavior). */
const enum EndOfStream {
  Error = 0,
  Reset = 1,
  Cut = 2,
}

/** A zlib stream: erts's zlib_data_t, a resource and so a reference to Erlang. */
class ZlibStream extends MagicRef {
  strm = new z.ZStream();
  state = State.None;
  eosBehavior = EndOfStream.Cut;
  eosSeen = false;
  isRaw = false;
  // Checksums of the plain text of raw streams, for the deprecated zlib:crc32/1.
  inputCrc = 0;
  outputCrc = 0;
  wantInputCrc = false;
  wantOutputCrc = false;
  /** The output chunk size of inflateChunk (the deprecated setBufSize/getBufSize). */
  inflateChunkBufferSize = 4000;
  controller: Pid;
  /** Input waiting for the codec. */
  input = new ByteQueue();
  /** The one term zlib.erl keeps across calls (progress saved around need_dictionary and deflateParams). */
  stash: Term | undefined = undefined;
  constructor(controller: Pid) {
    super();
    this.controller = controller;
  }
}

/** zlib_return: a zlib result code as the NIF answers it (some raise). */
function zlibReturn(code: number): Term {
  switch (code) {
    case z.Z_OK:
      return OK;
    case z.Z_STREAM_END:
      return atom('stream_end');
    case z.Z_ERRNO:
      // No zlib call here touches the file system, so errno is never set by one.
      return 0;
    case z.Z_STREAM_ERROR:
      return raiseError(atom('stream_error'));
    case z.Z_DATA_ERROR:
      return raiseError(atom('data_error'));
    case z.Z_MEM_ERROR:
      return atom('mem_error');
    case z.Z_BUF_ERROR:
      return atom('buf_error');
    case z.Z_VERSION_ERROR:
      return atom('version_error');
    default:
      return atom('unknown_error');
  }
}

/** enif_get_int: an integer that fits a C int, or badarg. */
function int(t: Term): number {
  if (typeof t === 'number' && t >= -0x80000000 && t <= 0x7fffffff) return t;
  badarg();
}

/** The stream argument, checked as every NIF checks it: badarg, then the controlling process. */
function streamOf(t: Term): ZlibStream {
  if (!(t instanceof ZlibStream)) badarg();
  return t;
}

function checkController(p: Process, d: ZlibStream): void {
  if (!eqExact(p.pid, d.controller)) raiseError(NOT_ON_CONTROLLING_PROCESS);
}

/** A stream in state `want`, after the argument and process checks. */
function streamIn(p: Process, t: Term, want: State): ZlibStream {
  const d = streamOf(t);
  checkController(p, d);
  if (d.state !== want) raiseError(NOT_INITIALIZED);
  return d;
}

/** enif_inspect_iolist_as_binary: iodata as bytes, or badarg. */
function iodataBytes(t: Term): Uint8Array {
  return iolistToBinary(t).toBytes();
}

/** zlib_reset_input: drops queued input and the stash. */
function resetInput(d: ZlibStream): void {
  d./** Input waiting for the codec. */
  input = new ByteQueue();
  d.stash = undefined;
}

/** zlib_internal_close: ends the codec and drops the stash; the stream stays closed. */
function internalClose(d: ZlibStream): void {
  if (d.state === State.Deflate) z.deflateEnd(d.strm);
  else if (d.state === State.Inflate) z.inflateEnd(d.strm);
  if (d.state !== State.Closed) {
    d.stash = undefined;
    d.state = State.Closed;
  }
}

/**
 * enif_consume_timeslice: charges `percent` of a time slice to the process and tells whether the
 * slice is used up. beamjs counts reductions as erts does at calls, so the point where the codec
 * loop stops (and so how the output is split into chunks) follows the process's own work.
 */
function consumeTimeslice(p: Process, percent: number): boolean {
  const reds = Math.ceil(SLICE_REDUCTIONS / 100) * Math.min(100, Math.max(1, percent));
  p.reds = Math.max(0, p.reds - reds);
  return p.reds === 0;
}

interface FlushResult {
  res: number;
  produced: number;
  consumed: number;
  remaining: number;
}

/**
 * zlib_flush_queue: runs the codec over queued input (at most about `inputLimit` bytes, one queued
 * binary at a time, without flushing) into `out`, then, when all input is in and there is output
 * room, once more with the caller's flush mode (also when nothing is left: a previous call may
 * have filled its buffer before it could flush).
 */
function flushQueue(codec: z.Codec, p: Process, d: ZlibStream, inputLimit: number, out: Uint8Array, flush: number): FlushResult {
  const s = d.strm;
  let res = z.Z_OK;
  let consumed = 0;
  s.output = out;
  s.next_out = 0;
  s.avail_out = out.length;
  for (const block of d.input.pending()) {
    if (res !== z.Z_OK || consumed >= inputLimit) break;
    const blockSize = Math.min(block.length, inputLimit);
    s.input = block;
    s.next_in = 0;
    s.avail_in = blockSize;
    res = codec(s, z.Z_NO_FLUSH);
    const blockConsumed = blockSize - s.avail_in;
    consumed += blockConsumed;
    if (d.wantInputCrc) d.inputCrc = z.crc32(d.inputCrc, block.subarray(0, blockConsumed));
    if (consumeTimeslice(p, Math.floor((100 * blockConsumed) / inputLimit))) break;
  }
  let remaining: number;
  if (consumed > d.input.size) {
    remaining = 0;
    res = z.Z_BUF_ERROR;
  } else {
    d.input.skip(consumed);
    remaining = d.input.size;
  }
  if (res === z.Z_OK && remaining === 0 && s.avail_out > 0) {
    s.input = null;
    s.next_in = 0;
    s.avail_in = 0;
    res = codec(s, flush);
  }
  return { res, produced: out.length - s.avail_out, consumed, remaining };
}

/** zlib_codec: one step of deflate_nif/inflate_nif. */
function runCodec(codec: z.Codec, p: Process, d: ZlibStream, inputChunkSize: number, outputChunkSize: number, flush: number): Term {
  if (outputChunkSize < 0) return zlibReturn(z.Z_MEM_ERROR);
  const out = new Uint8Array(outputChunkSize);
  const { res, produced, consumed, remaining } = flushQueue(codec, p, d, inputChunkSize, out, flush);
  if (res < 0 && res !== z.Z_BUF_ERROR) return zlibReturn(res);
  if (res === z.Z_STREAM_END) d.eosSeen = true;
  if (d.wantOutputCrc) d.outputCrc = z.crc32(d.outputCrc, out.subarray(0, produced));
  // No progress at all with input left: erts assumes the input is bad.
  if (consumed === 0 && produced === 0 && remaining !== 0) return zlibReturn(z.Z_DATA_ERROR);
  const flushed = produced > 0 ? new Cons(BitStr.fromBytes(out.slice(0, produced)), NIL) : NIL;
  if (remaining === 0 && produced < outputChunkSize) return [FINISHED, flushed];
  if (res !== z.Z_NEED_DICT) return [CONTINUE, flushed];
  return [NEED_DICTIONARY, d.strm.adler >>> 0, flushed];
}

// --- open, close, controlling process -------------------------------------------------------

defineNif(M, 'open_nif', 0, (p: Process) => new ZlibStream(p.pid));

defineNif(M, 'close_nif', 1, (p: Process, zt: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  if (d.state === State.Closed) raiseError(NOT_INITIALIZED);
  internalClose(d);
  return OK;
});

defineNif(M, 'set_controller_nif', 2, (p: Process, zt: Term, pid: Term) => {
  const d = streamOf(zt);
  if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) badarg();
  checkController(p, d);
  d.controller = pid;
  return OK;
});

// --- deflate --------------------------------------------------------------------------------

defineNif(M, 'deflateInit_nif', 6, (p: Process, zt: Term, level: Term, method: Term, windowBits: Term, memLevel: Term, strategy: Term) => {
  const d = streamOf(zt);
  const args = [int(level), int(method), int(windowBits), int(memLevel), int(strategy)] as const;
  checkController(p, d);
  if (d.state !== State.None) raiseError(ALREADY_INITIALIZED);
  const res = z.deflateInit2(d.strm, ...args);
  if (res === z.Z_OK) {
    d.state = State.Deflate;
    d.eosSeen = false;
    d.isRaw = args[2] < 0;
    d.wantOutputCrc = false;
    d.wantInputCrc = d.isRaw;
    d.outputCrc = 0;
    d.inputCrc = 0;
  }
  return zlibReturn(res);
});

defineNif(M, 'deflateSetDictionary_nif', 2, (p: Process, zt: Term, dict: Term) => {
  const d = streamOf(zt);
  const bytes = iodataBytes(dict);
  checkController(p, d);
  if (d.state !== State.Deflate) raiseError(NOT_INITIALIZED);
  const res = z.deflateSetDictionary(d.strm, bytes);
  if (res !== z.Z_OK) return zlibReturn(res);
  // A raw stream keeps no Adler-32; erts computes the dictionary's for the caller (from 0, not 1).
  return d.isRaw ? z.adler32(0, bytes) : d.strm.adler >>> 0;
});

defineNif(M, 'deflateReset_nif', 1, (p: Process, zt: Term) => {
  const d = streamIn(p, zt, State.Deflate);
  const res = z.deflateReset(d.strm);
  d.inputCrc = 0;
  d.eosSeen = false;
  resetInput(d);
  return zlibReturn(res);
});

defineNif(M, 'deflateEnd_nif', 1, (p: Process, zt: Term) => {
  const d = streamIn(p, zt, State.Deflate);
  let res = z.deflateEnd(d.strm);
  if (res === z.Z_OK && d.input.size > 0) res = z.Z_DATA_ERROR;
  resetInput(d);
  d.state = State.None;
  return zlibReturn(res);
});

defineNif(M, 'deflateParams_nif', 3, (p: Process, zt: Term, level: Term, strategy: Term) => {
  const d = streamOf(zt);
  const lv = int(level);
  const st = int(strategy);
  checkController(p, d);
  if (d.state !== State.Deflate) raiseError(NOT_INITIALIZED);
  // zlib.erl has flushed everything (sync) before: deflateParams gets a one-byte buffer, and if
  // it writes anything at all the assumption did not hold.
  const s = d.strm;
  s.output = new Uint8Array(1);
  s.next_out = 0;
  s.avail_out = 1;
  const res = z.deflateParams(s, lv, st);
  if (s.avail_out === 0) return zlibReturn(z.Z_STREAM_ERROR);
  return zlibReturn(res);
});

defineNif(M, 'deflate_nif', 4, (p: Process, zt: Term, inSize: Term, outSize: Term, flush: Term) => {
  const d = streamOf(zt);
  const sizes = [int(inSize), int(outSize), int(flush)] as const;
  checkController(p, d);
  if (d.state !== State.Deflate) raiseError(NOT_INITIALIZED);
  return runCodec(z.deflate, p, d, ...sizes);
});

// --- inflate --------------------------------------------------------------------------------

defineNif(M, 'inflateInit_nif', 3, (p: Process, zt: Term, windowBits: Term, eos: Term) => {
  const d = streamOf(zt);
  const wbits = int(windowBits);
  const eosBehavior = int(eos);
  checkController(p, d);
  if (d.state !== State.None) raiseError(ALREADY_INITIALIZED);
  const res = z.inflateInit2(d.strm, wbits);
  if (res === z.Z_OK) {
    d.state = State.Inflate;
    d.eosBehavior = eosBehavior;
    d.eosSeen = false;
    d.isRaw = wbits < 0;
    d.wantOutputCrc = d.isRaw;
    d.wantInputCrc = false;
    d.outputCrc = 0;
    d.inputCrc = 0;
  }
  return zlibReturn(res);
});

defineNif(M, 'inflateSetDictionary_nif', 2, (p: Process, zt: Term, dict: Term) => {
  const d = streamOf(zt);
  const bytes = iodataBytes(dict);
  checkController(p, d);
  if (d.state !== State.Inflate) raiseError(NOT_INITIALIZED);
  return zlibReturn(z.inflateSetDictionary(d.strm, bytes));
});

defineNif(M, 'inflateGetDictionary_nif', 1, (p: Process, zt: Term) => {
  const d = streamIn(p, zt, State.Inflate);
  const dict = z.inflateGetDictionary(d.strm);
  if (typeof dict === 'number') return zlibReturn(dict);
  return BitStr.fromBytes(dict);
});

defineNif(M, 'inflateReset_nif', 1, (p: Process, zt: Term) => {
  const d = streamIn(p, zt, State.Inflate);
  const res = z.inflateReset(d.strm);
  d.outputCrc = 0;
  d.eosSeen = false;
  resetInput(d);
  return zlibReturn(res);
});

defineNif(M, 'inflateEnd_nif', 1, (p: Process, zt: Term) => {
  const d = streamIn(p, zt, State.Inflate);
  let res = z.inflateEnd(d.strm);
  // Ending before the end of the stream, or with input left over, is a data error.
  if (res === z.Z_OK && (!d.eosSeen || d.input.size > 0)) res = z.Z_DATA_ERROR;
  resetInput(d);
  d.state = State.None;
  return zlibReturn(res);
});

defineNif(M, 'inflate_nif', 4, (p: Process, zt: Term, inSize: Term, outSize: Term, flush: Term) => {
  const d = streamOf(zt);
  const sizes = [int(inSize), int(outSize), int(flush)] as const;
  checkController(p, d);
  if (d.state !== State.Inflate) raiseError(NOT_INITIALIZED);
  if (d.eosSeen && d.input.size > 0) {
    switch (d.eosBehavior) {
      case EndOfStream.Error:
        return zlibReturn(z.Z_DATA_ERROR);
      case EndOfStream.Reset: {
        const res = z.inflateReset(d.strm);
        if (res !== z.Z_OK) return zlibReturn(res);
        d.eosSeen = false;
        break;
      }
      case EndOfStream.Cut:
        resetInput(d);
        break;
    }
  }
  return runCodec(z.inflate, p, d, ...sizes);
});

// --- checksum, stash, buffer size, input ----------------------------------------------------

defineNif(M, 'crc32_nif', 1, (p: Process, zt: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  if (d.state === State.Deflate) return d.inputCrc;
  if (d.state === State.Inflate) return d.outputCrc;
  return raiseError(NOT_INITIALIZED);
});

defineNif(M, 'getStash_nif', 1, (p: Process, zt: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  return d.stash === undefined ? EMPTY : [OK, d.stash];
});

defineNif(M, 'clearStash_nif', 1, (p: Process, zt: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  if (d.stash === undefined) raiseError(ERROR);
  d.stash = undefined;
  return OK;
});

defineNif(M, 'setStash_nif', 2, (p: Process, zt: Term, term: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  if (d.stash !== undefined) raiseError(ERROR);
  d.stash = term;
  return OK;
});

defineNif(M, 'getBufSize_nif', 1, (p: Process, zt: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  return d.inflateChunkBufferSize;
});

defineNif(M, 'setBufSize_nif', 2, (p: Process, zt: Term, size: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  d.inflateChunkBufferSize = int(size);
  return OK;
});

/** Most binaries enif_inspect_iovec takes in one call; the rest comes back as {continue, Tail}. */
const IOVEC_MAX_ELEMENTS = 256;

defineNif(M, 'enqueue_nif', 2, (p: Process, zt: Term, iovec: Term) => {
  const d = streamOf(zt);
  checkController(p, d);
  if (d.state !== State.Deflate && d.state !== State.Inflate) raiseError(NOT_INITIALIZED);
  const taken: Uint8Array[] = [];
  let t: Term = iovec;
  while (t instanceof Cons && taken.length < IOVEC_MAX_ELEMENTS) {
    const b = t.hd;
    if (!(b instanceof BitStr) || !b.isBinary) badarg();
    taken.push(b.toBytes());
    t = t.tl;
  }
  if (!(t instanceof Cons) && t !== NIL) badarg();
  // Queued by reference: binaries never change, and the codec only reads them.
  for (const bytes of taken) d.input.push(bytes);
  return t === NIL ? OK : [CONTINUE, t];
});
