// pid_to_list/1 and ref_to_list/1: the text erts prints for a pid or a reference,
// as a character list (the same text display and ~w show).

import { charlist } from '../../term/list.js';
import { Pid, Ref } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { display } from '../../term/display.js';
import { defineGuarded } from './annotate.js';

defineGuarded('erlang', 'pid_to_list', 1, (_p: Process, pid: Term) => {
  if (!(pid instanceof Pid)) badarg();
  return charlist(display(pid));
});

defineGuarded('erlang', 'ref_to_list', 1, (_p: Process, ref: Term) => {
  if (!(ref instanceof Ref)) badarg();
  return charlist(display(ref));
});
