// crypto's MACs (erts: lib/crypto/c_src/mac.c): mac_nif/4 for one-shot HMAC, CMAC and Poly1305,
// and mac_init/update/final for the streaming forms, whose state is changed in place and
// returned, as erts's EVP_MAC_CTX resource is.
//
// HMAC runs on node's Hash (the streaming form keeps the inner hash, so a final leaves the state
// usable); CMAC is OpenSSL's CMAC_Init/Update/Final driven through node's cipher of the chosen
// mode, which is what lets erts compute a "CMAC" over a stream cipher (a one-byte MAC) as well as
// over CBC; Poly1305 (RFC 8439) is computed here, node:crypto having no one-time MAC API.

import * as nodeCrypto from 'node:crypto';
import { atom, Atom } from '../term/atom.js';
import type { Term } from '../term/term.js';
import { MagicRef } from '../bifs/magic-ref.js';
import type { Process } from '../process/process.js';
import { binary, cryptoNif, excp, iolistBytes } from './crypto-common.js';
import { digestAvailable, digestOf, newHash, type Digest } from './crypto-digests.js';
import { cipherAvailable, cipherOf, cipherKnown, newNodeCipher, type CipherSpec } from './crypto-ciphers.js';

/** erts's mac_types: each with the key length it requires (0: any). */
const MAC_TYPES = new Map<Atom, { kind: 'hmac' | 'cmac' | 'poly1305'; keyLen: number }>([
  [atom('poly1305'), { kind: 'poly1305', keyLen: 32 }],
  [atom('hmac'), { kind: 'hmac', keyLen: 0 }],
  [atom('cmac'), { kind: 'cmac', keyLen: 0 }],
]);

/** mac_algorithms/0. */
export function macAlgorithms(): Atom[] {
  return [atom('cmac'), atom('hmac'), atom('poly1305')];
}

// --- HMAC -----------------------------------------------------------------------------------

/** HMAC over a copyable inner hash, so that a state can be finished more than once. */
class Hmac {
  private readonly inner: nodeCrypto.Hash;
  private readonly outerKey: Uint8Array;
  constructor(
    private readonly digest: Digest,
    key: Uint8Array,
  ) {
    const k = new Uint8Array(digest.blockSize);
    k.set(key.length > digest.blockSize ? newHash(digest).update(key).digest() : key);
    const ipad = k.map((b) => b ^ 0x36);
    this.outerKey = k.map((b) => b ^ 0x5c);
    this.inner = newHash(digest).update(ipad);
  }
  update(data: Uint8Array): void {
    this.inner.update(data);
  }
  final(): Uint8Array {
    const innerDigest = this.inner.copy().digest();
    return newHash(this.digest).update(this.outerKey).update(innerDigest).digest();
  }
}

// --- CMAC -----------------------------------------------------------------------------------

/** OpenSSL's make_kn: the subkey doubling in GF(2^n), with erts's constant for non-16-byte blocks. */
function makeKn(l: Uint8Array, bl: number): Uint8Array {
  const k = new Uint8Array(bl);
  for (let i = 0; i < bl - 1; i++) k[i] = ((l[i] << 1) | (l[i + 1] >> 7)) & 0xff;
  const carry = l[0] >> 7;
  k[bl - 1] = ((l[bl - 1] << 1) & 0xff) ^ (carry ? (bl === 16 ? 0x87 : 0x1b) : 0);
  return k;
}

/** CMAC_CTX: the cipher running in its own mode from a zero IV, and the unprocessed last block. */
class Cmac {
  private readonly bl: number;
  private readonly k1: Uint8Array;
  private readonly k2: Uint8Array;
  private readonly cipher: nodeCrypto.Cipher;
  private pending: Uint8Array = new Uint8Array(0);
  constructor(spec: CipherSpec, key: Uint8Array) {
    this.bl = spec.blockSize;
    const first = newNodeCipher(spec, key, true);
    const l = Uint8Array.from(first.update(new Uint8Array(this.bl)));
    this.k1 = makeKn(l, this.bl);
    this.k2 = makeKn(this.k1, this.bl);
    // CMAC_Init resets the cipher by setting a zero IV again: a cipher without an IV (RC4) is not
    // reset and carries on with its key stream.
    this.cipher = spec.ivLen === 0 ? first : newNodeCipher(spec, key, true);
  }
  update(data: Uint8Array): void {
    const all = new Uint8Array(this.pending.length + data.length);
    all.set(this.pending);
    all.set(data, this.pending.length);
    // CMAC_Update keeps the last block (complete or not) back until more data comes.
    const blocks = Math.max(0, Math.ceil(all.length / this.bl) - 1);
    if (blocks > 0) this.cipher.update(all.subarray(0, blocks * this.bl));
    this.pending = all.slice(blocks * this.bl);
  }
  final(): Uint8Array {
    const bl = this.bl;
    const lb = this.pending.length;
    const out = new Uint8Array(bl);
    if (lb === bl) {
      for (let i = 0; i < bl; i++) out[i] = this.pending[i] ^ this.k1[i];
    } else {
      out.set(this.pending);
      out[lb] = 0x80;
      for (let i = 0; i < bl; i++) out[i] ^= this.k2[i];
    }
    return Uint8Array.from(this.cipher.update(out));
  }
}

// --- Poly1305 -------------------------------------------------------------------------------

const P1305 = (1n << 130n) - 5n;
const CLAMP = 0x0ffffffc0ffffffc0ffffffc0fffffffn;

function le(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

class Poly1305 {
  private readonly r: bigint;
  private readonly s: bigint;
  private acc = 0n;
  private pending: Uint8Array = new Uint8Array(0);
  constructor(key: Uint8Array) {
    this.r = le(key.subarray(0, 16)) & CLAMP;
    this.s = le(key.subarray(16, 32));
  }
  private block(chunk: Uint8Array): void {
    this.acc = ((this.acc + (le(chunk) | (1n << BigInt(8 * chunk.length)))) * this.r) % P1305;
  }
  update(data: Uint8Array): void {
    const all = new Uint8Array(this.pending.length + data.length);
    all.set(this.pending);
    all.set(data, this.pending.length);
    let i = 0;
    for (; i + 16 <= all.length; i += 16) this.block(all.subarray(i, i + 16));
    this.pending = all.slice(i);
  }
  final(): Uint8Array {
    let acc = this.acc;
    if (this.pending.length > 0) {
      acc = ((acc + (le(this.pending) | (1n << BigInt(8 * this.pending.length)))) * this.r) % P1305;
    }
    let tag = (acc + this.s) & ((1n << 128n) - 1n);
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i++, tag >>= 8n) out[i] = Number(tag & 0xffn);
    return out;
  }
}

// --- The NIFs -------------------------------------------------------------------------------

type MacImpl = Hmac | Cmac | Poly1305;

/** A mac_init state: erts's mac_context resource. */
class MacState extends MagicRef {
  constructor(readonly mac: MacImpl) {
    super();
  }
}

/** Where mac_nif (one-shot) and mac_init_nif raise, as erts's mac.c lines. */
interface MacLines {
  readonly unknownMac: number;
  readonly badKeyLength: number;
  readonly badDigest: number;
  readonly unsupportedDigest: number;
  readonly unknownCipher: number;
  readonly badKeySize: number;
  readonly unsupportedCipher: number;
  /** Where OpenSSL's refusal of a CMAC key is reported, and how. */
  readonly keyRefused: number;
  readonly keyRefusedText: string;
}
const ONE_TIME: MacLines = {
  unknownMac: 233,
  badKeyLength: 235,
  badDigest: 263,
  unsupportedDigest: 275,
  unknownCipher: 313,
  badKeySize: 316,
  unsupportedCipher: 328,
  keyRefused: 387,
  keyRefusedText: "Couldn't get mac",
};
const INIT: MacLines = {
  unknownMac: 587,
  badKeyLength: 589,
  badDigest: 617,
  unsupportedDigest: 629,
  unknownCipher: 658,
  badKeySize: 661,
  unsupportedCipher: 673,
  keyRefused: 737,
  keyRefusedText: "Can't initialize EVP_MAC_CTX",
};

/** The MAC a (Type, SubType, Key) names, checked in mac.c's order. */
function makeMac(type: Term, subType: Term, key: Uint8Array, lines: MacLines): MacImpl {
  const mt = type instanceof Atom ? MAC_TYPES.get(type) : undefined;
  if (mt === undefined) return excp('badarg', 'mac.c', lines.unknownMac, 0, 'Unknown mac algorithm');
  if (mt.keyLen !== 0 && mt.keyLen !== key.length) return excp('badarg', 'mac.c', lines.badKeyLength, 2, 'Bad key length');
  switch (mt.kind) {
    case 'hmac': {
      const d = digestOf(subType);
      if (d === undefined) return excp('badarg', 'mac.c', lines.badDigest, 1, 'Bad digest algorithm for HMAC');
      if (!digestAvailable(d)) return excp('notsup', 'mac.c', lines.unsupportedDigest, 1, 'Unsupported digest algorithm');
      return new Hmac(d, key);
    }
    case 'cmac': {
      const spec = cipherOf(subType, key.length);
      if (spec === undefined) {
        if (!cipherKnown(subType)) return excp('badarg', 'mac.c', lines.unknownCipher, 1, 'Unknown cipher');
        return excp('badarg', 'mac.c', lines.badKeySize, 2, 'Bad key size');
      }
      if (!cipherAvailable(spec)) return excp('notsup', 'mac.c', lines.unsupportedCipher, 1, 'Unsupported cipher algorithm');
      try {
        return new Cmac(spec, key);
      } catch {
        // OpenSSL refused the key (a DES key of the wrong length...).
        return excp('error', 'mac.c', lines.keyRefused, -1, lines.keyRefusedText);
      }
    }
    case 'poly1305':
      return new Poly1305(key);
  }
}

cryptoNif('mac_nif', 4, (_p: Process, type: Term, subType: Term, key: Term, text: Term) => {
  const data = iolistBytes(text);
  if (data === undefined) return excp('badarg', 'mac.c', 175, 3, 'Bad text');
  const k = iolistBytes(key);
  if (k === undefined) return excp('badarg', 'mac.c', 206, 2, 'Bad key');
  const mt = type instanceof Atom ? MAC_TYPES.get(type) : undefined;
  const d = digestOf(subType);
  if (mt?.kind === 'hmac' && d !== undefined && digestAvailable(d)) {
    // The common case, computed by node in one call.
    return binary(nodeCrypto.createHmac(d.openssl, k).update(data).digest());
  }
  const mac = makeMac(type, subType, k, ONE_TIME);
  mac.update(data);
  return binary(mac.final());
});

cryptoNif('mac_init_nif', 3, (_p: Process, type: Term, subType: Term, key: Term) => {
  const k = iolistBytes(key);
  if (k === undefined) return excp('badarg', 'mac.c', 580, 2, 'Bad key');
  return new MacState(makeMac(type, subType, k, INIT));
});

cryptoNif('mac_update_nif', 2, (_p: Process, state: Term, text: Term) => {
  const data = iolistBytes(text);
  if (data === undefined) return excp('badarg', 'mac.c', 794, 1, 'Bad text');
  if (!(state instanceof MacState)) return excp('badarg', 'mac.c', 817, 0, 'Bad ref');
  state.mac.update(data);
  return state;
});

cryptoNif('mac_final_nif', 1, (_p: Process, state: Term) => {
  if (!(state instanceof MacState)) return excp('badarg', 'mac.c', 847, 0, 'Bad ref');
  return binary(state.mac.final());
});
