// Starting a program the way erts does: the first process runs OTP's own
// erl_init:start(init, Args) with the arguments erlexec would pass for an erl
// command line (cli/run.ts builds it), so init, the kernel application, the
// group leader and the do_boot crash report are OTP's.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { sched } from '../runtime/index.js';
import { exportEntry } from '../runtime/code/exports.js';
import { atom } from '../runtime/term/atom.js';
import { listFrom } from '../runtime/term/list.js';
import { binaryFromString } from '../runtime/term/bitstring.js';
import type { Term } from '../runtime/term/term.js';
import { display } from '../runtime/term/display.js';
import { addExitHook } from '../runtime/process/exit-hooks.js';
import { reportCrash } from '../runtime/process/crash-log.js';
import { runInProcess } from '../runtime/ports/spawn-driver.js';
import { openInetGethostPort } from '../runtime/ports/inet-gethost.js';
import { systemLoggerTarget } from '../runtime/bifs/erlang/misc.js';

export interface BootArgs {
  root: string;
  /** The arguments given to erl (-noshell, -pa DIR..., -eval EXPR, -extra ...). */
  erlArgs: string[];
}

/** The argument vector erlexec hands to erl_init:start/2 for `erl ERLARGS`, as binaries. */
export function bootArgv(b: BootArgs): Term {
  const argv = ['-root', b.root, '-bindir', binDir(b.root), '-progname', 'erl', '--', '-home', process.env.HOME ?? '/', '--', ...b.erlArgs];
  return listFrom(argv.map((a) => binaryFromString(a)));
}

function binDir(root: string): string {
  return path.join(root, 'erts-' + ertsVersion(root), 'bin');
}

function ertsVersion(root: string): string {
  // erts-X.Y.Z under lib/ is what the installation has; erlexec's bindir names the same version.
  const d = fs.readdirSync(path.join(root, 'lib')).find((n: string) => n.startsWith('erts-'));
  return d !== undefined ? d.slice('erts-'.length) : '';
}

/**
 * Spawn the first process, erl_init:start(init, Argv), and erts's other system processes, as
 * erts does. init is a system process:
 * if it ever ends (rather than halting the runtime itself), erts reports it and exits 1.
 */
export function boot(b: BootArgs): void {
  runInProcess(path.join(binDir(b.root), 'inet_gethost'), openInetGethostPort);
  const start = exportEntry(atom('erl_init'), atom('start'), 2);
  const init = sched.spawn((p: unknown, m: Term, a: Term) => start.fn(p, m, a), [atom('init'), bootArgv(b)], {
    initialCall: [atom('erl_init'), atom('start'), 2],
  });
  // The system processes erts starts beside init, in erts's order, so that pids match too.
  const system = ['erts_code_purger', 'erts_literal_area_collector', ...Array(3).fill('erts_dirty_process_signal_handler')];
  for (const m of system) {
    const entry = exportEntry(atom(m), atom('start'), 0);
    sched.spawn((p: unknown) => entry.fn(p), [], { initialCall: [atom(m), atom('start'), 0] });
  }
  // Processes that die of an error are reported to the system logger, as erts reports them.
  sched.onCrash = (p, _exc, reason) => reportCrash(p, reason, systemLoggerTarget());
  addExitHook((p) => {
    if (p !== init) return;
    const line = `System process ${display(p.pid)} terminated: ${display(p.exitReason!)}\r\n`;
    fs.writeSync(2, Buffer.from(line, 'latin1'));
    process.exit(1);
  });
}
