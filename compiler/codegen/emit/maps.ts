// Map instructions: building (=> and :=), key tests and multi-key lookup.

import type { Emitter } from '../function-gen.js';
import type { Operand } from '../../ops/decode.js';
import { label, list } from './operands.js';

/** A key whose place in map-key order is known here: an atom or a small integer. */
type OrderedKey = { k: 'atom'; value: { name: string } } | { k: 'int'; value: number };

function isOrderedKey(op: Operand): op is Operand & OrderedKey {
  return op.k === 'atom' || (op.k === 'int' && typeof op.value === 'number');
}

/** Map-key order of two such keys: integers (by value) before atoms (by code points of the name). */
function compareKeys(a: OrderedKey, b: OrderedKey): number {
  if (a.k === 'int' || b.k === 'int') {
    if (a.k === 'int' && b.k === 'int') return a.value - b.value;
    return a.k === 'int' ? -1 : 1;
  }
  const x = Array.from(a.value.name, (c) => c.codePointAt(0)!);
  const y = Array.from(b.value.name, (c) => c.codePointAt(0)!);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * The key-value operands of put_map_assoc in map-key order when every key is an atom or small
 * integer and no key repeats (the compiler lists a literal's keys in source order): the runtime
 * then builds a map from an empty one without sorting. Otherwise as they are.
 */
function sortedPairs(ops: Operand[]): Operand[] {
  const pairs: Array<[Operand & OrderedKey, Operand]> = [];
  for (let i = 0; i < ops.length; i += 2) {
    const k = ops[i];
    if (!isOrderedKey(k)) return ops;
    pairs.push([k, ops[i + 1]]);
  }
  pairs.sort((a, b) => compareKeys(a[0], b[0]));
  for (let i = 1; i < pairs.length; i++) if (compareKeys(pairs[i - 1][0], pairs[i][0]) === 0) return ops;
  return pairs.flat();
}

/** Whether an operand is a constant (not a register): such keys let an instruction cache map layouts. */
function isConstant(op: Operand): boolean {
  return op.k === 'atom' || op.k === 'int' || op.k === 'literal' || op.k === 'nil';
}

/** A module constant: the instruction's own MapSite (runtime/code/map-instructions.ts). */
function site(g: Parameters<Emitter>[0]): string {
  g.mod.rt('mapSite');
  return g.mod.bindConst(`mapsite:${g.mod.nextSiteId()}`, 'MS', 'mapSite()');
}

/** Whether every key of a flat key/value operand list is a constant. */
function constantKeys(kv: Operand[]): boolean {
  for (let i = 0; i < kv.length; i += 2) if (!isConstant(kv[i])) return false;
  return true;
}

export const mapEmitters: Record<string, Emitter> = {
  // put_map_assoc Fail Src Dst Live [K1, V1, ...]
  put_map_assoc: (g, ins) => {
    const ops = sortedPairs(list(ins.args[4]));
    const kv = ops.map((o) => g.src(o));
    if (constantKeys(ops)) {
      const s = site(g);
      g.mod.rt('mapPutAssocAt');
      g.out(`${g.dst(ins.args[2])} = mapPutAssocAt(${s}, ${g.src(ins.args[1])}, [${kv.join(', ')}]);`);
      return;
    }
    g.mod.rt('mapPutAssoc');
    g.out(`${g.dst(ins.args[2])} = mapPutAssoc(${g.src(ins.args[1])}, [${kv.join(', ')}]);`);
  },
  put_map_exact: (g, ins) => {
    const ops = list(ins.args[4]);
    const kv = ops.map((o) => g.src(o));
    if (constantKeys(ops) && ops.length > 2) {
      const s = site(g);
      g.mod.rt('mapPutExactAt');
      g.out(`${g.dst(ins.args[2])} = mapPutExactAt(${s}, ${g.src(ins.args[1])}, [${kv.join(', ')}]);`);
      return;
    }
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
    const ks: string[] = [];
    for (let i = 0; i < items.length; i += 2) ks.push(g.src(items[i]));
    if (constantKeys(items)) {
      const s = site(g);
      const keys = g.mod.bindConst(`mapkeys:${ks.join(',')}`, 'MK', `[${ks.join(', ')}]`);
      g.mod.rt('mapGetAt');
      g.out(`if (($t = mapGetAt(${s}, ${src}, ${keys})) === undefined) ${fail}`);
    } else {
      g.mod.rt('mapGetMany');
      g.out(`if (($t = mapGetMany(${src}, [${ks.join(', ')}])) === undefined) ${fail}`);
    }
    for (let i = 1; i < items.length; i += 2) g.out(`${g.dst(items[i])} = $t[${(i - 1) / 2}];`);
  },
};
