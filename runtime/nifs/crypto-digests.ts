// crypto's message digests on node:crypto (erts: lib/crypto/c_src/digest.c, hash.c and
// pbkdf2_hmac.c): the digest table, hash_info/1 (a NIF that replaces crypto:hash_info/1 itself),
// hash_nif/2, the streaming hash_init/update/final NIFs, and pbkdf2_hmac_nif/5.
//
// A digest is available when node's OpenSSL has it: md4 lives in OpenSSL 3's legacy provider,
// which erts's crypto loads and bin/beamjs asks node to load (--openssl-legacy-provider).
// A hash state is a resource (a magic reference) holding a node Hash; every update copies it
// first, as erts copies the EVP_MD_CTX, so an old state stays usable.

import * as nodeCrypto from 'node:crypto';
import { atom, Atom } from '../term/atom.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import { MagicRef } from '../bifs/magic-ref.js';
import type { Process } from '../process/process.js';
import { badarg } from '../errors.js';
import { binary, binaryBytes, cryptoNif, excp, iolistBytes, uint64 } from './crypto-common.js';

export interface Digest {
  readonly name: string;
  /** The name node:crypto (OpenSSL) knows it by. */
  readonly openssl: string;
  /** OpenSSL's NID, which hash_info/1 reports as `type`. */
  readonly nid: number;
  readonly size: number;
  readonly blockSize: number;
  /** Whether PBKDF2 accepts it (erts's PBKDF2_ELIGIBLE_DIGEST). */
  readonly pbkdf2: boolean;
}

/** erts's digest_types table, in its order (supports(hashs) lists the available ones reversed). */
const DIGESTS: readonly Digest[] = [
  { name: 'md4', openssl: 'md4', nid: 257, size: 16, blockSize: 64, pbkdf2: false },
  { name: 'md5', openssl: 'md5', nid: 4, size: 16, blockSize: 64, pbkdf2: false },
  { name: 'ripemd160', openssl: 'ripemd160', nid: 117, size: 20, blockSize: 64, pbkdf2: false },
  { name: 'sha', openssl: 'sha1', nid: 64, size: 20, blockSize: 64, pbkdf2: true },
  { name: 'sha224', openssl: 'sha224', nid: 675, size: 28, blockSize: 64, pbkdf2: true },
  { name: 'sha256', openssl: 'sha256', nid: 672, size: 32, blockSize: 64, pbkdf2: true },
  { name: 'sha384', openssl: 'sha384', nid: 673, size: 48, blockSize: 128, pbkdf2: true },
  { name: 'sha512', openssl: 'sha512', nid: 674, size: 64, blockSize: 128, pbkdf2: true },
  { name: 'sha3_224', openssl: 'sha3-224', nid: 1096, size: 28, blockSize: 144, pbkdf2: false },
  { name: 'sha3_256', openssl: 'sha3-256', nid: 1097, size: 32, blockSize: 136, pbkdf2: false },
  { name: 'sha3_384', openssl: 'sha3-384', nid: 1098, size: 48, blockSize: 104, pbkdf2: false },
  { name: 'sha3_512', openssl: 'sha3-512', nid: 1099, size: 64, blockSize: 72, pbkdf2: false },
  { name: 'blake2b', openssl: 'blake2b512', nid: 1056, size: 64, blockSize: 128, pbkdf2: false },
  { name: 'blake2s', openssl: 'blake2s256', nid: 1057, size: 32, blockSize: 64, pbkdf2: false },
];

const byAtom = new Map<Atom, Digest>(DIGESTS.map((d) => [atom(d.name), d]));
const availability = new Map<string, boolean>();

/** Whether node's OpenSSL can compute `d` (erts: whether EVP_MD_fetch found it). */
export function digestAvailable(d: Digest): boolean {
  let ok = availability.get(d.name);
  if (ok === undefined) {
    try {
      nodeCrypto.createHash(d.openssl);
      ok = true;
    } catch {
      ok = false;
    }
    availability.set(d.name, ok);
  }
  return ok;
}

/** get_digest_type: the digest an atom names, or undefined. */
export function digestOf(t: Term): Digest | undefined {
  return t instanceof Atom ? byAtom.get(t) : undefined;
}

/** hash_algorithms/0: the available digests, erts's table reversed. */
export function hashAlgorithms(): Atom[] {
  return DIGESTS.filter(digestAvailable)
    .map((d) => atom(d.name))
    .reverse();
}

export function newHash(d: Digest): nodeCrypto.Hash {
  return nodeCrypto.createHash(d.openssl);
}

/** A hash_init/hash_update state: erts's EVP_MD_CTX resource. */
class HashState extends MagicRef {
  constructor(
    readonly digest: Digest,
    readonly hash: nodeCrypto.Hash,
  ) {
    super();
  }
}

const TYPE = atom('type');
const SIZE = atom('size');
const BLOCK_SIZE = atom('block_size');
const NOTSUP = atom('notsup');

cryptoNif('hash_info', 1, (_p: Process, type: Term) => {
  const d = digestOf(type);
  if (d === undefined) return badarg();
  if (!digestAvailable(d)) return NOTSUP;
  return EMap.fromEntries([
    [TYPE, d.nid],
    [SIZE, d.size],
    [BLOCK_SIZE, d.blockSize],
  ]);
});

cryptoNif('hash_nif', 2, (_p: Process, type: Term, data: Term) => {
  const d = digestOf(type);
  if (d === undefined) return excp('badarg', 'hash.c', 108, 0, 'Bad digest type');
  const bytes = iolistBytes(data);
  if (bytes === undefined) return excp('badarg', 'hash.c', 110, 1, 'Not iolist');
  if (!digestAvailable(d)) return excp('notsup', 'hash.c', 113, 0, 'Unsupported digest type');
  return binary(newHash(d).update(bytes).digest());
});

cryptoNif('hash_init_nif', 1, (_p: Process, type: Term) => {
  const d = digestOf(type);
  if (d === undefined) return excp('badarg', 'hash.c', 142, 0, 'Bad digest type');
  if (!digestAvailable(d)) return excp('notsup', 'hash.c', 144, 0, 'Unsupported digest type');
  return new HashState(d, newHash(d));
});

cryptoNif('hash_update_nif', 2, (_p: Process, state: Term, data: Term) => {
  if (!(state instanceof HashState)) return excp('badarg', 'hash.c', 171, 0, 'Bad state');
  const bytes = iolistBytes(data);
  if (bytes === undefined) return excp('badarg', 'hash.c', 173, 1, 'Not iolist');
  return new HashState(state.digest, state.hash.copy().update(bytes));
});

cryptoNif('hash_final_nif', 1, (_p: Process, state: Term) => {
  if (!(state instanceof HashState)) return excp('badarg', 'hash.c', 205, 0, 'Bad state');
  return binary(state.hash.copy().digest());
});

cryptoNif('pbkdf2_hmac_nif', 5, (_p: Process, type: Term, pass: Term, salt: Term, iter: Term, keyLen: Term) => {
  const d = digestOf(type);
  if (d === undefined) return excp('badarg', 'pbkdf2_hmac.c', 34, 0, 'Bad digest type');
  if (!digestAvailable(d)) return excp('badarg', 'pbkdf2_hmac.c', 36, 0, 'md.p is not NULL');
  if (!d.pbkdf2) return excp('badarg', 'pbkdf2_hmac.c', 38, 0, 'Not eligible digest type');
  const p = binaryBytes(pass);
  if (p === undefined) return excp('badarg', 'pbkdf2_hmac.c', 41, 1, 'Not binary');
  const s = binaryBytes(salt);
  if (s === undefined) return excp('badarg', 'pbkdf2_hmac.c', 44, 2, 'Not binary');
  const n = uint64(iter);
  if (n === undefined) return excp('badarg', 'pbkdf2_hmac.c', 47, 3, 'Not integer');
  if (n < 1n) return excp('badarg', 'pbkdf2_hmac.c', 49, 3, 'Must be > 0');
  const len = uint64(keyLen);
  if (len === undefined) return excp('badarg', 'pbkdf2_hmac.c', 52, 4, 'Not integer');
  if (len < 1n) return excp('badarg', 'pbkdf2_hmac.c', 54, 4, 'Must be > 0');
  // PKCS5_PBKDF2_HMAC takes an int iteration count and key length; erts passes larger values on.
  if (n > 0x7fffffffn || len > 0x7fffffffn) return excp('error', 'pbkdf2_hmac.c', 63, -1, 'Low-level call failed');
  return binary(nodeCrypto.pbkdf2Sync(p, s, Number(n), Number(len), d.openssl));
});
