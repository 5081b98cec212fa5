// The BIF of module net_kernel that io uses: whether the node a pid lives on takes
// unicode in io requests. Every local process does; distribution comes later.

import { TRUE } from '../term/atom.js';
import { Pid } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

defineGuarded('net_kernel', 'dflag_unicode_io', 1, (_p: Process, pid: Term) => {
  if (!(pid instanceof Pid)) badarg();
  return TRUE;
});
