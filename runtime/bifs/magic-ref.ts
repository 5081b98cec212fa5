// Magic references: references that stand for a native object (erts: a reference to a "magic
// binary"), such as an atomics or counters array. To Erlang they are ordinary references (they
// print, compare, hash and travel through term_to_binary as one); to the BIFs that made them they
// carry their object. Their numbers are laid out as erts lays them out (the low 18 bits of the
// second word hold the scheduler id and the magic marker bit), and the live ones are kept in a weak
// table so that list_to_ref/1 of a magic reference's text gives back the object, as on erts.

import { LOCAL_NODE, Ref } from '../term/identifiers.js';
import { makeRef } from '../process/signals.js';

/** erts marks a magic reference by bit 17 of its second word (bit 16 marks a pid reference). */
const MAGIC_MARKER = 1 << 17;
/** The scheduler id erts puts in the low bits of the second word: beamjs runs one scheduler. */
const THREAD_ID = 1;
/** The bits of the second word that carry the reference's counter value. */
const VALUE_MASK = 0xfffc0000;

const live = new Map<string, WeakRef<MagicRef>>();
const gone = new FinalizationRegistry<string>((key) => {
  const w = live.get(key);
  if (w !== undefined && w.deref() === undefined) live.delete(key);
});

function keyOf(ids: readonly number[]): string {
  return ids.join('.');
}

/** The numbers of a fresh magic reference: erts's layout of a fresh reference's counter value. */
function magicIds(): number[] {
  const r = makeRef();
  // makeRef() counts in its first two words (18 bits, then the rest).
  const value = r.ids[0] + r.ids[1] * 0x40000 + r.ids[2] * 0x100000000;
  const low = value % 0x100000000;
  return [low & 0x3ffff, ((low & VALUE_MASK) | MAGIC_MARKER | THREAD_ID) >>> 0, Math.floor(value / 0x100000000)];
}

export class MagicRef extends Ref {
  constructor() {
    super(LOCAL_NODE, 0, magicIds());
    const key = keyOf(this.ids);
    live.set(key, new WeakRef(this));
    gone.register(this, key);
  }
}

/** The live magic reference with these numbers (least significant first), if any. */
export function lookupMagicRef(ids: readonly number[]): MagicRef | undefined {
  return live.get(keyOf(ids))?.deref();
}
