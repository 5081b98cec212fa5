// Map instructions: building (=> and :=), key tests and multi-key lookup.

import type { Emitter } from '../function-gen.js';
import { label, list } from './operands.js';

export const mapEmitters: Record<string, Emitter> = {
  // put_map_assoc Fail Src Dst Live [K1, V1, ...]
  put_map_assoc: (g, ins) => {
    const kv = list(ins.args[4]).map((o) => g.src(o));
    g.mod.rt('mapPutAssoc');
    g.out(`${g.dst(ins.args[2])} = mapPutAssoc(${g.src(ins.args[1])}, [${kv.join(', ')}]);`);
  },
  put_map_exact: (g, ins) => {
    const kv = list(ins.args[4]).map((o) => g.src(o));
    g.mod.rt('mapPutExact');
    g.out(`${g.dst(ins.args[2])} = mapPutExact(${g.src(ins.args[1])}, [${kv.join(', ')}]);`);
  },
  has_map_fields: (g, ins) => {
    const ks = list(ins.args[2]).map((o) => g.src(o));
    g.mod.rt('mapHasKeys');
    g.out(`if (!mapHasKeys(${g.src(ins.args[1])}, [${ks.join(', ')}])) ${g.jump(label(ins.args[0]))}`);
  },
  // get_map_elements Fail Src [K1, Dst1, ...]: all keys must be present before any Dst is written.
  get_map_elements: (g, ins) => {
    const items = list(ins.args[2]);
    const src = g.src(ins.args[1]);
    const fail = g.jump(label(ins.args[0]));
    g.mod.rt('mapGet');
    if (items.length === 2) {
      g.out(`if (($t = mapGet(${src}, ${g.src(items[0])})) === undefined) ${fail}`);
      g.out(`${g.dst(items[1])} = $t;`);
      return;
    }
    g.mod.rt('mapGetMany');
    const ks: string[] = [];
    for (let i = 0; i < items.length; i += 2) ks.push(g.src(items[i]));
    g.out(`if (($t = mapGetMany(${src}, [${ks.join(', ')}])) === undefined) ${fail}`);
    for (let i = 1; i < items.length; i += 2) g.out(`${g.dst(items[i])} = $t[${(i - 1) / 2}];`);
  },
};
