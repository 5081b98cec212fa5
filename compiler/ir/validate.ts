// The structural checks erts's loader makes before it accepts a module, made here
// before any JS is generated, so that a file erts refuses is refused by beamjs
// too, with a message naming what is wrong: the highest opcode the header
// announces, labels defined once and within the header's count, code only inside
// functions, lambdas that fit their functions, and bif instructions that name BIFs.

import type { Instr } from '../ops/decode.js';
import { MAX_OPCODE } from '../ops/table.js';
import { errors } from '../diagnostics.js';

export interface ValidateInput {
  file: string;
  module: string;
  instrs: readonly Instr[];
  maxOpcode: number;
  labelCount: number;
  imports: ReadonlyArray<{ module: string; name: string; arity: number }>;
  funs: ReadonlyArray<{ name: string; arity: number; label: number; numFree: number; index: number }>;
  /** Whether module:name/arity is a BIF of erts. */
  isBif: (module: string, name: string, arity: number) => boolean;
}

const BIF_INSTRS: Record<string, number> = { bif0: 0, bif1: 1, bif2: 1, gc_bif1: 2, gc_bif2: 2, gc_bif3: 2 };

export function validateModule(v: ValidateInput): void {
  const bad = (fn: string | undefined, detail: string) => errors.badCode(v.file, v.module, fn, detail);
  if (v.maxOpcode > MAX_OPCODE) {
    throw bad(undefined, `the Code header announces opcode ${v.maxOpcode}; OTP 25 has opcodes up to ${MAX_OPCODE} (compiled by a newer OTP?)`);
  }
  const defined = new Set<number>();
  let fn: string | undefined;
  let seenFunction = false;
  for (let i = 0; i < v.instrs.length; i++) {
    const ins = v.instrs[i];
    if (ins.name === 'func_info') {
      const [, f, a] = ins.args;
      fn = `${f.k === 'atom' ? f.value.name : '?'}/${a.k === 'u' ? a.value : '?'}`;
      seenFunction = true;
      if (i === 0 || !v.instrs.slice(Math.max(0, i - 2), i).some((p) => p.name === 'label')) {
        throw bad(fn, 'func_info without a label before it');
      }
    } else if (ins.name === 'label') {
      const n = ins.args[0].k === 'u' ? ins.args[0].value : -1;
      if (n <= 0 || n >= v.labelCount) throw bad(fn, `label ${n} is outside 1..${v.labelCount - 1}, the Code header's label count`);
      if (defined.has(n)) throw bad(fn, `label ${n} is defined more than once`);
      defined.add(n);
    } else if (!seenFunction && ins.name !== 'line' && ins.name !== 'int_code_end') {
      // Only labels and line records may precede a function's func_info.
      const next = v.instrs.slice(i + 1).find((x) => x.name !== 'line' && x.name !== 'label');
      if (next === undefined || next.name !== 'func_info') throw bad(undefined, `${ins.name} outside any function`);
    }
    const bifArg = BIF_INSTRS[ins.name];
    if (bifArg !== undefined) {
      const idx = ins.args[bifArg];
      const imp = idx.k === 'u' ? v.imports[idx.value] : undefined;
      if (imp === undefined || !v.isBif(imp.module, imp.name, imp.arity)) {
        const what = imp === undefined ? 'a missing import' : `import ${imp.module}:${imp.name}/${imp.arity}, which is not a BIF`;
        throw bad(fn, `${ins.name} calls ${what}`);
      }
    }
  }
  for (const f of v.funs) {
    if (f.numFree > f.arity) throw bad(undefined, `lambda ${f.name} has ${f.numFree} free variables but arity ${f.arity}`);
    if (!defined.has(f.label)) throw bad(undefined, `lambda ${f.name} points at label ${f.label}, which is not defined`);
  }
}
