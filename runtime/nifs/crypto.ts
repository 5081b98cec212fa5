// The NIF library of OTP's crypto application on node:crypto, behind crypto.beam unchanged
// (erts: lib/crypto/c_src/crypto.c and its neighbours). erlang:load_nif/2 accepts crypto's
// library because its functions are registered here; the translator gives each one a native
// body. This file holds what describes the library (info_lib, info, FIPS, the supports/1 lists),
// the random number NIFs, mod_exp, exor and hash_equals; digests, MACs and ciphers have files of
// their own.
//
// Not implemented, and so raising erts's {nif_not_loaded, ...} error when called: the public key
// NIFs (pkey_*, rsa/dh/ec/evp key generation and agreement, SRP) and the ENGINE NIFs. supports/1
// says so honestly: no public key algorithms, no curves, no RSA options.

import * as nodeCrypto from 'node:crypto';
import { atom, FALSE, OK, TRUE } from '../term/atom.js';
import { charlist, listFrom } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { badarg } from '../errors.js';
import { binary, binaryBytes, cryptoNif, int32, iolistBytes, uint32 } from './crypto-common.js';
import { hashAlgorithms } from './crypto-digests.js';
import { macAlgorithms } from './crypto-mac.js';
import { cipherAlgorithms } from './crypto-ciphers.js';
import './crypto-cipher-state.js';
import './crypto-aead.js';

// --- The library ----------------------------------------------------------------------------

/** node's OpenSSL version as OPENSSL_VERSION_NUMBER packs it (0xMNN00PP0). */
function opensslVersionNumber(): number {
  const [major, minor, patch] = (process.versions.openssl ?? '0.0.0').split(/[.+-]/).map((s) => parseInt(s, 10) || 0);
  return major * 2 ** 28 + minor * 2 ** 20 + patch * 2 ** 4;
}

/** node does not expose OPENSSL_VERSION_TEXT (which carries the release date): name and version only. */
function opensslVersionText(): string {
  return `OpenSSL ${process.versions.openssl}`;
}

cryptoNif('info_lib', 0, () => listFrom([[binary(Buffer.from('OpenSSL')), opensslVersionNumber(), binary(Buffer.from(opensslVersionText()))]]));

cryptoNif('info_nif', 0, () => {
  const text = charlist(opensslVersionText());
  // node links its own OpenSSL in, unless it was built against the system's.
  const shared = (process.config.variables as Record<string, unknown>).node_shared_openssl === true;
  return EMap.fromEntries([
    [atom('compile_type'), atom('normal')],
    [atom('cryptolib_version_compiled'), text],
    [atom('cryptolib_version_linked'), text],
    [atom('fips_provider_available'), FALSE],
    [atom('link_type'), atom(shared ? 'dynamic' : 'static')],
  ]);
});

cryptoNif('info_fips', 0, () => atom('not_supported'));

/** Without FIPS support erts answers whether the mode asked for is the one in force: never FIPS. */
cryptoNif('enable_fips_mode_nif', 1, (_p: Process, enable: Term) => {
  if (enable === TRUE) return FALSE;
  if (enable === FALSE) return TRUE;
  return badarg();
});

cryptoNif('hash_algorithms', 0, () => listFrom(hashAlgorithms()));
cryptoNif('cipher_algorithms', 0, () => listFrom(cipherAlgorithms()));
cryptoNif('mac_algorithms', 0, () => listFrom(macAlgorithms()));
cryptoNif('pubkey_algorithms', 0, () => listFrom([]));
cryptoNif('curve_algorithms', 0, () => listFrom([]));
cryptoNif('rsa_opts_algorithms', 0, () => listFrom([]));

// --- Random numbers -------------------------------------------------------------------------

cryptoNif('strong_rand_bytes_nif', 1, (_p: Process, n: Term) => {
  const count = uint32(n);
  if (count === undefined || count > 0x7fffffff) return badarg();
  return binary(nodeCrypto.randomBytes(count));
});

/** Big-endian unsigned bytes <-> bigint, as BN_bin2bn and BN_bn2bin (zero is no bytes). */
function bnFromBytes(b: Uint8Array): bigint {
  let n = 0n;
  for (const x of b) n = (n << 8n) | BigInt(x);
  return n;
}
function bnToBytes(n: bigint): Uint8Array {
  const out: number[] = [];
  while (n > 0n) {
    out.push(Number(n & 0xffn));
    n >>= 8n;
  }
  return Uint8Array.from(out.reverse());
}

/** BN_rand_range: uniform in [0, range), by rejection from whole bytes as OpenSSL does. */
function randRange(range: bigint): bigint {
  const bytes = bnToBytes(range).length;
  const bits = range.toString(2).length;
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    const r = bnFromBytes(nodeCrypto.randomBytes(bytes)) & mask;
    if (r < range) return r;
  }
}

cryptoNif('strong_rand_range_nif', 1, (_p: Process, rangeT: Term) => {
  const b = binaryBytes(rangeT);
  if (b === undefined) return badarg();
  const range = bnFromBytes(b);
  if (range <= 0n) return badarg();
  return binary(bnToBytes(randRange(range)));
});

/** An mpint: a 32-bit big-endian length, then that many big-endian bytes. */
function fromMpint(t: Term): bigint | undefined {
  const b = binaryBytes(t);
  if (b === undefined || b.length < 4) return undefined;
  const len = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  if (len !== b.length - 4) return undefined;
  return bnFromBytes(b.subarray(4));
}

cryptoNif('rand_uniform_nif', 2, (_p: Process, fromT: Term, toT: Term) => {
  const from = fromMpint(fromT);
  const to = fromMpint(toT);
  if (from === undefined || to === undefined || to - from <= 0n) return badarg();
  const r = bnToBytes(from + randRange(to - from));
  const out = new Uint8Array(4 + r.length);
  new DataView(out.buffer).setUint32(0, r.length);
  out.set(r, 4);
  return binary(out);
});

/** RAND_seed: node's OpenSSL seeds itself; the bytes are only checked. */
cryptoNif('rand_seed_nif', 1, (_p: Process, seed: Term) => (binaryBytes(seed) === undefined ? badarg() : OK));

// --- Numbers and bytes ----------------------------------------------------------------------

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n % mod;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

cryptoNif('mod_exp_nif', 4, (_p: Process, baseT: Term, expT: Term, modT: Term, hdrT: Term) => {
  const b = binaryBytes(baseT);
  const e = binaryBytes(expT);
  const m = binaryBytes(modT);
  const hdr = int32(hdrT);
  if (b === undefined || e === undefined || m === undefined || hdr === undefined || (hdr & ~4) !== 0) return badarg();
  const mod = bnFromBytes(m);
  if (mod === 0n) return badarg();
  const r = bnToBytes(modPow(bnFromBytes(b), bnFromBytes(e), mod));
  if (hdr === 0) return binary(r);
  // With a header: an mpint, a zero byte first when the top bit is set.
  const extra = r.length > 0 && r[0] & 0x80 ? 1 : 0;
  const out = new Uint8Array(4 + extra + r.length);
  new DataView(out.buffer).setUint32(0, r.length + extra);
  out.set(r, 4 + extra);
  return binary(out);
});

cryptoNif('do_exor', 2, (_p: Process, aT: Term, bT: Term) => {
  const a = iolistBytes(aT);
  const b = iolistBytes(bT);
  if (a === undefined || b === undefined || a.length !== b.length) return badarg();
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return binary(out);
});

cryptoNif('hash_equals_nif', 2, (_p: Process, aT: Term, bT: Term) => {
  const a = binaryBytes(aT);
  const b = binaryBytes(bT);
  if (a === undefined || b === undefined || a.length !== b.length) return badarg();
  return nodeCrypto.timingSafeEqual(a, b) ? TRUE : FALSE;
});

