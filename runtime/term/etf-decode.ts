// The external term format, reading half: what binary_to_term/1,2 does with a
// version-131 binary, and what the BEAM reader uses for literal tables and the
// Attr and CInf chunks. Every check erts makes is made here too (measured against
// erts 13 / OTP 25): malformed input raises badarg, never a JS error.
//
// The decoder keeps its own stack of unfinished tuples, lists, maps and funs, so a
// deeply nested term cannot overflow the JS stack.

import { inflateSync } from 'node:zlib';
import { atom, existingAtom, type Atom } from './atom.js';
import { BitStr } from './bitstring.js';
import { EFloat } from './float.js';
import { Fun, type ExportRef, type LambdaInfo } from './fun.js';
import { LOCAL_NODE, Pid, Port, Ref } from './identifiers.js';
import { Cons, NIL, listFrom } from './list.js';
import { EMap } from './map.js';
import { normInt, type Term } from './term.js';
import { badarg, raiseError } from '../errors.js';
import {
  VERSION,
  COMPRESSED,
  NEW_FLOAT_EXT,
  BIT_BINARY_EXT,
  NEW_PID_EXT,
  NEW_PORT_EXT,
  NEWER_REFERENCE_EXT,
  SMALL_INTEGER_EXT,
  INTEGER_EXT,
  FLOAT_EXT,
  ATOM_EXT,
  REFERENCE_EXT,
  PORT_EXT,
  PID_EXT,
  SMALL_TUPLE_EXT,
  LARGE_TUPLE_EXT,
  NIL_EXT,
  STRING_EXT,
  LIST_EXT,
  BINARY_EXT,
  SMALL_BIG_EXT,
  LARGE_BIG_EXT,
  NEW_FUN_EXT,
  EXPORT_EXT,
  NEW_REFERENCE_EXT,
  SMALL_ATOM_EXT,
  MAP_EXT,
  ATOM_UTF8_EXT,
  SMALL_ATOM_UTF8_EXT,
  V4_PORT_EXT,
} from './etf-tags.js';

/** What a NEW_FUN_EXT names: enough for the loader to find (or stub) the lambda. */
export interface LambdaRef {
  readonly module: Atom;
  /** Index in the module's FunT chunk. */
  readonly index: number;
  /** The defining module's MD5 (16 bytes). */
  readonly uniq: Uint8Array;
  readonly oldIndex: number;
  readonly oldUniq: number;
  /** Arguments the fun takes when called. */
  readonly arity: number;
  readonly numFree: number;
}

export interface DecodeOptions {
  /** The export table entry for `fun M:F/A`; without it the fun raises undef when called. */
  resolveExport?: (module: Atom, name: Atom, arity: number) => ExportRef;
  /** The lambda a local fun refers to; without it, a local fun is badarg. */
  resolveLambda?: (ref: LambdaRef) => LambdaInfo;
  /**
   * binary_to_term/2's `safe`: refuse to create atoms that do not exist yet. (erts
   * also refuses export funs of unknown functions; resolveExport can do that.)
   */
  safe?: boolean;
  /** This node's name and creation: identifiers of this node must be valid local ones. */
  thisNode?: { readonly node: Atom; readonly creation: number };
}

/** The term encoded in `bytes` (which starts with the version byte 131); trailing bytes are ignored, as erts does. */
export function decodeTerm(bytes: Uint8Array, opts: DecodeOptions = {}): Term {
  return decodeTermAt(bytes, 0, opts).term;
}

/** The term encoded at `offset`, and how many bytes it took (binary_to_term/2's `used`). */
export function decodeTermAt(bytes: Uint8Array, offset: number, opts: DecodeOptions = {}): { term: Term; used: number } {
  if (offset < 0 || offset + 1 > bytes.length || bytes[offset] !== VERSION) badarg();
  if (offset + 1 < bytes.length && bytes[offset + 1] === COMPRESSED) {
    // Only the top level may be compressed; the declared size must be exact (the
    // term need not fill it).
    if (offset + 6 > bytes.length) badarg();
    const size = readU32(bytes, offset + 2);
    let inflated: Uint8Array;
    let consumed: number;
    try {
      const r = inflateSync(bytes.subarray(offset + 6), { info: true, maxOutputLength: Math.max(size, 1) }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      inflated = new Uint8Array(r.buffer.buffer, r.buffer.byteOffset, r.buffer.byteLength);
      consumed = r.engine.bytesWritten;
    } catch {
      badarg();
    }
    if (inflated.length !== size) badarg();
    const d = new Decoder(inflated, 0, opts);
    return { term: d.run(), used: 6 + consumed };
  }
  const d = new Decoder(bytes, offset + 1, opts);
  const term = d.run();
  return { term, used: d.pos - offset };
}


/** Atoms hold at most 255 characters. */
const MAX_ATOM_CHARS = 255;
/** Old formats (PID_EXT, PORT_EXT, REFERENCE_EXT, NEW_REFERENCE_EXT) carry a 2-bit creation. */
const MAX_TINY_CREATION = 3;
/** Limits of identifiers local to this node (erts's internal pid, port and ref layouts). */
const MAX_LOCAL_PID_NUMBER = 0x7fff;
const MAX_LOCAL_PID_SERIAL = 0x1fff;
const MAX_LOCAL_PORT_NUMBER = 0x0fffffff;
const LOCAL_REF_WORDS = 3;
/** The first word of a local reference, and of any reference in the old formats, is 18 bits. */
const MAX_REF_FIRST_WORD = 0x3ffff;
const MAX_REF_WORDS = 5;
/** A float string (FLOAT_EXT) as erts accepts it: sign, digits, a point, digits, an optional exponent. */
const FLOAT_STRING = /^[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?$/;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const enum Kind {
  Tuple,
  List,
  Map,
  Fun,
}

/** A compound term whose elements are still being read. */
interface Frame {
  kind: Kind;
  /** Elements still to come before the term is complete. */
  need: number;
  items: Term[];
  /** For a fun: what the header said. */
  lambda: LambdaRef | null;
}

function readU32(b: Uint8Array, p: number): number {
  return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
}

class Decoder {
  readonly b: Uint8Array;
  pos: number;
  readonly opts: DecodeOptions;
  readonly stack: Frame[] = [];

  constructor(b: Uint8Array, pos: number, opts: DecodeOptions) {
    this.b = b;
    this.pos = pos;
    this.opts = opts;
  }

  /** Reads one whole term. */
  run(): Term {
    const stack = this.stack;
    for (;;) {
      let v: Term | undefined = this.readOne();
      if (v === undefined) {
        // A compound was opened; those with no elements complete at once.
        const top = stack[stack.length - 1];
        if (top.need > 0) continue;
        stack.pop();
        v = this.finish(top);
      }
      // Hand the value to its parent; completing the parent may complete the grandparent.
      for (;;) {
        if (stack.length === 0) return v;
        const top = stack[stack.length - 1];
        top.items.push(v);
        if (--top.need > 0) break;
        stack.pop();
        v = this.finish(top);
      }
    }
  }

  private need(n: number): void {
    if (n > this.b.length - this.pos) badarg();
  }
  private u8(): number {
    this.need(1);
    return this.b[this.pos++];
  }
  private u16(): number {
    this.need(2);
    const p = this.pos;
    this.pos += 2;
    return (this.b[p] << 8) | this.b[p + 1];
  }
  private u32(): number {
    this.need(4);
    const v = readU32(this.b, this.pos);
    this.pos += 4;
    return v;
  }
  private bytes(n: number): Uint8Array {
    this.need(n);
    const p = this.pos;
    this.pos += n;
    return this.b.subarray(p, p + n);
  }

  /** Opens a compound whose `count` elements follow; each takes at least one byte. */
  private open(kind: Kind, count: number, lambda: LambdaRef | null = null): undefined {
    this.need(count);
    this.stack.push({ kind, need: count, items: [], lambda });
    return undefined;
  }

  /** One term, or undefined after opening a compound whose elements follow. */
  private readOne(): Term | undefined {
    const tag = this.u8();
    switch (tag) {
      case SMALL_INTEGER_EXT:
        return this.u8();
      case INTEGER_EXT:
        return this.u32() | 0;
      case SMALL_BIG_EXT:
        return this.big(this.u8());
      case LARGE_BIG_EXT:
        return this.big(this.u32());
      case NEW_FLOAT_EXT: {
        const raw = this.bytes(8);
        const v = new DataView(raw.buffer, raw.byteOffset, 8).getFloat64(0);
        if (!Number.isFinite(v)) badarg();
        return new EFloat(v);
      }
      case FLOAT_EXT:
        return this.floatString();
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT:
        return this.atomBody(tag);
      case SMALL_TUPLE_EXT:
        return this.open(Kind.Tuple, this.u8());
      case LARGE_TUPLE_EXT:
        return this.open(Kind.Tuple, this.u32());
      case NIL_EXT:
        return NIL;
      case STRING_EXT: {
        const s = this.bytes(this.u16());
        let l: Term = NIL;
        for (let i = s.length - 1; i >= 0; i--) l = new Cons(s[i], l);
        return l;
      }
      case LIST_EXT:
        return this.open(Kind.List, this.u32() + 1); // the elements, then the tail
      case BINARY_EXT:
        return BitStr.fromBytes(this.bytes(this.u32()).slice());
      case BIT_BINARY_EXT:
        return this.bitBinary();
      case MAP_EXT:
        return this.open(Kind.Map, 2 * this.u32());
      case PID_EXT:
      case NEW_PID_EXT:
        return this.pidBody(tag);
      case PORT_EXT:
      case NEW_PORT_EXT:
      case V4_PORT_EXT:
        return this.portBody(tag);
      case REFERENCE_EXT:
      case NEW_REFERENCE_EXT:
      case NEWER_REFERENCE_EXT:
        return this.refBody(tag);
      case EXPORT_EXT:
        return this.exportFun();
      case NEW_FUN_EXT:
        return this.newFun();
      default:
        // FUN_EXT (removed in OTP 23), atom cache references and distribution
        // headers are not valid in binary_to_term.
        return badarg();
    }
  }

  /** Completes a compound term from its elements. */
  private finish(f: Frame): Term {
    switch (f.kind) {
      case Kind.Tuple:
        return f.items;
      case Kind.List: {
        const items = f.items;
        const tail = items.pop()!;
        return listFrom(items, tail);
      }
      case Kind.Map: {
        const pairs: Array<[Term, Term]> = [];
        for (let i = 0; i < f.items.length; i += 2) pairs.push([f.items[i], f.items[i + 1]]);
        const m = EMap.fromEntries(pairs);
        if (m.size !== pairs.length) badarg(); // a key twice
        return m;
      }
      case Kind.Fun: {
        const ref = f.lambda!;
        const resolve = this.opts.resolveLambda;
        if (resolve === undefined) badarg();
        return new Fun(ref.arity, resolve(ref), f.items, null);
      }
    }
  }

  /** A bignum of n little-endian magnitude bytes after the sign byte. */
  private big(n: number): number | bigint {
    const sign = this.u8(); // any non-zero sign byte means negative, as in erts
    const mag = this.bytes(n);
    if (n <= 6) {
      let v = 0;
      for (let i = n - 1; i >= 0; i--) v = v * 256 + mag[i];
      return sign === 0 ? v : v === 0 ? 0 : -v;
    }
    let hex = '';
    for (let i = n - 1; i >= 0; i--) hex += (mag[i] < 16 ? '0' : '') + mag[i].toString(16);
    const v = BigInt('0x' + hex);
    return normInt(sign === 0 ? v : -v);
  }

  private floatString(): EFloat {
    const raw = this.bytes(31);
    let end = raw.indexOf(0);
    if (end < 0) end = 31;
    let s = '';
    for (let i = 0; i < end; i++) s += String.fromCharCode(raw[i]);
    if (!FLOAT_STRING.test(s)) badarg();
    const v = Number(s);
    if (!Number.isFinite(v)) badarg();
    return new EFloat(v);
  }

  private bitBinary(): BitStr {
    const n = this.u32();
    const bits = this.u8();
    if (bits > 8 || (bits === 0) !== (n === 0)) badarg();
    const data = this.bytes(n).slice();
    // Bits past the end of the bitstring are not part of the term: clear them so
    // that equal bitstrings have equal bytes.
    if (n > 0) data[n - 1] &= (0xff00 >>> bits) & 0xff;
    return new BitStr(data, 0, n === 0 ? 0 : (n - 1) * 8 + bits);
  }

  /** An atom (any of the four atom tags), as pids, ports, refs and funs require. */
  private atomTerm(): Atom {
    const tag = this.u8();
    if (tag !== ATOM_EXT && tag !== SMALL_ATOM_EXT && tag !== ATOM_UTF8_EXT && tag !== SMALL_ATOM_UTF8_EXT) badarg();
    return this.atomBody(tag);
  }

  private atomBody(tag: number): Atom {
    const long = tag === ATOM_EXT || tag === ATOM_UTF8_EXT;
    const raw = this.bytes(long ? this.u16() : this.u8());
    let name: string;
    if (tag === ATOM_EXT || tag === SMALL_ATOM_EXT) {
      // Latin-1: one byte, one character.
      if (raw.length > MAX_ATOM_CHARS) badarg();
      name = '';
      for (let i = 0; i < raw.length; i++) name += String.fromCharCode(raw[i]);
    } else {
      try {
        name = utf8.decode(raw);
      } catch {
        badarg();
      }
      let chars = 0;
      for (const _ of name) chars++;
      if (chars > MAX_ATOM_CHARS) badarg();
    }
    if (this.opts.safe) {
      const a = existingAtom(name);
      if (a === undefined) badarg();
      return a;
    }
    return atom(name);
  }

  /** A small non-negative or signed integer term, as funs carry for arities and old indexes. */
  private smallInt(): number {
    const tag = this.u8();
    let v: number | bigint;
    if (tag === SMALL_INTEGER_EXT) v = this.u8();
    else if (tag === INTEGER_EXT) v = this.u32() | 0;
    else if (tag === SMALL_BIG_EXT) v = this.big(this.u8());
    else return badarg();
    if (typeof v !== 'number') badarg();
    return v;
  }

  private isThisNode(node: Atom, creation: number): boolean {
    const me = this.opts.thisNode ?? { node: LOCAL_NODE, creation: 0 };
    // Creation 0 is what an identifier made before the node got a creation carries.
    return node === me.node && (creation === me.creation || creation === 0);
  }

  private pidBody(tag: number): Pid {
    const node = this.atomTerm();
    const id = this.u32();
    const serial = this.u32();
    const creation = tag === PID_EXT ? this.u8() : this.u32();
    if (tag === PID_EXT && creation > MAX_TINY_CREATION) badarg();
    if (this.isThisNode(node, creation) && (id > MAX_LOCAL_PID_NUMBER || serial > MAX_LOCAL_PID_SERIAL)) badarg();
    return new Pid(node, id, serial, creation);
  }

  private portBody(tag: number): Port {
    const node = this.atomTerm();
    let id: number;
    if (tag === V4_PORT_EXT) {
      const hi = this.u32();
      // Port numbers past 2^53 lose precision in Port.id (a JS number).
      id = hi * 0x100000000 + this.u32();
    } else {
      id = this.u32();
    }
    const creation = tag === PORT_EXT ? this.u8() : this.u32();
    if (tag === PORT_EXT && creation > MAX_TINY_CREATION) badarg();
    if (this.isThisNode(node, creation) && id > MAX_LOCAL_PORT_NUMBER) badarg();
    return new Port(node, id, creation);
  }

  private refBody(tag: number): Ref {
    const len = tag === REFERENCE_EXT ? 1 : this.u16();
    const node = this.atomTerm();
    let creation: number;
    let ids: number[];
    if (tag === REFERENCE_EXT) {
      ids = [this.u32()];
      creation = this.u8();
    } else {
      creation = tag === NEW_REFERENCE_EXT ? this.u8() : this.u32();
      this.need(4 * len);
      ids = [];
      for (let i = 0; i < len; i++) ids.push(this.u32());
    }
    if (len > MAX_REF_WORDS) badarg();
    if (tag !== NEWER_REFERENCE_EXT) {
      if (creation > MAX_TINY_CREATION) badarg();
      if (len > 0 && ids[0] > MAX_REF_FIRST_WORD) badarg();
    }
    if (this.isThisNode(node, creation)) {
      // A local reference has exactly erts's three words: shorter ones are padded
      // with zeros (so they equal the full form), longer ones were not made here.
      if (len === 0 || len > LOCAL_REF_WORDS || ids[0] > MAX_REF_FIRST_WORD) badarg();
      while (ids.length < LOCAL_REF_WORDS) ids.push(0);
    }
    return new Ref(node, creation, ids);
  }

  private exportFun(): Fun {
    const module = this.atomTerm();
    const name = this.atomTerm();
    const arity = this.smallInt();
    if (arity < 0) badarg();
    const resolve = this.opts.resolveExport;
    const ref = resolve !== undefined ? resolve(module, name, arity) : unresolvedExport(module, name, arity);
    return new Fun(arity, null, [], ref);
  }

  private newFun(): undefined {
    this.u32(); // total size: erts does not check it either
    const arity = this.u8();
    const uniq = this.bytes(16).slice();
    const index = this.u32();
    const numFree = this.u32();
    const module = this.atomTerm();
    const oldIndex = this.smallInt();
    const oldUniq = this.smallInt();
    const pidTag = this.u8();
    if (pidTag !== PID_EXT && pidTag !== NEW_PID_EXT) badarg();
    this.pidBody(pidTag); // the creator pid: not part of the fun's identity
    const ref: LambdaRef = { module, index, uniq, oldIndex, oldUniq, arity, numFree };
    return this.open(Kind.Fun, numFree, ref);
  }
}

const UNDEF = atom('undef');

/** An export entry for a fun decoded without an export table: calling it is undef. */
function unresolvedExport(module: Atom, name: Atom, arity: number): ExportRef {
  return {
    module,
    name,
    arity,
    fn: () => raiseError(UNDEF),
  };
}
