// crypto's "new API" ciphers (erts: lib/crypto/c_src/api_ng.c): ng_crypto_init_nif/4,
// ng_crypto_update_nif/2,3, ng_crypto_final_nif/1, ng_crypto_get_data_nif/1 and
// ng_crypto_one_time_nif/5, with erts's options ({encrypt, B}, {padding, P}) and its OTP-side
// paddings (zero, random; `undefined` drops an unfilled last block).
//
// erts drives an EVP_CIPHER_CTX; OpenSSL 3's block-mode provider buffers a partial block, holds
// back the last block when decrypting with PKCS padding, and can carry on after a final. node's
// Cipher cannot be used after final(), so the provider's buffering is done here and node's cipher
// (padding off) only ever sees whole blocks; a final is then one more update of the padded block.
// Stream-like modes (block size 1: CTR, CFB, OFB, ChaCha20, RC4) pass data straight through.

import type * as nodeCrypto from 'node:crypto';
import { atom, Atom, TRUE, FALSE, UNDEFINED } from '../term/atom.js';
import { Cons, NIL } from '../term/list.js';
import { EMap } from '../term/map.js';
import { formatTermW } from '../term/display.js';
import type { Term } from '../term/term.js';
import { MagicRef } from '../bifs/magic-ref.js';
import type { Process } from '../process/process.js';
import { randomBytes } from 'node:crypto';
import { binary, cryptoNif, excp, iolistBytes } from './crypto-common.js';
import { cipherAvailable, cipherKnown, cipherOf, newNodeCipher, type CipherSpec } from './crypto-ciphers.js';

const ENCRYPT = atom('encrypt');
const PADDING = atom('padding');
const NONE = atom('none');
const ZERO = atom('zero');
const RANDOM = atom('random');
const PKCS_PADDING = atom('pkcs_padding');
const DYN_IV_NOTSUP = 'Dynamic IV is not supported for libcrypto versions >= 3.0';
const PADDINGS = new Set<Term>([UNDEFINED, NONE, ZERO, RANDOM, PKCS_PADDING]);

/** get_opts: the encrypt flag (1, 0, or -1 for `undefined`) and the padding atom. */
function getOpts(opts: Term, argNum: number): { enc: number; padding: Atom } {
  if (opts === TRUE) return { enc: 1, padding: UNDEFINED };
  if (opts === FALSE) return { enc: 0, padding: UNDEFINED };
  if (opts === UNDEFINED) return { enc: -1, padding: UNDEFINED };
  let t = opts;
  while (t instanceof Cons) t = t.tl;
  if (t !== NIL) return excp('badarg', 'api_ng.c', 120, argNum, 'Options are not a boolean or a proper list');
  let enc: number | undefined;
  let padding: Atom | undefined;
  for (t = opts; t instanceof Cons; t = t.tl) {
    const e = t.hd;
    if (!Array.isArray(e) || e.length !== 2) return excp('badarg', 'api_ng.c', 139, argNum, 'Options must be a property list!');
    const [tag, val] = e as Term[];
    if (tag === ENCRYPT) {
      if (enc !== undefined) return excp('badarg', 'api_ng.c', 144, argNum, "'encrypt' option is present more than once!");
      if (val === TRUE) enc = 1;
      else if (val === FALSE) enc = 0;
      else if (val === UNDEFINED) enc = -1;
      else return excp('badarg', 'api_ng.c', 152, argNum, "The 'encrypt' option must be a boolean!");
    } else if (tag === PADDING) {
      if (padding !== undefined) return excp('badarg', 'api_ng.c', 157, argNum, "The 'padding' option is present more than once!");
      if (!PADDINGS.has(val)) return excp('badarg', 'api_ng.c', 168, argNum, "Bad 'padding' option value");
      padding = val as Atom;
    } else {
      // enif_snprintf into a 64-byte buffer: the message is cut at 63 characters.
      return excp('badarg', 'api_ng.c', 174, argNum, `Bad tag in option: ${formatTermW(tag)}`.slice(0, 63));
    }
  }
  return { enc: enc ?? 1, padding: padding ?? UNDEFINED };
}

/** The EVP_CIPHER_CTX of one crypto_init (or one crypto_one_time) and erts's bookkeeping around it. */
class CipherState extends MagicRef {
  cipher: nodeCrypto.Cipher;
  /** OpenSSL's partial (or, decrypting with PKCS padding, held-back) block. */
  buf: Uint8Array;
  bufLen = 0;
  /** Bytes given to update so far (erts's ctx_res->size). */
  size = 0;
  /** Filled in by a final: how many bytes of padding it added (-1 before). */
  paddedSize = -1;
  constructor(
    readonly spec: CipherSpec,
    readonly cipherKey: Uint8Array,
    readonly iv: Uint8Array | undefined,
    public enc: number,
    readonly padding: Atom,
  ) {
    super();
    this.cipher = newNodeCipher(spec, cipherKey, enc === 1, iv);
    this.buf = new Uint8Array(spec.blockSize);
  }
  /** OpenSSL's own padding (on only for pkcs_padding; erts turns it off otherwise). */
  get pad(): boolean {
    return this.padding === PKCS_PADDING;
  }
  private process(data: Uint8Array): Uint8Array {
    return data.length === 0 ? data : Uint8Array.from(this.cipher.update(data));
  }
  /** EVP_CipherUpdate (ossl_cipher_generic_block_update for the block modes). */
  update(input: Uint8Array): Uint8Array {
    const bl = this.spec.blockSize;
    if (bl === 1) return this.process(input);
    const out: Uint8Array[] = [];
    let inp = input;
    let nextBlocks: number;
    if (this.bufLen !== 0) {
      const take = Math.min(bl - this.bufLen, inp.length);
      this.buf.set(inp.subarray(0, take), this.bufLen);
      this.bufLen += take;
      inp = inp.subarray(take);
      nextBlocks = inp.length - (inp.length % bl);
    } else {
      nextBlocks = inp.length - (inp.length % bl);
    }
    // Decrypting with padding, a block that ends an update is held back: it may be the last.
    if (this.bufLen === bl && (this.enc === 1 || inp.length > 0 || !this.pad)) {
      out.push(this.process(this.buf.slice()));
      this.bufLen = 0;
    }
    if (nextBlocks > 0) {
      if (this.enc !== 1 && this.pad && nextBlocks === inp.length) nextBlocks -= bl;
      out.push(this.process(inp.subarray(0, nextBlocks)));
      inp = inp.subarray(nextBlocks);
    }
    if (inp.length !== 0) {
      this.buf.set(inp, this.bufLen);
      this.bufLen += inp.length;
    }
    return concat(out);
  }
  /** EVP_CipherFinal_ex: the last block, or undefined where OpenSSL fails. */
  evpFinal(): Uint8Array | undefined {
    const bl = this.spec.blockSize;
    if (bl === 1) return new Uint8Array(0);
    if (this.enc === 1) {
      if (this.pad) {
        const n = bl - this.bufLen;
        this.buf.fill(n, this.bufLen);
        this.bufLen = bl;
      } else if (this.bufLen === 0) {
        return new Uint8Array(0);
      } else if (this.bufLen !== bl) {
        return undefined;
      }
      const out = this.process(this.buf.slice());
      this.bufLen = 0;
      return out;
    }
    if (this.bufLen === 0 && !this.pad) return new Uint8Array(0);
    if (this.bufLen !== bl) return undefined;
    const block = this.process(this.buf.slice());
    this.bufLen = 0;
    if (!this.pad) return block;
    const n = block[bl - 1];
    if (n === 0 || n > bl) return undefined;
    for (let i = bl - n; i < bl; i++) if (block[i] !== n) return undefined;
    return block.subarray(0, bl - n);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** get_init_args: a fresh state for (Cipher, Key, IV, Options), checked in erts's order. */
function initState(argv: Term[], cipherArg: number, keyArg: number, ivArg: number, optsArg: number): CipherState {
  const { enc, padding } = getOpts(argv[optsArg], optsArg);
  const key = iolistBytes(argv[keyArg]);
  if (key === undefined) return excp('badarg', 'api_ng.c', 228, keyArg, 'Bad key');
  const cipher = argv[cipherArg];
  if (!(cipher instanceof Atom)) return excp('badarg', 'api_ng.c', 235, cipherArg, 'Cipher id is not an atom');
  const spec = cipherOf(cipher, key.length);
  if (spec === undefined) {
    if (!cipherKnown(cipher)) return excp('badarg', 'api_ng.c', 242, cipherArg, 'Unknown cipher');
    return excp('badarg', 'api_ng.c', 244, keyArg, 'Bad key size');
  }
  if (spec.aead) return excp('badarg', 'api_ng.c', 250, cipherArg, 'Missing arguments for this cipher');
  if (!cipherAvailable(spec)) return excp('notsup', 'api_ng.c', 283, cipherArg, 'Cipher not supported in this libcrypto version');
  // An `undefined` IV is crypto_dyn_iv_init's, which erts refuses with OpenSSL 3, as beamjs's is.
  if (argv[ivArg] === UNDEFINED) return excp('notsup', 'api_ng.c', 295, -1, DYN_IV_NOTSUP);
  let iv: Uint8Array | undefined;
  if (spec.ivLen !== 0) {
    iv = iolistBytes(argv[ivArg]);
    if (iv === undefined) return excp('badarg', 'api_ng.c', 304, ivArg, 'Bad iv type');
    if (iv.length !== spec.ivLen) return excp('badarg', 'api_ng.c', 310, ivArg, 'Bad iv size');
  }
  if (!spec.variableKey && key.length !== spec.keyLen) {
    return excp('error', 'api_ng.c', 363, keyArg, "Can't initialize context, key_length");
  }
  try {
    return new CipherState(spec, key, iv, enc, padding);
  } catch {
    return excp('error', 'api_ng.c', 392, -1, "Can't initialize key or iv");
  }
}

/** get_update_args. */
function updateState(st: CipherState, data: Uint8Array): Uint8Array {
  st.size += data.length;
  return st.update(data);
}

/** get_final_args: the final output with erts's paddings, or its error. */
function finalState(st: CipherState): Uint8Array {
  const bl = st.spec.blockSize;
  let padSize = st.size % bl;
  if (padSize !== 0) padSize = bl - padSize;
  if (st.enc !== 0) {
    let prefix: Uint8Array = new Uint8Array(0);
    const p = st.padding;
    if (p === UNDEFINED || p === NONE) st.paddedSize = padSize;
    else if (p === PKCS_PADDING) st.paddedSize = padSize !== 0 ? padSize : bl;
    else {
      // zero and random: erts pads by hand, then finishes without OpenSSL's padding.
      if (padSize !== 0) prefix = st.update(p === ZERO ? new Uint8Array(padSize) : randomBytes(padSize));
      st.paddedSize = padSize;
    }
    if (p === UNDEFINED) return new Uint8Array(0);
    const last = st.evpFinal();
    if (last === undefined) {
      if (p === NONE) return excp('error', 'api_ng.c', 610, -1, "Padding 'none' but unfilled last block");
      if (p === PKCS_PADDING) return excp('error', 'api_ng.c', 612, -1, "Can't finalize");
      return excp('error', 'api_ng.c', 614, -1, 'Padding failed');
    }
    return concat([prefix, last]);
  }
  if (st.padding === UNDEFINED) return new Uint8Array(0);
  const last = st.evpFinal();
  if (last === undefined) return excp('error', 'api_ng.c', 638, -1, "Can't finalize");
  return last;
}

cryptoNif('ng_crypto_init_nif', 4, (_p: Process, ...argv: Term[]) => {
  if (argv[0] instanceof Atom) return initState(argv, 0, 1, 2, 3);
  const st = argv[0];
  if (st instanceof CipherState) {
    // Compatibility re-initialisation: only the direction changes.
    if (argv[3] !== TRUE && argv[3] !== FALSE) return excp('badarg', 'api_ng.c', 695, 3, 'Expected true or false');
    st.enc = argv[3] === TRUE ? 1 : 0;
    st.cipher = newNodeCipher(st.spec, st.cipherKey, st.enc === 1, st.iv);
    st.bufLen = 0;
    return st;
  }
  return excp('badarg', 'api_ng.c', 708, 0, 'Expected cipher name atom');
});

function updateNif(argv: Term[]): Term {
  const data = iolistBytes(argv[1]);
  if (data === undefined) return excp('badarg', 'api_ng.c', 860, 1, 'expected binary');
  if (data.length > 0x7fffffff) return excp('badarg', 'api_ng.c', 863, 1, 'too long data');
  const st = argv[0];
  if (!(st instanceof CipherState)) return excp('badarg', 'api_ng.c', 731, 0, 'Bad State');
  if (argv.length === 3) return excp('notsup', 'api_ng.c', 736, -1, DYN_IV_NOTSUP);
  return binary(updateState(st, data));
}

cryptoNif('ng_crypto_update_nif', 2, (_p: Process, ...argv: Term[]) => updateNif(argv));
cryptoNif('ng_crypto_update_nif', 3, (_p: Process, ...argv: Term[]) => updateNif(argv));

cryptoNif('ng_crypto_final_nif', 1, (_p: Process, st: Term) => {
  if (!(st instanceof CipherState)) return excp('badarg', 'api_ng.c', 886, 0, 'Bad State');
  return binary(finalState(st));
});

cryptoNif('ng_crypto_get_data_nif', 1, (_p: Process, st: Term) => {
  if (!(st instanceof CipherState)) return excp('badarg', 'api_ng.c', 992, 0, 'Bad State');
  return EMap.fromEntries([
    [atom('size'), st.size],
    [atom('padding_size'), st.paddedSize],
    [atom('padding_type'), st.padding],
    [ENCRYPT, st.enc !== 0 ? TRUE : FALSE],
  ]);
});

cryptoNif('ng_crypto_one_time_nif', 5, (_p: Process, ...argv: Term[]) => {
  const data = iolistBytes(argv[3]);
  if (data === undefined) return excp('badarg', 'api_ng.c', 966, 3, 'expected binary as data');
  if (data.length > 0x7fffffff) return excp('badarg', 'api_ng.c', 969, 3, 'too long data');
  const st = initState(argv, 0, 1, 2, 4);
  const first = updateState(st, data);
  return binary(concat([first, finalState(st)]));
});
