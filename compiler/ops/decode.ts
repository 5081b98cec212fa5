// The operand decoder: turns the instruction bytes of a Code chunk into a flat list of
// generic instructions. One loop, driven by the opcode table (table.ts): each opcode's
// arity says how many operands follow, each operand's kind says which encodings are valid.
// The encoding is OTP's "compact term" format (lib/compiler/src/beam_asm.erl writes it,
// erts/emulator/beam/beam_file.c reads it); where the two readers differ, we follow erts,
// since correctness means loading exactly what erts loads. compiler/ir consumes the result.

import { atom, type Atom } from '../../runtime/term/atom.js';
import { normInt } from '../../runtime/term/term.js';
import { errors } from '../diagnostics.js';
import { MAX_OPCODE, OPCODES, type OperandKind } from './table.js';

export type Operand =
  | { k: 'u'; value: number } //                 untagged unsigned (tag u)
  | { k: 'int'; value: number | bigint } //      integer term (tag i), normalised as runtime/term does
  | { k: 'atom'; value: Atom } //                tag a, index > 0
  | { k: 'nil' } //                              tag a with index 0: []
  | { k: 'x'; n: number; type?: number } //      type: index into the Type chunk (typed register, z5)
  | { k: 'y'; n: number; type?: number }
  | { k: 'label'; value: number } //             tag f; 0 means "no fail label"
  | { k: 'char'; value: number } //              tag h (never valid as an instruction operand)
  | { k: 'fr'; n: number } //                    float register (z2)
  | { k: 'list'; items: Operand[] } //           z1
  | { k: 'alloc'; words: number; floats: number; funs: number } // allocation list (z3)
  | { k: 'literal'; index: number }; //          z4: index into the literal table (LitT)

export interface Instr {
  op: number;
  name: string;
  args: Operand[];
  /** Byte offset of the opcode in the `code` array given to decodeCode (for error messages). */
  offset: number;
}

export interface DecodeContext {
  /** atoms[i - 1] is BEAM atom index i (index 0 encodes []). */
  atoms: string[];
  file: string;
  module: string;
  /** When given, label operands must be below it, as erts checks (the Code header's label count). */
  labelCount?: number;
  /** When given, literal operands must index below it. */
  literalCount?: number;
  /** When given, typed-register type indexes must be below it (the Type chunk's count). */
  typeCount?: number;
}

// The 3-bit tags in the low bits of an operand's first byte.
export const TAG_U = 0;
export const TAG_I = 1;
export const TAG_A = 2;
export const TAG_X = 3;
export const TAG_Y = 4;
export const TAG_F = 5;
export const TAG_H = 6;
export const TAG_Z = 7;

/** erts's limit on x, y and float register numbers (MAX_REG). */
const MAX_REG = 1024;

/** A raw compact term: its tag and number; for TAG_Z, `value` is the extended sub-tag. */
export interface CompactTerm {
  tag: number;
  value: number | bigint;
  /** Offset of the byte after the term. */
  next: number;
}

/** Thrown by readCompactTerm; decodeCode turns it into a BeamjsError naming the instruction. */
export class CompactTermError extends Error {
  constructor(
    readonly truncated: boolean,
    detail: string,
  ) {
    super(detail);
    this.name = 'CompactTermError';
  }
}

/**
 * Reads one compact term at `pos`: the unit shared by the Code chunk and the Line chunk.
 * Integers (tag i) are signed and may be big; every other tag's number is unsigned and must
 * fit in a JS safe integer (erts rejects those that do not fit a machine word anyway).
 */
export function readCompactTerm(bytes: Uint8Array, pos: number): CompactTerm {
  const r = new Reader(bytes, pos);
  r.read();
  return { tag: r.tag, value: r.value, next: r.pos };
}

// A cursor that keeps the last term in fields, so the hot loop allocates nothing per term.
class Reader {
  tag = 0;
  value: number | bigint = 0;
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  private byte(): number {
    if (this.pos >= this.bytes.length) throw new CompactTermError(true, 'the code ends inside an operand');
    return this.bytes[this.pos++]!;
  }

  read(): void {
    const b = this.byte();
    const tag = b & 7;
    if ((b & 0x08) === 0) {
      // 4-bit value in the high nibble.
      this.tag = tag;
      this.value = b >> 4;
    } else if ((b & 0x10) === 0) {
      // 11-bit value: 3 high bits here, 8 in the next byte.
      const lo = this.byte();
      this.tag = tag;
      this.value = ((b >> 5) << 8) | lo;
    } else {
      this.readLarge(tag, b >> 5);
    }
  }

  /** The value of a term that must be a u: a count or index inside an extended operand. */
  readU(what: string): number {
    this.read();
    if (this.tag !== TAG_U) throw new CompactTermError(false, `${what} should be an untagged number`);
    return this.value as number;
  }

  // Large form: `lenCode` 0-6 means 2-8 bytes follow; 7 means the byte count minus 9 is
  // itself encoded as a u term before the bytes (big integers of more than 8 bytes).
  private readLarge(tag: number, lenCode: number): void {
    let count: number;
    if (lenCode < 7) {
      count = lenCode + 2;
    } else {
      this.read();
      if (this.tag !== TAG_U) throw new CompactTermError(false, 'the length of a big number should be untagged');
      const extra = this.value as number;
      if (extra >= 0x7fffffff - 9) throw new CompactTermError(false, 'a big number is too long');
      count = extra + 9;
    }
    if (this.bytes.length - this.pos < count) throw new CompactTermError(true, 'the code ends inside a number');
    const start = this.pos;
    this.pos += count;
    this.tag = tag;
    const bytes = this.bytes;
    if (count <= 6) {
      // Fits a double exactly: no BigInt on the common path.
      let v = 0;
      for (let i = start; i < start + count; i++) v = v * 256 + bytes[i]!;
      if (tag === TAG_I && bytes[start]! >= 0x80) v -= 2 ** (8 * count); // two's complement
      this.value = v;
      return;
    }
    let big = 0n;
    for (let i = start; i < start + count; i++) big = (big << 8n) | BigInt(bytes[i]!);
    if (tag === TAG_I) {
      if (bytes[start]! >= 0x80) big -= 1n << BigInt(8 * count);
      this.value = normInt(big);
    } else {
      // Only integers may be negative or wider than a word; erts marks anything else as
      // an overflow that no instruction accepts. A JS number is the limit here.
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new CompactTermError(false, 'number too large');
      this.value = Number(big);
    }
  }
}

// Which operand shapes each kind accepts, as bit masks over Operand['k'].
const K = {
  u: 1, int: 2, atom: 4, nil: 8, x: 16, y: 32, label: 64, char: 128,
  fr: 256, list: 512, alloc: 1024, literal: 2048,
} as const;
const REG = K.x | K.y;
const ALL = 4095;
const ACCEPTS: Record<OperandKind, number> = {
  label: K.label,
  labelDef: K.u,
  src: REG | K.int | K.atom | K.nil | K.literal,
  dest: REG,
  uint: K.u,
  arity: K.u,
  live: K.u,
  stack: K.u,
  heap: K.u | K.alloc,
  import: K.u,
  lambda: K.u,
  atom: K.atom,
  list: K.list,
  freg: K.fr,
  fsrc: K.fr | REG | K.literal,
  fdest: K.fr | REG,
  size: K.u | K.int | K.atom | REG | K.literal,
  unit: K.u,
  flags: K.u,
  strOffset: K.u,
  line: K.u,
  position: K.u,
  matchFail: K.label | K.atom,
  funTag: K.atom | K.u,
  any: ALL,
};

const OP_FUNC_INFO = 2;
const OP_INT_CODE_END = 3;

/**
 * Decodes the instruction stream of a Code chunk: the bytes after the chunk's header (whose
 * first word gives the header's size). Stops after `int_code_end`, as erts does. Throws a
 * BeamjsError naming file, module, function and opcode for an unknown or obsolete opcode, a
 * truncated instruction or an operand that no erts instruction would accept.
 */
export function decodeCode(code: Uint8Array, ctx: DecodeContext): Instr[] {
  const r = new Reader(code, 0);
  const atomCache: (Atom | undefined)[] = new Array(ctx.atoms.length + 1);
  const out: Instr[] = [];
  let fn: string | undefined; // 'name/arity' of the last func_info, for error messages

  const operand = (inList: boolean): Operand => {
    r.read();
    const v = r.value;
    switch (r.tag) {
      case TAG_U:
        return { k: 'u', value: v as number };
      case TAG_I:
        return { k: 'int', value: v };
      case TAG_A: {
        const i = v as number;
        if (i === 0) return { k: 'nil' };
        if (i > ctx.atoms.length) throw new CompactTermError(false, `atom index ${i} is beyond the atom table`);
        return { k: 'atom', value: (atomCache[i] ??= atom(ctx.atoms[i - 1]!)) };
      }
      case TAG_X:
        return { k: 'x', n: register(v as number) };
      case TAG_Y:
        return { k: 'y', n: register(v as number) };
      case TAG_F: {
        const l = v as number;
        if (ctx.labelCount !== undefined && l >= ctx.labelCount) {
          throw new CompactTermError(false, `label ${l} is beyond the label count ${ctx.labelCount}`);
        }
        return { k: 'label', value: l };
      }
      case TAG_H:
        return { k: 'char', value: v as number };
      default:
        return extended(v as number, inList);
    }
  };

  const register = (n: number): number => {
    if (n >= MAX_REG) throw new CompactTermError(false, `register ${n} is beyond erts's limit of ${MAX_REG}`);
    return n;
  };

  const extended = (sub: number, inList: boolean): Operand => {
    switch (sub) {
      case 0:
        // Inline floats were replaced by literals in R16B; erts refuses them.
        throw new CompactTermError(false, 'inline float operand (superseded in OTP R16B)');
      case 1: {
        if (inList) throw new CompactTermError(false, 'a list inside a list');
        const n = r.readU('a list length');
        const items: Operand[] = new Array(n);
        for (let i = 0; i < n; i++) items[i] = operand(true);
        return { k: 'list', items };
      }
      case 2:
        return { k: 'fr', n: register(r.readU('a float register number')) };
      case 3: {
        const n = r.readU('an allocation list length');
        if (n > 3) throw new CompactTermError(false, `allocation list of ${n} entries`);
        const alloc = { k: 'alloc' as const, words: 0, floats: 0, funs: 0 };
        for (let i = 0; i < n; i++) {
          const kind = r.readU('an allocation kind');
          const count = r.readU('an allocation count');
          if (kind === 0) alloc.words += count;
          else if (kind === 1) alloc.floats += count;
          else if (kind === 2) alloc.funs += count;
          else throw new CompactTermError(false, `unknown allocation kind ${kind}`);
        }
        return alloc;
      }
      case 4: {
        const index = r.readU('a literal index');
        if (ctx.literalCount !== undefined && index >= ctx.literalCount) {
          throw new CompactTermError(false, `literal ${index} is beyond the literal table`);
        }
        return { k: 'literal', index };
      }
      case 5: {
        r.read();
        const tag = r.tag;
        if (tag !== TAG_X && tag !== TAG_Y) throw new CompactTermError(false, 'a typed register that is not x or y');
        const n = register(r.value as number);
        const type = r.readU('a type index');
        if (ctx.typeCount !== undefined && type >= ctx.typeCount) {
          throw new CompactTermError(false, `type index ${type} is beyond the Type chunk`);
        }
        return { k: tag === TAG_X ? 'x' : 'y', n, type };
      }
      default:
        throw new CompactTermError(false, `unknown extended tag ${sub}`);
    }
  };

  while (r.pos < code.length) {
    const offset = r.pos;
    const op = code[r.pos++]!;
    if (op === 0 || op > MAX_OPCODE) throw errors.unknownOpcode(ctx.file, ctx.module, fn, op);
    const info = OPCODES[op]!;
    if (info.obsolete) throw errors.obsoleteOpcode(ctx.file, ctx.module, fn, info.name);
    const args: Operand[] = new Array(info.arity);
    try {
      for (let i = 0; i < info.arity; i++) {
        const a = operand(false);
        const kind = info.operands[i]!;
        if ((ACCEPTS[kind] & K[a.k]) === 0) {
          throw new CompactTermError(false, `operand ${i + 1} should be ${kind} but is ${a.k}`);
        }
        args[i] = a;
      }
    } catch (e) {
      if (!(e instanceof CompactTermError)) throw e;
      if (e.truncated) throw errors.truncatedInstruction(ctx.file, ctx.module, fn, info.name, offset);
      throw errors.badOperand(ctx.file, ctx.module, fn, info.name, offset, e.message);
    }
    out.push({ op, name: info.name, args, offset });
    if (op === OP_FUNC_INFO) {
      const [, name, arity] = args as [Operand, { k: 'atom'; value: Atom }, { k: 'u'; value: number }];
      fn = `${name.value.name}/${arity.value}`;
    } else if (op === OP_INT_CODE_END) {
      return out;
    }
  }
  throw errors.corruptChunk(ctx.file, 'Code', `module ${ctx.module}: the code does not end with int_code_end`);
}
