// The erlang module's map BIFs: map_size/1, map_get/2 and is_map_key/2, allowed in guards (the
// compiler emits them as bif/gc_bif instructions; apply and `fun erlang:map_get/2` reach them
// here too). A map argument that is not a map is {badmap, M}; a missing key {badkey, K}.

import { bool } from '../../term/atom.js';
import type { Term } from '../../term/term.js';
import { raiseTagged } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { mapArg } from '../maps.js';
import { defineGuarded } from './annotate.js';

const E = 'erlang';

defineGuarded(E, 'map_size', 1, (_p: Process, m: Term) => mapArg(m).size);

defineGuarded(E, 'map_get', 2, (_p: Process, k: Term, m: Term) => {
  const v = mapArg(m).get(k);
  return v === undefined ? raiseTagged('badkey', k) : v;
});

defineGuarded(E, 'is_map_key', 2, (_p: Process, k: Term, m: Term) => bool(mapArg(m).has(k)));
