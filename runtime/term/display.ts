// Two printers of terms. display() is erts's own C printer (erl_printf_term.c), what
// erlang:display/1 and erts_debug:display/1 write; formatTermW() is what io_lib:format("~w", [T])
// gives, i.e. io_lib:write/1 with latin1 encoding. They differ on floats ("1.000000e+00" vs
// "1.0"), strings (display shows printable lists as "..." text, ~w never), binaries, atom quoting
// (display quotes 'a@b' and leaves `if` bare, ~w the opposite) and map layout ("=>" vs " => ").
//
// display() returns bytes, one char (0-255) per byte, because erts writes atoms in UTF-8 but the
// characters of a printable list as single latin1 bytes: write it with Buffer.from(s, 'latin1').
// formatTermW() returns characters (code points), as io_lib returns a character list.
// display() shows a map of more than 32 keys as erts does, as its hash trie ("#<fffb>{<1201>{..}..}").

import { Atom } from './atom.js';
import { EFloat } from './float.js';
import { Cons, NIL } from './list.js';
import { BitStr } from './bitstring.js';
import { EMap } from './map.js';
import { type HNode, trieBitmap, trieChild, trieKey, trieValue, trieWidth } from './map-hamt.js';
import { Fun } from './fun.js';
import { Pid, Port, Ref } from './identifiers.js';
import type { Term } from './term.js';
import { floatToShortest, formatExponent } from './number-format.js';

/** Hooks for what the term alone does not say. */
export const displayHooks = {
  /**
   * The channel number printed first in pids, ports and references: 0 for this node, else the
   * number erts gives the node's distribution entry. Distribution replaces this.
   */
  channelOf(_node: Atom, _creation: number): number {
    return 0;
  },
};

/** What erlang:display/1 prints for `t` (without the line end), as bytes in a latin1 string. */
export function display(t: Term): string {
  return print(t, true);
}

/** io_lib:format("~w", [T]) as a string of characters. */
export function formatTermW(t: Term): string {
  return print(t, false);
}

// ---------------------------------------------------------------------------------------------
// The walk, shared by both printers: a work stack of terms to print and literal text to emit
// (no term is a JS string), so deep terms do not deepen the JS stack.

/** A trie node of a large map on the work stack (a node is an array, which a tuple is too). */
class TrieNode {
  constructor(readonly node: HNode) {}
}

function print(root: Term, disp: boolean): string {
  const out: string[] = [];
  const work: Array<Term | TrieNode | string> = [root];
  while (work.length > 0) {
    const t = work.pop()!;
    if (typeof t === 'string') {
      out.push(t);
      continue;
    }
    if (typeof t === 'number' || typeof t === 'bigint') {
      out.push(t.toString());
    } else if (t instanceof Atom) {
      out.push(disp ? displayAtom(t.name) : formatAtomW(t.name));
    } else if (t instanceof EFloat) {
      out.push(disp ? formatExponent(t.value, 6) : floatToShortest(t.value));
    } else if (t === NIL) {
      out.push('[]');
    } else if (t instanceof Cons) {
      if (disp && isPrintableList(t)) {
        out.push(displayString(t));
        continue;
      }
      const items: Term[] = [];
      let l: Term = t;
      while (l instanceof Cons) {
        items.push(l.hd);
        l = l.tl;
      }
      out.push('[');
      work.push(']');
      if (l !== NIL) {
        work.push(l);
        work.push('|');
      }
      pushSeparated(work, items);
    } else if (Array.isArray(t)) {
      out.push('{');
      work.push('}');
      pushSeparated(work, t);
    } else if (t instanceof EMap) {
      if (disp && t.root !== null) {
        // erts prints a large map as its hash trie: each node's slot bitmap in hex, then its
        // children in slot order, a key-value leaf being the cons [Key|Value] that erts stores.
        out.push('#');
        work.push(new TrieNode(t.root));
        continue;
      }
      out.push('#{');
      work.push('}');
      // ~w follows maps:iterator/1, i.e. the iteration order (for a large map the reverse of
      // maps:to_list/1); display's flatmaps are in key order, which is the same thing.
      const entries = t.iterationEntries();
      const arrow = disp ? '=>' : ' => ';
      for (let i = entries.length - 1; i >= 0; i--) {
        work.push(entries[i][1]);
        work.push(arrow);
        work.push(entries[i][0]);
        if (i > 0) work.push(',');
      }
    } else if (t instanceof TrieNode) {
      const node = t.node;
      out.push(`<${trieBitmap(node).toString(16)}>{`);
      work.push('}');
      for (let i = trieWidth(node) - 1; i >= 0; i--) {
        const kid = trieChild(node, i);
        work.push(kid !== undefined ? new TrieNode(kid) : new Cons(trieKey(node, i), trieValue(node, i)));
        if (i > 0) work.push(',');
      }
    } else if (t instanceof BitStr) {
      out.push(disp ? displayBits(t) : formatBitsW(t));
    } else if (t instanceof Fun) {
      // fun_to_list/1, hence ~w, is erts's printer too.
      out.push(displayFun(t));
    } else if (t instanceof Pid) {
      out.push(`<${displayHooks.channelOf(t.node, t.creation)}.${t.id}.${t.serial}>`);
    } else if (t instanceof Port) {
      out.push(`#Port<${displayHooks.channelOf(t.node, t.creation)}.${t.id}>`);
    } else if (t instanceof Ref) {
      let s = `#Ref<${displayHooks.channelOf(t.node, t.creation)}`;
      for (let i = t.ids.length - 1; i >= 0; i--) s += '.' + t.ids[i];
      out.push(s + '>');
    } else {
      throw new TypeError(`display: not an Erlang term: ${String(t)}`);
    }
  }
  return out.join('');
}

function pushSeparated(work: Array<Term | TrieNode | string>, items: readonly Term[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    work.push(items[i]);
    if (i > 0) work.push(',');
  }
}

// ---------------------------------------------------------------------------------------------
// erts's printer

function isLatin1Lower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247);
}
function isLatin1Upper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215);
}
function isLatin1Alnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isLatin1Lower(c) || isLatin1Upper(c);
}

function octal3(c: number): string {
  return '\\' + c.toString(8).padStart(3, '0');
}

/** A code point's UTF-8 bytes as a latin1 string. */
function utf8Bytes(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

const DISPLAY_ESCAPES: Record<number, string> = {
  39: "\\'", 92: '\\\\', 10: '\\n', 12: '\\f', 9: '\\t', 13: '\\r', 8: '\\b', 11: '\\v',
};

/**
 * An atom as erts prints it: bare when it starts with a latin1 lowercase letter and goes on with
 * latin1 letters, digits and '_' (no reserved-word check, '@' needs quotes); control characters
 * escaped, everything else in UTF-8.
 */
export function displayAtom(name: string): string {
  const cps = Array.from(name, (ch) => ch.codePointAt(0)!);
  let quote = cps.length === 0 || !isLatin1Lower(cps[0]);
  for (let i = 1; !quote && i < cps.length; i++) {
    if (!isLatin1Alnum(cps[i]) && cps[i] !== 95) quote = true;
  }
  let s = quote ? "'" : '';
  for (const c of cps) {
    const e = DISPLAY_ESCAPES[c];
    if (e !== undefined) s += e;
    else if (c < 32 || (c >= 128 && c < 160)) s += octal3(c);
    else s += utf8Bytes(c);
  }
  return quote ? s + "'" : s;
}

/** A non-empty proper list of bytes that are printable latin1 or \t \n \r. */
function isPrintableList(l: Cons): boolean {
  let t: Term = l;
  while (t instanceof Cons) {
    const c = t.hd;
    if (typeof c !== 'number' || c < 0 || c > 255) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 127 && c < 160)) return false;
    t = t.tl;
  }
  return t === NIL;
}

function displayString(l: Cons): string {
  let s = '"';
  let t: Term = l;
  while (t instanceof Cons) {
    const c = t.hd as number;
    // Only newline and the double quote are escaped; a backslash goes out as it is.
    s += c === 10 ? '\\n' : c === 34 ? '\\"' : String.fromCharCode(c);
    t = t.tl;
  }
  return s + '"';
}

/** Eight bits of a bitstring starting `bit` bits into it (bits past the buffer read as 0). */
function byteAt(s: BitStr, bit: number): number {
  const p = s.offset + bit;
  const i = p >>> 3;
  const k = p & 7;
  if (k === 0) return s.bytes[i] ?? 0;
  return (((s.bytes[i] ?? 0) << k) | ((s.bytes[i + 1] ?? 0) >>> (8 - k))) & 0xff;
}

/** "1,2,3:4": the whole bytes, then the trailing bits as Value:Size. */
function bitsBody(b: BitStr): string {
  const whole = b.size >>> 3;
  const parts: string[] = [];
  for (let i = 0; i < whole; i++) parts.push(String(byteAt(b, i * 8)));
  const rest = b.size & 7;
  if (rest !== 0) parts.push(`${byteAt(b, whole * 8) >>> (8 - rest)}:${rest}`);
  return parts.join(',');
}

/** A binary of printable ASCII shows as <<"text">> (only '"' escaped); anything else as bytes. */
function displayBits(b: BitStr): string {
  const n = b.size >>> 3;
  let text = (b.size & 7) === 0 && n > 0;
  for (let i = 0; text && i < n; i++) {
    const c = byteAt(b, i * 8);
    if (c < 32 || c >= 127) text = false;
  }
  if (!text) return '<<' + bitsBody(b) + '>>';
  let s = '<<"';
  for (let i = 0; i < n; i++) {
    const c = byteAt(b, i * 8);
    s += c === 34 ? '\\"' : String.fromCharCode(c);
  }
  return s + '">>';
}

function displayFun(f: Fun): string {
  const l = f.lambda;
  if (l !== null) {
    // The module name goes out bare, in UTF-8, never quoted.
    let m = '';
    for (const ch of l.module.name) m += utf8Bytes(ch.codePointAt(0)!);
    return `#Fun<${m}.${l.index}.${l.uniq}>`;
  }
  const x = f.export!;
  return `fun ${displayAtom(x.module.name)}:${displayAtom(x.name.name)}/${x.arity}`;
}

// ---------------------------------------------------------------------------------------------
// io_lib's ~w

const RESERVED = new Set([
  'after', 'begin', 'case', 'try', 'cond', 'catch', 'andalso', 'orelse', 'end', 'fun', 'if', 'let', 'of',
  'receive', 'when', 'bnot', 'not', 'div', 'rem', 'band', 'and', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor',
]);

function isNameChar(c: number): boolean {
  return isLatin1Alnum(c) || c === 95 || c === 64;
}

const W_ESCAPES: Record<number, string> = {
  39: "\\'", 92: '\\\\', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 8: '\\b', 12: '\\f', 27: '\\e', 127: '\\d',
};

/**
 * An atom as io_lib:write_atom_as_latin1/1 writes it: quoted when it is a reserved word or is
 * not a latin1 lowercase letter followed by letters, digits, '_' and '@'; inside quotes,
 * control characters escaped and characters above 255 as \x{HEX}.
 */
export function formatAtomW(name: string): string {
  const cps = Array.from(name, (ch) => ch.codePointAt(0)!);
  let quote = cps.length === 0 || !isLatin1Lower(cps[0]) || RESERVED.has(name);
  for (let i = 1; !quote && i < cps.length; i++) if (!isNameChar(cps[i])) quote = true;
  if (!quote) return name;
  let s = "'";
  for (const c of cps) {
    const e = W_ESCAPES[c];
    if (e !== undefined) s += e;
    else if ((c >= 32 && c <= 126) || (c >= 160 && c <= 255)) s += String.fromCharCode(c);
    else if (c > 255) s += '\\x{' + c.toString(16).toUpperCase() + '}';
    else s += octal3(c);
  }
  return s + "'";
}

function formatBitsW(b: BitStr): string {
  return '<<' + bitsBody(b) + '>>';
}
