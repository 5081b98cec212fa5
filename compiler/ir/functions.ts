// Splits a module's instruction stream into functions. A BEAM function starts
// at the label just before its `func_info` (jumping there raises function_clause)
// and runs until the next function's first label; its entry label is the one
// after `func_info`. Labels are numbered module-wide, so a function also records
// which labels are its own: jumps never leave a function.

import type { Instr, Operand } from '../ops/decode.js';

export interface BeamFunction {
  name: string;
  arity: number;
  /** The label jumped to by a failing clause match (raises function_clause). */
  infoLabel: number;
  /** The label calls enter at. */
  entry: number;
  /** Every instruction from the info label up to the next function. */
  code: Instr[];
  /** The labels defined in `code`. */
  labels: Set<number>;
}

export function splitFunctions(instrs: readonly Instr[]): BeamFunction[] {
  // Find each func_info; the function begins at the label (and line) before it.
  const starts: number[] = [];
  for (let i = 0; i < instrs.length; i++) {
    if (instrs[i].name !== 'func_info') continue;
    let s = i;
    while (s > 0 && (instrs[s - 1].name === 'line' || instrs[s - 1].name === 'label')) {
      s--;
      if (instrs[s].name === 'label') break;
    }
    starts.push(s);
  }
  const fns: BeamFunction[] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : instrs.length;
    const code = instrs.slice(starts[k], end).filter((ins) => ins.name !== 'int_code_end');
    const info = code.find((ins) => ins.name === 'func_info')!;
    const labels = new Set<number>();
    for (const ins of code) if (ins.name === 'label') labels.add(intOf(ins.args[0]));
    const infoIdx = code.indexOf(info);
    const infoLabelIns = code.slice(0, infoIdx).find((ins) => ins.name === 'label');
    const entryIns = code.slice(infoIdx + 1).find((ins) => ins.name === 'label');
    fns.push({
      name: atomText(info.args[1]),
      arity: intOf(info.args[2]),
      infoLabel: infoLabelIns !== undefined ? intOf(infoLabelIns.args[0]) : -1,
      entry: entryIns !== undefined ? intOf(entryIns.args[0]) : -1,
      code,
      labels,
    });
  }
  return fns;
}

function intOf(op: Operand): number {
  if (op.k === 'u' || op.k === 'label' || op.k === 'char') return op.value;
  if (op.k === 'int' && typeof op.value === 'number') return op.value;
  throw new Error(`expected a small integer operand, got ${op.k}`);
}

function atomText(op: Operand): string {
  if (op.k === 'atom') return op.value.name;
  if (op.k === 'nil') return '[]';
  throw new Error(`expected an atom operand, got ${op.k}`);
}
