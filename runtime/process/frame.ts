// A saved activation of a generated function, kept on the process's heap stack
// while the process is suspended. This is the BEAM's own frame: a continuation
// label plus the y registers (x registers are dead across calls, and x0 comes
// back as the resumed value).

import type { Term } from '../term/term.js';

/** Returned (never thrown) by generated code when the process must stop running. */
export const SUSPEND: unknown = Object.freeze({ beamjsSuspend: true });

export class Frame {
  /** The generated function: (p, x0..x(A-1), resume?) => Term. */
  readonly fn: Function;
  /** Label to resume at; for a call frame, unused. */
  readonly label: number;
  /** The y registers to restore (null for a call frame). */
  readonly ys: Term[] | null;
  /** Arguments of a call that has not started yet (set for a call frame only). */
  readonly args: Term[] | null;
  /** Whether the function has try/catch handlers, so an exception must be offered to it. */
  readonly catches: boolean;
  constructor(fn: Function, label: number, ys: Term[] | null, args: Term[] | null, catches: boolean) {
    this.fn = fn;
    this.label = label;
    this.ys = ys;
    this.args = args;
    this.catches = catches;
  }
}

/** The label a frame is resumed at to re-throw the pending exception into its handlers. */
export const RETHROW_LABEL = -1;
