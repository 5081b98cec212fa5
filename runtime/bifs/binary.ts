// The binary module's BIFs other than searching (those are in binary-search.ts): part/2,3,
// at/2, first/1, last/1, copy/1,2, list_to_bin/1, decode_unsigned/1,2, encode_unsigned/1,2,
// longest_common_prefix/1, longest_common_suffix/1 and referenced_byte_size/1. The rest of
// binary.erl (bin_to_list/1,2,3, replace/3,4, encode_hex/1, decode_hex/1) is Erlang code over
// these and erlang's BIFs. Every failure is a plain badarg. Parts share their subject's buffer.

import { atom } from '../term/atom.js';
import { BitStr, EMPTY_BINARY } from '../term/bitstring.js';
import { Cons, NIL } from '../term/list.js';
import { normInt, type Term } from '../term/term.js';
import { binaryPart, listToBinary } from '../bs/binary-ops.js';
import { badarg, raiseError } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const M = 'binary';
const BIG = atom('big');
const LITTLE = atom('little');

/** A binary (a bitstring of whole bytes), or badarg. */
function binaryArg(t: Term): BitStr {
  return t instanceof BitStr && (t.size & 7) === 0 ? t : badarg();
}

/** Is `t` big or little (else badarg)? true for big. */
function bigEndian(t: Term): boolean {
  if (t === BIG) return true;
  return t === LITTLE ? false : badarg();
}

// erts reads Start and Len as machine integers; those beyond a JS number are out of range anyway.
defineGuarded(M, 'part', 3, (_p: Process, b: Term, start: Term, len: Term) => binaryPart(b, start, len));
defineGuarded(M, 'part', 2, (_p: Process, b: Term, range: Term) => {
  if (!Array.isArray(range) || range.length !== 2) return badarg();
  return binaryPart(b, range[0], range[1]);
});

/** The byte at `i` of a non-empty binary. */
function byteOf(b: Term, i: (size: number) => Term): number {
  const bin = binaryArg(b);
  const size = bin.size >>> 3;
  if (size === 0) return badarg();
  const k = i(size);
  return typeof k === 'number' && k >= 0 && k < size ? bin.byteAt(k) : badarg();
}

defineGuarded(M, 'first', 1, (_p: Process, b: Term) => byteOf(b, () => 0));
defineGuarded(M, 'last', 1, (_p: Process, b: Term) => byteOf(b, (size) => size - 1));
defineGuarded(M, 'at', 2, (_p: Process, b: Term, i: Term) => byteOf(b, () => i));

/** Beyond this many bytes a copy is refused (erts would fail to allocate it). */
const MAX_COPY_BYTES = 2 ** 32;

/**
 * copy(B, N): N copies of B in a fresh buffer. As in erts, N = 0 gives <<>> before B is checked
 * to be whole bytes (any bitstring passes), and N may be any unsigned 64-bit integer when B is
 * empty.
 */
function copy(b: Term, n: Term): BitStr {
  if (!(b instanceof BitStr)) return badarg();
  let times: number;
  if (typeof n === 'number' && n >= 0) times = n;
  else if (typeof n === 'bigint' && n >= 0n && n < 1n << 64n) times = Number(n);
  else return badarg();
  if (times === 0) return EMPTY_BINARY;
  if ((b.size & 7) !== 0) return badarg();
  const src = b.toBytes();
  const total = src.length * times;
  if (total === 0) return EMPTY_BINARY;
  if (total > MAX_COPY_BYTES) return raiseError(atom('system_limit'));
  const out = new Uint8Array(total);
  out.set(src, 0);
  // Doubling: each step copies what is already there.
  for (let filled = src.length; filled < total; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, total - filled));
  return BitStr.fromBytes(out);
}

defineGuarded(M, 'copy', 1, (_p: Process, b: Term) => copy(b, 1));
defineGuarded(M, 'copy', 2, (_p: Process, b: Term, n: Term) => copy(b, n));

/** binary:list_to_bin/1 is erlang:list_to_binary/1 under another name. */
defineGuarded(M, 'list_to_bin', 1, (_p: Process, l: Term) => listToBinary(l));

/** The unsigned integer a binary holds, most significant byte first when `big`. */
function decodeUnsigned(b: Term, endian: Term): number | bigint {
  if (!(b instanceof BitStr)) return badarg();
  const big = bigEndian(endian);
  if ((b.size & 7) !== 0) return badarg();
  const bytes = b.toBytes();
  const n = bytes.length;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + bytes[big ? i : n - 1 - i];
    return v;
  }
  let hex = '';
  for (let i = 0; i < n; i++) hex += bytes[big ? i : n - 1 - i].toString(16).padStart(2, '0');
  return normInt(BigInt('0x' + hex));
}

defineGuarded(M, 'decode_unsigned', 1, (_p: Process, b: Term) => decodeUnsigned(b, BIG));
defineGuarded(M, 'decode_unsigned', 2, (_p: Process, b: Term, e: Term) => decodeUnsigned(b, e));

/** The fewest bytes (at least one) that hold a non-negative integer. */
function encodeUnsigned(n: Term, endian: Term): BitStr {
  if (typeof n !== 'number' && typeof n !== 'bigint') return badarg();
  const big = bigEndian(endian);
  if (n < 0) return badarg();
  let hex = n.toString(16);
  if (hex.length % 2 !== 0) hex = '0' + hex;
  const len = hex.length / 2;
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[big ? i : len - 1 - i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return BitStr.fromBytes(out);
}

defineGuarded(M, 'encode_unsigned', 1, (_p: Process, n: Term) => encodeUnsigned(n, BIG));
defineGuarded(M, 'encode_unsigned', 2, (_p: Process, n: Term, e: Term) => encodeUnsigned(n, e));

/**
 * The number of bytes that every binary of a non-empty proper list has in common at its start
 * (or, `fromEnd`, at its end).
 */
function longestCommon(l: Term, fromEnd: boolean): number {
  const bins: BitStr[] = [];
  let t = l;
  for (; t instanceof Cons; t = t.tl) bins.push(t.hd instanceof BitStr ? t.hd : badarg());
  if (t !== NIL || bins.length === 0) return badarg();
  const bytes = bins.map((b) => ((b.size & 7) === 0 ? b.toBytes() : badarg()));
  let shortest = Infinity;
  for (const b of bytes) shortest = Math.min(shortest, b.length);
  const first = bytes[0];
  for (let k = 0; k < shortest; k++) {
    const c = first[fromEnd ? first.length - 1 - k : k];
    for (const b of bytes) if (b[fromEnd ? b.length - 1 - k : k] !== c) return k;
  }
  return shortest;
}

defineGuarded(M, 'longest_common_prefix', 1, (_p: Process, l: Term) => longestCommon(l, false));
defineGuarded(M, 'longest_common_suffix', 1, (_p: Process, l: Term) => longestCommon(l, true));

/** ERL_ONHEAP_BIN_LIMIT: erts keeps binaries up to this many bytes on the process heap. */
const HEAP_BINARY_LIMIT = 64;

/**
 * The size of the binary that `b` is part of. erts 25 copies a part of at most 64 bytes (from
 * binary:part/split, bit syntax matching, split_binary...) into a heap binary of its own, and a
 * larger part points into its parent; beamjs's parts always share their parent's buffer, so a
 * small part reports its own size here. A buffer grown by appending has spare room, as erts's
 * writable binaries do, though not the same amount.
 */
defineGuarded(M, 'referenced_byte_size', 1, (_p: Process, b: Term) => {
  if (!(b instanceof BitStr)) return badarg();
  const size = b.byteSize;
  const whole = b.offset === 0 && size === b.bytes.length;
  return b.area === null && !whole && size <= HEAP_BINARY_LIMIT ? size : b.bytes.length;
});
