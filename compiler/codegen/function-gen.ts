// The state of translating one BEAM function: the statements its instructions
// emit, the registers they use, and the markers that render-function.ts turns
// into control flow once the whole function is known.
//
// Emitters write plain JS statements plus three kinds of markers, so that the
// same body can be laid out two ways (render-function.ts):
//   label(N)   where BEAM label N starts;
//   jump(N)    a statement transferring control to label N;
//   resume(R)  the point after a call where a suspended frame resumes (R is a
//              fresh label numbered after the module's own);
// and RESUME_FN, the function a saved frame re-enters.

import type { Instr, Operand } from '../ops/decode.js';
import type { BeamFunction } from '../ir/functions.js';
import type { ModuleGen } from './module-gen.js';
import { errors } from '../diagnostics.js';

export type Emitter = (g: FnGen, ins: Instr) => void;

// Placeholders in emitted statements, filled in by render-function.ts once the whole function is
// known: the y registers a saved frame holds, whether saving must record try/catch handlers, and
// the function a saved frame resumes in. Markers are wrapped in control characters, which no JS
// the emitters write contains (JSON.stringify escapes them in string literals).
export const FRAME_YS = '$YS';
export const SAVE = '$SAVE';
export const RESUME_FN = '\u0001F\u0002';
export const labelMarker = (n: number): string => `\u0001L${n}\u0002`;
export const resumeMarker = (n: number): string => `\u0001R${n}\u0002`;
export const jumpMarker = (n: number): string => `\u0001J${n}\u0002`;

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
  /** The last BEAM label emitted (a receive's loop label, when loop_rec follows it). */
  lastLabel: number | null = null;
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
    return jumpMarker(label);
  }

  /** Emit a call whose result lands in x0, with a resume point after it. */
  callAndResume(callExpr: string): void {
    this.resumable = true;
    const r = this.resumeLabel();
    this.out(`x0 = ${callExpr};`);
    this.out(resumeMarker(r));
    this.out(`if (x0 === SUSPEND) return p.${SAVE}(${RESUME_FN}, ${r}, ${FRAME_YS});`);
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

