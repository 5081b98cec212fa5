// What every crypto NIF shares (erts: lib/crypto/c_src/common.h): reading arguments as the NIF
// API reads them (enif_inspect_binary, enif_inspect_iolist_as_binary, enif_get_uint64...), and
// raising errors as crypto's EXCP_* macros do. Those raise {Id, #{c_file_name, c_file_line_num,
// c_function_arg_num}, Msg}, which crypto.erl's ?nif_call turns into {Id, {File, Line}, Msg} with
// error_info: File and Line name the place in OTP 25.2.3's C source that refuses the argument, and
// are part of the error term programs see, so each raise here carries erts's file and line.
//
// A crypto NIF that raises gets the stack trace erts gives it: its own name and arguments first
// (crypto.erl's err_find_args/2 reads the arguments from there).

import { Atom, atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { charlist } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import { ErlangException, raiseError } from '../errors.js';
import { iolistToBinary } from '../bs/binary-ops.js';
import type { Process } from '../process/process.js';
import { defineNif, type NifFn } from './registry.js';

const CRYPTO = atom('crypto');
const C_FILE_NAME = atom('c_file_name');
const C_FILE_LINE_NUM = atom('c_file_line_num');
const C_FUNCTION_ARG_NUM = atom('c_function_arg_num');

/** Registers a NIF of crypto; an exception it raises names it and its arguments, as on erts. */
export function cryptoNif(name: string, arity: number, fn: NifFn): void {
  const fname = atom(name);
  defineNif('crypto', name, arity, (p: Process, ...args: Term[]) => {
    try {
      return fn(p, ...args);
    } catch (e) {
      if (e instanceof ErlangException && e.mfa === null) {
        e.mfa = [CRYPTO, fname];
        e.args = args;
        e.bif = false;
      }
      throw e;
    }
  });
}

export type ExcpId = 'badarg' | 'notsup' | 'error';

/**
 * EXCP_BADARG_N / EXCP_NOTSUP_N / EXCP_ERROR_N (argNum -1 for the forms without an argument
 * number): `file` and `line` are where OTP 25.2.3's C code raises it.
 */
export function excp(id: ExcpId, file: string, line: number, argNum: number, msg: string): never {
  const info = EMap.fromEntries([
    [C_FILE_NAME, charlist(file)],
    [C_FILE_LINE_NUM, line],
    [C_FUNCTION_ARG_NUM, argNum],
  ]);
  return raiseError([atom(id), info, charlist(msg)]);
}

/** enif_raise_exception(env, Atom): a bare error with that atom (notsup in a few places). */
export function raiseAtom(a: string): never {
  return raiseError(atom(a));
}

/** enif_inspect_binary: the bytes of a binary (not a bitstring, not an iolist), or undefined. */
export function binaryBytes(t: Term): Uint8Array | undefined {
  return t instanceof BitStr && (t.size & 7) === 0 ? t.toBytes() : undefined;
}

/** enif_inspect_iolist_as_binary: the bytes of a binary or an iolist, or undefined. */
export function iolistBytes(t: Term): Uint8Array | undefined {
  if (t instanceof BitStr) return (t.size & 7) === 0 ? t.toBytes() : undefined;
  try {
    return iolistToBinary(t).toBytes();
  } catch (e) {
    if (e instanceof ErlangException) return undefined;
    throw e;
  }
}

/** enif_get_uint64 (and enif_get_ulong on a 64-bit system): a non-negative integer below 2^64. */
export function uint64(t: Term): bigint | undefined {
  if (typeof t === 'number') return Number.isInteger(t) && t >= 0 ? BigInt(t) : undefined;
  if (typeof t === 'bigint') return t >= 0n && t < 1n << 64n ? t : undefined;
  return undefined;
}

/** enif_get_int: an integer that fits in a C int. */
export function int32(t: Term): number | undefined {
  return typeof t === 'number' && Number.isInteger(t) && t >= -0x80000000 && t <= 0x7fffffff ? t : undefined;
}

/** enif_get_uint: an integer in 0..2^32-1. */
export function uint32(t: Term): number | undefined {
  return typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 0xffffffff ? t : undefined;
}

export function binary(bytes: Uint8Array): BitStr {
  return BitStr.fromBytes(bytes);
}

export function isAtom(t: Term): t is Atom {
  return t instanceof Atom;
}
