// Lays out a translated function's body (function-gen.ts) as JS. A function that
// can suspend becomes two JS functions: `<name>(p, x0, .., x(A-1))` for calls, and
// `<name>$r(p, frame)`, which a saved frame resumes in: it restores the y registers
// and x0 and dispatches on the frame's label, and holds only the code reachable
// from its resume points. The function for calls is laid out one of two ways:
//
// - Structured, for functions whose jumps all go forward or back to the entry
//   (most Erlang functions: clause selection is a tree, a self tail call is a
//   loop). Each forward jump target closes a labelled block, `bN: { ... }`, and a
//   jump is `break bN;`; a jump to the entry is `continue $entry;`. This is the
//   code V8 optimises best: no dispatch on a label variable.
//
// - Dispatch, for the rest (receive loops, try/catch): a loop over `switch (L)`,
//   where a jump is `{ L = N; continue; }`, as the resume function is laid out:
//
//   function f_name_A$r(p, $r) {
//     let <registers>, L;
//     { <restore label, y registers and x0 from the saved frame> }
//     for (;;) { [try {] switch (L) { case <label>: ... } [} catch ($e) { <find catch tag in y> }] }
//   }

import type { FnGen } from './function-gen.js';

/** A function's JS text, the Line-chunk index of each of its lines, and its call sites. */
export interface RenderedFunction {
  text: string;
  lineIndexes: number[];
  /** Line (0-based, within `text`) of each call that has a resume point -> that resume label. */
  callLines: Map<number, number>;
  /** The name of the function saved frames resume in (the function itself in the dispatch layout). */
  resumeName: string;
}

const MARKER = /\u0001([LRJF])(\d*)\u0002/g;
const LABEL_ONLY = /^\u0001L(\d+)\u0002$/;
const RESUME_ONLY = /^\u0001R(\d+)\u0002$/;
const JUMP_ONLY = /^\u0001J(\d+)\u0002$/;

type Item = [string, number];

/** The deepest nesting of labelled blocks the structured layout makes. */
const MAX_NESTING = 200;

function jumpsIn(stmt: string): number[] {
  const out: number[] = [];
  for (const m of stmt.matchAll(MARKER)) if (m[1] === 'J') out.push(Number(m[2]));
  return out;
}

/** Collects output lines with their Line-chunk indexes and the lines of calls. */
class Lines {
  readonly text: string[] = [];
  readonly idx: number[] = [];
  readonly callLines = new Map<number, number>();
  private lastStatement = -1;
  push(s: string, li = 0): void {
    this.text.push(s);
    this.idx.push(li);
  }
  statement(s: string, li: number): void {
    this.lastStatement = this.text.length;
    this.push(s, li);
  }
  /** A resume point: the statement just written is the call it follows. */
  resumePoint(label: number): void {
    if (this.lastStatement >= 0) this.callLines.set(this.lastStatement, label);
  }
}

export function renderFunction(g: FnGen): RenderedFunction[] {
  // Nothing in a function that cannot suspend needs resuming: it has no resume function.
  const resumeName = g.resumable ? `${g.jsName}$r` : g.jsName;
  // A function with handlers is laid out structured only if it has a resume function to hand
  // its exceptions to (handlers are entered by label, which the structured layout cannot jump to).
  const structured = !g.hasCatch || g.resumable ? structuredLayout(g, resumeName) : null;
  const forCalls = structured ?? dispatchFunction(g, g.jsName, g.body, resumeName, true);
  if (!g.resumable) return [forCalls];
  // A catch handler is entered from the JS catch block, by the label in its catch tag, which no
  // jump names: a function with handlers keeps all its code in the resume function.
  const resumeBody = g.hasCatch ? g.body : reachableFromResumes(g.body);
  return [forCalls, dispatchFunction(g, resumeName, resumeBody, resumeName, false)];
}

/** Registers as `let` declarations: x beyond the parameters, y, float registers. */
function registerDecls(g: FnGen, firstX: number): string[] {
  // x0 carries return values even in a function of arity 0; a catch handler writes x0..x2.
  const maxX = Math.max(g.maxX, 0, g.hasCatch ? 2 : 0);
  const lets: string[] = [];
  for (let i = firstX; i <= maxX; i++) lets.push(`x${i}`);
  for (let i = 0; i <= g.maxY; i++) lets.push(`y${i}`);
  for (let i = 0; i <= g.maxF; i++) lets.push(`f${i} = 0`);
  lets.push('$t');
  return lets;
}

function yRegs(g: FnGen): string[] {
  const ys: string[] = [];
  for (let i = 0; i <= g.maxY; i++) ys.push(`y${i}`);
  return ys;
}

/** A statement with its placeholders filled in; jumps rendered by `jump`. */
function fill(g: FnGen, stmt: string, resumeName: string, jump: (label: number) => string): string {
  const ys = yRegs(g);
  if (stmt === '$CLEARYS') return ys.length > 0 ? `${ys.join(' = ')} = undefined;` : '';
  return stmt
    .replace(/\$YS/g, `[${ys.join(', ')}]`)
    .replace(/\$SAVE/g, g.hasCatch ? 'saveC' : 'save')
    .replace(MARKER, (_m, kind: string, n: string) => {
      if (kind === 'J') return jump(Number(n));
      if (kind === 'F') return resumeName;
      return '';
    });
}

/** A labelled block or loop of the structured layout, over items [s, e). */
interface Region {
  /** The label it is named after (bN for a block, lN for a loop). */
  t: number;
  s: number;
  e: number;
  loop: boolean;
}

/**
 * The structured layout, or null when the jumps do not nest. The function_clause block that
 * precedes the entry is moved to the end, so that every jump to it is a forward one. A forward
 * jump to label N breaks out of a block `bN: { ... }` that closes just before N; a jump back to
 * the entry is `continue $entry;`; a jump back to another label N (a receive's loop) continues a
 * loop `lN: for (;;) { ... }` that opens at N and closes after the last jump back to it.
 */
function structuredLayout(g: FnGen, resumeName: string): RenderedFunction | null {
  const { fn } = g;
  let items: Item[] = g.body;
  const entryAt = items.findIndex(([s]) => s === `\u0001L${fn.entry}\u0002`);
  if (entryAt < 0) return null;
  items = [...items.slice(entryAt), ...items.slice(0, entryAt)];

  const labelAt = new Map<number, number>();
  items.forEach(([s], i) => {
    const m = LABEL_ONLY.exec(s);
    if (m !== null) labelAt.set(Number(m[1]), i);
  });
  // For each forward target, the first statement that jumps to it: its block must open there.
  // For each backward target, the last statement that jumps to it: its loop must close after it.
  const firstJump = new Map<number, number>();
  const lastJumpBack = new Map<number, number>();
  let loops = false;
  for (let i = 0; i < items.length; i++) {
    for (const t of jumpsIn(items[i][0])) {
      if (t === fn.entry) {
        loops = true;
        continue;
      }
      const at = labelAt.get(t);
      if (at === undefined) return null;
      if (at <= i) lastJumpBack.set(t, i);
      else if (!firstJump.has(t)) firstJump.set(t, i);
    }
  }
  const loopRegions: Region[] = [...lastJumpBack.entries()].map(([t, last]) => ({ t, s: labelAt.get(t)!, e: last + 1, loop: true }));
  // Blocks must nest, with each other and with the loops. Taking targets in label order, a block
  // whose start falls strictly inside a region already placed (which ends earlier) starts where
  // the outermost such region starts; a block leaving a loop starts before the loop.
  const blocks = [...firstJump.entries()]
    .map(([t, s]) => ({ t, s, e: labelAt.get(t)!, loop: false }))
    .sort((a, b) => a.e - b.e);
  const placed: Region[] = [];
  for (const b of blocks) {
    let s = b.s;
    for (;;) {
      let moved = false;
      for (const q of placed) if (q.s < s && s < q.e && q.e <= b.e) s = q.s;
      for (const q of loopRegions) {
        if (q.s < s && s < q.e && q.e <= b.e) {
          s = q.s;
          moved = true;
        }
      }
      // Moved out of a loop, the start may now fall inside another block: look again.
      if (!moved) break;
    }
    placed.push({ ...b, s });
  }
  const regions = [...placed, ...loopRegions];
  // Every two regions are disjoint or one holds the other: checked on a stack of open regions.
  const byStart = [...regions].sort((a, b) => a.s - b.s || b.e - a.e);
  const openRegions: Region[] = [];
  for (const r of byStart) {
    while (openRegions.length > 0 && openRegions[openRegions.length - 1].e <= r.s) openRegions.pop();
    if (openRegions.length > 0 && r.e > openRegions[openRegions.length - 1].e) return null;
    openRegions.push(r);
  }
  const opensAt = new Map<number, Region[]>();
  const closesAfter = new Map<number, Region[]>();
  for (const r of regions) {
    if (!opensAt.has(r.s)) opensAt.set(r.s, []);
    opensAt.get(r.s)!.push(r);
    if (!closesAfter.has(r.e - 1)) closesAfter.set(r.e - 1, []);
    closesAfter.get(r.e - 1)!.push(r);
  }
  // Outermost first when opening (a block before a loop of the same extent), innermost first when closing.
  const outerFirst = (a: Region, b: Region) => b.e - a.e || Number(a.loop) - Number(b.loop);
  for (const list of opensAt.values()) list.sort(outerFirst);
  for (const list of closesAfter.values()) list.sort((a, b) => -outerFirst(a, b) || b.s - a.s);
  // Parsers recurse on nesting (acorn overflows its stack at a few thousand levels, and big
  // selects such as unicode_util's reach that): beyond MAX_NESTING, dispatch instead.
  let open = 0;
  for (let i = 0; i < items.length; i++) {
    open += opensAt.get(i)?.length ?? 0;
    if (open > MAX_NESTING) return null;
    open -= closesAfter.get(i)?.length ?? 0;
  }

  let at = 0;
  const jump = (t: number) => {
    if (t === fn.entry) return 'continue $entry;';
    return labelAt.get(t)! <= at ? `continue l${t};` : `break b${t};`;
  };
  const out = new Lines();
  const params = ['p'];
  for (let i = 0; i < fn.arity; i++) params.push(`x${i}`);
  out.push(`function ${g.jsName}(${params.join(', ')}) {`);
  out.push(`  if (--p.reds < 0) return p.preempt(${g.jsName}, [${params.slice(1).join(', ')}]);`);
  out.push(`  let ${registerDecls(g, fn.arity).join(', ')};`);
  let depth = 1;
  if (g.hasCatch) out.push(`${'  '.repeat(depth++)}try {`);
  if (loops) out.push(`${'  '.repeat(depth++)}$entry: for (;;) {`);
  const pad = () => '  '.repeat(depth);
  let last = '';
  items.forEach(([stmt, li], i) => {
    at = i;
    for (const r of opensAt.get(i) ?? []) {
      out.push(r.loop ? `${pad()}l${r.t}: for (;;) {` : `${pad()}b${r.t}: {`, li);
      depth++;
    }
    const resume = RESUME_ONLY.exec(stmt);
    if (resume !== null) out.resumePoint(Number(resume[1]));
    else if (!LABEL_ONLY.test(stmt)) {
      const text = fill(g, stmt, resumeName, jump);
      if (text !== '') {
        out.statement(`${pad()}${text}`, li);
        last = text;
      }
    }
    for (const r of closesAfter.get(i) ?? []) {
      // Falling off the end of a loop's body goes on after the loop, not round it again.
      if (r.loop && !/^(return |throw |continue [$\w]+;$)/.test(last)) out.push(`${pad()}break l${r.t};`, li);
      depth--;
      out.push(`${pad()}}`, li);
      last = '';
    }
  });
  // Every BEAM block ends in a return, a throw or a jump: falling off the end is a translator bug.
  out.push(`${pad()}throw $rt.badLabel(${JSON.stringify(g.jsName)}, -2);`);
  if (loops) out.push(`${'  '.repeat(--depth)}}`);
  if (g.hasCatch) {
    // An exception with a catch tag in a y register goes on in the resume function, which has the
    // handlers: resumed with the exception pending, it re-throws it into them (see dispatchFunction).
    const ys = yRegs(g);
    out.push(`  } catch ($e) {`);
    out.push(`    if (!(${ys.map((y) => `${y} instanceof CatchTag`).join(' || ')})) throw $e;`);
    out.push(`    p.rexc = $rt.toErlangException($e);`);
    out.push(`    return ${resumeName}(p, { label: -1, ys: [${ys.join(', ')}] });`);
    out.push(`  }`);
  }
  out.push(`}`);
  return { text: out.text.join('\n'), lineIndexes: out.idx, callLines: out.callLines, resumeName };
}

/**
 * The body of a resume function: the blocks (runs between labels) reachable from a resume point or
 * from a label a waiting frame resumes at, following jumps and falling through where a block does
 * not end in a return, throw or jump.
 */
function reachableFromResumes(body: Item[]): Item[] {
  // Blocks start at the top and at every label or resume point.
  const starts: number[] = [0];
  const blockOfLabel = new Map<string, number>();
  body.forEach(([s], i) => {
    if (!LABEL_ONLY.test(s) && !RESUME_ONLY.test(s)) return;
    if (i > 0) starts.push(i);
    blockOfLabel.set(s, starts.length - 1);
  });
  const ends = starts.map((_, k) => (k + 1 < starts.length ? starts[k + 1] : body.length));
  const roots: number[] = [];
  for (const [s] of body) {
    for (const m of s.matchAll(/\u0001F\u0002, (\d+)/g)) {
      const n = m[1];
      const k = blockOfLabel.get(`\u0001R${n}\u0002`) ?? blockOfLabel.get(`\u0001L${n}\u0002`);
      if (k !== undefined) roots.push(k);
    }
  }
  const seen = new Set<number>();
  const work = [...roots];
  while (work.length > 0) {
    const k = work.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    let last = '';
    for (let i = starts[k]; i < ends[k]; i++) {
      const s = body[i][0];
      for (const t of jumpsIn(s)) {
        const b = blockOfLabel.get(`\u0001L${t}\u0002`);
        if (b !== undefined) work.push(b);
      }
      if (!LABEL_ONLY.test(s) && !RESUME_ONLY.test(s)) last = s;
    }
    const leaves = /^(return |throw )/.test(last) || JUMP_ONLY.test(last);
    if (!leaves && k + 1 < starts.length) work.push(k + 1);
  }
  const out: Item[] = [];
  for (let k = 0; k < starts.length; k++) if (seen.has(k)) out.push(...body.slice(starts[k], ends[k]));
  return out;
}

/**
 * The dispatch layout: for calls (`fresh`), taking the BEAM arguments; or as the resume function,
 * taking the saved frame.
 */
function dispatchFunction(g: FnGen, name: string, items: Item[], resumeName: string, fresh: boolean): RenderedFunction {
  const { fn } = g;
  const params = ['p'];
  if (fresh) for (let i = 0; i < fn.arity; i++) params.push(`x${i}`);
  else params.push('$r');
  const lets = registerDecls(g, fresh ? fn.arity : 0);
  lets.push(fresh ? `L = ${fn.entry}` : 'L');
  const ys = yRegs(g);
  const jump = (t: number) => `{ L = ${t}; continue; }`;

  const out = new Lines();
  out.push(`function ${name}(${params.join(', ')}) {`);
  if (fresh) out.push(`  if (--p.reds < 0) return p.preempt(${name}, [${params.slice(1).join(', ')}]);`);
  out.push(`  let ${lets.join(', ')};`);
  if (!fresh) {
    // A frame resumed with an exception pending (p.rexc) re-throws it into its handlers.
    out.push(`  L = p.rexc !== null ? -1 : $r.label;`);
    if (g.maxY >= 0) {
      out.push(`  const $y = $r.ys;`);
      out.push(`  ${ys.map((y, i) => `${y} = $y[${i}];`).join(' ')}`);
    }
    out.push(`  x0 = p.rv;`);
  }
  out.push(`  for (;;) {`);
  if (g.hasCatch) out.push(`  try {`);
  out.push(`  switch (L) {`);
  if (g.hasCatch && !fresh) out.push(`  case -1: $t = p.rexc; p.rexc = null; throw $t;`);
  for (const [stmt, li] of items) {
    const label = LABEL_ONLY.exec(stmt) ?? RESUME_ONLY.exec(stmt);
    if (label !== null) {
      if (RESUME_ONLY.test(stmt)) out.resumePoint(Number(label[1]));
      out.push(`  case ${label[1]}:`, li);
      continue;
    }
    const text = fill(g, stmt, resumeName, jump);
    if (text !== '') out.statement(`    ${text}`, li);
  }
  out.push(`  default: throw $rt.badLabel(${JSON.stringify(name)}, L);`);
  out.push(`  }`);
  if (g.hasCatch) {
    // erts looks for the nearest catch tag on the stack: within one frame, from y0 upwards.
    out.push(`  } catch ($e) {`);
    out.push(`    $e = $rt.toErlangException($e);`);
    const tests = ys.map((y) => `${y} instanceof CatchTag ? ${y}`).join(' : ');
    out.push(`    $t = ${tests} : null;`);
    out.push(`    if ($t === null) throw $e;`);
    out.push(`    L = $t.label;`);
    out.push(`    if ($t.isTry) { x0 = $e.cls; x1 = $e.reason; x2 = $e; } else x0 = $rt.catchValue($e);`);
    out.push(`  }`);
  }
  out.push(`  }`);
  out.push(`}`);
  return { text: out.text.join('\n'), lineIndexes: out.idx, callLines: out.callLines, resumeName };
}
