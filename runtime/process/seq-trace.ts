// Sequential tracing (erts: the seq_trace parts of erl_trace.c, beam_common.c's remove_message and
// erts_send_message): a process may carry a token {Flags, Label, Serial, From, LastCnt}; a message
// it sends carries the token on, with a new serial from the sender's clock, and a process that
// receives a message takes on the message's token (a message without one clears it). With a
// system sequential tracer set, the send, receive and print events of a token with those flags
// are sent to it as {seq_trace, Label, Info}. Tokens travel whether or not a tracer is set.

import { atom, type Atom } from '../term/atom.js';
import { NIL } from '../term/list.js';
import { Pid } from '../term/identifiers.js';
import type { Term } from '../term/term.js';
import type { Process } from './process.js';
import { sched } from './scheduler.js';
import { setReceiveTokenHook } from './mailbox.js';

/** Token flag bits (erts's SEQ_TRACE_*). */
export const SEQ_SEND = 1;
export const SEQ_RECEIVE = 2;
export const SEQ_PRINT = 4;
export const SEQ_NOW_TIMESTAMP = 8;
export const SEQ_STRICT_MON_TIMESTAMP = 16;
export const SEQ_MON_TIMESTAMP = 32;

const SEQ_TRACE = atom('seq_trace');
const SEND = atom('send');
const RECEIVE = atom('receive');
const PRINT = atom('print');

/** The system sequential tracer (system_flag(sequential_tracer, Pid)), or false. */
let tracer: Pid | Atom = atom('false');

export function systemSeqTracer(): Pid | Atom {
  return tracer;
}
export function setSystemSeqTracer(t: Pid | Atom): Pid | Atom {
  const old = tracer;
  tracer = t;
  return old;
}

type Token = [flags: number, label: Term, serial: number, from: Term, lastcnt: number];

function isToken(t: Term): t is Token {
  return Array.isArray(t) && t.length === 5;
}

/** new_seq_trace_token: the process's token, made when it has none. */
export function ensureToken(p: Process): Token {
  if (isToken(p.seqToken)) return p.seqToken;
  const token: Token = [0, 0, 0, p.pid, p.seqLastcnt];
  p.seqToken = token;
  return token;
}

/** seq_trace_output: an event to the system tracer, if there is one and the token asks for it. */
function output(token: Token, kind: number, msg: Term, to: Term, from: Process): void {
  if (!(token[0] & kind) || !(tracer instanceof Pid)) return;
  const q = sched.lookup(tracer);
  if (q === undefined || q === from) return;
  const serial: Term = [token[4], token[2]];
  const what = kind === SEQ_SEND ? SEND : kind === SEQ_RECEIVE ? RECEIVE : PRINT;
  sched.deliver(q, [SEQ_TRACE, token[1], [what, serial, token[3], to, msg]]);
}

/**
 * seq_trace_update_serial as a send does it: the sender's token gets a new serial from its clock
 * and names it as the sender; the message carries that token. [] when the sender has none.
 */
export function tokenForSend(from: Process, to: Pid, msg: Term): Term {
  if (!isToken(from.seqToken)) return NIL;
  const t = from.seqToken;
  const token: Token = [t[0], t[1], ++from.seqClock, from.pid, from.seqLastcnt];
  from.seqToken = token;
  output(token, SEQ_SEND, msg, to, from);
  return token;
}

/** seq_trace_print/1,2: a print event with a new serial. */
export function printEvent(p: Process, msg: Term): void {
  const t = p.seqToken as Token;
  const token: Token = [t[0], t[1], ++p.seqClock, p.pid, p.seqLastcnt];
  p.seqToken = token;
  output(token, SEQ_PRINT, msg, NIL, p);
}

/** remove_message: the receiver takes on the message's token, or loses its own. */
setReceiveTokenHook((owner, token, msg) => {
  const p = owner as Process;
  if (!isToken(token)) {
    p.seqToken = NIL;
    return;
  }
  p.seqToken = token;
  const serial = token[2];
  p.seqLastcnt = serial;
  if (p.seqClock < serial) p.seqClock = serial;
  output(token, SEQ_RECEIVE, msg, p.pid, p);
});

/** system_flag(reset_seq_trace, true): every process loses its token, and its clocks. */
export function resetSeqTrace(): void {
  for (const p of sched.procs.values()) {
    p.seqToken = NIL;
    p.seqClock = 0;
    p.seqLastcnt = 0;
  }
}
