// A process's message queue with the BEAM's selective-receive cursor. A singly
// linked list so that removing the message under the cursor is O(1) wherever it is
// (erts keeps the same save pointer; `receive` scans from it, not from the front).
//
// Receive markers (OTP 24+; recv_marker_reserve/bind/use/clear) let a receive that
// matches on a fresh reference skip every message older than the reference: the
// compiler reserves a marker at the end of the queue just before make_ref/monitor,
// binds it to the new reference, and `use` starts the scan after the marker. erts
// inserts markers into its queue as signals; here a marker points at the node that
// was last when it was reserved, and moves to the node before it if that node is
// received. As on erts, a process holds at most RECV_MARKER_MAX markers (the oldest
// is dropped to make room: code that reserves and never clears, e.g. after an
// exception, cannot grow the set), and a lost marker only means a longer scan.

import type { Term } from '../term/term.js';
import { atom } from '../term/atom.js';
import { NIL } from '../term/list.js';
import { Ref, LOCAL_NODE } from '../term/identifiers.js';

const UNDEFINED = atom('undefined');

/** erts's ERTS_RECV_MARKER_BLOCK_SIZE. */
const RECV_MARKER_MAX = 8;

class MsgNode {
  msg: Term;
  /** The sender's sequential trace token ([] for none): the receiver takes it on (seq-trace.ts). */
  token: Term;
  next: MsgNode | null = null;
  /** How many receive markers point at this node (the scan of a marked receive starts after it). */
  marks = 0;
  constructor(msg: Term, token: Term) {
    this.msg = msg;
    this.token = token;
  }
}

/** What a process does with the sequential trace token of a message it receives (set by seq-trace.ts). */
export type ReceiveTokenHook = (owner: object, token: Term, msg: Term) => void;
let receiveToken: ReceiveTokenHook | null = null;
export function setReceiveTokenHook(f: ReceiveTokenHook): void {
  receiveToken = f;
}

class RecvMarker {
  /** The value recv_marker_reserve returned, until recv_marker_bind replaces it by the reference. */
  readonly id: number;
  /** The reference the marker is bound to (null until bound). */
  ref: Ref | null = null;
  /** Every message after this node arrived after the marker was reserved. */
  node: MsgNode;
  constructor(id: number, node: MsgNode) {
    this.id = id;
    this.node = node;
  }
}

export class Mailbox {
  /** Sentinel: `head.next` is the oldest message. */
  private readonly head = new MsgNode(0, NIL);
  /** The process whose queue this is (its sequential trace token follows what it receives). */
  owner: { seqToken: Term } | null = null;
  private tail: MsgNode = this.head;
  /** The node before the message `receive` is looking at (erts's save pointer). */
  private cursor: MsgNode = this.head;
  length = 0;
  /** Live receive markers, oldest first (at most RECV_MARKER_MAX). */
  private readonly markers: RecvMarker[] = [];
  private nextMarkerId = 0;

  push(msg: Term, token: Term = NIL): void {
    const n = new MsgNode(msg, token);
    this.tail.next = n;
    this.tail = n;
    this.length++;
  }
  /** The message under the cursor, or undefined when the scan reached the end (loop_rec). */
  peek(): Term | undefined {
    const n = this.cursor.next;
    return n === null ? undefined : n.msg;
  }
  /** Skip the message under the cursor (loop_rec_end). */
  advance(): void {
    this.cursor = this.cursor.next!;
  }
  /** Take out the message under the cursor and rewind the cursor (remove_message). */
  remove(): void {
    const prev = this.cursor;
    const n = prev.next!;
    prev.next = n.next;
    if (this.tail === n) this.tail = prev;
    if (n.marks > 0) this.moveMarks(n, prev);
    this.length--;
    this.cursor = this.head;
    const owner = this.owner;
    if (owner !== null && (n.token !== NIL || owner.seqToken !== NIL) && receiveToken !== null) receiveToken(owner, n.token, n.msg);
  }
  /** Rewind the cursor to the oldest message (timeout; after a receive). */
  rewind(): void {
    this.cursor = this.head;
  }
  toArray(): Term[] {
    const out: Term[] = [];
    for (let n = this.head.next; n !== null; n = n.next) out.push(n.msg);
    return out;
  }

  // --- receive markers (called by generated code) ----------------------------

  /** recv_marker_reserve: a marker at the current end of the queue; erts makes none ('undefined') when the queue is empty. */
  reserveMarker(): Term {
    if (this.length === 0) return UNDEFINED;
    if (this.markers.length === RECV_MARKER_MAX) this.markers.shift()!.node.marks--;
    const m = new RecvMarker(++this.nextMarkerId, this.tail);
    this.tail.marks++;
    this.markers.push(m);
    return m.id;
  }
  /** recv_marker_bind: the reserved marker now answers to `ref`; any other term than a local reference drops it. */
  bindMarker(id: Term, ref: Term): void {
    if (typeof id !== 'number') return;
    const i = this.markers.findIndex((m) => m.ref === null && m.id === id);
    if (i < 0) return;
    if (ref instanceof Ref && ref.node === LOCAL_NODE) this.markers[i].ref = ref;
    else this.dropMarker(i);
  }
  /** recv_marker_use: the next loop_rec starts after the marker bound to `ref`, if it still exists. */
  useMarker(ref: Term): void {
    const i = this.findMarker(ref);
    if (i >= 0) this.cursor = this.markers[i].node;
  }
  /** recv_marker_clear: drop the marker bound to `ref` (or still answering to its reserve id). */
  clearMarker(ref: Term): void {
    const i = typeof ref === 'number' ? this.markers.findIndex((m) => m.ref === null && m.id === ref) : this.findMarker(ref);
    if (i >= 0) this.dropMarker(i);
  }

  private findMarker(ref: Term): number {
    const ms = this.markers;
    // The same reference object is bound and used (the compiler keeps it in a y register).
    for (let i = ms.length - 1; i >= 0; i--) if (ms[i].ref === ref) return i;
    return -1;
  }
  private dropMarker(i: number): void {
    this.markers[i].node.marks--;
    this.markers.splice(i, 1);
  }
  /** Node `from` left the queue: its markers now point at the node before it. */
  private moveMarks(from: MsgNode, to: MsgNode): void {
    for (const m of this.markers) {
      if (m.node === from) {
        m.node = to;
        to.marks++;
      }
    }
    from.marks = 0;
  }
}
