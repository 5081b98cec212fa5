// erts_internal:map_next/3, the BIF under maps:iterator/1, maps:next/1, maps:to_list/1 and
// everything in maps.erl that walks a map (fold, map, filter, foreach...), and
// erts_internal:map_hashmap_children/1, which erts_debug:size/1 walks a large map's trie with. The walk itself, and
// the order it hands out entries in (erts's, for small and large maps alike), is mapNext in
// term/map.ts. erts sizes each batch after the first from the caller's reductions; beamjs uses a
// fixed batch (MAP_NEXT_BATCH), which changes only how an unfinished iterator looks, not the
// order of the entries. Other erts_internal BIFs live in files of their own topic.

import { EMap, mapNext } from '../term/map.js';
import { type HNode, hamtForEach, trieChild, trieKey, trieValue, trieWidth } from '../term/map-hamt.js';
import { Cons, NIL } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg, raiseTagged } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

/** map_next(Path, Map, Acc): Acc is the atom iterator or a list; anything else is badarg. */
defineGuarded('erts_internal', 'map_next', 3, (_p: Process, path: Term, m: Term, acc: Term) =>
  m instanceof EMap ? mapNext(path, m, acc) : badarg(),
);

// map_hashmap_children(Map): the children of a large map's root, or of an inner node, last slot
// first, as erts lists them: a leaf is the cons [Key | Value] erts keeps it in, an inner node a
// map over that node (erts's internal node terms pass is_map/1 too; erts_debug:size/1 gives them
// to term_type/1, flat_size/1, same/2 and back to this BIF, and nothing else). Views and leaves
// are made once per node, so that erts_debug:same/2 finds a subtrie shared by two maps shared.
const views = new WeakMap<HNode, EMap>();
const viewSet = new WeakSet<EMap>();
const leaves = new WeakMap<HNode, Array<Cons | undefined>>();

/** Whether m is map_hashmap_children/1's view of an inner node (term_type/1: hashmap_node). */
export function isHashmapNodeView(m: EMap): boolean {
  return viewSet.has(m);
}

function viewOf(node: HNode): EMap {
  let v = views.get(node);
  if (v === undefined) {
    let n = 0;
    hamtForEach(node, () => n++);
    v = EMap.ofTrieNode(node, n);
    views.set(node, v);
    viewSet.add(v);
  }
  return v;
}

function leafOf(node: HNode, i: number): Cons {
  let ls = leaves.get(node);
  if (ls === undefined) {
    ls = new Array(trieWidth(node));
    leaves.set(node, ls);
  }
  return (ls[i] ??= new Cons(trieKey(node, i), trieValue(node, i)));
}

defineGuarded('erts_internal', 'map_hashmap_children', 1, (_p: Process, m: Term) => {
  if (!(m instanceof EMap)) return raiseTagged('badmap', m);
  if (m.root === null) return badarg();
  const node = m.root;
  let out: Term = NIL;
  for (let i = 0; i < trieWidth(node); i++) {
    const kid = trieChild(node, i);
    out = new Cons(kid !== undefined ? viewOf(kid) : leafOf(node, i), out);
  }
  return out;
});
