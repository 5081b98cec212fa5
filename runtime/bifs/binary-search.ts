// The binary module's searching BIFs: compile_pattern/1, match/2,3, matches/2,3 and split/2,3.
// As in erts, one search string is searched for directly (erts uses Boyer-Moore; any exact search
// finds the same occurrences) and several with an Aho-Corasick automaton, whose quirks decide
// which of overlapping candidates wins: match/2,3 takes the one that starts first, then the
// longest of those; matches/2,3 keeps a stack of chosen matches that a longer or earlier-starting
// candidate found later may replace. A compiled pattern is `{bm, Ref}` or `{ac, Ref}`, the Ref
// being a PatternRef that carries the search structure (erts: a magic reference). Every failure is
// a plain badarg (with erl_stdlib_errors as the error_info module, added by defineGuarded).
// binary:replace/3,4 is Erlang code in binary.erl over matches/3.

import { atom, Atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Ref } from '../term/identifiers.js';
import { Cons, NIL, listFrom } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import { makeRef } from '../process/signals.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const M = 'binary';
const BM = atom('bm');
const AC = atom('ac');
const NOMATCH = atom('nomatch');
const SCOPE = atom('scope');
const GLOBAL = atom('global');
const TRIM = atom('trim');
const TRIM_ALL = atom('trim_all');

/** A single search string, with Horspool's bad-character shifts when it is longer than a byte. */
interface SinglePattern {
  kind: 'bm';
  needle: Uint8Array;
  shift: Int32Array | null;
}

/**
 * An Aho-Corasick automaton over bytes. Node 0 is the root; `delta` is the full transition
 * table (node * 256 + byte), i.e. the trie's goto function with failure links already followed.
 * `final[n]` is > 0 when node n spells a search string, -1 when only some node on its failure
 * chain does, 0 otherwise; so walking `fail` from a final node while `final` < 0 reaches the
 * longest search string that ends there, and walking on while `final` != 0 visits every one.
 */
interface MultiPattern {
  kind: 'ac';
  depth: Int32Array;
  final: Int32Array;
  fail: Int32Array;
  delta: Int32Array;
}

type Pattern = SinglePattern | MultiPattern;

/** The reference inside a compiled pattern: a Ref to Erlang code, the search structure to us. */
export class PatternRef extends Ref {
  readonly pattern: Pattern;
  constructor(pattern: Pattern) {
    const r = makeRef();
    super(r.node, r.creation, r.ids);
    this.pattern = pattern;
  }
}

// ---------------------------------------------------------------------------------------------
// Compiling

function singlePattern(needle: Uint8Array): SinglePattern {
  const m = needle.length;
  if (m === 1) return { kind: 'bm', needle, shift: null };
  const shift = new Int32Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) shift[needle[i]] = m - 1 - i;
  return { kind: 'bm', needle, shift };
}

function multiPattern(needles: Uint8Array[]): MultiPattern {
  let total = 1;
  for (const n of needles) total += n.length;
  const goto = new Int32Array(total * 256).fill(-1);
  const depth = new Int32Array(total);
  const final = new Int32Array(total);
  let nodes = 1;
  needles.forEach((needle, k) => {
    let q = 0;
    for (let i = 0; i < needle.length; i++) {
      const at = q * 256 + needle[i];
      if (goto[at] < 0) {
        depth[nodes] = i + 1;
        goto[at] = nodes++;
      }
      q = goto[at];
    }
    if (final[q] === 0) final[q] = k + 1;
  });
  // Breadth first, so that a node's failure target (shallower) is complete before the node.
  const fail = new Int32Array(nodes);
  const delta = goto.subarray(0, nodes * 256);
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < 256; c++) {
    const v = delta[c];
    if (v < 0) delta[c] = 0;
    else queue[tail++] = v;
  }
  while (head < tail) {
    const u = queue[head++];
    const fu = fail[u];
    for (let c = 0; c < 256; c++) {
      const v = delta[u * 256 + c];
      if (v < 0) {
        delta[u * 256 + c] = delta[fu * 256 + c];
      } else {
        const fv = u === 0 ? 0 : delta[fu * 256 + c];
        fail[v] = fv;
        if (final[v] === 0 && final[fv] !== 0) final[v] = -1;
        queue[tail++] = v;
      }
    }
  }
  return { kind: 'ac', depth: depth.subarray(0, nodes), final: final.subarray(0, nodes), fail, delta };
}

/** The bytes of a non-empty binary search string, or undefined. */
function needleBytes(t: Term): Uint8Array | undefined {
  if (!(t instanceof BitStr) || (t.size & 7) !== 0 || t.size === 0) return undefined;
  return t.toBytes().slice();
}

/** A binary or a proper list of binaries, each non-empty, as a pattern; undefined if it is not one. */
function compile(t: Term): Pattern | undefined {
  if (t instanceof BitStr) {
    const n = needleBytes(t);
    return n === undefined ? undefined : singlePattern(n);
  }
  if (!(t instanceof Cons)) return undefined;
  const needles: Uint8Array[] = [];
  let l: Term = t;
  for (; l instanceof Cons; l = l.tl) {
    const n = needleBytes(l.hd);
    if (n === undefined) return undefined;
    needles.push(n);
  }
  if (l !== NIL) return undefined;
  return needles.length === 1 ? singlePattern(needles[0]) : multiPattern(needles);
}

/** A pattern argument: a compiled pattern of the right kind, or something compile() accepts. */
function patternArg(t: Term): Pattern {
  if (Array.isArray(t)) {
    if (t.length !== 2 || !(t[0] instanceof Atom) || !(t[1] instanceof PatternRef)) return badarg();
    const p = t[1].pattern;
    return (t[0] === BM && p.kind === 'bm') || (t[0] === AC && p.kind === 'ac') ? p : badarg();
  }
  return compile(t) ?? badarg();
}

defineGuarded(M, 'compile_pattern', 1, (_p: Process, t: Term) => {
  const p = compile(t) ?? badarg();
  return [p.kind === 'bm' ? BM : AC, new PatternRef(p)];
});

// ---------------------------------------------------------------------------------------------
// Searching, in hay[start, end)

/** Where `pat` first occurs wholly within [from, end), or -1. */
function singleFirst(pat: SinglePattern, hay: Uint8Array, from: number, end: number): number {
  const x = pat.needle;
  const m = x.length;
  if (pat.shift === null) {
    const j = hay.indexOf(x[0], from);
    return j >= 0 && j < end ? j : -1;
  }
  const shift = pat.shift;
  const last = x[m - 1];
  for (let j = from; j + m <= end; ) {
    const c = hay[j + m - 1];
    if (c === last) {
      let i = m - 2;
      while (i >= 0 && hay[j + i] === x[i]) i--;
      if (i < 0) return j;
    }
    j += shift[c];
  }
  return -1;
}

/** Matches as [pos, len, pos, len...]. */
type Found = number[];

/** Occurrences of a single string, left to right, none overlapping the one before. */
function singleAll(pat: SinglePattern, hay: Uint8Array, start: number, end: number): Found {
  const out: Found = [];
  const m = pat.needle.length;
  for (let j = singleFirst(pat, hay, start, end); j >= 0; j = singleFirst(pat, hay, j + m, end)) out.push(j, m);
  return out;
}

/**
 * erts's first Aho-Corasick match: the earliest-starting, then the longest. Scanning stops once
 * no string still being read can start at or before the candidate. A candidate is replaced by one
 * starting at the same place when the current node is deeper than the candidate (erts compares
 * the node reached, not the string found on its failure chain).
 */
function multiFirst(pat: MultiPattern, hay: Uint8Array, start: number, end: number): Found {
  const { depth, final, fail, delta } = pat;
  let q = 0;
  let cand = -1;
  let candStart = 0;
  for (let i = start; i < end; ) {
    q = delta[q * 256 + hay[i]];
    i++;
    if (cand >= 0 && i - depth[q] > candStart) break;
    if (final[q] !== 0) {
      let r = q;
      while (final[r] < 0) r = fail[r];
      const rs = i - depth[r];
      if (cand < 0 || rs < candStart || (rs === candStart && depth[cand] < depth[q])) {
        candStart = rs;
        cand = r;
      }
    }
  }
  return cand < 0 ? [] : [candStart, depth[cand]];
}

/**
 * erts's non-overlapping Aho-Corasick matches. At each byte every string ending there is tried,
 * longest first: it displaces the chosen matches that start after it (or at the same place and
 * are shorter), provided it then does not overlap the match before it; otherwise nothing changes.
 */
function multiAll(pat: MultiPattern, hay: Uint8Array, start: number, end: number): Found {
  const { depth, final, fail, delta } = pat;
  const pos: number[] = [];
  const len: number[] = [];
  let m = 0;
  let q = 0;
  for (let i = start; i < end; ) {
    q = delta[q * 256 + hay[i]];
    i++;
    for (let r = q; final[r] !== 0; r = fail[r]) {
      while (final[r] < 0) r = fail[r];
      const rs = i - depth[r];
      const saved = m;
      while (m > 0 && (pos[m - 1] > rs || (pos[m - 1] === rs && len[m - 1] < depth[r]))) m--;
      if (m === 0 || pos[m - 1] + len[m - 1] <= rs) {
        pos[m] = rs;
        len[m] = depth[r];
        m++;
      } else {
        m = saved;
      }
    }
  }
  const out: Found = [];
  for (let k = 0; k < m; k++) out.push(pos[k], len[k]);
  return out;
}

function search(pat: Pattern, hay: Uint8Array, start: number, end: number, global: boolean): Found {
  if (pat.kind === 'bm') {
    if (global) return singleAll(pat, hay, start, end);
    const j = singleFirst(pat, hay, start, end);
    return j < 0 ? [] : [j, pat.needle.length];
  }
  return global ? multiAll(pat, hay, start, end) : multiFirst(pat, hay, start, end);
}

// ---------------------------------------------------------------------------------------------
// Options

const OPT_GLOBAL = 1;
const OPT_TRIM = 2;
const OPT_TRIM_ALL = 4;

interface Options {
  start: number;
  end: number;
  flags: number;
}

/**
 * {scope, {Pos, Len}} as erts reads it: Pos a non-negative integer, Len any integer, a negative
 * Len counting back from Pos; the range must lie within the subject's `size` bytes. Integers
 * too large for a JS number cannot be in range (erts takes them as 64-bit and overflows into
 * badarg too).
 */
function scope(t: Term, size: number, o: Options): void {
  if (!Array.isArray(t) || t.length !== 2 || t[0] !== SCOPE) return badarg();
  const range = t[1];
  if (!Array.isArray(range) || range.length !== 2) return badarg();
  let pos = range[0];
  let len = range[1];
  if (typeof pos !== 'number' || typeof len !== 'number' || pos < 0) return badarg();
  if (len < 0) {
    if (-len > pos) return badarg();
    pos += len;
    len = -len;
  }
  if (pos > size || pos + len > size) return badarg();
  o.start = pos;
  o.end = pos + len;
}

/**
 * The option list of match/3, matches/3 (only scopes) or split/3 (also global, trim, trim_all).
 * As in erts, a later scope replaces an earlier one, and an improper tail ends the list unread.
 */
function options(t: Term | undefined, size: number, forSplit: boolean): Options {
  const o: Options = { start: 0, end: size, flags: 0 };
  if (t === undefined || t === NIL) return o;
  if (!(t instanceof Cons)) return badarg();
  for (let l: Term = t; l instanceof Cons; l = l.tl) {
    const h = l.hd;
    if (forSplit && h === GLOBAL) o.flags |= OPT_GLOBAL;
    else if (forSplit && h === TRIM) o.flags |= OPT_TRIM;
    else if (forSplit && h === TRIM_ALL) o.flags |= OPT_TRIM_ALL;
    else scope(h, size, o);
  }
  return o;
}

/** The subject of a search: a binary (not a bitstring with a partial byte). */
function subjectArg(t: Term): BitStr {
  return t instanceof BitStr && (t.size & 7) === 0 ? t : badarg();
}

// ---------------------------------------------------------------------------------------------
// match/2,3 and matches/2,3

function match(subject: Term, pattern: Term, opts: Term | undefined, global: boolean): Term {
  const bin = subjectArg(subject);
  const o = options(opts, bin.size >>> 3, false);
  // erts answers an empty range before it looks at the pattern, so even a bad one is accepted.
  if (o.end === 0) return global ? NIL : NOMATCH;
  const pat = patternArg(pattern);
  const found = search(pat, bin.toBytes(), o.start, o.end, global);
  if (!global) return found.length === 0 ? NOMATCH : [found[0], found[1]];
  const items: Term[] = [];
  for (let k = 0; k < found.length; k += 2) items.push([found[k], found[k + 1]]);
  return listFrom(items);
}

defineGuarded(M, 'match', 2, (_p: Process, s: Term, pat: Term) => match(s, pat, undefined, false));
defineGuarded(M, 'match', 3, (_p: Process, s: Term, pat: Term, opts: Term) => match(s, pat, opts, false));
defineGuarded(M, 'matches', 2, (_p: Process, s: Term, pat: Term) => match(s, pat, undefined, true));
defineGuarded(M, 'matches', 3, (_p: Process, s: Term, pat: Term, opts: Term) => match(s, pat, opts, true));

// ---------------------------------------------------------------------------------------------
// split/2,3

/** Bytes [from, to) of `bin`, sharing its buffer. */
function slice(bin: BitStr, from: number, to: number): BitStr {
  return new BitStr(bin.bytes, bin.offset + from * 8, (to - from) * 8);
}

/**
 * The parts of `bin` around the matches. The parts span the whole subject whatever the scope.
 * trim drops the empty parts at the end, trim_all every empty part; without global, trim_all
 * drops an empty first part only, and both drop an empty second part (and an empty first part
 * with it).
 */
function splitParts(bin: BitStr, found: Found, flags: number): Term {
  const size = bin.size >>> 3;
  const trimming = (flags & (OPT_TRIM | OPT_TRIM_ALL)) !== 0;
  if (found.length === 0) return trimming && size === 0 ? NIL : new Cons(bin, NIL);
  if ((flags & OPT_GLOBAL) === 0) {
    const pos = found[0];
    const after = pos + found[1];
    if (trimming && after === size) return pos === 0 ? NIL : new Cons(slice(bin, 0, pos), NIL);
    const rest = new Cons(slice(bin, after, size), NIL);
    return (flags & OPT_TRIM_ALL) !== 0 && pos === 0 ? rest : new Cons(slice(bin, 0, pos), rest);
  }
  // From the last part back, so that trim can stop at the first non-empty one.
  let dropEmpty = trimming;
  const trimAll = (flags & OPT_TRIM_ALL) !== 0;
  let out: Term = NIL;
  let end = size;
  for (let k = found.length - 2; k >= -2; k -= 2) {
    const from = k >= 0 ? found[k] + found[k + 1] : 0;
    if (!(dropEmpty && from === end)) {
      out = new Cons(slice(bin, from, end), out);
      dropEmpty = trimAll;
    }
    if (k >= 0) end = found[k];
  }
  return out;
}

function split(subject: Term, pattern: Term, opts: Term | undefined): Term {
  const bin = subjectArg(subject);
  const o = options(opts, bin.size >>> 3, true);
  if (o.end === 0) return splitParts(bin, [], o.flags);
  const pat = patternArg(pattern);
  return splitParts(bin, search(pat, bin.toBytes(), o.start, o.end, (o.flags & OPT_GLOBAL) !== 0), o.flags);
}

defineGuarded(M, 'split', 2, (_p: Process, s: Term, pat: Term) => split(s, pat, undefined));
defineGuarded(M, 'split', 3, (_p: Process, s: Term, pat: Term, opts: Term) => split(s, pat, opts));
