// A process's message queue with the BEAM's selective-receive cursor. A singly
// linked list so that removing the message under the cursor is O(1) wherever it is
// (erts keeps the same save pointer; `receive` scans from it, not from the front).

import type { Term } from '../term/term.js';

class MsgNode {
  msg: Term;
  next: MsgNode | null = null;
  constructor(msg: Term) {
    this.msg = msg;
  }
}

export class Mailbox {
  /** Sentinel: `head.next` is the oldest message. */
  private readonly head = new MsgNode(0);
  private tail: MsgNode = this.head;
  /** The node before the message `receive` is looking at (erts's save pointer). */
  private cursor: MsgNode = this.head;
  length = 0;

  push(msg: Term): void {
    const n = new MsgNode(msg);
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
    const n = this.cursor.next!;
    this.cursor.next = n.next;
    if (this.tail === n) this.tail = this.cursor;
    this.length--;
    this.cursor = this.head;
  }
  /** Rewind the cursor to the oldest message (timeout; after a receive). */
  rewind(): void {
    this.cursor = this.head;
  }
  /** Whether the scan has looked at every message (a new one would be after the cursor). */
  toArray(): Term[] {
    const out: Term[] = [];
    for (let n = this.head.next; n !== null; n = n.next) out.push(n.msg);
    return out;
  }
}
