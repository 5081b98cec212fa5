// The emitter table: one entry per BEAM instruction name, merged from the
// per-family files. A name claimed by two families is a bug caught here at
// start-up; an instruction with no entry fails at load time (module-gen.ts).

import type { Emitter } from '../function-gen.js';
import { metaEmitters } from './meta.js';
import { dataEmitters } from './data.js';
import { controlEmitters } from './control.js';
import { callEmitters } from './calls.js';
import { exceptionEmitters } from './exceptions.js';
import { receiveEmitters } from './receive.js';
import { arithEmitters } from './arith.js';
import { mapEmitters } from './maps.js';
import { bsEmitters } from './bs.js';

export const EMITTER_FAMILIES: Record<string, Record<string, Emitter>> = {
  meta: metaEmitters,
  data: dataEmitters,
  control: controlEmitters,
  calls: callEmitters,
  exceptions: exceptionEmitters,
  receive: receiveEmitters,
  arith: arithEmitters,
  maps: mapEmitters,
  bs: bsEmitters,
};

function merge(): Record<string, Emitter> {
  const all: Record<string, Emitter> = Object.create(null);
  for (const [family, table] of Object.entries(EMITTER_FAMILIES)) {
    for (const [name, e] of Object.entries(table)) {
      if (name in all) throw new Error(`instruction ${name} has emitters in two families (second: ${family})`);
      all[name] = e;
    }
  }
  return all;
}

export const EMITTERS: Record<string, Emitter> = merge();
