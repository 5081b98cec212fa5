// Branches: type tests, comparisons, jumps and the multi-way selects. Each test
// jumps to its fail label when the test does not hold. Fast paths compare JS
// numbers (small integers) inline and fall back to the runtime's term order.

import type { Emitter, FnGen } from '../function-gen.js';
import type { Instr, Operand } from '../../ops/decode.js';
import { label, num, list } from './operands.js';

/** test Fail Arg: jump to Fail unless `cond(arg)` holds. */
function typeTest(cond: (g: FnGen, a: string) => string): Emitter {
  return (g, ins) => {
    const a = g.src(ins.args[1]);
    g.out(`if (!(${cond(g, a)})) ${g.jump(label(ins.args[0]))}`);
  };
}

/** The JS condition for A =:= B, using === where the constant's kind allows it. */
export function exactEqCond(g: FnGen, aOp: Operand, bOp: Operand): string {
  const a = g.src(aOp);
  const b = g.src(bOp);
  // Atoms are interned, small integers are JS numbers, [] is one object: === is =:= for them.
  if (identityComparable(bOp) || identityComparable(aOp)) return `${a} === ${b}`;
  g.mod.rt('eqExact');
  // Numbers and bigints are primitives: === already decided them.
  return `(${a} === ${b} || (typeof ${a} === 'object' && eqExact(${a}, ${b})))`;
}

function identityComparable(op: Operand): boolean {
  return op.k === 'atom' || op.k === 'nil' || (op.k === 'int' && typeof op.value === 'number');
}

function cmpTest(jsOp: string): Emitter {
  return (g, ins) => {
    const a = g.src(ins.args[1]);
    const b = g.src(ins.args[2]);
    g.mod.rt('compare');
    // A small integer literal is a JS number already: only the other operand is tested.
    const tests = [ins.args[1], ins.args[2]]
      .map((op, i) => (op.k === 'int' && typeof op.value === 'number' ? '' : `typeof ${i === 0 ? a : b} === 'number'`))
      .filter((t) => t !== '');
    const numbers = tests.length > 0 ? tests.join(' && ') : 'true';
    g.out(`if (!(${numbers} ? ${a} ${jsOp} ${b} : compare(${a}, ${b}) ${jsOp} 0)) ${g.jump(label(ins.args[0]))}`);
  };
}

export const controlEmitters: Record<string, Emitter> = {
  jump: (g, ins) => g.out(g.jump(label(ins.args[0]))),
  is_integer: typeTest((_g, a) => `typeof ${a} === 'number' || typeof ${a} === 'bigint'`),
  is_float: typeTest((g, a) => `${a} instanceof ${g.mod.rt('EFloat')}`),
  is_number: typeTest((g, a) => `typeof ${a} === 'number' || typeof ${a} === 'bigint' || ${a} instanceof ${g.mod.rt('EFloat')}`),
  is_atom: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Atom')}`),
  is_pid: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Pid')}`),
  is_reference: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Ref')}`),
  is_port: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Port')}`),
  is_nil: typeTest((_g, a) => `${a} === NIL`),
  is_binary: typeTest((g, a) => `${a} instanceof ${g.mod.rt('BitStr')} && (${a}.size & 7) === 0`),
  is_bitstr: typeTest((g, a) => `${a} instanceof ${g.mod.rt('BitStr')}`),
  is_list: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Cons')} || ${a} === NIL`),
  is_nonempty_list: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Cons')}`),
  is_tuple: typeTest((_g, a) => `Array.isArray(${a})`),
  is_map: typeTest((g, a) => `${a} instanceof ${g.mod.rt('EMap')}`),
  is_boolean: typeTest((g, a) => `${a} === ${g.mod.atomRef('true')} || ${a} === ${g.mod.atomRef('false')}`),
  is_function: typeTest((g, a) => `${a} instanceof ${g.mod.rt('Fun')}`),
  is_function2: (g, ins) => {
    const a = g.src(ins.args[1]);
    const n = g.src(ins.args[2]);
    g.mod.rt('isFunction2');
    g.out(`if (!isFunction2(${a}, ${n})) ${g.jump(label(ins.args[0]))}`);
  },
  test_arity: (g, ins) => {
    g.out(`if (${g.src(ins.args[1])}.length !== ${num(ins.args[2])}) ${g.jump(label(ins.args[0]))}`);
  },
  is_tagged_tuple: (g, ins) => {
    const a = g.src(ins.args[1]);
    g.out(
      `if (!(Array.isArray(${a}) && ${a}.length === ${num(ins.args[2])} && ${a}[0] === ${g.src(ins.args[3])})) ${g.jump(label(ins.args[0]))}`,
    );
  },
  is_eq_exact: (g, ins) => g.out(`if (!(${exactEqCond(g, ins.args[1], ins.args[2])})) ${g.jump(label(ins.args[0]))}`),
  is_ne_exact: (g, ins) => g.out(`if (${exactEqCond(g, ins.args[1], ins.args[2])}) ${g.jump(label(ins.args[0]))}`),
  is_eq: (g, ins) => {
    const a = g.src(ins.args[1]);
    const b = g.src(ins.args[2]);
    g.mod.rt('eqArith');
    g.out(`if (!(${a} === ${b} || eqArith(${a}, ${b}))) ${g.jump(label(ins.args[0]))}`);
  },
  is_ne: (g, ins) => {
    const a = g.src(ins.args[1]);
    const b = g.src(ins.args[2]);
    g.mod.rt('eqArith');
    g.out(`if (${a} === ${b} || eqArith(${a}, ${b})) ${g.jump(label(ins.args[0]))}`);
  },
  is_lt: cmpTest('<'),
  is_ge: cmpTest('>='),
  select_val: (g, ins) => selectVal(g, ins),
  select_tuple_arity: (g, ins) => {
    const a = g.src(ins.args[0]);
    const pairs = list(ins.args[2]);
    const cases: string[] = [];
    for (let i = 0; i < pairs.length; i += 2) cases.push(`case ${num(pairs[i])}: ${g.jump(label(pairs[i + 1]))}`);
    g.out(`switch (${a}.length) { ${cases.join(' ')} default: ${g.jump(label(ins.args[1]))} }`);
  },
};

/** select_val Src Fail [Value, Label, ...]: a JS switch (=== is exact for atoms and integers). */
function selectVal(g: FnGen, ins: Instr): void {
  const a = g.src(ins.args[0]);
  const pairs = list(ins.args[2]);
  const cases: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const v = pairs[i];
    if (v.k === 'literal' || (v.k === 'int' && typeof v.value === 'bigint')) {
      // Bigint values compare by value with ===; literals (floats) need eqExact: rare, use an if chain.
      g.mod.rt('eqExact');
    }
    cases.push(`case ${g.src(v)}: ${g.jump(label(pairs[i + 1]))}`);
  }
  g.out(`switch (${a}) { ${cases.join(' ')} default: ${g.jump(label(ins.args[1]))} }`);
}
