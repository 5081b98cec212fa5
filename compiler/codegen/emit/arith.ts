// BIF instructions (bif0-2, gc_bif1-3) and the float-register instructions.
// Arithmetic and comparisons get an inline fast path for small integers (JS
// numbers) that falls back to the runtime for bigints, floats and errors; the
// accessors element, tuple_size, map_size, hd and tl are inline type tests; every
// other BIF is a call of its implementation. A BIF in a guard (non-zero fail
// label) jumps to the fail label instead of raising.

import type { Emitter, FnGen } from '../function-gen.js';
import type { Operand } from '../../ops/decode.js';
import { label, num } from './operands.js';
import { exactEqCond } from './control.js';

const MAX = 'MAX_SAFE';

/** JS expression computing erlang:Name(args), or undefined when there is no inline form. */
function inlineBif(g: FnGen, name: string, ops: Operand[]): string | undefined {
  const a = ops.map((o) => g.src(o));
  const rt = (n: string) => g.mod.rt(n);
  const T = g.mod.atomRef('true');
  const F = g.mod.atomRef('false');
  // Small integer literals are known numbers: only the other operand needs the typeof test.
  const isNum = (i: number) => ops[i] !== undefined && ops[i].k === 'int' && typeof (ops[i] as { value: unknown }).value === 'number';
  // erts's immediate forms of + and -: a register and an integer literal; they fail without naming the operator.
  const immediateForm = ops.length === 2 && (ops[0].k === 'x' || ops[0].k === 'y') && isNum(1);
  const nums = (x: string, y: string) =>
    [isNum(0) ? '' : `typeof ${x} === 'number'`, isNum(1) ? '' : `typeof ${y} === 'number'`].filter((c) => c !== '').join(' && ') || 'true';
  // Adding a known non-negative literal to a safe integer can only overflow upwards, and so on:
  // the result needs only the bound it can cross.
  const literal = isNum(1) ? ((ops[1] as { value: number }).value) : null;
  const inRange = (sign: number) =>
    literal === null || literal === 0 ? `($t <= ${MAX} && $t >= -${MAX})` : sign * literal > 0 ? `$t <= ${MAX}` : `$t >= -${MAX}`;
  if (ops.length === 2) {
    const [x, y] = a;
    switch (name) {
      case '+':
        rt(MAX);
        return `(${nums(x, y)} && ($t = ${x} + ${y}, ${inRange(1)}) ? $t : ${rt(immediateForm ? 'add' : 'addNamed')}(${x}, ${y}))`;
      case '-':
        rt(MAX);
        return `(${nums(x, y)} && ($t = ${x} - ${y}, ${inRange(-1)}) ? $t : ${rt(immediateForm ? 'sub' : 'subNamed')}(${x}, ${y}))`;
      case '*':
        rt(MAX);
        return `(${nums(x, y)} && ($t = ${x} * ${y}) <= ${MAX} && $t >= -${MAX} ? $t : ${rt('mul')}(${x}, ${y}))`;
      case '/':
        // erts's gc_bif / fails without naming the operator: call the unannotated division.
        return `${rt('fdiv')}(${x}, ${y})`;
      case '=:=':
        return `(${exactEqCond(g, ops[0], ops[1])} ? ${T} : ${F})`;
      case '=/=':
        return `(${exactEqCond(g, ops[0], ops[1])} ? ${F} : ${T})`;
      case '==':
        return `(${x} === ${y} || ${rt('eqArith')}(${x}, ${y}) ? ${T} : ${F})`;
      case '/=':
        return `(${x} === ${y} || ${rt('eqArith')}(${x}, ${y}) ? ${F} : ${T})`;
      case '<':
      case '>':
      case '>=':
        return `((${nums(x, y)} ? ${x} ${name} ${y} : ${rt('compare')}(${x}, ${y}) ${name} 0) ? ${T} : ${F})`;
      case '=<':
        return `((${nums(x, y)} ? ${x} <= ${y} : ${rt('compare')}(${x}, ${y}) <= 0) ? ${T} : ${F})`;
    }
  }
  return undefined;
}

/**
 * A BIF that is a type test plus a field read: `test` holds exactly when the BIF succeeds, and
 * then `value` is its result. In a guard a false test is the failure, with no exception made
 * (io_lib_pretty's `when is_atom(element(1, R))` fails on every non-tuple it prints); in a body
 * the BIF itself runs when the test fails, to raise its error.
 */
function accessor(g: FnGen, name: string, ops: Operand[]): { test: string; value: string } | undefined {
  const a = ops.map((o) => g.src(o));
  switch (`${name}/${ops.length}`) {
    case 'element/2': {
      const [i, t] = a;
      const k = ops[0].k === 'int' && typeof ops[0].value === 'number' ? ops[0].value : undefined;
      if (k !== undefined) return k >= 1 ? { test: `Array.isArray(${t}) && ${t}.length >= ${k}`, value: `${t}[${k - 1}]` } : undefined;
      // Integers are JS numbers or bigints (floats are boxed): a number index is an integer.
      return { test: `typeof ${i} === 'number' && Array.isArray(${t}) && ${i} >= 1 && ${i} <= ${t}.length`, value: `${t}[${i} - 1]` };
    }
    case 'tuple_size/1':
      return { test: `Array.isArray(${a[0]})`, value: `${a[0]}.length` };
    case 'map_size/1':
      return { test: `${a[0]} instanceof ${g.mod.rt('EMap')}`, value: `${a[0]}.size` };
    case 'hd/1':
      return { test: `${a[0]} instanceof ${g.mod.rt('Cons')}`, value: `${a[0]}.hd` };
    case 'tl/1':
      return { test: `${a[0]} instanceof ${g.mod.rt('Cons')}`, value: `${a[0]}.tl` };
  }
  return undefined;
}

function bifInstr(failIdx: number, bifIdx: number, firstArg: number, nArgs: number): Emitter {
  return (g, ins) => {
    const fail = failIdx < 0 ? 0 : label(ins.args[failIdx]);
    const imp = g.mod.input.imports[num(ins.args[bifIdx])];
    if (imp === undefined) g.fail(`BIF import ${num(ins.args[bifIdx])} is not in ImpT`);
    const ops = ins.args.slice(firstArg, firstArg + nArgs);
    const dst = g.dst(ins.args[firstArg + nArgs]);
    const acc = imp.module === 'erlang' ? accessor(g, imp.name, ops) : undefined;
    if (acc !== undefined) {
      if (fail === 0) {
        const call = `${g.mod.bifRef(num(ins.args[bifIdx]))}(p, ${ops.map((o) => g.src(o)).join(', ')})`;
        g.out(`${dst} = ${acc.test} ? ${acc.value} : ${call};`);
      } else {
        g.out(`if (!(${acc.test})) ${g.jump(fail)}`);
        g.out(`${dst} = ${acc.value};`);
      }
      return;
    }
    let expr = imp.module === 'erlang' ? inlineBif(g, imp.name, ops) : undefined;
    if (expr === undefined) {
      const args = ops.map((o) => g.src(o));
      expr = `${g.mod.bifRef(num(ins.args[bifIdx]))}(p${args.length > 0 ? ', ' : ''}${args.join(', ')})`;
    }
    if (fail === 0) {
      g.out(`${dst} = ${expr};`);
    } else {
      g.mod.rt('ErlangException');
      g.out(`try { ${dst} = ${expr}; } catch ($e) { if (!($e instanceof ErlangException)) throw $e; ${g.jump(fail)} }`);
    }
  };
}

function floatOp(jsOp: string): Emitter {
  // fadd Fail A B Dst
  return (g, ins) => {
    g.mod.rt('checkFloat');
    g.out(`${g.dst(ins.args[3])} = checkFloat(${g.src(ins.args[1])} ${jsOp} ${g.src(ins.args[2])});`);
  };
}

export const arithEmitters: Record<string, Emitter> = {
  bif0: bifInstr(-1, 0, 1, 0),
  bif1: bifInstr(0, 1, 2, 1),
  bif2: bifInstr(0, 1, 2, 2),
  gc_bif1: bifInstr(0, 2, 3, 1),
  gc_bif2: bifInstr(0, 2, 3, 2),
  gc_bif3: bifInstr(0, 2, 3, 3),
  fmove: (g, ins) => {
    const [s, d] = ins.args;
    if (s.k === 'fr' && d.k !== 'fr') {
      g.mod.rt('EFloat');
      g.out(`${g.dst(d)} = new EFloat(${g.src(s)});`);
    } else if (s.k !== 'fr' && d.k === 'fr') {
      g.out(`${g.dst(d)} = ${g.src(s)}.value;`);
    } else if (s.k === 'fr' && d.k === 'fr') {
      g.out(`${g.dst(d)} = ${g.src(s)};`);
    } else {
      g.fail('fmove needs a float register on one side');
    }
  },
  fconv: (g, ins) => {
    g.mod.rt('toFloat');
    g.out(`${g.dst(ins.args[1])} = toFloat(${g.src(ins.args[0])});`);
  },
  fadd: floatOp('+'),
  fsub: floatOp('-'),
  fmul: floatOp('*'),
  fdiv: floatOp('/'),
  fnegate: (g, ins) => g.out(`${g.dst(ins.args[2])} = -${g.src(ins.args[1])};`),
};
