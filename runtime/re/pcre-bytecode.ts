// Patterns compiled by erts: the binary of {re_pattern, N, U, C, Bin} made by erts's PCRE 8.44
// (Elixir's regex literals, terms built by erts and stored) decoded back into the AST of ast.ts,
// then compiled by compile.ts like a parsed pattern. The binary is PCRE's real_pcre block as
// erts copies it out of memory (little-endian): a header of options and start-of-match facts,
// the name table, then the compiled code, opcodes of pcre-opcodes.ts. PCRE has already applied
// caseless, multiline, dotall, extended, ungreedy and no_auto_capture to the code; what acts at
// match time (utf, ucp, dollar_endonly, anchored, firstline, newline, bsr, dupnames, match limits)
// is read from the header. A binary that is not such a block is CorruptPattern (badarg, as erts
// answers for a bad magic number; erts has no checks beyond that and the mode, but beamjs refuses
// code that does not decode rather than guess); an opcode this engine cannot run as PCRE would is
// refused with ReUnsupported naming it, never decoded into a different match.

import { CharSet, type Cond, type GroupKind, type Newline, type Node, type Parsed } from './ast.js';
import { compileParsed } from './compile.js';
import { ReUnsupported } from './errors.js';
import { asciiOnlyTest, typeSet } from './parse-escapes.js';
import { OPCODES, REPEAT_FORMS, Grow, op } from './pcre-opcodes.js';
import { propertyTestOf } from './pcre-properties.js';
import type { Program } from './program.js';

/** Bytes that are not a compiled pattern of erts's PCRE. */
export class CorruptPattern {
  constructor(readonly reason: string) {}
}

/** The first four bytes: MAGIC_NUMBER 0x50435245 ("PCRE") stored little-endian. */
const MAGIC = [0x45, 0x52, 0x43, 0x50];

/** Whether `b` starts as erts's compiled patterns do (then decodePcre decides whether it is one). */
export function looksLikePcre(b: Uint8Array): boolean {
  return b.length >= 4 && MAGIC.every((m, i) => b[i] === m);
}

// Public option bits of pcre.h, as they sit in the header's options word.
const PCRE_ANCHORED = 0x10;
const PCRE_DOLLAR_ENDONLY = 0x20;
const PCRE_UTF8 = 0x800;
const PCRE_FIRSTLINE = 0x40000;
const PCRE_DUPNAMES = 0x80000;
const PCRE_NEWLINE_BITS = 0x700000;
const PCRE_BSR_ANYCRLF = 0x800000;
const PCRE_JAVASCRIPT_COMPAT = 0x2000000;
const PCRE_NO_START_OPTIMIZE = 0x4000000;
const PCRE_UCP = 0x20000000;
const NEWLINES: Record<number, Newline> = { 0: 'lf', 0x100000: 'cr', 0x200000: 'lf', 0x300000: 'crlf', 0x400000: 'any', 0x500000: 'anycrlf' };

// Private flag bits of pcre_internal.h.
const FLAG_MODE8 = 0x1;
const FLAG_MODE_MASK = 0x7;
const FLAG_FIRSTSET = 0x10;
const FLAG_FCH_CASELESS = 0x20;
const FLAG_REQCHSET = 0x40;
const FLAG_RCH_CASELESS = 0x80;
const FLAG_STARTLINE = 0x100;
const FLAG_HASCRORLF = 0x800;
const FLAG_MLSET = 0x2000;
const FLAG_RLSET = 0x4000;

/** real_pcre's fields before the tables pointer (then 8 or 16 bytes of pointers, for 32- or 64-bit erts). */
const HEADER_FIELDS = 48;

/**
 * The header fields the decoder uses. The size field (what PCRE allocated) is not among them: erts
 * 25 never looks at it, and runs a binary whose size field disagrees with its length, so beamjs
 * does too; what must hold is that the name table and the code lie inside the binary.
 */
interface Header {
  options: number;
  flags: number;
  limitMatch: number;
  limitRecursion: number;
  firstChar: number;
  reqChar: number;
  topBracket: number;
  nameTableOffset: number;
  nameEntrySize: number;
  nameCount: number;
}

function readHeader(b: Uint8Array): Header {
  if (b.length < HEADER_FIELDS || !looksLikePcre(b)) throw new CorruptPattern('no PCRE magic number');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const h: Header = {
    options: v.getUint32(8, true),
    flags: v.getUint32(12, true),
    limitMatch: v.getUint32(16, true),
    limitRecursion: v.getUint32(20, true),
    firstChar: v.getUint16(24, true),
    reqChar: v.getUint16(26, true),
    topBracket: v.getUint16(30, true),
    nameTableOffset: v.getUint16(34, true),
    nameEntrySize: v.getUint16(36, true),
    nameCount: v.getUint16(38, true),
  };
  if ((h.flags & FLAG_MODE_MASK) !== FLAG_MODE8) throw new CorruptPattern('not compiled by the 8-bit library');
  if (h.nameTableOffset !== HEADER_FIELDS + 8 && h.nameTableOffset !== HEADER_FIELDS + 16) {
    throw new CorruptPattern(`name table offset ${h.nameTableOffset}`);
  }
  if (h.nameCount > 0 && h.nameEntrySize < 3) throw new CorruptPattern(`name entry size ${h.nameEntrySize}`);
  if (h.nameTableOffset + h.nameCount * h.nameEntrySize >= b.length) throw new CorruptPattern('no room for the code');
  return h;
}

/** The name table: entries of a group number (2 bytes, big-endian) and a NUL-terminated name, sorted by name. */
function readNames(b: Uint8Array, h: Header): { name: string; group: number }[] {
  const names: { name: string; group: number }[] = [];
  for (let k = 0; k < h.nameCount; k++) {
    const at = h.nameTableOffset + k * h.nameEntrySize;
    const group = (b[at] << 8) | b[at + 1];
    let end = at + 2;
    while (end < at + h.nameEntrySize && b[end] !== 0) end++;
    if (end === at + h.nameEntrySize || end === at + 2) throw new CorruptPattern(`name table entry ${k}`);
    if (group === 0 || group > h.topBracket) throw new CorruptPattern(`name for group ${group}`);
    names.push({ name: Buffer.from(b.subarray(at + 2, end)).toString('latin1'), group });
  }
  return names;
}

const OP_END = op('END');
const OP_CHAR = op('CHAR');
const OP_NOTI = op('NOTI');
const OP_STAR = op('STAR');
const OP_TYPESTAR = op('TYPESTAR');
const OP_TYPEPOSUPTO = op('TYPEPOSUPTO');
const OP_CRSTAR = op('CRSTAR');
const OP_CRRANGE = op('CRRANGE');
const OP_CRMINRANGE = op('CRMINRANGE');
const OP_CRPOSSTAR = op('CRPOSSTAR');
const OP_CRPOSRANGE = op('CRPOSRANGE');
const OP_CLASS = op('CLASS');
const OP_NCLASS = op('NCLASS');
const OP_XCLASS = op('XCLASS');
const OP_REF = op('REF');
const OP_REFI = op('REFI');
const OP_DNREF = op('DNREF');
const OP_DNREFI = op('DNREFI');
const OP_RECURSE = op('RECURSE');
const OP_CALLOUT = op('CALLOUT');
const OP_ALT = op('ALT');
const OP_KET = op('KET');
const OP_KETRMAX = op('KETRMAX');
const OP_KETRMIN = op('KETRMIN');
const OP_KETRPOS = op('KETRPOS');
const OP_REVERSE = op('REVERSE');
const OP_ASSERT = op('ASSERT');
const OP_ASSERT_NOT = op('ASSERT_NOT');
const OP_ASSERTBACK = op('ASSERTBACK');
const OP_ASSERTBACK_NOT = op('ASSERTBACK_NOT');
const OP_ONCE = op('ONCE');
const OP_ONCE_NC = op('ONCE_NC');
const OP_BRA = op('BRA');
const OP_BRAPOS = op('BRAPOS');
const OP_CBRA = op('CBRA');
const OP_CBRAPOS = op('CBRAPOS');
const OP_COND = op('COND');
const OP_SBRA = op('SBRA');
const OP_SBRAPOS = op('SBRAPOS');
const OP_SCBRA = op('SCBRA');
const OP_SCBRAPOS = op('SCBRAPOS');
const OP_SCOND = op('SCOND');
const OP_CREF = op('CREF');
const OP_DNCREF = op('DNCREF');
const OP_RREF = op('RREF');
const OP_DNRREF = op('DNRREF');
const OP_DEF = op('DEF');
const OP_BRAZERO = op('BRAZERO');
const OP_BRAMINZERO = op('BRAMINZERO');
const OP_BRAPOSZERO = op('BRAPOSZERO');
const OP_PROP = op('PROP');
const OP_NOTPROP = op('NOTPROP');
const OP_ACCEPT = op('ACCEPT');
const OP_ASSERT_ACCEPT = op('ASSERT_ACCEPT');
const OP_CLOSE = op('CLOSE');
const OP_SKIPZERO = op('SKIPZERO');

/** RREF's value for (?(R): a recursion into any group. */
const RREF_ANY = 0xffff;

// XCLASS flags and item types.
const XCL_NOT = 0x01;
const XCL_MAP = 0x02;
const XCL_HASPROP = 0x04;
const XCL_END = 0;
const XCL_SINGLE = 1;
const XCL_RANGE = 2;
const XCL_PROP = 3;
const XCL_NOTPROP = 4;

/** The letters of the type opcodes \D..\w and \H..\v, by opcode. */
const TYPE_LETTERS: Record<number, number> = {
  [op('NOT_DIGIT')]: 0x44, [op('DIGIT')]: 0x64, [op('NOT_WHITESPACE')]: 0x53, [op('WHITESPACE')]: 0x73,
  [op('NOT_WORDCHAR')]: 0x57, [op('WORDCHAR')]: 0x77, [op('NOT_HSPACE')]: 0x48, [op('HSPACE')]: 0x68,
  [op('NOT_VSPACE')]: 0x56, [op('VSPACE')]: 0x76,
};

type Mode = 'greedy' | 'lazy' | 'possessive';

/** Bounds and mode of each of the 13 single-item repeat forms; -1 stands for the count operand. */
const FORM_BOUNDS: [number, number, Mode][] = [
  [0, -2, 'greedy'], [0, -2, 'lazy'], [1, -2, 'greedy'], [1, -2, 'lazy'], [0, 1, 'greedy'], [0, 1, 'lazy'],
  [0, -1, 'greedy'], [0, -1, 'lazy'], [-1, -1, 'greedy'], [0, -2, 'possessive'], [1, -2, 'possessive'],
  [0, 1, 'possessive'], [0, -1, 'possessive'],
];

function repeat(body: Node, min: number, max: number, mode: Mode, checkEmpty = false): Node {
  const r: Node = { type: 'repeat', body, min, max, greedy: mode !== 'lazy', possessive: mode === 'possessive' };
  if (checkEmpty) r.checkEmpty = true;
  return r;
}

function unsupported(what: string): never {
  throw new ReUnsupported(`PCRE compiled code: ${what}`);
}

class Decoder {
  /** Offset of the first capturing bracket of each group (where RECURSE must point). */
  private readonly firstBracket = new Map<number, number>();

  constructor(
    readonly code: Uint8Array,
    readonly utf: boolean,
    readonly dollarEndonly: boolean,
    readonly names: { name: string; group: number }[],
  ) {}

  private byte(at: number): number {
    if (at >= this.code.length) throw new CorruptPattern(`code ends at ${at}`);
    return this.code[at];
  }
  /** A LINK or IMM2 value: two bytes, big-endian. */
  private get2(at: number): number {
    return (this.byte(at) << 8) | this.byte(at + 1);
  }

  /** A character at `at` and its length: UTF-8 (PCRE's lenient decoding) when `utf`, else a byte. */
  private char(at: number, utf: boolean): [number, number] {
    const c = this.byte(at);
    if (!utf || c < 0xc0) return [c, 1];
    const extra = c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : c < 0xfc ? 4 : 5;
    let v = c & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) v = (v << 6) | (this.byte(at + k) & 0x3f);
    return [v, extra + 1];
  }

  private name(o: number): string {
    return OPCODES[o]?.name ?? String(o);
  }

  /** The full length of the opcode at `at`. */
  private lengthAt(at: number): number {
    const o = this.byte(at);
    const info = OPCODES[o];
    if (info === undefined) throw new CorruptPattern(`opcode ${o} at ${at}`);
    switch (info.grow) {
      case Grow.None:
        return info.length;
      case Grow.Char:
        return info.length - 1 + this.char(at + info.length - 1, this.utf)[1];
      case Grow.Type: {
        const t = this.byte(at + info.length - 1);
        return info.length + (t === OP_PROP || t === OP_NOTPROP ? 2 : 0);
      }
      case Grow.Link: {
        const n = this.get2(at + 1);
        if (n < 4) throw new CorruptPattern(`XCLASS length ${n} at ${at}`);
        return n;
      }
      case Grow.Name:
        return info.length + this.byte(at + 1);
    }
  }

  /** One pass over the whole code: every opcode known and inside it, END at the end; notes the brackets. */
  scan(): number[] {
    const seen: number[] = [];
    let at = 0;
    for (;;) {
      const o = this.byte(at);
      seen.push(o);
      if (o === OP_END) return seen;
      if (o === OP_CBRA || o === OP_CBRAPOS || o === OP_SCBRA || o === OP_SCBRAPOS) {
        const n = this.get2(at + 3);
        if (!this.firstBracket.has(n)) this.firstBracket.set(n, at);
      }
      at += this.lengthAt(at);
    }
  }

  /** The pattern: one bracket and END. */
  root(): Node {
    if (this.byte(0) !== OP_BRA) throw new CorruptPattern(`the code starts with ${this.name(this.byte(0))}`);
    const b = this.bracket(0);
    if (b.ket !== OP_KET || this.byte(b.next) !== OP_END) throw new CorruptPattern('no END after the pattern');
    return b.node;
  }

  /**
   * A bracket (group, assertion or conditional) at `at`, up to its KET: the node for one pass of
   * it, the KET that ends it (which says how it repeats) and where the code goes on.
   */
  private bracket(at: number): { node: Node; ket: number; next: number; opcode: number } {
    const o = this.byte(at);
    const link = this.get2(at + 1);
    let p = at + 3;
    let kind: GroupKind;
    let index = -1;
    let cond: Cond | null = null;
    if (o === OP_ASSERT) kind = 'ahead';
    else if (o === OP_ASSERT_NOT) kind = 'nahead';
    else if (o === OP_ASSERTBACK) kind = 'behind';
    else if (o === OP_ASSERTBACK_NOT) kind = 'nbehind';
    else if (o === OP_ONCE || o === OP_ONCE_NC) kind = 'atomic';
    else if (o === OP_BRA || o === OP_BRAPOS || o === OP_SBRA || o === OP_SBRAPOS) kind = 'plain';
    else if (o === OP_CBRA || o === OP_CBRAPOS || o === OP_SCBRA || o === OP_SCBRAPOS) {
      kind = 'capture';
      index = this.get2(at + 3);
      if (index === 0) throw new CorruptPattern(`group 0 at ${at}`);
      p += 2;
    } else if (o === OP_COND || o === OP_SCOND) {
      kind = 'plain';
      const c = this.condition(p);
      cond = c.cond;
      p = c.next;
    } else throw new CorruptPattern(`${this.name(o)} where a group was expected, at ${at}`);
    const first = this.byte(at + link);
    if (first !== OP_ALT && first !== OP_KET && first !== OP_KETRMAX && first !== OP_KETRMIN && first !== OP_KETRPOS) {
      throw new CorruptPattern(`link of the group at ${at}`);
    }
    const behind = kind === 'behind' || kind === 'nbehind';
    const branches: Node[] = [];
    const backLengths: number[] = [];
    for (;;) {
      if (behind) {
        if (this.byte(p) !== OP_REVERSE) throw new CorruptPattern(`lookbehind branch without REVERSE at ${p}`);
        backLengths.push(this.get2(p + 1));
        p += 3;
      }
      const s = this.sequence(p);
      branches.push(s.node);
      p = s.next;
      const t = this.byte(p);
      if (t === OP_ALT) {
        p += 3;
        continue;
      }
      if (p - this.get2(p + 1) !== at) throw new CorruptPattern(`KET at ${p} does not link back to ${at}`);
      const body: Node = branches.length === 1 ? branches[0] : { type: 'alt', alts: branches };
      let node: Node;
      if (cond !== null) {
        if (branches.length > 2 || (cond.type === 'define' && branches.length > 1)) throw new CorruptPattern(`conditional at ${at}`);
        node = { type: 'cond', cond, yes: branches[0], no: branches[1] ?? { type: 'empty' } };
      } else {
        node = { type: 'group', kind, index, body };
        if (behind) node.backLengths = backLengths;
      }
      return { node, ket: t, next: p + 3, opcode: o };
    }
  }

  /** The condition of a COND at `at` (after its LINK). */
  private condition(at: number): { cond: Cond; next: number } {
    const o = this.byte(at);
    if (o === OP_CREF) return { cond: { type: 'ref', groups: [this.get2(at + 1)] }, next: at + 3 };
    if (o === OP_DNCREF) return { cond: { type: 'ref', groups: this.namedGroups(at) }, next: at + 5 };
    if (o === OP_RREF) {
      const n = this.get2(at + 1);
      return { cond: { type: 'recursion', group: n === RREF_ANY ? -1 : n }, next: at + 3 };
    }
    if (o === OP_DNRREF) unsupported('DNRREF, (?(R&name)...) for a duplicated name');
    if (o === OP_DEF) return { cond: { type: 'define' }, next: at + 1 };
    // erts sets no callout function: PCRE passes over a callout before the assertion.
    if (o === OP_CALLOUT) return this.condition(at + this.lengthAt(at));
    if (o >= OP_ASSERT && o <= OP_ASSERTBACK_NOT) {
      const b = this.bracket(at);
      if (b.ket !== OP_KET) throw new CorruptPattern(`repeated condition assertion at ${at}`);
      return { cond: { type: 'assert', assertion: b.node as Node & { type: 'group' } }, next: b.next };
    }
    throw new CorruptPattern(`${this.name(o)} as a condition at ${at}`);
  }

  /** The groups of a DNREF / DNCREF: `count` name-table entries from `index`. */
  private namedGroups(at: number): number[] {
    const index = this.get2(at + 1);
    const count = this.get2(at + 3);
    if (count === 0 || index + count > this.names.length) throw new CorruptPattern(`name reference at ${at}`);
    return this.names.slice(index, index + count).map((n) => n.group);
  }

  /** Items up to the ALT, KET or END that ends a branch. */
  private sequence(at: number): { node: Node; next: number } {
    const items: Node[] = [];
    let p = at;
    for (;;) {
      const o = this.byte(p);
      if (o === OP_ALT || o === OP_KET || o === OP_KETRMAX || o === OP_KETRMIN || o === OP_KETRPOS || o === OP_END) break;
      const r = this.item(p);
      if (r.node !== null) items.push(r.node);
      p = r.next;
    }
    const node: Node = items.length === 0 ? { type: 'empty' } : items.length === 1 ? items[0] : { type: 'seq', items };
    return { node, next: p };
  }

  /** The node of the opcode at `at` (null for what matches nothing: callouts, marks) and where the next begins. */
  private item(at: number): { node: Node | null; next: number } {
    const o = this.byte(at);
    const next = at + this.lengthAt(at);
    const done = (node: Node | null) => ({ node, next });
    if (o >= OP_CHAR && o <= OP_NOTI) return done(this.charItem(o, at + 1));
    if (o >= OP_STAR && o <= OP_TYPEPOSUPTO) return done(this.singleRepeat(o, at));
    if (o === OP_CLASS || o === OP_NCLASS || o === OP_XCLASS) return this.repeatable(this.classItem(o, at), next);
    if (o === OP_REF || o === OP_REFI) {
      const g = this.get2(at + 1);
      return this.repeatable({ type: 'backref', groups: [g], caseless: o === OP_REFI }, next);
    }
    if (o === OP_DNREF || o === OP_DNREFI) {
      return this.repeatable({ type: 'backref', groups: this.namedGroups(at), caseless: o === OP_DNREFI }, next);
    }
    if (o >= OP_ASSERT && o <= OP_SCOND) return this.group(at, null);
    const single = this.simple(o, at);
    if (single !== undefined) return done(single);
    switch (this.name(o)) {
      case 'RECURSE':
        return done({ type: 'call', group: this.recursionTarget(at) });
      case 'CALLOUT':
      case 'MARK':
        // erts sets no callout function; a mark alone changes no match (and erts never reports marks).
        return done(null);
      case 'BRAZERO':
        return this.group(next, 'greedy');
      case 'BRAMINZERO':
        return this.group(next, 'lazy');
      case 'BRAPOSZERO':
        return this.group(next, 'possessive');
      case 'SKIPZERO': {
        const g = this.group(next, null);
        return { node: repeat(g.node!, 0, 0, 'greedy'), next: g.next };
      }
      case 'PRUNE':
      case 'PRUNE_ARG':
        return done({ type: 'verb', verb: 'PRUNE' });
      case 'SKIP':
        return done({ type: 'verb', verb: 'SKIP' });
      case 'SKIP_ARG':
        return unsupported('SKIP_ARG, (*SKIP:NAME)');
      case 'THEN':
      case 'THEN_ARG':
        return done({ type: 'verb', verb: 'THEN' });
      case 'COMMIT':
        return done({ type: 'verb', verb: 'COMMIT' });
      case 'FAIL':
        return done({ type: 'verb', verb: 'FAIL' });
      case 'CLOSE':
      case 'ACCEPT':
      case 'ASSERT_ACCEPT': {
        // (*ACCEPT): the CLOSEs before it name the groups it closes, innermost first.
        const closes: number[] = [];
        let p = at;
        while (this.byte(p) === OP_CLOSE) {
          closes.push(this.get2(p + 1));
          p += 3;
        }
        const a = this.byte(p);
        if (a !== OP_ACCEPT && a !== OP_ASSERT_ACCEPT) throw new CorruptPattern(`CLOSE without ACCEPT at ${at}`);
        return { node: { type: 'verb', verb: 'ACCEPT', closes }, next: p + 1 };
      }
      default:
        throw new CorruptPattern(`${this.name(o)} out of place at ${at}`);
    }
  }

  /** The one-character and assertion opcodes (undefined for others). */
  private simple(o: number, at: number): Node | undefined {
    const letter = TYPE_LETTERS[o];
    if (letter !== undefined) return { type: 'set', set: this.typeSet(letter) };
    switch (this.name(o)) {
      case 'SOD':
        return { type: 'assert', kind: 'A' };
      case 'SOM':
        return { type: 'assert', kind: 'G' };
      case 'SET_SOM':
        return { type: 'keep' };
      case 'NOT_WORD_BOUNDARY':
        return { type: 'assert', kind: 'B' };
      case 'WORD_BOUNDARY':
        return { type: 'assert', kind: 'b' };
      case 'ANY':
        return { type: 'any', dotall: false };
      case 'ALLANY':
        return { type: 'any', dotall: true };
      case 'ANYBYTE':
        return { type: 'byte' };
      case 'PROP':
      case 'NOTPROP':
        return { type: 'set', set: this.propSet(o === OP_NOTPROP, this.byte(at + 1), this.byte(at + 2)) };
      case 'ANYNL':
        return { type: 'newline' };
      case 'EXTUNI':
        return { type: 'extuni' };
      case 'EODN':
        return { type: 'assert', kind: 'Z' };
      case 'EOD':
        return { type: 'assert', kind: 'z' };
      case 'DOLL':
        return { type: 'assert', kind: this.dollarEndonly ? 'dollarEndonly' : 'dollar' };
      case 'DOLLM':
        return { type: 'assert', kind: 'mdollar' };
      case 'CIRC':
        return { type: 'assert', kind: 'circ' };
      case 'CIRCM':
        return { type: 'assert', kind: 'mcirc' };
      default:
        return undefined;
    }
  }

  /** \d \s \w \h \v and negations, as the parser builds them (PCRE emits these opcodes only without ucp). */
  private typeSet(letter: number): CharSet {
    const set = typeSet(letter, this.utf, false)!;
    if (this.utf) set.repeatMinTest = asciiOnlyTest(letter, set);
    return set.seal();
  }

  private propSet(negated: boolean, type: number, value: number): CharSet {
    const t = propertyTestOf(type, value);
    if (typeof t === 'string') unsupported(`Unicode property: ${t}`);
    const set = new CharSet();
    set.utf = this.utf;
    set.tests.push(negated ? (c) => !t(c) : t);
    return set.seal();
  }

  /** CHAR, CHARI, NOT, NOTI with the character at `at`. */
  private charItem(o: number, at: number): Node {
    const c = this.char(at, this.utf)[0];
    const name = this.name(o);
    if (name === 'CHAR' || name === 'CHARI') return { type: 'char', c, caseless: name === 'CHARI' };
    const set = new CharSet();
    set.utf = this.utf;
    set.negated = true;
    set.caseless = name === 'NOTI';
    set.addChar(c);
    return { type: 'set', set: set.seal() };
  }

  /** STAR..POSUPTO of a character, a negated character or a type. */
  private singleRepeat(o: number, at: number): Node {
    const family = Math.floor((o - OP_STAR) / 13);
    const form = (o - OP_STAR) % 13;
    let p = at + 1;
    let count = 0;
    if (REPEAT_FORMS[form].count) {
      count = this.get2(p);
      p += 2;
    }
    let body: Node;
    if (o >= OP_TYPESTAR) {
      const t = this.byte(p);
      const s = TYPE_LETTERS[t] !== undefined || (t >= 12 && t <= 22) ? this.simple(t, p) : undefined;
      if (s === undefined) throw new CorruptPattern(`${this.name(t)} repeated as a type at ${at}`);
      body = s;
    } else {
      // Families: CHAR, CHARI, NOT, NOTI; the item opcode is their single form.
      body = this.charItem(OP_CHAR + family, p);
    }
    const [lo, hi, mode] = FORM_BOUNDS[form];
    const min = lo === -1 ? count : lo;
    const max = hi === -1 ? count : hi === -2 ? -1 : hi;
    return repeat(body, min, max, mode);
  }

  /** A class, backreference: with the CR repeat that may follow it. */
  private repeatable(body: Node, at: number): { node: Node; next: number } {
    const o = this.byte(at);
    if (o < OP_CRSTAR || o > OP_CRPOSRANGE) return { node: body, next: at };
    if (o === OP_CRRANGE || o === OP_CRMINRANGE || o === OP_CRPOSRANGE) {
      const min = this.get2(at + 1);
      const max = this.get2(at + 3);
      const mode: Mode = o === OP_CRRANGE ? 'greedy' : o === OP_CRMINRANGE ? 'lazy' : 'possessive';
      if (max !== 0 && max < min) throw new CorruptPattern(`repeat range at ${at}`);
      return { node: repeat(body, min, max === 0 ? -1 : max, mode), next: at + 5 };
    }
    // CRSTAR..CRMINQUERY are the first six forms; CRPOSSTAR..CRPOSQUERY the possessive three.
    const form = o >= OP_CRPOSSTAR ? 9 + (o - OP_CRPOSSTAR) : o - OP_CRSTAR;
    const [min, hi, mode] = FORM_BOUNDS[form];
    return { node: repeat(body, min, hi === -2 ? -1 : hi, mode), next: at + 1 };
  }

  private classItem(o: number, at: number): Node {
    const set = new CharSet();
    set.utf = this.utf;
    if (o === OP_XCLASS) {
      set.tests.push(this.xclass(at));
      return { type: 'set', set: set.seal() };
    }
    for (let c = 0; c < 256; c++) if (this.byte(at + 1 + (c >> 3)) & (1 << (c & 7))) set.addChar(c);
    // A class from a negated one: every character above 255 is in it (in unicode mode).
    if (o === OP_NCLASS) set.addRange(256, 0x7fffffff);
    return { type: 'set', set: set.seal() };
  }

  /** The test of an XCLASS at `at`, as PCRE's xclass() applies it. */
  private xclass(at: number): (c: number) => boolean {
    const end = at + this.lengthAt(at);
    const flags = this.byte(at + 3);
    const negated = (flags & XCL_NOT) !== 0;
    const hasProp = (flags & XCL_HASPROP) !== 0;
    let p = at + 4;
    let map: Uint8Array | null = null;
    if (flags & XCL_MAP) {
      map = this.code.slice(p, p + 32);
      if (map.length < 32) throw new CorruptPattern(`XCLASS at ${at}`);
      p += 32;
    }
    const items: ((c: number) => boolean)[] = [];
    for (;;) {
      if (p >= end) throw new CorruptPattern(`XCLASS at ${at} has no end`);
      const t = this.byte(p++);
      if (t === XCL_END) break;
      // 8-bit PCRE reads XCLASS characters as UTF-8 in either mode.
      if (t === XCL_SINGLE) {
        const [x, n] = this.char(p, true);
        p += n;
        items.push((c) => c === x);
      } else if (t === XCL_RANGE) {
        const [x, n] = this.char(p, true);
        const [y, m] = this.char(p + n, true);
        p += n + m;
        items.push((c) => c >= x && c <= y);
      } else if (t === XCL_PROP || t === XCL_NOTPROP) {
        const pt = propertyTestOf(this.byte(p), this.byte(p + 1));
        if (typeof pt === 'string') unsupported(`Unicode property in a class: ${pt}`);
        p += 2;
        items.push(t === XCL_PROP ? pt : (c) => !pt(c));
      } else throw new CorruptPattern(`XCLASS item ${t} at ${p - 1}`);
    }
    if (p !== end) throw new CorruptPattern(`XCLASS length at ${at}`);
    const inMap = (c: number) => map !== null && (map[c >> 3] & (1 << (c & 7))) !== 0;
    return (c) => {
      if (c < 256) {
        // Without properties the map is the whole answer below 256 (already negated when the class is).
        if (!hasProp) return map === null ? negated : inMap(c);
        if (inMap(c)) return !negated;
      }
      for (const item of items) if (item(c)) return !negated;
      return negated;
    };
  }

  /** A RECURSE's group: the one whose first bracket it points to (0: the whole pattern). */
  private recursionTarget(at: number): number {
    const target = this.get2(at + 1);
    if (target === 0) return 0;
    const o = this.byte(target);
    if (o !== OP_CBRA && o !== OP_CBRAPOS && o !== OP_SCBRA && o !== OP_SCBRAPOS) {
      throw new CorruptPattern(`RECURSE at ${at} to ${this.name(o)}`);
    }
    const n = this.get2(target + 3);
    if (this.firstBracket.get(n) !== target) unsupported(`RECURSE into a copy of group ${n} other than its first`);
    return n;
  }

  /**
   * The bracket at `at`, with its repeat: `zero` is how a preceding BRAZERO / BRAMINZERO /
   * BRAPOSZERO made it optional (null: it was not).
   */
  private group(at: number, zero: Mode | null): { node: Node | null; next: number } {
    const b = this.bracket(at);
    const o = b.opcode;
    // PCRE checks for an empty iteration in the S brackets and in ONCE.
    const checkEmpty = (o >= OP_SBRA && o <= OP_SCOND) || o === OP_ONCE;
    const min = zero === null ? 1 : 0;
    let node: Node;
    switch (b.ket) {
      case OP_KET:
        node = zero === null ? b.node : repeat(b.node, 0, 1, zero);
        break;
      case OP_KETRMAX:
        node = repeat(b.node, min, -1, 'greedy', checkEmpty);
        break;
      case OP_KETRMIN:
        node = repeat(b.node, min, -1, 'lazy', checkEmpty);
        break;
      default: {
        // KETRPOS: each iteration is atomic, and iterations are never given back.
        const once: Node = { type: 'group', kind: 'atomic', index: -1, body: b.node };
        node = repeat(once, min, -1, 'possessive', checkEmpty);
        break;
      }
    }
    return { node, next: b.next };
  }
}

/**
 * The program of an erts-compiled pattern; throws CorruptPattern for bytes that are not one and
 * ReUnsupported for code this engine cannot run as PCRE would.
 */
export function decodePcre(b: Uint8Array): Program {
  const h = readHeader(b);
  const names = readNames(b, h);
  if (h.options & PCRE_JAVASCRIPT_COMPAT) unsupported('the JavaScript compatibility option');
  const newline = NEWLINES[h.options & PCRE_NEWLINE_BITS];
  if (newline === undefined) throw new CorruptPattern(`newline option ${(h.options & PCRE_NEWLINE_BITS).toString(16)}`);
  const utf = (h.options & PCRE_UTF8) !== 0;
  const code = b.subarray(h.nameTableOffset + h.nameCount * h.nameEntrySize);
  const d = new Decoder(code, utf, (h.options & PCRE_DOLLAR_ENDONLY) !== 0, names);
  d.scan();
  const root = d.root();
  const noStartOpt = (h.options & PCRE_NO_START_OPTIMIZE) !== 0;
  const parsed: Parsed = {
    root,
    groups: h.topBracket,
    names,
    dupnames: (h.options & PCRE_DUPNAMES) !== 0,
    utf,
    ucp: (h.options & PCRE_UCP) !== 0,
    newline,
    bsrAnycrlf: (h.options & PCRE_BSR_ANYCRLF) !== 0,
    limitMatch: h.flags & FLAG_MLSET ? h.limitMatch : -1,
    limitRecursion: h.flags & FLAG_RLSET ? h.limitRecursion : -1,
    noStartOpt,
    hasCrOrLf: (h.flags & FLAG_HASCRORLF) !== 0,
  };
  const prog = compileParsed(parsed, { anchored: (h.options & PCRE_ANCHORED) !== 0, firstline: (h.options & PCRE_FIRSTLINE) !== 0 }, b.length);
  if (!noStartOpt) {
    if (h.flags & FLAG_REQCHSET) {
      prog.reqChar = h.reqChar;
      prog.reqCaseless = (h.flags & FLAG_RCH_CASELESS) !== 0;
    }
    if (h.flags & FLAG_FIRSTSET) {
      prog.firstChar = h.firstChar;
      prog.firstCaseless = (h.flags & FLAG_FCH_CASELESS) !== 0;
    }
    prog.startline = (h.flags & FLAG_STARTLINE) !== 0;
  }
  return prog;
}

/** The opcodes of an erts-compiled pattern in code order (for tests that check what a set of patterns covers). */
export function pcreOpcodes(b: Uint8Array): number[] {
  const h = readHeader(b);
  const code = b.subarray(h.nameTableOffset + h.nameCount * h.nameEntrySize);
  return new Decoder(code, (h.options & PCRE_UTF8) !== 0, false, readNames(b, h)).scan();
}
