// The BIF of module `io`: printable_range/0, what io_lib treats as printable
// characters (erts's +pc flag; latin1 unless erl was started with +pc unicode).

import { atom } from '../term/atom.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

const LATIN1 = atom('latin1');

defineGuarded('io', 'printable_range', 0, (_p: Process) => LATIN1);
