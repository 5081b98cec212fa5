// erlang:system_flag(backtrace_depth, N): how many entries a stack trace keeps
// (default 8, at most 64, erts's MAX_BACKTRACE_SIZE). erts always keeps the first
// entry, the failing function or BIF, so a trace has max(1, depth) entries at most.

const MAX_BACKTRACE_SIZE = 64;
let depth = 8;

export function backtraceDepth(): number {
  return depth;
}

/** Set it as system_flag does; returns the old value. */
export function setBacktraceDepth(n: number): number {
  const old = depth;
  depth = Math.min(n, MAX_BACKTRACE_SIZE);
  return old;
}
