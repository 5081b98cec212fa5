// Match specifications, as ets:select/match/select_count/select_delete and
// ets:match_spec_compile/run use them: a list of {Head, Guards, Body} compiled once into closures,
// then run against each object. The rules are erts's (erl_db_util.c), checked against erts:
// - the head is a pattern: '_' matches anything, '$N' binds (or, bound already, must be exactly
//   equal), anything else is matched structurally; a head that is not a tuple matches no object;
// - guards and body are expressions: '$N' (bound in the head, else the spec is badarg), '$_' (the
//   object), '$$' (the bound variables in variable-number order), {const, T}, {{E...}} (a tuple
//   built from expressions), lists and maps (keys and values evaluated), {F, E...} (a guard BIF),
//   other terms stand for themselves;
// - the first clause whose head matches and whose guards are all `true` (a guard that raises is
//   false) gives the result, the last body expression; a body that raises gives 'EXIT'.
// The guard BIFs are erts's own implementations, taken from the BIF registry.

import { atom, Atom, TRUE, FALSE } from '../term/atom.js';
import { Cons, NIL, listFrom } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import { eqExact } from '../term/compare.js';
import { badarg, ErlangException } from '../errors.js';
import type { Process } from '../process/process.js';
import { lookupBif, type BifFn } from '../bifs/registry.js';

const WILD = atom('_');
const ALL = atom('$_');
const ALLVARS = atom('$$');
const CONST = atom('const');
const ANDALSO = atom('andalso');
const ORELSE = atom('orelse');
const SELF = atom('self');
export const EXIT_RESULT = atom('EXIT');

/** What a clause sees while it runs. */
interface Env {
  p: Process;
  obj: Term;
  vars: Term[];
}

type Expr = (env: Env) => Term;
type Pattern = (t: Term, vars: Term[]) => boolean;

interface Clause {
  head: Pattern;
  nvars: number;
  /** The slots of the variables in variable-number order: what '$$' lists. */
  order: number[];
  guards: Expr[];
  body: Expr[];
  /** The body is exactly ['$_'] (match_object) or ['$$'] (match): no per-object evaluation needed. */
  kind: 'all' | 'vars' | 'other';
}

export class MatchSpec {
  readonly clauses: Clause[];
  readonly source: Term;
  constructor(clauses: Clause[], source: Term) {
    this.clauses = clauses;
    this.source = source;
  }

  /** The result for `obj`, or undefined when no clause matches. */
  run(p: Process, obj: Term): Term | undefined {
    for (const c of this.clauses) {
      const vars: Term[] = new Array(c.nvars);
      if (!c.head(obj, vars)) continue;
      const env: Env = { p, obj, vars };
      let ok = true;
      for (const g of c.guards) {
        let v: Term;
        try {
          v = g(env);
        } catch (e) {
          if (e instanceof ErlangException) {
            ok = false;
            break;
          }
          throw e;
        }
        if (v !== TRUE) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (c.kind === 'all') return obj;
      if (c.kind === 'vars') return listFrom(c.order.map((s) => vars[s]));
      let r: Term = NIL;
      try {
        for (const b of c.body) r = b(env);
      } catch (e) {
        if (e instanceof ErlangException) return EXIT_RESULT;
        throw e;
      }
      return r;
    }
    return undefined;
  }
}

/** The variable number of '$N', or -1. */
function varNumber(t: Term): number {
  if (!(t instanceof Atom)) return -1;
  const s = t.name;
  if (s.length < 2 || s[0] !== '$' || !/^\$(0|[1-9][0-9]{0,8})$/.test(s)) return -1;
  return Number(s.slice(1));
}

// The guard BIFs a match specification may call, by name and arity (erts's guard_tab, for ets).
const GUARD_FUNCTIONS = new Set([
  'is_atom/1', 'is_float/1', 'is_integer/1', 'is_list/1', 'is_number/1', 'is_pid/1', 'is_port/1',
  'is_reference/1', 'is_tuple/1', 'is_map/1', 'is_binary/1', 'is_bitstring/1', 'is_boolean/1',
  'is_function/1', 'is_function/2', 'is_record/3', 'is_map_key/2', 'abs/1', 'element/2', 'hd/1',
  'length/1', 'map_get/2', 'map_size/1', 'node/0', 'node/1', 'round/1', 'size/1', 'bit_size/1',
  'byte_size/1', 'tuple_size/1', 'tl/1', 'trunc/1', 'binary_part/2', 'binary_part/3', 'float/1',
  '+/1', '-/1', '+/2', '-/2', '*/2', '//2', 'div/2', 'rem/2', 'band/2', 'bor/2', 'bxor/2', 'bnot/1',
  'bsl/2', 'bsr/2', '>/2', '>=/2', '</2', '=</2', '=:=/2', '==/2', '=/=/2', '/=/2', 'self/0',
  'and/2', 'or/2', 'xor/2', 'not/1', 'andalso/2', 'orelse/2',
]);

class Compiler {
  /** Variable number -> slot, for the clause being compiled. */
  readonly slots = new Map<number, number>();

  pattern(t: Term): Pattern {
    if (t === WILD) return () => true;
    const n = varNumber(t);
    if (n >= 0) {
      let slot = this.slots.get(n);
      if (slot === undefined) {
        slot = this.slots.size;
        this.slots.set(n, slot);
        const s = slot;
        // The first occurrence binds; `undefined` marks "not yet bound" for repeated variables.
        return (x, vars) => {
          const cur = vars[s];
          if (cur === undefined) {
            vars[s] = x;
            return true;
          }
          return eqExact(cur, x);
        };
      }
      const s = slot;
      return (x, vars) => {
        const cur = vars[s];
        if (cur === undefined) {
          vars[s] = x;
          return true;
        }
        return eqExact(cur, x);
      };
    }
    if (Array.isArray(t)) {
      const subs = t.map((e) => this.pattern(e));
      const n = subs.length;
      return (x, vars) => {
        if (!Array.isArray(x) || x.length !== n) return false;
        for (let i = 0; i < n; i++) if (!subs[i](x[i], vars)) return false;
        return true;
      };
    }
    if (t instanceof Cons) {
      const hd = this.pattern(t.hd);
      const tl = this.pattern(t.tl);
      return (x, vars) => x instanceof Cons && hd(x.hd, vars) && tl(x.tl, vars);
    }
    if (t instanceof EMap) {
      const entries = t.keys().map((k) => [k, this.pattern(t.get(k)!)] as const);
      return (x, vars) => {
        if (!(x instanceof EMap)) return false;
        for (const [k, pv] of entries) {
          const v = x.get(k);
          if (v === undefined || !pv(v, vars)) return false;
        }
        return true;
      };
    }
    return (x) => eqExact(t, x);
  }

  expr(t: Term): Expr {
    if (t instanceof Atom) {
      if (t === ALL) return (env) => env.obj;
      if (t === ALLVARS) {
        const order = [...this.slots.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
        return (env) => listFrom(order.map((s) => env.vars[s]));
      }
      const n = varNumber(t);
      if (n >= 0) {
        const s = this.slots.get(n);
        if (s === undefined) badarg();
        return (env) => env.vars[s];
      }
      return () => t;
    }
    if (Array.isArray(t)) {
      if (t.length === 0) badarg();
      const f = t[0];
      if (t.length === 1 && Array.isArray(f)) {
        const elems = f.map((e) => this.expr(e));
        return (env) => elems.map((e) => e(env));
      }
      if (f === CONST && t.length === 2) {
        const c = t[1];
        return () => c;
      }
      if (!(f instanceof Atom)) badarg();
      return this.call(f, t.slice(1));
    }
    if (t instanceof Cons) {
      const hd = this.expr(t.hd);
      const tl = this.expr(t.tl);
      return (env) => new Cons(hd(env), tl(env));
    }
    if (t instanceof EMap) {
      const ks = t.keys();
      const pairs = ks.map((k) => [this.expr(k), this.expr(t.get(k)!)] as const);
      return (env) => {
        let m = EMap.EMPTY;
        for (const [k, v] of pairs) m = m.put(k(env), v(env));
        return m;
      };
    }
    return () => t;
  }

  private call(f: Atom, args: Term[]): Expr {
    const name = f.name;
    if (!GUARD_FUNCTIONS.has(`${name}/${args.length}`)) badarg();
    const as = args.map((a) => this.expr(a));
    if (f === ANDALSO || f === ORELSE) {
      const stop = f === ANDALSO ? FALSE : TRUE;
      return (env) => {
        const a = as[0](env);
        if (a === stop) return stop;
        if (a !== TRUE && a !== FALSE) badarg();
        const b = as[1](env);
        if (b !== TRUE && b !== FALSE) badarg();
        return b;
      };
    }
    if (f === SELF) return (env) => env.p.pid;
    const bif: BifFn | undefined = lookupBif('erlang', name, args.length);
    if (bif === undefined) badarg();
    switch (as.length) {
      case 0:
        return (env) => bif(env.p);
      case 1: {
        const [a] = as;
        return (env) => bif(env.p, a(env));
      }
      case 2: {
        const [a, b] = as;
        return (env) => bif(env.p, a(env), b(env));
      }
      default:
        return (env) => bif(env.p, ...as.map((a) => a(env)));
    }
  }
}

/** Compile a match specification; badarg when it is not one. */
export function compileMatchSpec(ms: Term): MatchSpec {
  const clauses: Clause[] = [];
  let l = ms;
  while (l instanceof Cons) {
    const c = l.hd;
    if (!Array.isArray(c) || c.length !== 3) badarg();
    const [head, guards, body] = c;
    const comp = new Compiler();
    const pat = comp.pattern(head);
    const gs: Expr[] = [];
    let g = guards;
    while (g instanceof Cons) {
      gs.push(comp.expr(g.hd));
      g = g.tl;
    }
    if (g !== NIL) badarg();
    const bs: Expr[] = [];
    let b = body;
    while (b instanceof Cons) {
      bs.push(comp.expr(b.hd));
      b = b.tl;
    }
    if (b !== NIL || bs.length === 0) badarg();
    const only = body instanceof Cons && body.tl === NIL ? body.hd : null;
    const kind = only === ALL ? 'all' : only === ALLVARS ? 'vars' : 'other';
    const order = [...comp.slots.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]);
    clauses.push({ head: pat, nvars: comp.slots.size, order, guards: gs, body: bs, kind });
    l = l.tl;
  }
  if (l !== NIL) badarg();
  return new MatchSpec(clauses, ms);
}

/** The match specification of ets:match/2 (bindings) or ets:match_object/2 (objects). */
export function patternSpec(pattern: Term, objects: boolean): MatchSpec {
  return compileMatchSpec(new Cons([pattern, NIL, new Cons(objects ? ALL : ALLVARS, NIL)], NIL));
}

/** For select_delete and select_count: the head's key when it is bound (no wildcard or variable), else undefined. */
export function boundKey(ms: Term, keypos: number): Term | undefined {
  if (!(ms instanceof Cons) || ms.tl !== NIL) return undefined;
  const c = ms.hd;
  if (!Array.isArray(c) || c.length !== 3 || !Array.isArray(c[0]) || c[0].length < keypos) return undefined;
  const k = c[0][keypos - 1];
  return isGround(k) ? k : undefined;
}

function isGround(t: Term): boolean {
  if (t instanceof Atom) return t !== WILD && varNumber(t) < 0;
  if (Array.isArray(t)) return t.every(isGround);
  if (t instanceof Cons) return isGround(t.hd) && isGround(t.tl);
  if (t instanceof EMap) return false;
  return true;
}

export { FALSE, TRUE };
