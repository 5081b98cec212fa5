// crypto_one_time_aead's NIF (erts: lib/crypto/c_src/aead.c): AES-GCM, AES-CCM and
// ChaCha20-Poly1305 in one call, {CipherText, Tag} when encrypting, PlainText or `error` when
// decrypting.
//
// OpenSSL checks a GCM or ChaCha20-Poly1305 tag of any length from 1 to 16 bytes, node only some
// of those lengths; so a decryption here recovers the plain text (both ciphers are a key stream
// XORed with the data) and recomputes the full tag by encrypting it again, then compares the
// prefix that was given, which is what OpenSSL's check amounts to. CCM's tag length is part of
// the computation, so node checks CCM tags itself.

import * as nodeCrypto from 'node:crypto';
import { atom, TRUE, FALSE } from '../term/atom.js';
import type { Term } from '../term/term.js';
import type { Process } from '../process/process.js';
import { binary, cryptoNif, excp, iolistBytes, binaryBytes, uint32 } from './crypto-common.js';
import { cipherAvailable, cipherOf, type CipherSpec } from './crypto-ciphers.js';

const ERROR = atom('error');

function validIvLength(spec: CipherSpec, n: number): boolean {
  if (spec.mode === 'ccm') return n >= 7 && n <= 13;
  if (spec.mode === 'gcm') return n >= 1;
  return n === 12;
}

function validCcmTagLength(n: number): boolean {
  return n >= 4 && n <= 16 && n % 2 === 0;
}

type AeadCipher = nodeCrypto.CipherGCM;

function encryptFull(spec: CipherSpec, key: Uint8Array, iv: Uint8Array, text: Uint8Array, aad: Uint8Array): [Uint8Array, Uint8Array] {
  const c = nodeCrypto.createCipheriv(spec.openssl as nodeCrypto.CipherGCMTypes, key, iv, { authTagLength: 16 }) as AeadCipher;
  c.setAAD(aad);
  const out = Buffer.concat([c.update(text), c.final()]);
  return [out, c.getAuthTag()];
}

cryptoNif(
  'aead_cipher_nif',
  7,
  (_p: Process, type: Term, keyT: Term, ivT: Term, inT: Term, aadT: Term, tagT: Term, encT: Term) => {
    if (encT !== TRUE && encT !== FALSE) return excp('badarg', 'aead.c', 54, 6, 'Bad enc flag');
    const encrypt = encT === TRUE;
    const key = iolistBytes(keyT);
    if (key === undefined) return excp('badarg', 'aead.c', 63, 1, 'non-binary key');
    const iv = iolistBytes(ivT);
    if (iv === undefined) return excp('badarg', 'aead.c', 65, 2, 'non-binary iv');
    const text = iolistBytes(inT);
    if (text === undefined) return excp('badarg', 'aead.c', 67, 3, 'non-binary text');
    const aad = iolistBytes(aadT);
    if (aad === undefined) return excp('badarg', 'aead.c', 69, 4, 'non-binary AAD');
    let tagLen: number;
    let tag: Uint8Array | undefined;
    if (encrypt) {
      const n = uint32(tagT);
      if (n === undefined) return excp('badarg', 'aead.c', 73, 5, 'Bad Tag length');
      tagLen = n;
    } else {
      tag = binaryBytes(tagT);
      if (tag === undefined) return excp('badarg', 'aead.c', 77, 5, 'non-binary Tag');
      tagLen = tag.length;
    }
    const spec = cipherOf(type, key.length);
    if (spec === undefined) return excp('badarg', 'aead.c', 90, 0, 'Unknown cipher or invalid key size');
    if (!spec.aead) return excp('badarg', 'aead.c', 94, 0, 'Not aead cipher');
    if (!cipherAvailable(spec)) return excp('notsup', 'aead.c', 102, 0, 'Cipher not supported in this libcrypto version');
    if (!validIvLength(spec, iv.length)) return excp('badarg', 'aead.c', 111, 2, 'Bad IV length');
    if (key.length !== spec.keyLen) return excp('badarg', 'aead.c', 120, 1, "Can't set key or iv");
    if (spec.mode === 'ccm') {
      if (!validCcmTagLength(tagLen)) return excp('badarg', 'aead.c', 116, 5, "Can't set tag");
      if (encrypt) {
        const c = nodeCrypto.createCipheriv(spec.openssl as nodeCrypto.CipherCCMTypes, key, iv, { authTagLength: tagLen });
        c.setAAD(aad, { plaintextLength: text.length });
        const out = Buffer.concat([c.update(text), c.final()]);
        return [binary(out), binary(c.getAuthTag())];
      }
      try {
        const d = nodeCrypto.createDecipheriv(spec.openssl as nodeCrypto.CipherCCMTypes, key, iv, { authTagLength: tagLen });
        d.setAuthTag(tag!);
        d.setAAD(aad, { plaintextLength: text.length });
        return binary(Buffer.concat([d.update(text), d.final()]));
      } catch {
        return ERROR;
      }
    }
    if (encrypt) {
      if (tagLen < 1 || tagLen > 16) return excp('error', 'aead.c', 156, -1, "Can't get Tag");
      const [out, fullTag] = encryptFull(spec, key, iv, text, aad);
      return [binary(out), binary(fullTag.subarray(0, tagLen))];
    }
    if (tagLen < 1 || tagLen > 16) return ERROR;
    // The key stream is the same both ways: "encrypting" the cipher text gives the plain text.
    const [plain] = encryptFull(spec, key, iv, text, new Uint8Array(0));
    const [, fullTag] = encryptFull(spec, key, iv, plain, aad);
    return nodeCrypto.timingSafeEqual(fullTag.subarray(0, tagLen), tag!) ? binary(plain) : ERROR;
  },
);
