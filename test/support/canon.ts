// The canonical rendering of terms that test/support/beam_dump.escript prints on
// erts, reproduced for beamjs terms, so that a test compares strings produced on
// each side independently. ASCII only: atoms escape everything outside printable
// ASCII (and ' and \) as \x{HEX}; floats are their IEEE bits in hex; map entries
// are sorted by the rendering of their keys; pids, ports and refs show only their
// node (literals never hold them).

import { Atom } from '../../runtime/term/atom.js';
import { BitStr } from '../../runtime/term/bitstring.js';
import { EFloat } from '../../runtime/term/float.js';
import { Fun } from '../../runtime/term/fun.js';
import { Pid, Port, Ref } from '../../runtime/term/identifiers.js';
import { Cons, NIL, charlist } from '../../runtime/term/list.js';
import { EMap } from '../../runtime/term/map.js';
import type { Term } from '../../runtime/term/term.js';

export function canonAtomName(name: string): string {
  let s = "'";
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    s += c >= 32 && c <= 126 && ch !== "'" && ch !== '\\' ? ch : `\\x{${c.toString(16).toUpperCase()}}`;
  }
  return s + "'";
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

export function canonBytes(bytes: Uint8Array): string {
  return `<<${hex(bytes)}>>`;
}

/** A JS string as the Erlang string (code point list) erts would render. */
export function canonString(s: string): string {
  return canon(charlist(s));
}

export function canon(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return t.toString();
  if (t instanceof EFloat) {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, t.value);
    return 'F' + hex(new Uint8Array(v.buffer));
  }
  if (t instanceof Atom) return canonAtomName(t.name);
  if (t instanceof BitStr) {
    const whole = t.size >>> 3;
    const rest = t.size & 7;
    const bytes = t.toBytes();
    let tail = '';
    if (rest > 0) tail = `:${rest}:${bytes[whole] >>> (8 - rest)}`;
    return `<<${hex(bytes.subarray(0, whole))}${tail}>>`;
  }
  if (Array.isArray(t)) return `{${t.map(canon).join(',')}}`;
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const parts: string[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      parts.push(canon(l.hd));
      l = l.tl;
    }
    return l === NIL ? `[${parts.join(',')}]` : `[${parts.join(',')}|${canon(l)}]`;
  }
  if (t instanceof EMap) {
    const pairs = t.entries().map(([k, v]) => [canon(k), canon(v)] as const);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return `#{${pairs.map(([k, v]) => `${k}=>${v}`).join(',')}}`;
  }
  if (t instanceof Fun) {
    if (t.export !== null) return `fun(${canon(t.export.module)},${canon(t.export.name)},${t.arity})`;
    const l = t.lambda!;
    return `lfun(${canon(l.module)},${l.index},${t.arity},${canon(listOf(t.env))})`;
  }
  if (t instanceof Pid) return `pid(${canon(t.node)})`;
  if (t instanceof Port) return `port(${canon(t.node)})`;
  if (t instanceof Ref) return `ref(${canon(t.node)})`;
  throw new Error(`canon: not a term: ${String(t)}`);
}

function listOf(items: readonly Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}
