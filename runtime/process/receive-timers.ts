// The timeouts of `receive ... after T`: one queue ordered by deadline, under one Node
// timer set for the earliest. Most such timeouts never fire (gen_server:call waits
// 5 s for a reply that comes at once), and a Node timer per receive, armed and then
// cleared, cost more than the message passing itself. Cancelling is O(1): the
// process's timer number changes and the entry is dropped when it surfaces.
//
// A deadline is never met early: Node's timers count from its cached loop time,
// which lags while a burst of slices runs, so expiry is checked against the clock.

import type { Process } from './process.js';

interface Entry {
  at: number;
  p: Process;
  /** The process's timerSeq when armed: the entry is dead once that changes. */
  seq: number;
}

/** Called for a process whose receive timed out (it is still waiting). */
export type Expire = (p: Process) => void;

export class ReceiveTimers {
  private readonly heap: Entry[] = [];
  private nextSeq = 1;
  private live = 0;
  private armedAt = Infinity;
  private node: ReturnType<typeof setTimeout> | null = null;
  private readonly expire: Expire;

  constructor(expire: Expire) {
    this.expire = expire;
  }

  /** Time out p's receive in `ms` milliseconds unless cancelled first. */
  arm(p: Process, ms: number): void {
    if (p.timerSeq !== 0) this.cancel(p);
    const seq = this.nextSeq++;
    p.timerSeq = seq;
    this.live++;
    this.push({ at: performance.now() + ms, p, seq });
    if (this.heap.length > 2 * this.live + 1024) this.compact();
    this.schedule();
  }

  /** p's receive ended (a message came, or the process died): its timeout must not fire. */
  cancel(p: Process): void {
    if (p.timerSeq === 0) return;
    p.timerSeq = 0;
    this.live--;
  }

  private schedule(): void {
    while (this.heap.length > 0 && this.heap[0].seq !== this.heap[0].p.timerSeq) this.pop();
    if (this.heap.length === 0) {
      if (this.node !== null) clearTimeout(this.node);
      this.node = null;
      this.armedAt = Infinity;
      return;
    }
    const at = this.heap[0].at;
    if (this.node !== null && this.armedAt <= at) return;
    if (this.node !== null) clearTimeout(this.node);
    this.armedAt = at;
    this.node = setTimeout(() => this.fire(), Math.max(0, Math.ceil(at - performance.now())));
  }

  private fire(): void {
    this.node = null;
    this.armedAt = Infinity;
    const now = performance.now();
    while (this.heap.length > 0 && this.heap[0].at <= now) {
      const e = this.pop();
      if (e.seq !== e.p.timerSeq) continue;
      e.p.timerSeq = 0;
      this.live--;
      this.expire(e.p);
    }
    this.schedule();
  }

  /** Drop dead entries when they outnumber the live ones (timeouts mostly get cancelled). */
  private compact(): void {
    const keep = this.heap.filter((e) => e.seq === e.p.timerSeq);
    this.heap.length = 0;
    for (const e of keep) this.push(e);
  }

  private push(e: Entry): void {
    const h = this.heap;
    let i = h.length;
    h.push(e);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent].at <= e.at) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = e;
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && h[r].at < h[l].at ? r : l;
        if (h[c].at >= last.at) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
