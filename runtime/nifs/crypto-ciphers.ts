// crypto's cipher table (erts: lib/crypto/c_src/cipher.c) and cipher_info_nif/1. Each entry is
// what OpenSSL 3's EVP_CIPHER says of the cipher (as cipher_info/1 shows it on erts) plus the
// name node:crypto creates it by. A cipher is available when node's OpenSSL can make it: DES,
// Blowfish, RC2 and RC4 are in OpenSSL 3's legacy provider, which erts's crypto loads and
// bin/beamjs asks node to load.

import * as nodeCrypto from 'node:crypto';
import { atom, Atom, TRUE, FALSE, UNDEFINED } from '../term/atom.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { badarg } from '../errors.js';
import { cryptoNif, raiseAtom } from './crypto-common.js';

export type CipherMode = 'cbc' | 'ecb' | 'ctr' | 'cfb' | 'ofb' | 'gcm' | 'ccm' | 'stream';

export interface CipherSpec {
  readonly name: string;
  readonly openssl: string;
  /** The key length get_cipher_type/2 requires, 0 when it accepts any (OpenSSL may still refuse). */
  readonly tableKeyLen: number;
  /** EVP_CIPHER_key_length: the default. */
  readonly keyLen: number;
  readonly ivLen: number;
  /** EVP_CIPHER_block_size: 1 for the stream-like modes, whose final never has output. */
  readonly blockSize: number;
  readonly mode: CipherMode;
  /** EVP_CIPHER_type, undefined when OpenSSL gives NID_undef. */
  readonly nid: number | undefined;
  /** AEAD: only crypto_one_time_aead takes it. */
  readonly aead: boolean;
  /** Whether OpenSSL accepts other key lengths than keyLen (Blowfish, RC2, RC4). */
  readonly variableKey: boolean;
}

function spec(
  name: string,
  openssl: string,
  tableKeyLen: number,
  keyLen: number,
  ivLen: number,
  blockSize: number,
  mode: CipherMode,
  nid: number | undefined,
  aead = false,
  variableKey = false,
): CipherSpec {
  return { name, openssl, tableKeyLen, keyLen, ivLen, blockSize, mode, nid, aead, variableKey };
}

function aes(bits: 128 | 192 | 256): CipherSpec[] {
  const k = bits / 8;
  const base = { 128: 418, 192: 422, 256: 426 }[bits];
  const aeadNid = { 128: 895, 192: 898, 256: 901 }[bits];
  return [
    spec(`aes_${bits}_cbc`, `aes-${bits}-cbc`, k, k, 16, 16, 'cbc', base + 1),
    spec(`aes_${bits}_ecb`, `aes-${bits}-ecb`, k, k, 0, 16, 'ecb', base),
    spec(`aes_${bits}_ctr`, `aes-${bits}-ctr`, k, k, 16, 1, 'ctr', undefined),
    spec(`aes_${bits}_cfb8`, `aes-${bits}-cfb8`, k, k, 16, 1, 'cfb', base + 3),
    spec(`aes_${bits}_cfb128`, `aes-${bits}-cfb`, k, k, 16, 1, 'cfb', base + 3),
    spec(`aes_${bits}_ofb`, `aes-${bits}-ofb`, k, k, 16, 1, 'ofb', base + 2),
    spec(`aes_${bits}_gcm`, `aes-${bits}-gcm`, k, k, 12, 1, 'gcm', aeadNid, true),
    spec(`aes_${bits}_ccm`, `aes-${bits}-ccm`, k, k, 12, 1, 'ccm', aeadNid + 1, true),
  ];
}

const CIPHERS: readonly CipherSpec[] = [
  ...aes(128),
  ...aes(192),
  ...aes(256),
  spec('chacha20', 'chacha20', 32, 32, 16, 1, 'stream', undefined),
  spec('chacha20_poly1305', 'chacha20-poly1305', 0, 32, 12, 1, 'stream', undefined, true),
  spec('des_cbc', 'des-cbc', 0, 8, 8, 8, 'cbc', 31),
  spec('des_cfb', 'des-cfb', 0, 8, 8, 1, 'cfb', 30),
  spec('des_ecb', 'des-ecb', 0, 8, 0, 8, 'ecb', 29),
  spec('des_ede3_cbc', 'des-ede3-cbc', 0, 24, 8, 8, 'cbc', 44),
  spec('des_ede3_cfb', 'des-ede3-cfb', 0, 24, 8, 1, 'cfb', 30),
  spec('blowfish_cbc', 'bf-cbc', 0, 16, 8, 8, 'cbc', 91, false, true),
  spec('blowfish_cfb64', 'bf-cfb', 0, 16, 8, 1, 'cfb', undefined, false, true),
  spec('blowfish_ofb64', 'bf-ofb', 0, 16, 8, 1, 'ofb', undefined, false, true),
  spec('blowfish_ecb', 'bf-ecb', 0, 16, 0, 8, 'ecb', undefined, false, true),
  spec('rc2_cbc', 'rc2-cbc', 0, 16, 8, 8, 'cbc', 37, false, true),
  spec('rc4', 'rc4', 0, 16, 0, 1, 'stream', 5, false, true),
];

const byAtom = new Map<Atom, CipherSpec>(CIPHERS.map((c) => [atom(c.name), c]));

/** get_cipher_type_no_key: whether the atom names a cipher at all. */
export function cipherKnown(t: Term): boolean {
  return t instanceof Atom && byAtom.has(t);
}

/** get_cipher_type: the cipher an atom names, when the key length suits the table. */
export function cipherOf(t: Term, keyLen: number): CipherSpec | undefined {
  const c = t instanceof Atom ? byAtom.get(t) : undefined;
  if (c === undefined || (c.tableKeyLen !== 0 && c.tableKeyLen !== keyLen)) return undefined;
  return c;
}

const availability = new Map<string, boolean>();

/** Whether node's OpenSSL can make the cipher (erts: whether EVP_CIPHER_fetch found it). */
export function cipherAvailable(c: CipherSpec): boolean {
  let ok = availability.get(c.name);
  if (ok === undefined) {
    try {
      newNodeCipher(c, new Uint8Array(c.keyLen), true);
      ok = true;
    } catch {
      ok = false;
    }
    availability.set(c.name, ok);
  }
  return ok;
}

/**
 * A node cipher or decipher for `c` with OpenSSL's padding off (callers pad as erts does), from
 * `iv` or a zero IV. Throws (a JS error) when OpenSSL refuses the key.
 */
export function newNodeCipher(c: CipherSpec, key: Uint8Array, encrypt: boolean, iv?: Uint8Array): nodeCrypto.Cipher {
  const theIv = c.ivLen === 0 ? null : (iv ?? new Uint8Array(c.ivLen));
  const opts = c.mode === 'ccm' ? { authTagLength: 12 } : undefined;
  const made = encrypt
    ? nodeCrypto.createCipheriv(c.openssl, key, theIv, opts as nodeCrypto.CipherCCMOptions)
    : nodeCrypto.createDecipheriv(c.openssl, key, theIv, opts as nodeCrypto.CipherCCMOptions);
  made.setAutoPadding(false);
  return made as nodeCrypto.Cipher;
}

/** erts's cipher_types_as_list order (the table sorted by atom index on erts), then filtered. */
const ALGORITHM_ORDER = [
  'chacha20', 'aes_256_ofb', 'aes_192_ofb', 'aes_128_ofb', 'blowfish_ecb', 'blowfish_ofb64',
  'blowfish_cfb64', 'blowfish_cbc', 'des_ede3_cfb', 'des_ecb', 'des_cfb', 'des_cbc', 'rc4', 'rc2_cbc',
  'aes_128_cbc', 'aes_192_cbc', 'aes_256_cbc', 'aes_128_cfb128', 'aes_192_cfb128', 'aes_256_cfb128',
  'aes_128_cfb8', 'aes_192_cfb8', 'aes_256_cfb8', 'aes_128_ecb', 'aes_192_ecb', 'aes_256_ecb',
  'chacha20_poly1305', 'aes_256_gcm', 'aes_256_ccm', 'aes_192_gcm', 'aes_192_ccm', 'aes_128_gcm',
  'aes_128_ccm', 'aes_256_ctr', 'aes_192_ctr', 'aes_128_ctr', 'des_ede3_cbc',
];

/** cipher_algorithms/0 (crypto.erl adds the aliases). */
export function cipherAlgorithms(): Atom[] {
  return ALGORITHM_ORDER.filter((n) => cipherAvailable(byAtom.get(atom(n))!)).map((n) => atom(n));
}

const MODE_ATOMS: Record<CipherMode, Atom> = {
  cbc: atom('cbc_mode'),
  ecb: atom('ecb_mode'),
  ctr: atom('ctr_mode'),
  cfb: atom('cfb_mode'),
  ofb: atom('ofb_mode'),
  gcm: atom('gcm_mode'),
  ccm: atom('ccm_mode'),
  stream: atom('stream_cipher'),
};

cryptoNif('cipher_info_nif', 1, (_p: Process, type: Term) => {
  const c = type instanceof Atom ? byAtom.get(type) : undefined;
  if (c === undefined) return badarg();
  if (!cipherAvailable(c)) return raiseAtom('notsup');
  return EMap.fromEntries([
    [atom('type'), c.nid ?? UNDEFINED],
    [atom('key_length'), c.keyLen],
    [atom('iv_length'), c.ivLen],
    [atom('block_size'), c.blockSize],
    [atom('prop_aead'), c.aead ? TRUE : FALSE],
    [atom('mode'), MODE_ATOMS[c.mode]],
  ]);
});
