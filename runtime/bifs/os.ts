// BIFs of module `os`: the environment and the OS process id, on Node's
// process.env (the environment is the runtime's own, as erts's is). The time
// BIFs of os are in erlang/time.ts.

import { atom, TRUE, FALSE } from '../term/atom.js';
import { listFrom, listToArray, charlist } from '../term/list.js';
import type { Term } from '../term/term.js';
import { badarg } from '../errors.js';
import type { Process } from '../process/process.js';
import { defineGuarded } from './erlang/annotate.js';

/** A flat character list as a JS string, or badarg (os BIFs take strings). */
function str(t: Term): string {
  const cs = listToArray(t);
  if (cs === undefined || !cs.every((c) => typeof c === 'number' && c >= 0 && c <= 0x10ffff)) badarg();
  return String.fromCodePoint(...(cs as number[]));
}

defineGuarded('os', 'getenv', 1, (_p: Process, name: Term) => {
  const v = process.env[str(name)];
  return v === undefined ? FALSE : charlist(v);
});

defineGuarded('os', 'env', 0, (_p: Process) =>
  listFrom(Object.entries(process.env).map(([k, v]) => [charlist(k), charlist(v ?? '')])),
);

defineGuarded('os', 'putenv', 2, (_p: Process, name: Term, value: Term) => {
  const k = str(name);
  if (k === '' || k.includes('=')) badarg();
  process.env[k] = str(value);
  return TRUE;
});

defineGuarded('os', 'unsetenv', 1, (_p: Process, name: Term) => {
  delete process.env[str(name)];
  return TRUE;
});

defineGuarded('os', 'getpid', 0, (_p: Process) => charlist(String(process.pid)));

/** set_signal(Signal, Option): signal handling stays Node's; accepted as erts accepts it. */
const SIGNALS = new Set(['sighup', 'sigquit', 'sigabrt', 'sigalrm', 'sigterm', 'sigusr1', 'sigusr2', 'sigchld', 'sigstop', 'sigtstp', 'sigint']);
const HANDLING = new Set(['default', 'handle', 'ignore']);
defineGuarded('os', 'set_signal', 2, (_p: Process, sig: Term, how: Term) => {
  if (!(sig instanceof Object && 'name' in sig) || !SIGNALS.has((sig as { name: string }).name)) badarg();
  if (!(how instanceof Object && 'name' in how) || !HANDLING.has((how as { name: string }).name)) badarg();
  return atom('ok');
});
