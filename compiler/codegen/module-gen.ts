// Translates a whole module: one JS function per BEAM function (function-gen.ts)
// inside a factory `(function ($rt, $m) { ... })` that the loader evaluates once
// per loaded version. `$rt` is the runtime's fixed set of helpers for generated
// code (runtime/code/generated-api.ts); `$m` links this version to atoms,
// literals, the export table, BIFs, lambdas and the string table. Every constant
// the code needs is bound once at the top of the factory, so the functions read
// closure slots, never tables.

import type { Instr } from '../ops/decode.js';
import { splitFunctions, type BeamFunction } from '../ir/functions.js';
import { FnGen } from './function-gen.js';
import { renderFunction } from './render-function.js';
import { EMITTERS } from './emit/index.js';
import { errors } from '../diagnostics.js';

export interface ModuleInput {
  file: string;
  module: string;
  instrs: readonly Instr[];
  /** Label count from the Code chunk header: resume labels are numbered after it. */
  labelCount: number;
  imports: ReadonlyArray<{ module: string; name: string; arity: number }>;
  funs: ReadonlyArray<{ name: string; arity: number; label: number; numFree: number }>;
  /** Functions ('name/arity') implemented natively: their body calls the NIF instead of the .beam's placeholder. */
  nifs?: ReadonlySet<string>;
}

export interface GeneratedModule {
  js: string;
  /** For every generated line (0-based), the Line-chunk index in force (0 = none). */
  lineIndexes: number[];
  /**
   * Resume label -> Line-chunk index of its call, for traces through saved frames. A receive's
   * loop label (where `wait` saves a process) and wait_timeout's resume label map to the
   * receive's loop_rec: erts reports a waiting process there.
   */
  resumeLines: Record<number, number>;
  /** jsName -> [name, arity] for stack traces (resume functions included). */
  functionNames: Record<string, [string, number]>;
  /**
   * JS line (1-based) of each call that has a resume point -> its resume label. A call has two
   * lines when its function has a separate resume function; the label tells they are one site.
   */
  callSites: Record<number, number>;
  /** The function holding the on_load instruction: the module's -on_load function. */
  onLoad?: [string, number];
}

export class ModuleGen {
  readonly file: string;
  readonly module: string;
  readonly input: ModuleInput;
  private readonly decls: string[] = [];
  private readonly atomConsts = new Map<string, string>();
  private readonly named = new Map<string, string>();
  readonly rtNames = new Set<string>(['SUSPEND', 'NIL', 'CatchTag']);
  readonly resumeLines: Record<number, number> = {};
  /** Entry label -> JS function name. */
  readonly byEntry = new Map<number, string>();

  constructor(input: ModuleInput) {
    this.input = input;
    this.file = input.file;
    this.module = input.module;
  }

  private bind(key: string, prefix: string, init: string): string {
    let name = this.named.get(key);
    if (name === undefined) {
      name = `${prefix}${this.named.size}`;
      this.named.set(key, name);
      this.decls.push(`const ${name} = ${init};`);
    }
    return name;
  }

  atomRef(name: string): string {
    let c = this.atomConsts.get(name);
    if (c === undefined) {
      c = this.bind(`atom:${name}`, 'A', `$m.atom(${JSON.stringify(name)})`);
      this.atomConsts.set(name, c);
    }
    return c;
  }
  literalRef(index: number): string {
    return this.bind(`lit:${index}`, 'LIT', `$m.literal(${index})`);
  }
  /** The export-table entry of import `index` (for call_ext). */
  importRef(index: number): string {
    return this.bind(`imp:${index}`, 'E', `$m.import(${index})`);
  }
  /** The BIF implementation of import `index` (for bif/gc_bif). */
  bifRef(index: number): string {
    return this.bind(`bif:${index}`, 'B', `$m.bif(${index})`);
  }
  lambdaRef(index: number): string {
    return this.bind(`lambda:${index}`, 'LF', `$m.lambda(${index})`);
  }
  catchTag(label: number, isTry: boolean): string {
    return this.bind(`catch:${label}`, 'CT', `new CatchTag(${label}, ${isTry})`);
  }
  /** Bytes of the string table (StrT) at offset..offset+length. */
  strRef(offset: number, length: number): string {
    return this.bind(`str:${offset}:${length}`, 'S', `$m.str(${offset}, ${length})`);
  }
  /** A module-level constant computed once at load, e.g. segment flags from a literal. */
  bindConst(key: string, prefix: string, init: string): string {
    return this.bind(key, prefix, init);
  }
  private sites = 0;
  /** A fresh number for an instruction's own module constant (an inline cache). */
  nextSiteId(): number {
    return this.sites++;
  }
  /** A runtime helper by name, bound once from $rt. */
  rt(name: string): string {
    this.rtNames.add(name);
    return name;
  }
  /** The JS function that a local call to `label` enters. */
  localFn(label: number, g: FnGen): string {
    const n = this.byEntry.get(label);
    if (n === undefined) g.fail(`call to label ${label}, which starts no function`);
    return n;
  }
}

/** How many statements the last instruction emitted (it was just appended). */
function countEmitted(g: FnGen, _ins: Instr): number {
  return g.body.length - g.mark;
}

/** A NIF's function: counts a reduction like any call, then hands its arguments to the native code. */
function nifFunction(m: ModuleGen, f: BeamFunction, jsName: string): { text: string; lineIndexes: number[] } {
  const nif = m.bindConst(`nif:${f.name}/${f.arity}`, 'NIF', `$m.nif(${JSON.stringify(f.name)}, ${f.arity})`);
  const params = ['p'];
  for (let i = 0; i < f.arity; i++) params.push(`x${i}`);
  const args = params.slice(1);
  const text = [
    `function ${jsName}(${params.join(', ')}) {`,
    `  if (--p.reds < 0) return p.preempt(${jsName}, [${args.join(', ')}]);`,
    `  return ${nif}(${params.join(', ')});`,
    `}`,
  ].join('\n');
  return { text, lineIndexes: [0, 0, 0, 0] };
}

function jsIdent(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);
}

/**
 * With BEAMJS_OPCODE_COVERAGE set, generated code records each instruction kind it executes
 * (the tests report which opcodes the differential programs ran). Off by default: it costs.
 */
const coverage = process.env.BEAMJS_OPCODE_COVERAGE !== undefined && process.env.BEAMJS_OPCODE_COVERAGE !== '';

export function generateModule(input: ModuleInput): GeneratedModule {
  const m = new ModuleGen(input);
  const fns: BeamFunction[] = splitFunctions(input.instrs);
  const names: string[] = [];
  fns.forEach((f, i) => {
    const n = `f${i}_${jsIdent(f.name)}_${f.arity}`;
    names.push(n);
    m.byEntry.set(f.entry, n);
  });
  let nextResume = input.labelCount + 1;
  const texts: Array<{ text: string; lineIndexes: number[]; callLines?: Map<number, number> }> = [];
  const functionNames: Record<string, [string, number]> = {};
  /** Per function: the JS name of the function its saved frames resume in. */
  const resumeNames: string[] = [];
  fns.forEach((f, i) => {
    functionNames[names[i]] = [f.name, f.arity];
    if (input.nifs?.has(`${f.name}/${f.arity}`)) {
      texts.push(nifFunction(m, f, names[i]));
      resumeNames.push(names[i]);
      return;
    }
    const g = new FnGen(m, f, names[i], nextResume);
    g.hasCatch = f.code.some((ins) => ins.name === 'try' || ins.name === 'catch');
    for (let i = 0; i < f.code.length; i++) {
      const ins = f.code[i];
      g.current = ins;
      g.index = i;
      g.mark = g.body.length;
      const emit = EMITTERS[ins.name];
      if (emit === undefined) throw errors.noEmitter(input.file, input.module, `${f.name}/${f.arity}`, ins.name);
      emit(g, ins);
      if (coverage && ins.name === 'label') g.out(`$rt.covered('label');`);
      else if (coverage && ins.name !== 'line') g.body.splice(g.body.length - countEmitted(g, ins), 0, [`$rt.covered(${JSON.stringify(ins.name)});`, g.lineIndex]);
    }
    nextResume = g.resumeLabel();
    const rendered = renderFunction(g);
    texts.push(...rendered);
    const resumeName = rendered[rendered.length - 1].resumeName;
    functionNames[resumeName] = [f.name, f.arity];
    resumeNames.push(resumeName);
  });

  const head: string[] = [];
  head.push(`(function ($rt, $m) {`);
  head.push(`"use strict";`);
  head.push(`const { ${[...m.rtNames].sort().join(', ')} } = $rt;`);
  // decls is read after every function is generated, so it holds every constant.
  const declLines = (m as unknown as { decls: string[] }).decls;
  const lines: string[] = [...head, ...declLines];
  const lineIndexes: number[] = lines.map(() => 0);
  const callSites: Record<number, number> = {};
  for (const t of texts) {
    for (const [line, label] of t.callLines ?? []) callSites[lines.length + line + 1] = label;
    lines.push(...t.text.split('\n'));
    lineIndexes.push(...t.lineIndexes);
  }
  const exported = fns.map((f, i) => `[${JSON.stringify(f.name)}, ${f.arity}, ${names[i]}, ${resumeNames[i]}]`);
  const lambdas = input.funs.map((ft) => {
    const n = m.byEntry.get(ft.label);
    if (n === undefined) throw errors.corruptChunk(input.file, 'FunT', `lambda ${ft.name}/${ft.arity} points at label ${ft.label}, which starts no function`);
    return n;
  });
  lines.push(`return { functions: [${exported.join(', ')}], lambdas: [${lambdas.join(', ')}] };`);
  lines.push(`})`);
  while (lineIndexes.length < lines.length) lineIndexes.push(0);
  const onLoad = fns.find((f) => f.code.some((ins) => ins.name === 'on_load'));
  const generated: GeneratedModule = { js: lines.join('\n'), lineIndexes, resumeLines: m.resumeLines, functionNames, callSites };
  if (onLoad !== undefined) generated.onLoad = [onLoad.name, onLoad.arity];
  return generated;
}
