// Small readers of decoded operands shared by the emitter families.

import type { Operand } from '../../ops/decode.js';

export function num(op: Operand): number {
  if ((op.k === 'u' || op.k === 'label' || op.k === 'char' || op.k === 'int') && typeof op.value === 'number') return op.value;
  throw new Error(`expected a small integer operand, got ${op.k}`);
}

export function label(op: Operand): number {
  if (op.k === 'label') return op.value;
  throw new Error(`expected a label operand, got ${op.k}`);
}

export function list(op: Operand): Operand[] {
  if (op.k === 'list') return op.items;
  throw new Error(`expected a list operand, got ${op.k}`);
}

export function atomName(op: Operand): string {
  if (op.k === 'atom') return op.value.name;
  if (op.k === 'nil') return '[]';
  throw new Error(`expected an atom operand, got ${op.k}`);
}

/** Whether reading the operand twice is free and side-effect free (registers and constants are). */
export function isSimple(op: Operand): boolean {
  return op.k !== 'list' && op.k !== 'alloc';
}
