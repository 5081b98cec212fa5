// erts_internal:map_next/3, the BIF under maps:iterator/1, maps:next/1, maps:to_list/1 and
// everything in maps.erl that walks a map (fold, map, filter, foreach...). The walk itself, and
// the order it hands out entries in (erts's, for small and large maps alike), is mapNext in
// term/map.ts. erts sizes each batch after the first from the caller's reductions; beamjs uses a
// fixed batch (MAP_NEXT_BATCH), which changes only how an unfinished iterator looks, not the
// order of the entries. Other erts_internal BIFs live in files of their own topic.

import { EMap, mapNext } from '../term/map.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

/** map_next(Path, Map, Acc): Acc is the atom iterator or a list; anything else is badarg. */
defineGuarded('erts_internal', 'map_next', 3, (_p: Process, path: Term, m: Term, acc: Term) =>
  m instanceof EMap ? mapNext(path, m, acc) : badarg(),
);
