// Raising and catching. `try`/`catch` put a catch tag in a y register; the
// function's JS catch block (function-gen.ts) finds the tag and jumps to its
// label with class, reason and the raw stack trace (the exception object) in
// x0..x2, or, for an old-style `catch`, the caught value in x0. The process counts the regions
// it is in (p.catches): entered at try/catch, left at try_end, try_case and catch_end, which the
// compiler puts on every way out of a region.

import type { Emitter } from '../function-gen.js';
import { label } from './operands.js';

export const exceptionEmitters: Record<string, Emitter> = {
  try: (g, ins) => g.out(`${g.dst(ins.args[0])} = ${g.mod.catchTag(label(ins.args[1]), true)}; p.catches++;`),
  catch: (g, ins) => g.out(`${g.dst(ins.args[0])} = ${g.mod.catchTag(label(ins.args[1]), false)}; p.catches++;`),
  try_end: (g, ins) => g.out(`${g.dst(ins.args[0])} = NIL; p.catches--;`),
  try_case: (g, ins) => g.out(`${g.dst(ins.args[0])} = NIL; p.catches--;`),
  catch_end: (g, ins) => g.out(`${g.dst(ins.args[0])} = NIL; p.catches--;`),
  badmatch: (g, ins) => g.out(`throw $rt.errorTagged('badmatch', ${g.src(ins.args[0])});`),
  case_end: (g, ins) => g.out(`throw $rt.errorTagged('case_clause', ${g.src(ins.args[0])});`),
  try_case_end: (g, ins) => g.out(`throw $rt.errorTagged('try_clause', ${g.src(ins.args[0])});`),
  badrecord: (g, ins) => g.out(`throw $rt.errorTagged('badrecord', ${g.src(ins.args[0])});`),
  if_end: (g) => g.out(`throw $rt.errorAtom('if_clause');`),
  // raise Stacktrace Value (pre-OTP 23 form): rethrow with the class taken from the raw trace.
  raise: (g, ins) => g.out(`throw $rt.reraise(${g.src(ins.args[0])}, ${g.src(ins.args[1])});`),
  // raw_raise: x0 = class, x1 = reason, x2 = raw stack trace.
  raw_raise: (g) => g.out(`throw $rt.rawRaise(x0, x1, x2);`),
  build_stacktrace: (g) => g.out(`x0 = $rt.buildStacktrace(x0);`),
};
