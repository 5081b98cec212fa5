// pid_to_list/1 and ref_to_list/1: the text erts prints for a pid or a reference, as a character
// list (the same text display and ~w show); list_to_pid/1 and list_to_ref/1 read it back, with
// erts's checks: the node's channel must be 0 (this node: no distribution yet), each number is
// decimal digits read modulo 2^64 (erts accumulates in a 64-bit word and does not check for
// overflow), then range-checked. list_to_port/1 is in ports.ts.

import { charlist, Cons, NIL } from '../../term/list.js';
import { LOCAL_NODE, Pid, Ref } from '../../term/identifiers.js';
import type { Term } from '../../term/term.js';
import { badarg } from '../../errors.js';
import type { Process } from '../../process/process.js';
import { display } from '../../term/display.js';
import { lookupMagicRef } from '../magic-ref.js';
import { defineGuarded } from './annotate.js';
import { schedulerCount } from './system.js';

defineGuarded('erlang', 'pid_to_list', 1, (_p: Process, pid: Term) => {
  if (!(pid instanceof Pid)) badarg();
  return charlist(display(pid));
});

defineGuarded('erlang', 'ref_to_list', 1, (_p: Process, ref: Term) => {
  if (!(ref instanceof Ref)) badarg();
  return charlist(display(ref));
});

/** The characters of a proper list of integers below 256, else undefined. */
function latin1Text(t: Term): number[] | undefined {
  const out: number[] = [];
  while (t instanceof Cons) {
    const c = t.hd;
    if (typeof c !== 'number' || c < 0 || c > 255) return undefined;
    out.push(c);
    t = t.tl;
  }
  return t === NIL ? out : undefined;
}

const DOT = 0x2e;
const GT = 0x3e;
const MOD64 = 2n ** 64n;

/**
 * The numbers of `<prefix>N.N...N>` (at least one digit each, nothing after `>`), each modulo
 * 2^64, or undefined when the text is not of that form.
 */
function readNumbers(t: Term, prefix: string): bigint[] | undefined {
  const cs = latin1Text(t);
  if (cs === undefined || cs.length < prefix.length) return undefined;
  for (let i = 0; i < prefix.length; i++) if (cs[i] !== prefix.charCodeAt(i)) return undefined;
  const nums: bigint[] = [];
  let i = prefix.length;
  for (;;) {
    const start = i;
    let n = 0n;
    while (i < cs.length && cs[i] >= 0x30 && cs[i] <= 0x39) n = (n * 10n + BigInt(cs[i++] - 0x30)) % MOD64;
    if (i === start) return undefined;
    nums.push(n);
    if (cs[i] === DOT) i++;
    else if (cs[i] === GT && i === cs.length - 1) return nums;
    else return undefined;
  }
}

/** A local pid's number and serial fields: 15 and 13 bits wide in erts. */
const MAX_PID_NUMBER = 0x7fffn;
const MAX_PID_SERIAL = 0x1fffn;

defineGuarded('erlang', 'list_to_pid', 1, (_p: Process, text: Term) => {
  const n = readNumbers(text, '<');
  if (n === undefined || n.length !== 3 || n[0] !== 0n || n[1] > MAX_PID_NUMBER || n[2] > MAX_PID_SERIAL) badarg();
  return new Pid(LOCAL_NODE, Number(n[1]), Number(n[2]), 0);
});

/** A local reference's words: the first 18 bits wide, the other two 32. */
const MAX_REF_WORD0 = 0x3ffffn;
const MAX_REF_WORD = 0xffffffffn;

defineGuarded('erlang', 'list_to_ref', 1, (_p: Process, text: Term) => {
  const n = readNumbers(text, '#Ref<');
  // Printed most significant word first: #Ref<Channel.W2.W1.W0>.
  if (n === undefined || n.length !== 4 || n[0] !== 0n) badarg();
  const ids = [n[3], n[2], n[1]];
  if (ids[0] > MAX_REF_WORD0 || ids[1] > MAX_REF_WORD || ids[2] > MAX_REF_WORD) badarg();
  const words = ids.map(Number);
  // The low 16 bits of the second word are the id of the scheduler that made it: 0 (none) up to
  // the number of schedulers; erts refuses any other.
  if ((words[1] & 0xffff) > schedulerCount()) badarg();
  return lookupMagicRef(words) ?? new Ref(LOCAL_NODE, 0, words);
});
