// Instructions that shape the function rather than compute: labels, line
// records, func_info, frame allocation (the JS function's locals are the frame),
// heap checks (V8 allocates), and the markers of module structure.

import { labelMarker, type Emitter } from '../function-gen.js';
import { num, list } from './operands.js';

const nothing: Emitter = () => {};

export const metaEmitters: Record<string, Emitter> = {
  label: (g, ins) => {
    g.lastLabel = num(ins.args[0]);
    g.out(labelMarker(g.lastLabel));
  },
  line: (g, ins) => {
    g.lineIndex = num(ins.args[0]);
  },
  func_info: (g, ins) => {
    g.out(
      `throw $rt.functionClause(${g.src(ins.args[0])}, ${g.src(ins.args[1])}, [${g.args(num(ins.args[2]))}]);`,
    );
  },
  int_code_end: nothing,
  test_heap: nothing,
  allocate: nothing,
  allocate_heap: nothing,
  allocate_zero: (g, ins) => initYs(g, num(ins.args[0])),
  allocate_heap_zero: (g, ins) => initYs(g, num(ins.args[0])),
  init_yregs: (g, ins) => {
    for (const y of list(ins.args[0])) g.out(`${g.dst(y)} = NIL;`);
  },
  deallocate: (g) => {
    // A frame's catch tags die with it; JS locals outlive the BEAM frame, so clear them.
    if (g.hasCatch) g.out('$CLEARYS');
  },
  trim: (g, ins) => {
    const n = num(ins.args[0]);
    const remaining = num(ins.args[1]);
    for (let i = 0; i < remaining; i++) g.out(`y${i} = ${g.src({ k: 'y', n: i + n })};`);
    if (remaining > 0) g.src({ k: 'y', n: remaining - 1 });
  },
  fclearerror: nothing,
  fcheckerror: nothing,
  on_load: nothing,
  nif_start: nothing,
};

function initYs(g: Parameters<Emitter>[0], n: number): void {
  for (let i = 0; i < n; i++) g.out(`y${i} = NIL;`);
  if (n > 0) g.src({ k: 'y', n: n - 1 });
}
