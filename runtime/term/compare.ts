// The standard term order and the two equalities, as erts defines them (erts_cmp):
//   number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
// - numbers compare by mathematical value across integers, bigints and floats (1 == 1.0); JS's
//   `<` between a number and a bigint is exact, which is what erts computes;
// - "exact" comparison (=:=, and map keys) puts every integer before every float, so 1 =/= 1.0;
//   0.0 and -0.0 are equal under both (OTP 25);
// - atoms by their text in code-point order; tuples by size, then elements; maps by size, then
//   their keys in exact order, then their values in that key order; lists element by element,
//   a shorter list first; bitstrings bit by bit, then the shorter first;
// - pids by serial, number, then node name and creation; ports and references by node name,
//   creation, then number (a reference's words from the most significant, zero words at the top
//   ignored); local funs before export funs, local ones by module, FunT index, uniq, free
//   variables; export funs by module, name, arity.
// The walk keeps its pending work on an explicit stack, so neither long lists nor deep nesting
// grows the JS stack, and allocates nothing unless it meets a map.

import { Atom } from './atom.js';
import { EFloat } from './float.js';
import { Cons, NIL } from './list.js';
import { BitStr } from './bitstring.js';
import { EMap } from './map.js';
import { Fun } from './fun.js';
import { Pid, Port, Ref } from './identifiers.js';
import type { Term } from './term.js';

/** Standard term order: -1, 0 or 1. */
export function compare(a: Term, b: Term): -1 | 0 | 1 {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return walk(a, b, 0);
}

/** `=:=`: exact equality (1 =:= 1.0 is false; 0.0 =:= -0.0 is true in OTP 25). */
export function eqExact(a: Term, b: Term): boolean {
  if (a === b) return true;
  // Integers have one representation each, atoms are interned: identity decides.
  if (typeof a === 'number' || typeof b === 'number' || typeof a === 'bigint' || typeof b === 'bigint') return false;
  if (a instanceof Atom || b instanceof Atom) return false;
  if (a instanceof EFloat) return b instanceof EFloat && a.value === b.value;
  return walk(a, b, EXACT | EQ_ONLY) === 0;
}

/** `==`: arithmetic equality (1 == 1.0 is true). */
export function eqArith(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return false;
  // Atoms are interned and equal only to themselves (lists:keyfind on proplists).
  if (a instanceof Atom || b instanceof Atom) return false;
  return walk(a, b, EQ_ONLY) === 0;
}

/** Exact term order, the order of map keys: like compare, but integers before floats. */
export function compareExact(a: Term, b: Term): -1 | 0 | 1 {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  // Atom keys are what small maps are searched by most (records as maps, option maps).
  if (a instanceof Atom && b instanceof Atom) return compareText(a.name, b.name);
  return walk(a, b, EXACT);
}

// Walk modes. EQ_ONLY: only zero / non-zero matters, so maps can be matched by key lookup.
const EXACT = 1;
const EQ_ONLY = 2;

const R_NUMBER = 0;
const R_ATOM = 1;
const R_REF = 2;
const R_FUN = 3;
const R_PORT = 4;
const R_PID = 5;
const R_TUPLE = 6;
const R_MAP = 7;
const R_NIL = 8;
const R_LIST = 9;
const R_BITS = 10;

function rank(t: Term): number {
  if (typeof t === 'number' || typeof t === 'bigint' || t instanceof EFloat) return R_NUMBER;
  if (t instanceof Atom) return R_ATOM;
  if (t instanceof Cons) return R_LIST;
  if (Array.isArray(t)) return R_TUPLE;
  if (t === NIL) return R_NIL;
  if (t instanceof BitStr) return R_BITS;
  if (t instanceof EMap) return R_MAP;
  if (t instanceof Ref) return R_REF;
  if (t instanceof Fun) return R_FUN;
  if (t instanceof Port) return R_PORT;
  if (t instanceof Pid) return R_PID;
  throw new TypeError(`compare: not an Erlang term: ${String(t)}`);
}

// Pending work. A walk uses the slots above the height it started at, so walks may nest (map
// key sorting starts one) and each leaves the stack as it found it.
//   K_SEQ  [xs, ys, i]  compare xs[i] with ys[i], then the rest of the two arrays
//   K_PAIR [x, y]       compare x with y (the tails of two lists)
const K_SEQ = 0;
const K_PAIR = 1;
const stk: unknown[] = [];
let sp = 0;

function sign(d: number): -1 | 0 | 1 {
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

function walk(a0: Term, b0: Term, mode: number): -1 | 0 | 1 {
  const base = sp;
  let a = a0;
  let b = b0;
  for (;;) {
    const r = step(a, b, mode);
    if (r === DESCEND) {
      a = nextA;
      b = nextB;
      continue;
    }
    if (r !== 0) {
      while (sp > base) stk[--sp] = undefined;
      return r as -1 | 1;
    }
    // Equal so far: take the next pending comparison.
    if (sp === base) return 0;
    if (stk[sp - 1] === K_SEQ) {
      const xs = stk[sp - 4] as Term[];
      const ys = stk[sp - 3] as Term[];
      const i = stk[sp - 2] as number;
      a = xs[i];
      b = ys[i];
      if (i + 1 < xs.length) {
        stk[sp - 2] = i + 1;
      } else {
        sp -= 4;
        stk[sp] = stk[sp + 1] = undefined;
      }
    } else {
      a = stk[sp - 3] as Term;
      b = stk[sp - 2] as Term;
      sp -= 3;
      stk[sp] = stk[sp + 1] = undefined;
    }
  }
}

// step() either decides (returns -1, 0 or 1) or returns DESCEND after pushing the rest of the
// work and leaving the first pair to compare in nextA, nextB.
const DESCEND = 2;
let nextA: Term = NIL;
let nextB: Term = NIL;

/** Descend into two arrays of equal length (at least one element). */
function descendSeq(xs: readonly Term[], ys: readonly Term[]): number {
  if (xs.length > 1) {
    stk[sp++] = xs;
    stk[sp++] = ys;
    stk[sp++] = 1;
    stk[sp++] = K_SEQ;
  }
  nextA = xs[0];
  nextB = ys[0];
  return DESCEND;
}

function step(a: Term, b: Term, mode: number): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case R_NUMBER:
      return compareNumbers(a as number | bigint | EFloat, b as number | bigint | EFloat, (mode & EXACT) !== 0);
    case R_ATOM:
      return compareText((a as Atom).name, (b as Atom).name);
    case R_LIST: {
      // Skip equal-looking heads without touching the stack; then compare the heads with the
      // tails pending.
      let x = a as Cons;
      let y = b as Cons;
      for (;;) {
        const h = x.hd;
        const g = y.hd;
        if (h !== g) {
          if (typeof h === 'number' && typeof g === 'number') return h < g ? -1 : 1;
          break;
        }
        const xt = x.tl;
        const yt = y.tl;
        if (!(xt instanceof Cons && yt instanceof Cons)) {
          nextA = xt;
          nextB = yt;
          return DESCEND;
        }
        x = xt;
        y = yt;
      }
      stk[sp++] = x.tl;
      stk[sp++] = y.tl;
      stk[sp++] = K_PAIR;
      nextA = x.hd;
      nextB = y.hd;
      return DESCEND;
    }
    case R_TUPLE: {
      const xs = a as Term[];
      const ys = b as Term[];
      if (xs.length !== ys.length) return xs.length < ys.length ? -1 : 1;
      if (xs.length === 0) return 0;
      return descendSeq(xs, ys);
    }
    case R_NIL:
      return 0;
    case R_BITS:
      return compareBits(a as BitStr, b as BitStr, (mode & EQ_ONLY) !== 0);
    case R_MAP:
      return stepMaps(a as EMap, b as EMap, mode);
    case R_FUN:
      return stepFuns(a as Fun, b as Fun);
    case R_PID:
      return comparePids(a as Pid, b as Pid);
    case R_PORT:
      return comparePorts(a as Port, b as Port);
    default:
      return compareRefs(a as Ref, b as Ref);
  }
}

function compareNumbers(a: number | bigint | EFloat, b: number | bigint | EFloat, exact: boolean): number {
  const fa = a instanceof EFloat;
  const fb = b instanceof EFloat;
  if (exact && fa !== fb) return fa ? 1 : -1;
  const x = fa ? (a as EFloat).value : (a as number | bigint);
  const y = fb ? (b as EFloat).value : (b as number | bigint);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Code-point order of two strings (UTF-16 order differs once a surrogate meets U+E000..U+FFFF). */
export function compareText(x: string, y: string): -1 | 0 | 1 {
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    let c = x.charCodeAt(i);
    let d = y.charCodeAt(i);
    if (c !== d) {
      if (c >= 0xd800 && d >= 0xd800) {
        c = c < 0xe000 ? c + 0x2000 : c - 0x800;
        d = d < 0xe000 ? d + 0x2000 : d - 0x800;
      }
      return c < d ? -1 : 1;
    }
  }
  return sign(x.length - y.length);
}

/** Eight bits of a bitstring starting `bit` bits into it (bits past its end read as 0). */
function byteAt(s: BitStr, bit: number): number {
  const p = s.offset + bit;
  const i = p >>> 3;
  const k = p & 7;
  if (k === 0) return s.bytes[i] ?? 0;
  return (((s.bytes[i] ?? 0) << k) | ((s.bytes[i + 1] ?? 0) >>> (8 - k))) & 0xff;
}

function compareBits(a: BitStr, b: BitStr, eqOnly: boolean): number {
  if (eqOnly && a.size !== b.size) return 1;
  const n = a.size < b.size ? a.size : b.size;
  const whole = n >>> 3;
  if ((a.offset & 7) === 0 && (b.offset & 7) === 0) {
    const ab = a.bytes;
    const bb = b.bytes;
    const ai = a.offset >>> 3;
    const bi = b.offset >>> 3;
    for (let i = 0; i < whole; i++) {
      const d = ab[ai + i] - bb[bi + i];
      if (d !== 0) return d < 0 ? -1 : 1;
    }
  } else {
    for (let i = 0; i < whole; i++) {
      const d = byteAt(a, i * 8) - byteAt(b, i * 8);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
  }
  const rest = n & 7;
  if (rest !== 0) {
    const d = (byteAt(a, whole * 8) >>> (8 - rest)) - (byteAt(b, whole * 8) >>> (8 - rest));
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return sign(a.size - b.size);
}

function stepMaps(a: EMap, b: EMap, mode: number): number {
  const n = a.size;
  if (n !== b.size) return n < b.size ? -1 : 1;
  if (n === 0) return 0;
  if (mode & EQ_ONLY) {
    // Keys are matched exactly whatever the mode (#{1 => a} /= #{1.0 => a}): look each up.
    const va: Term[] = [];
    const vb: Term[] = [];
    for (const [k, v] of a.entries()) {
      const w = b.get(k);
      if (w === undefined) return 1;
      va.push(v);
      vb.push(w);
    }
    return descendSeq(va, vb);
  }
  // Keys in map-key order, pairwise and exactly; then the values in that order, in this mode.
  const ea = a.sortedEntriesForCompare();
  const eb = b.sortedEntriesForCompare();
  for (let i = 0; i < n; i++) {
    const r = compareExact(ea.keys[i], eb.keys[i]);
    if (r !== 0) return r;
  }
  return descendSeq(ea.values, eb.values);
}

function stepFuns(a: Fun, b: Fun): number {
  const la = a.lambda;
  const lb = b.lambda;
  if (la !== null && lb !== null) {
    let r: number = compareText(la.module.name, lb.module.name);
    if (r !== 0) return r;
    if (la.index !== lb.index) return la.index < lb.index ? -1 : 1;
    if (la.uniq !== lb.uniq) return la.uniq < lb.uniq ? -1 : 1;
    r = a.env.length - b.env.length;
    if (r !== 0) return sign(r);
    if (a.env.length === 0) return 0;
    return descendSeq(a.env, b.env);
  }
  const xa = a.export;
  const xb = b.export;
  if (xa !== null && xb !== null) {
    const r = compareText(xa.module.name, xb.module.name) || compareText(xa.name.name, xb.name.name);
    if (r !== 0) return r;
    return sign(xa.arity - xb.arity);
  }
  return la !== null ? -1 : 1;
}

function compareNodes(na: Atom, ca: number, nb: Atom, cb: number): number {
  if (na !== nb) return compareText(na.name, nb.name);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

function comparePids(a: Pid, b: Pid): number {
  if (a.serial !== b.serial) return a.serial < b.serial ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return compareNodes(a.node, a.creation, b.node, b.creation);
}

function comparePorts(a: Port, b: Port): number {
  const r = compareNodes(a.node, a.creation, b.node, b.creation);
  if (r !== 0) return r;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

function compareRefs(a: Ref, b: Ref): number {
  const r = compareNodes(a.node, a.creation, b.node, b.creation);
  if (r !== 0) return r;
  const x = a.ids;
  const y = b.ids;
  let n = x.length;
  // Words beyond the shorter reference decide only when non-zero.
  if (x.length > y.length) {
    for (let i = x.length - 1; i >= y.length; i--) if (x[i] !== 0) return 1;
    n = y.length;
  } else if (y.length > x.length) {
    for (let i = y.length - 1; i >= x.length; i--) if (y[i] !== 0) return -1;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}
