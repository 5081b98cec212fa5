// Moving values and building or taking apart lists, tuples and funs.

import type { Emitter } from '../function-gen.js';
import { num, list } from './operands.js';

export const dataEmitters: Record<string, Emitter> = {
  move: (g, ins) => g.out(`${g.dst(ins.args[1])} = ${g.src(ins.args[0])};`),
  swap: (g, ins) => {
    const a = g.dst(ins.args[0]);
    const b = g.dst(ins.args[1]);
    g.out(`$t = ${a}; ${a} = ${b}; ${b} = $t;`);
  },
  get_list: (g, ins) => {
    g.out(`$t = ${g.src(ins.args[0])}; ${g.dst(ins.args[1])} = $t.hd; ${g.dst(ins.args[2])} = $t.tl;`);
  },
  get_hd: (g, ins) => g.out(`${g.dst(ins.args[1])} = ${g.src(ins.args[0])}.hd;`),
  get_tl: (g, ins) => g.out(`${g.dst(ins.args[1])} = ${g.src(ins.args[0])}.tl;`),
  put_list: (g, ins) => {
    g.mod.rt('Cons');
    g.out(`${g.dst(ins.args[2])} = new Cons(${g.src(ins.args[0])}, ${g.src(ins.args[1])});`);
  },
  get_tuple_element: (g, ins) => g.out(`${g.dst(ins.args[2])} = ${g.src(ins.args[0])}[${num(ins.args[1])}];`),
  // Only ever applied by the compiler to a tuple it has just built, so in-place is safe.
  set_tuple_element: (g, ins) => g.out(`${g.src(ins.args[1])}[${num(ins.args[2])}] = ${g.src(ins.args[0])};`),
  put_tuple2: (g, ins) => {
    const items = list(ins.args[1]).map((e) => g.src(e));
    g.out(`${g.dst(ins.args[0])} = [${items.join(', ')}];`);
  },
  // OTP 25: make_fun3 Lambda Dst {list, FreeVars}.
  make_fun3: (g, ins) => {
    g.mod.rt('Fun');
    const idx = num(ins.args[0]);
    const env = list(ins.args[2]).map((e) => g.src(e));
    const ft = g.mod.input.funs[idx];
    if (ft === undefined) g.fail(`lambda index ${idx} is not in FunT`);
    g.out(`${g.dst(ins.args[1])} = new Fun(${ft.arity - ft.numFree}, ${g.mod.lambdaRef(idx)}, [${env.join(', ')}], null);`);
  },
  // OTP 24 and older: make_fun2 Lambda, free variables in x0.., result in x0.
  make_fun2: (g, ins) => {
    g.mod.rt('Fun');
    const idx = num(ins.args[0]);
    const ft = g.mod.input.funs[idx];
    if (ft === undefined) g.fail(`lambda index ${idx} is not in FunT`);
    g.out(`x0 = new Fun(${ft.arity - ft.numFree}, ${g.mod.lambdaRef(idx)}, [${g.args(ft.numFree)}], null);`);
  },
  self: (g, ins) => g.out(`${g.dst(ins.args[0])} = p.pid;`),
};
