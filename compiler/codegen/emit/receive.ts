// Selective receive over the process's mailbox cursor. `wait` and
// `wait_timeout` suspend the process with a frame that resumes at the loop head
// when a message arrives; after a timeout, execution continues at the
// instruction following wait_timeout (the `timeout` instruction). Receive
// markers (runtime/process/mailbox.ts) let a receive on a fresh reference start
// its scan behind the messages that were queued before the reference was made.

import { FRAME_YS, RESUME_FN, resumeMarker, type Emitter } from '../function-gen.js';
import { label } from './operands.js';

export const receiveEmitters: Record<string, Emitter> = {
  send: (g) => g.out(`x0 = $rt.send(p, x0, x1);`),
  loop_rec: (g, ins) => {
    // The label before loop_rec is the receive's loop, where a waiting process is saved.
    if (g.lastLabel !== null) g.mod.resumeLines[g.lastLabel] = g.lineIndex;
    g.out(`if ((${g.dst(ins.args[1])} = p.mailbox.peek()) === undefined) ${g.jump(label(ins.args[0]))}`);
  },
  loop_rec_end: (g, ins) => {
    g.out(`p.mailbox.advance();`);
    g.out(g.jump(label(ins.args[0])));
  },
  recv_marker_reserve: (g, ins) => g.out(`${g.dst(ins.args[0])} = p.mailbox.reserveMarker();`),
  recv_marker_bind: (g, ins) => g.out(`p.mailbox.bindMarker(${g.src(ins.args[0])}, ${g.src(ins.args[1])});`),
  recv_marker_use: (g, ins) => g.out(`p.mailbox.useMarker(${g.src(ins.args[0])});`),
  recv_marker_clear: (g, ins) => g.out(`p.mailbox.clearMarker(${g.src(ins.args[0])});`),
  remove_message: (g) => g.out(`p.mailbox.remove();`),
  timeout: (g) => g.out(`p.mailbox.rewind(); p.timedOut = false;`),
  wait: (g, ins) => {
    g.resumable = true;
    g.out(`return p.wait(${RESUME_FN}, ${label(ins.args[0])}, ${FRAME_YS}, ${g.hasCatch});`);
  },
  wait_timeout: (g, ins) => {
    g.resumable = true;
    const loop = label(ins.args[0]);
    const r = g.resumeLabel();
    g.mod.resumeLines[r] = g.mod.resumeLines[loop] ?? g.lineIndex;
    g.out(`$t = ${g.src(ins.args[1])};`);
    g.out(`if ($t === ${g.mod.atomRef('infinity')}) return p.wait(${RESUME_FN}, ${loop}, ${FRAME_YS}, ${g.hasCatch});`);
    g.out(`if (!(typeof $t === 'number' && $t >= 0 && $t <= 4294967295)) throw $rt.errorAtom('timeout_value');`);
    g.out(`p.timedOut = true;`);
    g.out(`if ($t > 0) return $rt.waitTimeout(p, ${RESUME_FN}, ${r}, ${FRAME_YS}, ${g.hasCatch}, $t);`);
    g.out(resumeMarker(r));
    g.out(`if (!p.timedOut) ${g.jump(loop)}`);
  },
};
