// zlib itself, for the zlib NIFs (zlib.ts): pako's port of zlib 1.2.12 (its lib/zlib files, the
// streaming deflate/inflate functions working on a z_stream), typed here, plus the two zlib
// functions pako leaves out and erts's NIFs call: deflateParams and inflateGetDictionary. They
// work on pako's internal state, field by field as zlib's own do on its structs. One more
// difference is made up for in ZStream below (when deflate hands out its bytes).
//
// Why pako and not node:zlib: erts links Debian's zlib (1.2.13), and deflate output must be the
// same bytes; Node bundles a different zlib (Chromium's) whose deflate output differs, while pako
// reproduces zlib's byte for byte. pako is also synchronous and pure JS, so it runs in browsers.

import pakoDeflate from 'pako/lib/zlib/deflate.js';
import pakoInflate from 'pako/lib/zlib/inflate.js';
import pakoCrc32 from 'pako/lib/zlib/crc32.js';
import pakoAdler32 from 'pako/lib/zlib/adler32.js';

export const Z_NO_FLUSH = 0;
export const Z_BLOCK = 5;
export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_ERRNO = -1;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_MEM_ERROR = -4;
export const Z_BUF_ERROR = -5;
export const Z_VERSION_ERROR = -6;
const Z_DEFAULT_COMPRESSION = -1;
const Z_FIXED = 4;

/**
 * zlib's z_stream as pako has it: buffers are arrays with an index instead of pointers.
 *
 * zlib (1.2.12 on) starts its flush_pending, which copies pending output to next_out, by moving
 * the whole bytes of deflate's bit buffer into the pending output (_tr_flush_bits); pako leaves
 * that out, so a deflate call can end with one or two bytes held back that zlib would already
 * have written. The total is the same, but erts's zlib API shows each call's output (the chunks of
 * zlib:deflate/3, safeInflate's steps), so the moment matters. pako's flush_pending reads
 * strm.state before anything else, so the move is done here, on every read of `state`: doing it
 * at other reads too changes nothing, because whole bytes in the bit buffer are only ever waiting
 * to be moved (nothing between those reads looks at them: zlib itself keeps at most 7 bits there
 * except between emitting a block and its flush_pending).
 */
export class ZStream {
  input: Uint8Array | null = null;
  next_in = 0;
  avail_in = 0;
  total_in = 0;
  output: Uint8Array | null = null;
  next_out = 0;
  avail_out = 0;
  total_out = 0;
  msg = '';
  data_type = 2;
  adler = 0;
  private current: any = null;
  get state(): any {
    const s = this.current;
    // Only deflate's state has a bit buffer (bi_valid); inflate's has none.
    if (s !== null && s.bi_valid >= 8) flushBits(s);
    return s;
  }
  set state(s: any) {
    this.current = s;
  }
}

/** zlib's bi_flush: whole bytes of the bit buffer go to the pending output, at most 7 bits stay. */
function flushBits(s: any): void {
  if (s.bi_valid === 16) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.pending_buf[s.pending++] = (s.bi_buf >>> 8) & 0xff;
    s.bi_buf = 0;
    s.bi_valid = 0;
  } else {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>= 8;
    s.bi_valid -= 8;
  }
}

export type Codec = (strm: ZStream, flush: number) => number;

export const deflateInit2: (strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number) => number =
  pakoDeflate.deflateInit2;
export const deflate: Codec = pakoDeflate.deflate;
export const deflateReset: (strm: ZStream) => number = pakoDeflate.deflateReset;
export const deflateEnd: (strm: ZStream) => number = pakoDeflate.deflateEnd;
export const deflateSetDictionary: (strm: ZStream, dict: Uint8Array) => number = pakoDeflate.deflateSetDictionary;

export const inflateInit2: (strm: ZStream, windowBits: number) => number = pakoInflate.inflateInit2;
export const inflate: Codec = pakoInflate.inflate;
export const inflateReset: (strm: ZStream) => number = pakoInflate.inflateReset;
export const inflateEnd: (strm: ZStream) => number = pakoInflate.inflateEnd;
export const inflateSetDictionary: (strm: ZStream, dict: Uint8Array) => number = pakoInflate.inflateSetDictionary;

/** crc32(crc, bytes) as zlib computes it, unsigned. */
export function crc32(crc: number, bytes: Uint8Array): number {
  return (pakoCrc32 as any)(crc, bytes, bytes.length, 0) >>> 0;
}

/** adler32(adler, bytes) as zlib computes it, unsigned. */
export function adler32(adler: number, bytes: Uint8Array): number {
  return (pakoAdler32 as any)(adler, bytes, bytes.length, 0) >>> 0;
}

// zlib's per-level tuning (good_length, max_lazy, nice_length, max_chain) and the compress
// function family each level uses (0 stored, 1-3 fast, 4-9 slow): deflateParams needs both,
// and pako keeps its copy of the table private.
const LEVEL_TUNING: ReadonlyArray<readonly [number, number, number, number, 'stored' | 'fast' | 'slow']> = [
  [0, 0, 0, 0, 'stored'],
  [4, 4, 8, 4, 'fast'],
  [4, 5, 16, 8, 'fast'],
  [4, 6, 32, 32, 'fast'],
  [4, 4, 16, 16, 'slow'],
  [8, 16, 32, 32, 'slow'],
  [8, 16, 128, 128, 'slow'],
  [8, 32, 128, 256, 'slow'],
  [32, 128, 258, 1024, 'slow'],
  [32, 258, 258, 4096, 'slow'],
];

/** Whether deflate's state is one a live stream can be in (zlib's deflateStateCheck, inverted). */
function deflateStateOk(strm: ZStream): boolean {
  const s = strm.state;
  // INIT, GZIP, EXTRA, NAME, COMMENT, HCRC, BUSY and FINISH states (zlib's numbering).
  return s !== null && s !== undefined && s.strm === strm && [42, 57, 69, 73, 91, 103, 113, 666].includes(s.status);
}

/** Moves the hash chains down by a window size, as zlib does when the window slides. */
function slideHash(s: any): void {
  const wsize: number = s.w_size;
  for (const table of [s.head, s.prev] as Uint16Array[]) {
    for (let i = 0; i < table.length; i++) {
      const m = table[i];
      table[i] = m >= wsize ? m - wsize : 0;
    }
  }
}

/**
 * zlib's deflateParams: changes level and strategy mid-stream. When the compress function or
 * the strategy changes on a stream that has been written to, the data so far is first
 * compressed with the old parameters (a Z_BLOCK deflate into whatever output space the caller
 * gave); if it does not all fit, Z_BUF_ERROR.
 */
export function deflateParams(strm: ZStream, level: number, strategy: number): number {
  if (!deflateStateOk(strm)) return Z_STREAM_ERROR;
  const s = strm.state;
  if (level === Z_DEFAULT_COMPRESSION) level = 6;
  if (level < 0 || level > 9 || strategy < 0 || strategy > Z_FIXED) return Z_STREAM_ERROR;
  const changesFunction = LEVEL_TUNING[s.level][4] !== LEVEL_TUNING[level][4];
  // last_flush is -2 from a (re)set until the first deflate call.
  if ((strategy !== s.strategy || changesFunction) && s.last_flush !== -2) {
    const err = deflate(strm, Z_BLOCK);
    if (err === Z_STREAM_ERROR) return err;
    if (strm.avail_in !== 0 || s.strstart - s.block_start + s.lookahead !== 0) return Z_BUF_ERROR;
  }
  if (s.level !== level) {
    // Stored blocks leave the hash chains stale; a pending slide or a reset makes them usable.
    if (s.level === 0 && s.matches !== 0) {
      if (s.matches === 1) slideHash(s);
      else s.head.fill(0);
      s.matches = 0;
    }
    const [good, lazy, nice, chain] = LEVEL_TUNING[level];
    s.level = level;
    s.max_lazy_match = lazy;
    s.good_match = good;
    s.nice_match = nice;
    s.max_chain_length = chain;
  }
  s.strategy = strategy;
  return Z_OK;
}

/** Whether inflate's state is one a live stream can be in (zlib's inflateStateCheck, inverted). */
function inflateStateOk(strm: ZStream): boolean {
  const st = strm.state;
  // HEAD (16180) to SYNC (16211) in zlib's numbering of inflate modes.
  return st !== null && st !== undefined && st.strm === strm && st.mode >= 16180 && st.mode <= 16211;
}

/**
 * zlib's inflateGetDictionary: the sliding window's valid bytes, oldest first (the window is a
 * ring: from the write index to the end, then from the start). Empty before any output.
 */
export function inflateGetDictionary(strm: ZStream): Uint8Array | number {
  if (!inflateStateOk(strm)) return Z_STREAM_ERROR;
  const st = strm.state;
  const have: number = st.whave;
  const out = new Uint8Array(have);
  if (have > 0) {
    const next: number = st.wnext;
    out.set(st.window.subarray(next, have), 0);
    out.set(st.window.subarray(0, next), have - next);
  }
  return out;
}
