// The distribution BIFs that have an honest answer on a node that is not alive, which a beamjs
// node always is until distribution comes (DESIGN.md: a later issue brings OTP's own net_kernel
// over tcp_inet): monitor_node/2,3 (notalive, except for the node itself), dist_get_stat/1 and
// dist_ctrl_put_data/2 (no distribution handle can exist: badarg), erts_internal:get_dflags/0
// (the distribution flags of OTP 25, a constant), and erts_internal:dist_spawn_request/4, whose
// request is answered at once with noconnection, as erts answers it when not alive. What only a
// node being made alive or connected calls (setnode/2, create_dist_channel/3, new_connection/1,
// abort_pending_connection/2) is listed in runtime/bifs/known-missing.ts.

import { atom, Atom, TRUE, FALSE, ERROR } from '../../term/atom.js';
import { Cons, NIL, listToArray } from '../../term/list.js';
import { LOCAL_NODE } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import { ErlangException, badarg, badargWithCause } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { sched } from '../../process/scheduler.js';
import { makeRef } from '../../process/signals.js';
import { defineGuarded } from './annotate.js';

const NOTALIVE = atom('notalive');
const SPAWN_REPLY = atom('spawn_reply');
const NOCONNECTION = atom('noconnection');
const BADOPT = atom('badopt');
const BADARG = atom('badarg');

/** error:notalive, as erts raises it for a node to monitor while this one is not alive. */
function notalive(): never {
  throw new ErlangException(ERROR, NOTALIVE);
}

/** This node is not alive: only itself can be monitored (any other node name is notalive). */
function monitorNode(node: Term, flag: Term): Term {
  if (node instanceof Atom && node !== LOCAL_NODE) return notalive();
  if (!(node instanceof Atom) || (flag !== TRUE && flag !== FALSE)) return badarg();
  return TRUE;
}

defineGuarded('erlang', 'monitor_node', 2, (_p: Process, node: Term, flag: Term) => monitorNode(node, flag));

defineGuarded('erlang', 'monitor_node', 3, (_p: Process, node: Term, flag: Term, opts: Term) => {
  const r = monitorNode(node, flag);
  let l = opts;
  for (; l instanceof Cons; l = l.tl) if (l.hd !== atom('allow_passive_connect')) badargWithCause(BADOPT);
  if (l !== NIL) badargWithCause(BADOPT);
  return r;
});

defineGuarded('erlang', 'dist_get_stat', 1, (_p: Process, _dhandle: Term) => badarg());
defineGuarded('erlang', 'dist_ctrl_put_data', 2, (_p: Process, _dhandle: Term, _data: Term) => badarg());

/** {erts_dflags, Default, Mandatory, Addable, Rejectable, Strict}: OTP 25's DFLAG_DIST_* sets. */
defineGuarded('erts_internal', 'get_dflags', 0, (_p: Process) => [
  atom('erts_dflags'),
  55966662588,
  17239956,
  55966662588,
  8396866,
  8192,
]);

const REPLY_MODES = new Set(['yes', 'no', 'error_only', 'success_only']);

/**
 * dist_spawn_request(Node, {M, F, A}, Opts, spawn_request | spawn_opt): the request goes
 * nowhere; its reply {Tag, ReqId, error, noconnection} (or badopt for a bad reply option) is
 * sent at once. Other options would be checked by the remote node, so they are not looked at.
 */
defineGuarded('erts_internal', 'dist_spawn_request', 4, (p: Process, node: Term, mfa: Term, opts: Term, type: Term) => {
  if (!(node instanceof Atom) || !Array.isArray(mfa) || mfa.length !== 3) return BADARG;
  const [m, f, a] = mfa as Term[];
  if (!(m instanceof Atom) || !(f instanceof Atom) || listToArray(a) === undefined) return BADARG;
  let tag: Term = SPAWN_REPLY;
  let reply = 'yes';
  let badReply = false;
  let monitor = false;
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o === atom('monitor')) monitor = true;
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('monitor')) monitor = true;
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('reply_tag')) tag = o[1];
    else if (Array.isArray(o) && o.length === 2 && o[0] === atom('reply')) {
      if (o[1] instanceof Atom && REPLY_MODES.has(o[1].name)) reply = o[1].name;
      else badReply = true;
    }
  }
  if (l !== NIL) return BADARG;
  const ref = makeRef();
  if (badReply) sched.deliver(p, [tag, ref, ERROR, BADOPT]);
  else if (reply === 'yes' || reply === 'error_only') sched.deliver(p, [tag, ref, ERROR, NOCONNECTION]);
  return type === atom('spawn_opt') ? [ref, monitor ? TRUE : FALSE] : ref;
});
