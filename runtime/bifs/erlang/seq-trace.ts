// The sequential tracing BIFs over runtime/process/seq-trace.ts (erts: erl_bif_trace.c):
// seq_trace/2 sets a flag, the label or the serial of the caller's token (making one if it has
// none) or clears the token; seq_trace_info/1 reads it; seq_trace_print/1,2 make print events.
// system_flag(sequential_tracer, _) and system_flag(reset_seq_trace, _) are in misc.ts.

import { Atom, FALSE, TRUE } from '../../term/atom.js';
import { NIL } from '../../term/list.js';
import { eqExact } from '../../term/compare.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import {
  SEQ_MON_TIMESTAMP,
  SEQ_NOW_TIMESTAMP,
  SEQ_PRINT,
  SEQ_RECEIVE,
  SEQ_SEND,
  SEQ_STRICT_MON_TIMESTAMP,
  ensureToken,
  printEvent,
} from '../../process/seq-trace.js';
import { defineGuarded, smallInt } from './annotate.js';

const FLAG_BITS: Record<string, number> = {
  send: SEQ_SEND,
  receive: SEQ_RECEIVE,
  print: SEQ_PRINT,
  timestamp: SEQ_NOW_TIMESTAMP,
  strict_monotonic_timestamp: SEQ_STRICT_MON_TIMESTAMP,
  monotonic_timestamp: SEQ_MON_TIMESTAMP,
};

defineGuarded('erlang', 'seq_trace', 2, (p: Process, what: Term, value: Term) => {
  if (!(what instanceof Atom)) return badarg();
  const bit = FLAG_BITS[what.name];
  if (bit !== undefined && (value === TRUE || value === FALSE)) {
    const token = ensureToken(p);
    const old = token[0] & bit ? TRUE : FALSE;
    const flags = value === TRUE ? token[0] | bit : token[0] & ~bit;
    p.seqToken = [flags, token[1], token[2], token[3], token[4]];
    return old;
  }
  switch (what.name) {
    case 'label': {
      const token = ensureToken(p);
      p.seqToken = [token[0], value, token[2], token[3], token[4]];
      return token[1];
    }
    case 'serial': {
      const prev = Array.isArray(value) && value.length === 2 ? smallInt(value[0]) : undefined;
      const cur = Array.isArray(value) && value.length === 2 ? smallInt(value[1]) : undefined;
      if (prev === undefined || cur === undefined) return badarg();
      const token = ensureToken(p);
      p.seqToken = [token[0], token[1], cur, token[3], prev];
      p.seqClock = cur;
      p.seqLastcnt = prev;
      return [token[4], token[2]];
    }
    case 'sequential_trace_token': {
      if (value !== NIL) return badarg();
      const old = p.seqToken;
      p.seqToken = NIL;
      return old;
    }
    default:
      return badarg();
  }
});

const UNSET_FLAGS = new Set(['send', 'spawn', 'receive', 'print', 'timestamp', 'monotonic_timestamp', 'strict_monotonic_timestamp']);

defineGuarded('erlang', 'seq_trace_info', 1, (p: Process, what: Term) => {
  if (!(what instanceof Atom)) return badarg();
  const token = p.seqToken;
  if (!Array.isArray(token)) {
    if (UNSET_FLAGS.has(what.name)) return [what, FALSE];
    if (what.name === 'label' || what.name === 'serial') return NIL;
    return badarg();
  }
  const bit = FLAG_BITS[what.name];
  if (bit !== undefined) return [what, (token[0] as number) & bit ? TRUE : FALSE];
  if (what.name === 'label') return [what, token[1]];
  if (what.name === 'serial') return [what, [token[4], token[2]]];
  return badarg();
});

defineGuarded('erlang', 'seq_trace_print', 1, (p: Process, msg: Term) => {
  if (p.seqToken === NIL) return FALSE;
  printEvent(p, msg);
  return TRUE;
});

defineGuarded('erlang', 'seq_trace_print', 2, (p: Process, label: Term, msg: Term) => {
  if (p.seqToken === NIL) return FALSE;
  if (!eqExact(label, (p.seqToken as Term[])[1])) return FALSE;
  printEvent(p, msg);
  return TRUE;
});
