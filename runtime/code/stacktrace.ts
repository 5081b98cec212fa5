// Erlang stack traces from JS stacks. An exception records V8's call sites when
// it is made (cheaply, unformatted) plus the process's saved frames; turning them
// into `[{M, F, Arity | Args, [{file, F}, {line, L}]}]` happens only if Erlang
// code asks for the trace. Generated functions are recognised by the file name
// their module was evaluated under and mapped back through the module's line
// table; tail-call sites are skipped, since on the BEAM the caller's frame is
// gone by then. At most 8 entries, erts's default backtrace_depth.

import { atom, EXIT, type Atom } from '../term/atom.js';
import { NIL, listFrom, listToArray, charlist } from '../term/list.js';
import { EMap } from '../term/map.js';
import type { Term } from '../term/term.js';
import { ErlangException, setExceptionCreateHook } from '../errors.js';
import type { GeneratedModule } from '../../compiler/codegen/module-gen.js';
import type { BeamFile } from '../../compiler/beam/index.js';
import { sched, setStacktraceBuilder } from '../process/scheduler.js';
import { isPreloaded } from './preloaded.js';
import type { Frame } from '../process/frame.js';

import { backtraceDepth } from './backtrace-depth.js';
/** How many saved frames a trace looks through for distinct call sites at most. */
const SCAN_LIMIT = 100000;

/** Which module formats a BIF's errors (the error_info entry), by the BIF's module, as OTP 25 has it. */
const ERROR_FORMATTER: Record<string, string> = {
  erlang: 'erl_erts_errors',
  erts_internal: 'erl_erts_errors',
  persistent_term: 'erl_erts_errors',
  atomics: 'erl_erts_errors',
  counters: 'erl_erts_errors',
  erts_debug: 'erl_erts_errors',
  lists: 'erl_stdlib_errors',
  maps: 'erl_stdlib_errors',
  binary: 'erl_stdlib_errors',
  ets: 'erl_stdlib_errors',
  math: 'erl_stdlib_errors',
  unicode: 'erl_stdlib_errors',
  re: 'erl_stdlib_errors',
  string: 'erl_stdlib_errors',
  io: 'erl_stdlib_errors',
  os: 'erl_kernel_errors',
  file: 'erl_kernel_errors',
  net_kernel: 'erl_kernel_errors',
};
const FILE = atom('file');
const LINE = atom('line');
const ERROR_INFO = atom('error_info');
const MODULE = atom('module');
const CAUSE = atom('cause');

/** What traces need of a module's generated code; the per-line tables are built on first use. */
class ModuleTraceInfo {
  readonly module: Atom;
  readonly beam: BeamFile;
  readonly generated: GeneratedModule;
  private tails: Set<number> | null = null;
  constructor(module: Atom, beam: BeamFile, generated: GeneratedModule) {
    this.module = module;
    this.beam = beam;
    this.generated = generated;
  }
  /**
   * The JS lines (1-based) where a call out of reductions is made by p.preempt (a process alone in
   * the run queue goes on without unwinding): the same Erlang call as the frame above it, not a
   * return address.
   */
  get preemptLines(): Set<number> {
    if (this.preempts === null) {
      this.preempts = new Set();
      this.generated.js.split('\n').forEach((l, i) => {
        if (l.includes('return p.preempt(')) this.preempts!.add(i + 1);
      });
    }
    return this.preempts;
  }
  private preempts: Set<number> | null = null;
  /** The JS lines (1-based) that are tail calls: their caller's frame is gone, as on erts. */
  get tailLines(): Set<number> {
    if (this.tails === null) {
      this.tails = new Set();
      this.generated.js.split('\n').forEach((l, i) => {
        const t = l.trim();
        if (t.startsWith('return ') && t !== 'return x0;' && !t.startsWith('return p.') && !t.startsWith('return $rt.waitTimeout')) this.tails!.add(i + 1);
      });
    }
    return this.tails;
  }
  /**
   * A key naming a call site (a return address on erts): the resume label of a call, which is the
   * same for the call's line in a function and in its resume function; else the JS line.
   */
  siteOfLine(jsLine: number): string {
    const label = this.generated.callSites[jsLine];
    return label !== undefined ? `R${label}` : String(jsLine);
  }
  /** The call site a saved frame returns to. */
  siteOfResume(label: number): string {
    if (this.callLabels === null) this.callLabels = new Set(Object.values(this.generated.callSites));
    return this.callLabels.has(label) ? `R${label}` : `-${label}`;
  }
  private callLabels: Set<number> | null = null;
}

const byFile = new Map<string, ModuleTraceInfo>();
const byFunction = new WeakMap<Function, { info: ModuleTraceInfo; name: string; arity: number }>();

export function registerModuleForTraces(
  filename: string,
  mod: { name: Atom; beam: BeamFile; functions: Map<string, Function>; resumeFunctions: Map<string, Function> },
  generated: GeneratedModule,
): void {
  const info = new ModuleTraceInfo(mod.name, mod.beam, generated);
  byFile.set(filename, info);
  for (const [key, fn] of [...mod.functions, ...mod.resumeFunctions]) {
    const slash = key.lastIndexOf('/');
    byFunction.set(fn, { info, name: key.slice(0, slash), arity: Number(key.slice(slash + 1)) });
  }
}

interface CallSiteLike {
  getFileName(): string | null | undefined;
  getFunctionName(): string | null;
  getLineNumber(): number | null;
}

function captureCallSites(): CallSiteLike[] {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_e, cs) => cs;
  Error.stackTraceLimit = 40;
  const holder: { stack?: unknown } = {};
  Error.captureStackTrace(holder, captureCallSites);
  const cs = holder.stack as CallSiteLike[];
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  return cs;
}

/** The generated files of every JS frame on the stack now (check_process_code of the running process). */
export function liveCodeFiles(): Set<string> {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_e, cs) => cs;
  Error.stackTraceLimit = Infinity;
  const holder: { stack?: unknown } = {};
  let sites: CallSiteLike[];
  try {
    Error.captureStackTrace(holder, liveCodeFiles);
    sites = holder.stack as CallSiteLike[]; // formatted on first access: while prepareStackTrace is ours
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  const files = new Set<string>();
  for (const cs of sites) {
    const f = cs.getFileName();
    if (f != null && byFile.has(f)) files.add(f);
  }
  return files;
}

interface RawTrace {
  sites: CallSiteLike[];
  saved: Frame[];
  /** backtrace_depth when the exception was made. */
  depth: number;
}

/** Called when an ErlangException is made: remember where. */
export function captureTrace(e: ErlangException): void {
  const p = sched.current;
  // An exit with no try or catch active ends the process with its bare reason: no trace needed.
  if (e.cls === EXIT && p !== null && p.catches <= 0) return;
  // The saved frames nearest the top, innermost first; runs of the same call site count once, as
  // the trace will collapse them (a deep recursion must not hide the frames below it).
  const saved: Frame[] = [];
  const DEPTH = Math.max(1, backtraceDepth());
  if (p !== null) {
    const st = p.stack;
    let distinct = 0;
    let prev: Frame | null = null;
    for (let i = st.length - 1; i >= 0 && distinct < DEPTH && st.length - i <= SCAN_LIMIT; i--) {
      const fr = st[i];
      if (prev === null || fr.fn !== prev.fn || fr.label !== prev.label) distinct++;
      else continue;
      saved.push(fr);
      prev = fr;
    }
  }
  e.frames = { sites: captureCallSites(), saved, depth: DEPTH } satisfies RawTrace;
}

function location(info: ModuleTraceInfo, lineIndex: number): Term {
  if (isPreloaded(info.module)) return NIL;
  const item = info.beam.lines.items[lineIndex];
  if (item === undefined || lineIndex === 0) return NIL;
  const file = info.beam.lines.files[item.file] ?? `${info.module.name}.erl`;
  return listFrom([
    [FILE, charlist(file)],
    [LINE, item.line],
  ]);
}

function buildTrace(e: ErlangException): Term {
  if (e.stacktrace !== null) return e.stacktrace;
  const entries: Term[] = [];
  const raw = e.frames as RawTrace | null;
  const DEPTH = raw !== null ? raw.depth : Math.max(1, backtraceDepth());
  if (e.mfa !== null) {
    // The first entry names the BIF or function the error is about, with its arguments.
    const [m, f] = e.mfa;
    const args = listFrom(e.args ?? []);
    const formatter = ERROR_FORMATTER[m.name];
    const infoMap: Array<[Term, Term]> = [[MODULE, atom(formatter ?? 'erl_erts_errors')]];
    if (e.cause !== null) infoMap.push([CAUSE, e.cause]);
    const info = e.bif && formatter !== undefined ? listFrom([[ERROR_INFO, EMap.fromEntries(infoMap)]]) : NIL;
    entries.push([m, f, args, e.bif ? info : NIL]);
  }
  let skipFirstGenerated = e.mfa !== null && !e.bif;
  // A tail call leaves no frame behind on erts, except when the callee is a BIF that raised: erts
  // runs BIFs in their caller's frame. So tail-call sites are kept until generated code is seen.
  let seenGenerated = false;
  // erts records a return address only when it differs from the one before (recursion collapses).
  let lastSite = '';
  if (raw !== null) {
    for (const cs of raw.sites) {
      if (entries.length >= DEPTH) break;
      const file = cs.getFileName();
      if (file == null) continue;
      const info = byFile.get(file);
      if (info === undefined) continue;
      const jsLine = cs.getLineNumber() ?? 0;
      if (info.preemptLines.has(jsLine)) continue;
      const fname = cs.getFunctionName() ?? '';
      const na = info.generated.functionNames[fname];
      if (na === undefined) continue;
      const keepTail = !seenGenerated && e.bif;
      seenGenerated = true;
      if (skipFirstGenerated) {
        // function_clause and undef: the failing function's entry is already there, with arguments;
        // a function_clause entry gets the location of the failing function.
        skipFirstGenerated = false;
        if (e.mfa !== null && e.mfa[0] === info.module && e.mfa[1].name === na[0] && e.args !== null && e.args.length === na[1]) {
          const first = entries[0] as Term[];
          first[3] = location(info, info.generated.lineIndexes[jsLine - 1] ?? 0);
          continue;
        }
      }
      if (info.tailLines.has(jsLine) && entries.length > 0 && !keepTail) continue;
      // A call site is a JS line: two calls on one Erlang line are two return addresses on erts.
      const site = `${file}:${info.siteOfLine(jsLine)}`;
      if (site === lastSite) continue;
      lastSite = site;
      let loc = location(info, info.generated.lineIndexes[jsLine - 1] ?? 0);
      let arityOrArgs: Term = na[1];
      if (entries.length === 0 && e.mfa === null) {
        // error/2,3: the raising function's entry carries the given arguments (and error_info).
        if (e.args !== null) arityOrArgs = listFrom(e.args);
        if (e.errorInfo !== null) loc = listFrom([...(listToArray(loc) ?? []), [ERROR_INFO, e.errorInfo]]);
      }
      entries.push([info.module, atom(na[0]), arityOrArgs, loc]);
    }
    addSavedFrames(entries, raw.saved, DEPTH, lastSite);
  }
  e.stacktrace = listFrom(entries.slice(0, DEPTH));
  return e.stacktrace;
}

/**
 * Entries for saved frames (innermost first) appended to `entries` up to `depth`: each frame's
 * function with the location of the call or wait it is suspended at. A return address equal to
 * the one before is recorded once, as erts_save_stack_trace does. Returns the last site seen.
 */
function addSavedFrames(entries: Term[], saved: Iterable<Frame>, depth: number, lastSite: string): string {
  for (const fr of saved) {
    if (entries.length >= depth) break;
    const f = byFunction.get(fr.fn);
    if (f === undefined) continue;
    const li = f.info.generated.resumeLines[fr.label] ?? 0;
    const site = `${[...byFile.entries()].find(([, v]) => v === f.info)?.[0]}:${f.info.siteOfResume(fr.label)}`;
    if (site === lastSite) continue;
    lastSite = site;
    entries.push([f.info.module, atom(f.name), f.arity, location(f.info, li)]);
  }
  return lastSite;
}

function* innermostFirst(stack: readonly Frame[]): Generator<Frame> {
  for (let i = stack.length - 1; i >= 0; i--) yield stack[i];
}

/**
 * The stack trace of a process that is not running (process_info current_stacktrace and
 * current_location of another process): its saved frames with their locations, at most
 * backtrace_depth entries, as erts walks a suspended process's stack.
 */
export function suspendedStacktrace(stack: readonly Frame[]): Term[] {
  const entries: Term[] = [];
  addSavedFrames(entries, innermostFirst(stack), Math.max(1, backtraceDepth()), '');
  return entries;
}

setStacktraceBuilder(buildTrace);
setExceptionCreateHook(captureTrace);
