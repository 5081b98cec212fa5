// The modules erts carries inside its executable ("preloaded"), in erts's order.
// erts loads its own copies of them without line tables, so their stack-trace
// entries have no location, even though the .beam files in erts's ebin have one.

import { atom, type Atom } from '../term/atom.js';

export const PRE_LOADED: readonly Atom[] = [
  'persistent_term', 'counters', 'atomics', 'erts_dirty_process_signal_handler', 'erts_literal_area_collector',
  'erl_tracer', 'erts_internal', 'erlang', 'erl_prim_loader', 'prim_zip', 'prim_net', 'prim_socket',
  'socket_registry', 'zlib', 'prim_file', 'prim_inet', 'prim_eval', 'prim_buffer', 'init', 'erl_init',
  'erts_code_purger',
].map(atom);

const set = new Set<Atom>(PRE_LOADED);
export function isPreloaded(m: Atom): boolean {
  return set.has(m);
}
