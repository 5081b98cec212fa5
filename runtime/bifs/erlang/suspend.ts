// erts_internal:suspend_process/2 (behind erlang:suspend_process/1,2) and
// erlang:resume_process/1, over runtime/process/suspension.ts. A suspension takes effect at once
// (beamjs runs one scheduler), so even an asynchronous request is complete when the BIF returns;
// {asynchronous, Tag} still gets its {Tag, Result} message, as on erts.

import { atom, Atom, TRUE, FALSE } from '../../term/atom.js';
import { Cons, NIL } from '../../term/list.js';
import { Pid, LOCAL_NODE } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import { Status, type Process } from '../../process/process.js';
import { sched } from '../../process/scheduler.js';
import { resume, suspend, suspendsHeld } from '../../process/suspension.js';
import { defineGuarded } from './annotate.js';

const BADOPT = atom('badopt');
const BADARG = atom('badarg');
const SUSPENDED = atom('suspended');

function liveLocal(t: Term): Process | undefined {
  if (!(t instanceof Pid) || t.node !== LOCAL_NODE) return undefined;
  const q = sched.lookup(t);
  return q !== undefined && q.status !== Status.Exited ? q : undefined;
}

defineGuarded('erts_internal', 'suspend_process', 2, (p: Process, who: Term, opts: Term) => {
  let unlessSuspending = false;
  let async = false;
  let replyTag: Term | undefined;
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o === atom('unless_suspending')) unlessSuspending = true;
    else if (o === atom('asynchronous')) async = true;
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('asynchronous')) {
      async = true;
      replyTag = o[1];
    } else return BADOPT;
  }
  if (l !== NIL) return BADOPT;
  if (!(who instanceof Pid) || who.node !== LOCAL_NODE || sched.lookup(who) === p) return BADARG;
  const q = liveLocal(who);
  if (q === undefined) return BADARG;
  let result: Atom = TRUE;
  if (unlessSuspending && suspendsHeld(p, q) > 0) result = FALSE;
  else suspend(p, q);
  if (async && replyTag !== undefined) sched.deliver(p, [replyTag, SUSPENDED]);
  return result;
});

defineGuarded('erlang', 'resume_process', 1, (p: Process, who: Term) => {
  const q = liveLocal(who);
  if (q === undefined || q === p || !resume(p, q)) return badarg();
  return TRUE;
});
