// Calls and returns. Local calls go straight to the JS function of the same
// module version (BEAM semantics: local calls never change version); external
// calls go through the export table entry, so they reach the current code.
// Body calls are followed by a resume point; tail calls are `return callee(..)`,
// which need no frame (the callee's result is this function's result), and a
// tail call to itself is a jump back to the entry label.

import type { Emitter, FnGen } from '../function-gen.js';
import { label, num } from './operands.js';

function localCall(g: FnGen, arity: number, target: number): string {
  return `${g.mod.localFn(target, g)}(p${arity > 0 ? ', ' : ''}${g.args(arity)})`;
}

function extCall(g: FnGen, arity: number, importIndex: number): string {
  const imp = g.mod.input.imports[importIndex];
  if (imp === undefined) g.fail(`import ${importIndex} is not in ImpT`);
  return `${g.mod.importRef(importIndex)}.fn(p${arity > 0 ? ', ' : ''}${g.args(arity)})`;
}

function tailCallLocal(g: FnGen, arity: number, target: number): void {
  if (target === g.fn.entry) {
    // Self tail call: a loop, still counting a reduction as the BEAM does.
    g.out(`if (--p.reds < 0) return p.preempt(${g.jsName}, [${g.args(arity)}]);`);
    g.out(g.jump(target));
  } else {
    g.out(`return ${localCall(g, arity, target)};`);
  }
}

/**
 * A call followed by `deallocate; return` is a tail call on erts (its loader fuses them into
 * i_call_fun_last / i_apply_last), so no frame stays behind: here, a plain `return call(..)`.
 */
function isTailPosition(g: FnGen): boolean {
  return g.peek(1)?.name === 'deallocate' && g.peek(2)?.name === 'return';
}

function callOrTail(g: FnGen, expr: string): void {
  if (isTailPosition(g)) g.out(`return ${expr};`);
  else g.callAndResume(expr);
}

/** A call of the fun `fun` with arguments x0..x(n-1): without an argument array up to 3 of them. */
function funCall(g: FnGen, fun: string, n: number): string {
  if (n <= 3) return `${g.mod.rt(`callFun${n}`)}(p, ${fun}${n > 0 ? ', ' : ''}${g.args(n)})`;
  return `${g.mod.rt('callFun')}(p, ${fun}, [${g.args(n)}])`;
}

/** apply Arity: module in x(Arity), function in x(Arity+1), arguments x0..x(Arity-1). */
function applyCall(g: FnGen, n: number): string {
  const mf = `${g.src({ k: 'x', n })}, ${g.src({ k: 'x', n: n + 1 })}`;
  if (n <= 3) return `${g.mod.rt(`apply${n}`)}(p, ${mf}${n > 0 ? ', ' : ''}${g.args(n)})`;
  return `${g.mod.rt('applyMFA')}(p, ${mf}, [${g.args(n)}])`;
}

export const callEmitters: Record<string, Emitter> = {
  call: (g, ins) => g.callAndResume(localCall(g, num(ins.args[0]), label(ins.args[1]))),
  call_last: (g, ins) => tailCallLocal(g, num(ins.args[0]), label(ins.args[1])),
  call_only: (g, ins) => tailCallLocal(g, num(ins.args[0]), label(ins.args[1])),
  call_ext: (g, ins) => g.callAndResume(extCall(g, num(ins.args[0]), num(ins.args[1]))),
  call_ext_last: (g, ins) => g.out(`return ${extCall(g, num(ins.args[0]), num(ins.args[1]))};`),
  call_ext_only: (g, ins) => g.out(`return ${extCall(g, num(ins.args[0]), num(ins.args[1]))};`),
  return: (g) => g.out('return x0;'),
  // call_fun Arity: the fun is in x(Arity).
  call_fun: (g, ins) => {
    const n = num(ins.args[0]);
    callOrTail(g, funCall(g, g.src({ k: 'x', n }), n));
  },
  // OTP 25: call_fun2 Tag Arity Fun (Tag says what the compiler knows about Fun).
  call_fun2: (g, ins) => {
    const n = num(ins.args[1]);
    callOrTail(g, funCall(g, g.src(ins.args[2]), n));
  },
  // apply Arity: module in x(Arity), function in x(Arity+1).
  apply: (g, ins) => callOrTail(g, applyCall(g, num(ins.args[0]))),
  apply_last: (g, ins) => g.out(`return ${applyCall(g, num(ins.args[0]))};`),
};
