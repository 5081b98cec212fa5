// `beamjs run [-pa DIR]... [+P N] MODULE [ARG]...`: what
// `erl -noshell -pa DIR... -eval 'MODULE:main(["ARG",...]), halt().'` does.
// Until OTP's own init boots here (the next stage), this file stands in for the
// part of init that runs the -eval expression and reports its crash.

import * as fs from 'node:fs';
import { startRuntime, sched } from '../runtime/index.js';
import { findOtpRoot } from '../runtime/code/otp-install.js';
import { otpLibDirs } from '../runtime/code/code-path.js';
import { exportEntry } from '../runtime/code/exports.js';
import { atom, NORMAL } from '../runtime/term/atom.js';
import { charlist, listFrom } from '../runtime/term/list.js';
import { display } from '../runtime/term/display.js';
import type { Term } from '../runtime/term/term.js';
import { initToString } from './init-report.js';
import { writeDisplayed, writeErr, exitAfterFlush } from './output.js';

export interface RunArgs {
  pa: string[];
  maxProcesses?: number;
  module: string;
  args: string[];
}

export function parseRunArgs(argv: string[]): RunArgs {
  const pa: string[] = [];
  let maxProcesses: number | undefined;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-pa') {
      i++;
      while (i < argv.length && !argv[i].startsWith('-') && !argv[i].startsWith('+')) {
        // erl's -pa takes every following non-flag word; we take one unless another -pa follows.
        pa.push(argv[i]);
        if (i + 1 < argv.length && (argv[i + 1] === '-pa' || argv[i + 1].startsWith('+'))) break;
        if (i + 1 < argv.length && !fs.existsSync(argv[i + 1])) break;
        i++;
      }
      continue;
    }
    if (a === '+P') {
      maxProcesses = Number(argv[++i]);
      continue;
    }
    break;
  }
  if (i >= argv.length) throw new Error('beamjs run: missing MODULE');
  return { pa, maxProcesses, module: argv[i], args: argv.slice(i + 1) };
}

export function run(r: RunArgs, fatal: (e: Error) => never): void {
  const root = findOtpRoot();
  const codePath = [...r.pa, '.', ...otpLibDirs(root)];
  startRuntime({ codePath, maxProcesses: r.maxProcesses, onFatal: fatal });
  const main = exportEntry(atom(r.module), atom('main'), 1);
  const argList = listFrom(r.args.map((a) => charlist(a)));
  const proc = sched.spawn((p: unknown, a: Term) => main.fn(p, a), [argList], {
    initialCall: [atom('erl_eval'), atom('do_apply'), 7],
  });
  // erts's -eval process traps exits (it is init's boot process).
  proc.trapExit = true;
  sched.onExit = (p) => {
    if (p !== proc) return;
    const reason = p.exitReason!;
    if (reason === NORMAL) {
      exitAfterFlush(0);
      return;
    }
    writeDisplayed(display([charlist('init terminating in do_boot'), reason]));
    // erts writes the halt slogan with CR LF line ends, newlines inside it included.
    writeErr(`init terminating in do_boot (${initToString(reason)})\n`.replace(/\n/g, '\r\n'));
    exitAfterFlush(1);
  };
}
