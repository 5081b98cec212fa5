// The re module's BIFs: run/2,3, internal_run/4, compile/1,2, inspect/2 and version/0, over the
// engine in runtime/re/. They follow erts's erl_bif_re.c: the option list is parsed the same way
// (badarg for anything it rejects), a textual pattern is compiled on each call, and the same cases
// trap to Erlang code in re.erl: unicode with a non-binary pattern or subject (or list captures)
// to re:urun/3 and re:ucompile/2, global to re:grun/3, which loops over internal_run/4.
// The binary in {re_pattern, Groups, Unicode, UseCrlf, Binary} that re:compile makes here is
// beamjs's own serialisation of the pattern and its options (runtime/re/api.ts): the tuple's first
// four elements are erts's, the binary is not PCRE's compiled code. Binaries that erts compiled
// (regex literals in Elixir's modules, terms from an erts node) are decoded from PCRE's code
// (runtime/re/pcre-bytecode.ts); anything else is badarg, as on erts.

import { atom, Atom } from '../term/atom.js';
import { BitStr } from '../term/bitstring.js';
import { Cons, NIL, charlist } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg, badargWithCause, ErlangException, raiseError } from '../errors.js';
import { iolistToBinary } from '../bs/binary-ops.js';
import type { Process } from '../process/process.js';
import { exportEntry } from '../code/exports.js';
import { defineBif } from './registry.js';
import { guardedBif } from './erlang/annotate.js';
import {
  type CompileOptions, type ExecOptions, type Newline, type Program, DEFAULT_MATCH_LIMIT, DEFAULT_RECURSION_LIMIT,
  ReCompileError, ReUnsupported, compile, defaultCompileOptions, loadPattern, run, serialise, validUtf8,
} from '../re/api.js';

const M = 're';
const RE = atom('re');
const RE_PATTERN = atom('re_pattern');
const OK = atom('ok');
const ERROR = atom('error');
const MATCH = atom('match');
const NOMATCH = atom('nomatch');
const COMPILE = atom('compile');
const MATCH_LIMIT = atom('match_limit');
const MATCH_LIMIT_RECURSION = atom('match_limit_recursion');
const NAMELIST = atom('namelist');
const CAPTURE = atom('capture');
const INDEX = atom('index');
const LIST = atom('list');
const BINARY = atom('binary');
const TRUE = atom('true');
const FALSE = atom('false');

/** The PCRE version erts 25 reports. */
const VERSION = '8.44 2020-02-12';
const BADOPT = atom('badopt');

/** badarg for an option list erts rejects: its error_info carries cause badopt. */
function badopt(): never {
  return badargWithCause(BADOPT);
}

// erl_bif_re.c's parse flags.
const UNIQUE_COMPILE = 1;
const UNIQUE_EXEC = 2;
const UNICODE = 4;
const CAPTURE_OPT = 16;
const GLOBAL = 32;
const REPORT_ERRORS = 64;

interface ParsedOptions {
  compile: CompileOptions;
  /** Options that also act at match time. */
  anchored: boolean;
  newline: Newline | null;
  bsr: 'anycrlf' | 'unicode' | null;
  notbol: boolean;
  noteol: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  flags: number;
  offset: number;
  captureValues: Term;
  captureType: Term;
  matchLimit: number;
  recursionLimit: number;
}

/** A non-negative small integer that fits a C int, as erts's term_to_int accepts; else -1. */
function cInt(t: Term): number {
  return typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 0x7fffffff ? t : -1;
}

const NEWLINE_ATOMS: Record<string, Newline> = { cr: 'cr', crlf: 'crlf', lf: 'lf', anycrlf: 'anycrlf', any: 'any' };

const COMPILE_FLAGS: Record<string, keyof CompileOptions> = {
  no_start_optimize: 'noStartOptimize',
  caseless: 'caseless',
  dollar_endonly: 'dollarEndonly',
  dotall: 'dotall',
  extended: 'extended',
  firstline: 'firstline',
  multiline: 'multiline',
  no_auto_capture: 'noAutoCapture',
  dupnames: 'dupnames',
  ungreedy: 'ungreedy',
  ucp: 'ucp',
  never_utf: 'neverUtf',
};

/** erts's parse_options; null where erts answers badarg. */
function parseOptions(list: Term): ParsedOptions | null {
  const o: ParsedOptions = {
    compile: defaultCompileOptions(),
    anchored: false,
    newline: null,
    bsr: null,
    notbol: false,
    noteol: false,
    notempty: false,
    notemptyAtstart: false,
    flags: 0,
    offset: 0,
    captureValues: NIL,
    captureType: INDEX,
    matchLimit: -1,
    recursionLimit: -1,
  };
  let l = list;
  for (; l instanceof Cons; l = l.tl) {
    const item = l.hd;
    if (Array.isArray(item)) {
      if (item.length !== 2 || !(item[0] instanceof Atom)) {
        if (item.length === 3 && item[0] === CAPTURE) {
          o.captureValues = item[1];
          o.captureType = item[2];
          o.flags |= CAPTURE_OPT | UNIQUE_EXEC;
          continue;
        }
        return null;
      }
      const [key, v] = item as [Atom, Term];
      switch (key.name) {
        case 'capture':
          o.captureValues = v;
          o.captureType = INDEX;
          o.flags |= CAPTURE_OPT | UNIQUE_EXEC;
          break;
        case 'offset':
          if ((o.offset = cInt(v)) < 0) return null;
          o.flags |= UNIQUE_EXEC;
          break;
        case 'match_limit':
          if ((o.matchLimit = cInt(v)) < 0) return null;
          o.flags |= UNIQUE_EXEC;
          break;
        case 'match_limit_recursion':
          if ((o.recursionLimit = cInt(v)) < 0) return null;
          o.flags |= UNIQUE_EXEC;
          break;
        case 'newline': {
          const nl = v instanceof Atom && Object.hasOwn(NEWLINE_ATOMS, v.name) ? NEWLINE_ATOMS[v.name] : undefined;
          if (nl === undefined) return null;
          o.newline = nl;
          o.compile.newline = nl;
          break;
        }
        default:
          return null;
      }
      continue;
    }
    if (!(item instanceof Atom)) return null;
    const name = (item as Atom).name;
    if (Object.hasOwn(COMPILE_FLAGS, name)) {
      (o.compile as unknown as Record<string, boolean>)[COMPILE_FLAGS[name]] = true;
      o.flags |= UNIQUE_COMPILE;
      continue;
    }
    switch (name) {
      case 'anchored':
        o.anchored = true;
        o.compile.anchored = true;
        break;
      case 'notempty':
        o.notempty = true;
        o.flags |= UNIQUE_EXEC;
        break;
      case 'notempty_atstart':
        o.notemptyAtstart = true;
        o.flags |= UNIQUE_EXEC;
        break;
      case 'notbol':
        o.notbol = true;
        o.flags |= UNIQUE_EXEC;
        break;
      case 'noteol':
        o.noteol = true;
        o.flags |= UNIQUE_EXEC;
        break;
      case 'report_errors':
        o.flags |= UNIQUE_EXEC | REPORT_ERRORS;
        break;
      case 'unicode':
        o.compile.utf = true;
        o.flags |= UNIQUE_COMPILE | UNICODE;
        break;
      case 'global':
        o.flags |= UNIQUE_EXEC | GLOBAL;
        break;
      case 'bsr_anycrlf':
        o.bsr = 'anycrlf';
        o.compile.bsr = 'anycrlf';
        break;
      case 'bsr_unicode':
        o.bsr = 'unicode';
        o.compile.bsr = 'unicode';
        break;
      default:
        return null;
    }
  }
  return l === NIL ? o : null;
}

function isAtom(t: Term): t is Atom {
  return t instanceof Atom;
}

/** The bytes of an iolist or binary pattern/subject; null when it is neither. */
function ioBytes(t: Term): Uint8Array | null {
  if (t instanceof BitStr) return (t.size & 7) === 0 ? t.toBytes() : null;
  if (!(t instanceof Cons) && t !== NIL) return null;
  try {
    return iolistToBinary(t).toBytes();
  } catch (e) {
    if (e instanceof ErlangException) return null;
    throw e;
  }
}

function unsupported(e: ReUnsupported): never {
  raiseError([atom('re_feature_not_implemented'), charlist(e.feature)]);
}

/** Compiles, or gives erts's error: the ReCompileError itself. */
function tryCompile(pattern: Uint8Array, opts: CompileOptions): Program | ReCompileError {
  try {
    return compile(pattern, opts);
  } catch (e) {
    if (e instanceof ReCompileError) return e;
    if (e instanceof ReUnsupported) unsupported(e);
    throw e;
  }
}

/** The program of a {re_pattern, ...} binary, or null for badarg. */
function tryLoad(bin: Uint8Array): Program | null {
  try {
    return loadPattern(bin);
  } catch (e) {
    if (e instanceof ReUnsupported) unsupported(e);
    throw e;
  }
}

function compileError(e: ReCompileError): Term {
  return [charlist(e.message), e.offset];
}

function patternTuple(prog: Program, pattern: Uint8Array, opts: CompileOptions, unicode: boolean): Term {
  const nl = prog.newline;
  const crlf = nl === 'any' || nl === 'crlf' || nl === 'anycrlf' ? 1 : 0;
  const nul = pattern.indexOf(0);
  const p = nul >= 0 ? pattern.subarray(0, nul) : pattern;
  return [RE_PATTERN, prog.groups, unicode ? 1 : 0, crlf, BitStr.fromBytes(serialise(p, opts))];
}

// ---- compile ----

function reCompile(p: Process, pattern: Term, options: Term): Term {
  const o = parseOptions(options);
  if (o === null || o.flags & UNIQUE_EXEC) return badopt();
  const unicode = (o.flags & UNICODE) !== 0;
  if (unicode && !(pattern instanceof BitStr)) return { trap: 'ucompile', args: [] } as unknown as Term;
  const bytes = ioBytes(pattern);
  if (bytes === null) return badarg();
  const r = tryCompile(bytes, o.compile);
  if (r instanceof ReCompileError) return [ERROR, compileError(r)];
  return [OK, patternTuple(r, bytes, o.compile, unicode)];
}

const compile1 = guardedBif(M, 'compile', (q: Process, a: Term) => reCompile(q, a, NIL));
const compile2 = guardedBif(M, 'compile', (q: Process, a: Term, b: Term) => reCompile(q, a, b));
const UCOMPILE = atom('ucompile');

defineBif(M, 'compile', 1, (p: Process, pattern: Term) => {
  const r = compile1(p, pattern);
  return isTrap(r) ? exportEntry(RE, UCOMPILE, 2).fn(p, pattern, NIL) : r;
});
defineBif(M, 'compile', 2, (p: Process, pattern: Term, options: Term) => {
  const r = compile2(p, pattern, options);
  return isTrap(r) ? exportEntry(RE, UCOMPILE, 2).fn(p, pattern, options) : r;
});

// ---- run ----

interface Trap {
  trap: 'urun' | 'grun' | 'ucompile';
  args: Term[];
}

function isTrap(t: unknown): t is Trap {
  return t !== null && typeof t === 'object' && !Array.isArray(t) && 'trap' in (t as object);
}

/** A capture specification resolved to group numbers (a negative entry -n: the next n entries are alternatives). */
interface CaptureSpec {
  type: 'index' | 'list' | 'binary' | 'none';
  /** 0: all, -1: all but first, otherwise the explicit list in `v`. */
  all: 0 | -1 | null;
  v: number[];
}

/**
 * The groups a name refers to. With dupnames, all of them; without, the one PCRE's binary
 * search over the sorted name table lands on (names may still repeat, by (?J) or (?|...)).
 */
function nameIndexes(prog: Program, name: string): number[] {
  if (prog.dupnames) return prog.names.filter((n) => n.name === name).map((n) => n.group);
  let bot = 0;
  let top = prog.names.length;
  while (top > bot) {
    const mid = (top + bot) >> 1;
    const e = prog.names[mid];
    if (e.name === name) return [e.group];
    if (name > e.name) bot = mid + 1;
    else top = mid;
  }
  return [];
}

/** erts's build_capture; null for badarg. */
function buildCapture(values: Term, type: Term, prog: Program): CaptureSpec | null {
  let t: CaptureSpec['type'];
  if (type === INDEX) t = 'index';
  else if (type === LIST) t = 'list';
  else if (type === BINARY) t = 'binary';
  else return null;
  if (isAtom(values)) {
    switch ((values as Atom).name) {
      case 'all':
        return { type: t, all: 0, v: [] };
      case 'none':
        return { type: 'none', all: 0, v: [] };
      case 'all_but_first':
        return { type: t, all: -1, v: [] };
      case 'first':
        return { type: t, all: null, v: [0] };
      case 'all_names': {
        if (prog.names.length === 0) return { type: 'none', all: 0, v: [] };
        const v: number[] = [];
        let last: string | null = null;
        for (const n of prog.names) {
          if (prog.dupnames && n.name === last) continue;
          last = n.name;
          pushName(v, prog.dupnames ? nameIndexes(prog, n.name) : [n.group]);
        }
        return { type: t, all: null, v };
      }
      default:
        return null;
    }
  }
  if (values === NIL) return { type: 'none', all: 0, v: [] };
  if (!(values instanceof Cons)) return null;
  const v: number[] = [];
  let l: Term = values;
  for (; l instanceof Cons; l = l.tl) {
    const x = l.hd;
    const n = cInt(x);
    if (n >= 0) {
      v.push(n);
      continue;
    }
    let name: string;
    if (isAtom(x)) name = (x as Atom).name;
    else if (x instanceof BitStr || x instanceof Cons || x === NIL) {
      const b = ioBytes(x);
      if (b === null) return null;
      const nul = b.indexOf(0);
      name = Buffer.from(nul >= 0 ? b.subarray(0, nul) : b).toString('latin1');
    } else return null;
    pushName(v, nameIndexes(prog, name));
  }
  if (l !== NIL) return null;
  return { type: t, all: null, v };
}

function pushName(v: number[], groups: number[]): void {
  if (groups.length === 0) v.push(-1);
  else if (groups.length === 1) v.push(groups[0]);
  else v.push(-groups.length, ...groups);
}

/** erts's build_exec_return for a match. */
function buildMatch(ov: Int32Array, rc: number, spec: CaptureSpec | null, subject: Uint8Array, subjectTerm: Term): Term {
  const s = spec ?? { type: 'index', all: 0, v: [] };
  if (s.type === 'none') return MATCH;
  const value = (x: number): Term => {
    const set = x >= 0 && x < rc && ov[2 * x] >= 0;
    if (s.type === 'index') return set ? [ov[2 * x], ov[2 * x + 1] - ov[2 * x]] : [-1, 0];
    if (!set) return s.type === 'binary' ? BitStr.fromBytes(new Uint8Array(0)) : NIL;
    const from = ov[2 * x];
    const to = ov[2 * x + 1];
    if (s.type === 'binary') {
      if (subjectTerm instanceof BitStr && (subjectTerm.offset & 7) === 0) {
        return new BitStr(subjectTerm.bytes, subjectTerm.offset + from * 8, (to - from) * 8);
      }
      return BitStr.fromBytes(subject.slice(from, to));
    }
    let l: Term = NIL;
    for (let k = to - 1; k >= from; k--) l = new Cons(subject[k], l);
    return l;
  };
  const items: Term[] = [];
  if (s.all !== null) {
    for (let i = -s.all; i < rc; i++) items.push(value(i));
  } else {
    for (let i = 0; i < s.v.length; i++) {
      let x = s.v[i];
      if (x < -1) {
        const n = i - x + 1;
        for (let j = i + 1; j < s.v.length && j < n; j++) {
          if (ov[2 * s.v[j]] >= 0) {
            x = s.v[j];
            break;
          }
        }
        i = n - 1;
      }
      items.push(value(x));
    }
  }
  let l: Term = NIL;
  for (let k = items.length - 1; k >= 0; k--) l = new Cons(items[k], l);
  return [MATCH, l];
}

function reRun(p: Process, subject: Term, pattern: Term, options: Term, first: boolean): Term | Trap {
  void p;
  const o = parseOptions(options);
  if (o === null) return badopt();
  const listCap = (o.flags & CAPTURE_OPT) !== 0 && o.captureType === LIST;
  const global = (o.flags & GLOBAL) !== 0;
  let prog: Program;
  let unicode: boolean;
  if (!Array.isArray(pattern) || pattern.length !== 5) {
    if (!(pattern instanceof BitStr || pattern instanceof Cons || pattern === NIL)) return badarg();
    unicode = (o.flags & UNICODE) !== 0;
    if (unicode && (!(pattern instanceof BitStr) || !(subject instanceof BitStr) || (listCap && !global))) {
      return { trap: 'urun', args: [subject, pattern, options] };
    }
    const bytes = ioBytes(pattern);
    if (bytes === null) return badarg();
    const r = tryCompile(bytes, o.compile);
    if (r instanceof ReCompileError) {
      if (o.flags & REPORT_ERRORS) return [ERROR, [COMPILE, compileError(r)]];
      return badarg();
    }
    if (global) {
      const pre = patternTuple(r, bytes, o.compile, unicode);
      return { trap: 'grun', args: [subject, pre, [options, o.flags & UNIQUE_COMPILE ? TRUE : FALSE, pattern]] };
    }
    prog = r;
  } else {
    if (o.flags & UNIQUE_COMPILE) return badarg();
    const [tag, n, u, c, bin] = pattern as Term[];
    if (tag !== RE_PATTERN || typeof n !== 'number' || typeof u !== 'number' || typeof c !== 'number' || !(bin instanceof BitStr)) {
      return badarg();
    }
    if ((bin.size & 7) !== 0) return badarg();
    unicode = u !== 0;
    if (unicode && (!(subject instanceof BitStr) || (listCap && !global))) {
      return { trap: 'urun', args: [subject, pattern, options] };
    }
    if (global) return { trap: 'grun', args: [subject, pattern, [options, FALSE]] };
    const r = tryLoad(bin.toBytes());
    if (r === null) return badarg();
    prog = r;
  }
  let spec: CaptureSpec | null = null;
  if (o.flags & CAPTURE_OPT) {
    spec = buildCapture(o.captureValues, o.captureType, prog);
    if (spec === null) return badarg();
  }
  const subj = ioBytes(subject);
  if (subj === null) return badarg();
  if (o.offset > subj.length) raiseError(atom('internal_error'));
  if (prog.utf && first) {
    if (!validUtf8(subj)) return badarg();
    if (o.offset < subj.length && (subj[o.offset] & 0xc0) === 0x80) return badarg();
  }
  const limit = o.matchLimit >= 0 ? o.matchLimit : DEFAULT_MATCH_LIMIT;
  const rlimit = o.recursionLimit >= 0 ? o.recursionLimit : DEFAULT_RECURSION_LIMIT;
  const exec: ExecOptions = {
    offset: o.offset,
    anchored: o.anchored,
    notbol: o.notbol,
    noteol: o.noteol,
    notempty: o.notempty,
    notemptyAtstart: o.notemptyAtstart,
    newline: o.newline,
    bsrAnycrlf: o.bsr === null ? null : o.bsr === 'anycrlf',
    matchLimit: prog.limitMatch >= 0 ? Math.min(limit, prog.limitMatch) : limit,
    recursionLimit: prog.limitRecursion >= 0 ? Math.min(rlimit, prog.limitRecursion) : rlimit,
  };
  const res = run(prog, subj, exec);
  switch (res.kind) {
    case 'match':
      return buildMatch(res.ovector, res.count, spec, subj, subject);
    case 'nomatch':
      return NOMATCH;
    case 'match_limit':
      return o.flags & REPORT_ERRORS ? [ERROR, MATCH_LIMIT] : NOMATCH;
    case 'match_limit_recursion':
      return o.flags & REPORT_ERRORS ? [ERROR, MATCH_LIMIT_RECURSION] : NOMATCH;
  }
}

const trapTo = (p: Process, r: Trap): Term => exportEntry(RE, atom(r.trap), 3).fn(p, ...r.args);

const run2 = guardedBif(M, 'run', (p: Process, a: Term, b: Term) => reRun(p, a, b, NIL, true) as Term);
const run3 = guardedBif(M, 'run', (p: Process, a: Term, b: Term, c: Term) => reRun(p, a, b, c, true) as Term);
const internalRun = guardedBif(M, 'internal_run', (p: Process, a: Term, b: Term, c: Term, d: Term) => reRun(p, a, b, c, d === TRUE) as Term);

defineBif(M, 'run', 2, (p: Process, a: Term, b: Term) => {
  const r: unknown = run2(p, a, b);
  return isTrap(r) ? trapTo(p, r) : r;
});
defineBif(M, 'run', 3, (p: Process, a: Term, b: Term, c: Term) => {
  const r: unknown = run3(p, a, b, c);
  return isTrap(r) ? trapTo(p, r) : r;
});
defineBif(M, 'internal_run', 4, (p: Process, a: Term, b: Term, c: Term, d: Term) => {
  const r: unknown = internalRun(p, a, b, c, d);
  return isTrap(r) ? trapTo(p, r) : r;
});

// ---- inspect, version ----

defineBif(
  M,
  'inspect',
  2,
  guardedBif(M, 'inspect', (_p: Process, mp: Term, what: Term) => {
    if (!Array.isArray(mp) || mp.length !== 5) return badarg();
    const [tag, n, u, c, bin] = mp as Term[];
    if (tag !== RE_PATTERN || typeof n !== 'number' || typeof u !== 'number' || typeof c !== 'number' || !(bin instanceof BitStr)) {
      return badarg();
    }
    if (what !== NAMELIST || (bin.size & 7) !== 0) return badarg();
    const r = tryLoad(bin.toBytes());
    if (r === null) return badarg();
    const names = r.names.map((x) => x.name).filter((x, k, all) => !r.dupnames || k === 0 || all[k - 1] !== x);
    let l: Term = NIL;
    for (let k = names.length - 1; k >= 0; k--) l = new Cons(BitStr.fromBytes(Buffer.from(names[k], 'latin1')), l);
    return [NAMELIST, l];
  }),
);

defineBif(M, 'version', 0, (_p: Process) => BitStr.fromBytes(Buffer.from(VERSION, 'latin1')));
