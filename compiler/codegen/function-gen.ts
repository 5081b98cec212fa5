// Translates one BEAM function into one JS function (as source text).
//
// Shape of the output (DESIGN.md, "Execution model"):
//   function f_name_A(p, x0, .., x(A-1), $r) {
//     let <registers>, L = <entry label>;
//     if ($r !== undefined) { <restore label and y registers from the saved frame> }
//     else if (--p.reds < 0) return p.preempt(f_name_A, [args]);
//     for (;;) { [try {] switch (L) { case <label>: ... } [} catch ($e) { <find catch tag in y> }] }
//   }
// Jumps assign L and `continue`. A call that may suspend is followed by a resume
// label: `x0 = callee(p, ..); case R: if (x0 === SUSPEND) return p.save(fn, R, [y..]);`
// so the same code serves the normal return and the resumed one.

import type { Instr, Operand } from '../ops/decode.js';
import type { BeamFunction } from '../ir/functions.js';
import type { ModuleGen } from './module-gen.js';
import { errors } from '../diagnostics.js';

export type Emitter = (g: FnGen, ins: Instr) => void;

// Placeholders in emitted statements, filled in by finishFunction once the whole function is known:
// the y registers a saved frame holds, and whether saving must record try/catch handlers.
export const FRAME_YS = '$YS';
const SAVE = '$SAVE';

export class FnGen {
  readonly mod: ModuleGen;
  readonly fn: BeamFunction;
  readonly jsName: string;
  /** Body statements, each with the Line-chunk index in force when it was emitted. */
  readonly body: Array<[string, number]> = [];
  maxX: number;
  maxY = -1;
  maxF = -1;
  /** Whether some instruction can suspend here (calls, receive): the function needs resume support. */
  resumable = false;
  /** Whether the function has try/catch handlers. */
  hasCatch = false;
  private nextResume: number;
  /** Current Line-chunk index (from the last `line` instruction). */
  lineIndex = 0;
  /** Index of the instruction being translated in fn.code. */
  index = 0;
  /** Body length before the current instruction was emitted. */
  mark = 0;
  /** Instruction being translated (for error messages). */
  current: Instr | null = null;

  constructor(mod: ModuleGen, fn: BeamFunction, jsName: string, firstResumeLabel: number) {
    this.mod = mod;
    this.fn = fn;
    this.jsName = jsName;
    this.maxX = fn.arity - 1;
    this.nextResume = firstResumeLabel;
  }

  out(stmt: string): void {
    this.body.push([stmt, this.lineIndex]);
  }

  /** A fresh label, past every BEAM label of the module, to resume at after a call or wait. */
  resumeLabel(): number {
    this.mod.resumeLines[this.nextResume] = this.lineIndex;
    return this.nextResume++;
  }

  /** The instruction `k` places after the current one, if any. */
  peek(k: number): Instr | undefined {
    return this.fn.code[this.index + k];
  }

  /** JS expression reading a source operand. */
  src(op: Operand): string {
    switch (op.k) {
      case 'x':
        if (op.n > this.maxX) this.maxX = op.n;
        return `x${op.n}`;
      case 'y':
        if (op.n > this.maxY) this.maxY = op.n;
        return `y${op.n}`;
      case 'fr':
        if (op.n > this.maxF) this.maxF = op.n;
        return `f${op.n}`;
      case 'int':
        return intLiteral(op.value);
      case 'u':
      case 'char':
        return String(op.value);
      case 'atom':
        return this.mod.atomRef(op.value.name);
      case 'nil':
        return 'NIL';
      case 'literal':
        return this.mod.literalRef(op.index);
      default:
        return this.fail(`operand of kind ${op.k} where a value was expected`);
    }
  }

  /** JS lvalue of a destination register. */
  dst(op: Operand): string {
    if (op.k === 'x' || op.k === 'y' || op.k === 'fr') return this.src(op);
    return this.fail(`operand of kind ${op.k} where a register was expected`);
  }

  /** Statement jumping to `label`, which must be one of this function's labels (erts refuses other jumps). */
  jump(label: number): string {
    if (!this.fn.labels.has(label)) this.fail(`jump to label ${label}, which is not in this function`);
    return `{ L = ${label}; continue; }`;
  }

  /** Emit a call whose result lands in x0, with a resume point after it. */
  callAndResume(callExpr: string): void {
    this.resumable = true;
    const r = this.resumeLabel();
    this.out(`x0 = ${callExpr};`);
    this.out(`case ${r}:`);
    this.out(`if (x0 === SUSPEND) return p.${SAVE}(${this.jsName}, ${r}, ${FRAME_YS});`);
  }

  /** Argument list x0..x(n-1) for a call. */
  args(n: number): string {
    if (n - 1 > this.maxX) this.maxX = n - 1;
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push(`x${i}`);
    return a.join(', ');
  }

  /** The instruction cannot be right (erts would refuse the file too): a load-time error naming it. */
  fail(what: string): never {
    const ins = this.current;
    throw errors.badCode(this.mod.file, this.mod.module, `${this.fn.name}/${this.fn.arity}`, ins ? `${ins.name}: ${what}` : what);
  }
}

export function intLiteral(v: number | bigint): string {
  if (typeof v === 'bigint') return `${v}n`;
  return v < 0 ? `(${v})` : String(v);
}

/** Assemble the JS function once its body has been emitted. */
export function finishFunction(g: FnGen): { text: string; lineIndexes: number[] } {
  const { fn, jsName } = g;
  const params = ['p'];
  for (let i = 0; i < fn.arity; i++) params.push(`x${i}`);
  if (g.resumable) params.push('$r');
  // x0 carries return values even in a function of arity 0; a catch handler writes x0..x2.
  const maxX = Math.max(g.maxX, 0, g.hasCatch ? 2 : 0);
  const lets: string[] = [];
  for (let i = fn.arity; i <= maxX; i++) lets.push(`x${i}`);
  for (let i = 0; i <= g.maxY; i++) lets.push(`y${i}`);
  for (let i = 0; i <= g.maxF; i++) lets.push(`f${i} = 0`);
  lets.push('$t', `L = ${fn.entry}`);
  const ys: string[] = [];
  for (let i = 0; i <= g.maxY; i++) ys.push(`y${i}`);
  const ysArr = `[${ys.join(', ')}]`;
  const save = g.hasCatch ? 'saveC' : 'save';
  const clearYs = ys.length > 0 ? `${ys.join(' = ')} = undefined;` : '';

  const lines: string[] = [];
  const idx: number[] = [];
  const push = (s: string, li = 0) => {
    lines.push(s);
    idx.push(li);
  };
  push(`function ${jsName}(${params.join(', ')}) {`);
  push(`  let ${lets.join(', ')};`);
  const argArr = `[${params.slice(1, fn.arity + 1).join(', ')}]`;
  if (g.resumable) {
    push(`  if ($r !== undefined) {`);
    push(`    L = p.rexc !== null ? -1 : $r.label;`);
    if (g.maxY >= 0) {
      push(`    const $y = $r.ys;`);
      push(`    ${ys.map((y, i) => `${y} = $y[${i}];`).join(' ')}`);
    }
    push(`    x0 = p.rv;`);
    push(`  } else if (--p.reds < 0) return p.preempt(${jsName}, ${argArr});`);
  } else {
    push(`  if (--p.reds < 0) return p.preempt(${jsName}, ${argArr});`);
  }
  push(`  for (;;) {`);
  if (g.hasCatch) push(`  try {`);
  push(`  switch (L) {`);
  if (g.hasCatch) push(`  case -1: $t = p.rexc; p.rexc = null; throw $t;`);
  for (const [stmt, li] of g.body) {
    const s = stmt === '$CLEARYS' ? clearYs : stmt.replace(/\$YS/g, ysArr).replace(/\$SAVE/g, save);
    push(s.startsWith('case ') ? `  ${s}` : `    ${s}`, li);
  }
  push(`  default: throw $rt.badLabel(${JSON.stringify(jsName)}, L);`);
  push(`  }`);
  if (g.hasCatch) {
    // erts looks for the nearest catch tag on the stack: within one frame, from y0 upwards.
    push(`  } catch ($e) {`);
    push(`    $e = $rt.toErlangException($e);`);
    const tests = ys.map((y) => `${y} instanceof CatchTag ? ${y}`).join(' : ');
    push(`    $t = ${tests} : null;`);
    push(`    if ($t === null) throw $e;`);
    push(`    L = $t.label;`);
    push(`    if ($t.isTry) { x0 = $e.cls; x1 = $e.reason; x2 = $e; } else x0 = $rt.catchValue($e);`);
    push(`  }`);
  }
  push(`  }`);
  push(`}`);
  return { text: lines.join('\n'), lineIndexes: idx };
}
