// The erlang BIFs of processes, the process dictionary, timers and the system
// (runtime/bifs/erlang/processes.ts, process-info.ts, dictionary.ts, timers.ts, system.ts), called
// directly. The process dictionary's order and the fixed system_info answers are compared with
// erts (one `erl` run for the file); the signal BIFs run on processes of the real scheduler. The
// whole-program behaviour (links, exits, monitors, timers, gen_server...) is checked against erts
// by the differential programs in test/erl/processes/.

import { beforeAll, describe, expect, it } from 'vitest';
import '../runtime/bifs/erlang/processes.js';
import '../runtime/bifs/erlang/dictionary.js';
import '../runtime/bifs/erlang/timers.js';
import '../runtime/bifs/erlang/system.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { ErlangException } from '../runtime/errors.js';
import { atom, TRUE, FALSE, UNDEFINED } from '../runtime/term/atom.js';
import { NIL, listFrom } from '../runtime/term/list.js';
import { Ref } from '../runtime/term/identifiers.js';
import { formatTermW } from '../runtime/term/display.js';
import type { Term } from '../runtime/term/term.js';
import { Process, Status } from '../runtime/process/process.js';
import type { Frame } from '../runtime/process/frame.js';
import { SUSPEND } from '../runtime/process/frame.js';
import { sched } from '../runtime/process/scheduler.js';
import { systemHooks } from '../runtime/bifs/erlang/system.js';
import { ertsEval } from './support/erts-eval.js';
import { parseTerm } from './support/term-text.js';

const bif = (p: Process, name: string, ...args: Term[]): Term => {
  const f = lookupBif('erlang', name, args.length);
  if (f === undefined) throw new Error(`no BIF erlang:${name}/${args.length}`);
  return f(p, ...args);
};

/** The class:reason a call raises, or 'ok' */
function raised(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!(e instanceof ErlangException)) throw e;
    return `${e.cls.name}:${formatTermW(e.reason)}`;
  }
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A process that waits for messages forever (its mailbox is read by the test). */
function idleResume(p: Process, _frame: Frame): unknown {
  return p.wait(idleResume, 0, [], false);
}
function idle(): Process {
  return sched.spawn((p: Process) => p.wait(idleResume, 0, [], false), [], { initialCall: [atom('test'), atom('idle'), 0] });
}
const messages = (p: Process): string[] => p.mailbox.toArray().map((m) => formatTermW(m));

// --- the process dictionary against erts -------------------------------------------------------

/** A deterministic stream of pseudo-random numbers. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

const KEY_TEXTS = (r: number): string => {
  switch (r % 7) {
    case 0:
      return String(r % 97);
    case 1:
      return String(-(r % 89) * 7919);
    case 2:
      return `{${r % 31}}`;
    case 3:
      return `${r % 13}.5`;
    case 4:
      return `${r % 17} bsl 40`;
    case 5:
      return `"k${r % 19}"`;
    default:
      return `${r % 11} bsl 70`;
  }
};

interface DictScenario {
  ops: Array<['put' | 'erase', string, number]>;
}

function scenario(seed: number, n: number): DictScenario {
  const next = lcg(seed);
  const ops: DictScenario['ops'] = [];
  for (let i = 0; i < n; i++) {
    const r = next();
    ops.push([(r >> 8) % 4 === 3 ? 'erase' : 'put', KEY_TEXTS(r >> 3), i]);
  }
  return { ops };
}

/** Erlang text of a key as a term (`X bsl N` evaluated here). */
function keyTerm(text: string): Term {
  const m = /^(\d+) bsl (\d+)$/.exec(text);
  if (m !== null) {
    const v = BigInt(m[1]) << BigInt(m[2]);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  return parseTerm(text);
}

describe('process dictionary', () => {
  const scenarios = [1, 2, 3, 4, 5, 6].map((s) => scenario(s * 7919, 40 + s * 60));
  let expected: string[] = [];
  beforeAll(() => {
    expected = ertsEval(
      scenarios.map((s) => {
        const body = s.ops.map(([op, k, v]) => (op === 'put' ? `put(${k}, ${v})` : `erase(${k})`)).join(', ');
        return `Self = self(), spawn(fun() -> ${body}, Self ! {d, get(), get_keys(), get_keys(${s.ops.length - 1})} end), receive {d, D, K, K1} -> {D, K, K1} end`;
      }),
    );
  }, 120_000);

  it('lists entries and keys in erts order through growth and shrinking', () => {
    scenarios.forEach((s, i) => {
      const p = idle();
      for (const [op, k, v] of s.ops) {
        if (op === 'put') bif(p, 'put', keyTerm(k), v);
        else bif(p, 'erase', keyTerm(k));
      }
      const got = [bif(p, 'get'), bif(p, 'get_keys'), bif(p, 'get_keys', s.ops.length - 1)];
      expect(formatTermW(got), `scenario ${i}`).toBe(expected[i]);
    });
  });

  it('compares keys with =:= and returns old values', () => {
    const p = idle();
    expect(bif(p, 'put', 1, atom('a'))).toBe(UNDEFINED);
    expect(bif(p, 'put', parseTerm('1.0'), atom('b'))).toBe(UNDEFINED);
    expect(bif(p, 'get', 1)).toBe(atom('a'));
    expect(bif(p, 'put', 1, atom('c'))).toBe(atom('a'));
    expect(bif(p, 'erase', parseTerm('1.0'))).toBe(atom('b'));
    expect(bif(p, 'erase', parseTerm('1.0'))).toBe(UNDEFINED);
    expect(formatTermW(bif(p, 'erase'))).toBe('[{1,c}]');
    expect(bif(p, 'get')).toBe(NIL);
  });
});

// --- system_info and friends against erts -------------------------------------------------------

describe('system information', () => {
  const items = [
    'otp_release', 'version', 'wordsize', '{wordsize, internal}', 'machine', 'smp_support', 'heap_type',
    'build_type', 'emu_flavor', 'process_limit', 'atom_limit', 'time_warp_mode', 'time_offset',
    'start_time', 'end_time', 'context_reductions', 'fullsweep_after', 'min_heap_size',
    'min_bin_vheap_size', 'max_heap_size', 'thread_pool_size', 'compat_rel', 'creation',
    'garbage_collection', 'nif_version', 'driver_version', 'hipe_architecture', 'dist_ctrl',
  ];
  let expected: string[] = [];
  beforeAll(() => {
    expected = ertsEval([
      ...items.map((i) => `erlang:system_info(${i})`),
      'erlang:system_info(no_such_item)',
      '{node(), nodes(), nodes(this), nodes([known, visible])}',
    ]);
  }, 120_000);

  it('answers as erts for the fixed items', () => {
    const p = idle();
    items.forEach((i, k) => expect(formatTermW(bif(p, 'system_info', parseTerm(i))), i).toBe(expected[k]));
    expect(raised(() => bif(p, 'system_info', atom('no_such_item')))).toBe(expected[items.length]);
    const nodes = [
      bif(p, 'node'),
      bif(p, 'nodes'),
      bif(p, 'nodes', atom('this')),
      bif(p, 'nodes', listFrom([atom('known'), atom('visible')])),
    ];
    expect(formatTermW(nodes)).toBe(expected[items.length + 1]);
  });
});

// --- signals on live processes ------------------------------------------------------------------

describe('process BIFs', () => {
  it('registers names with erts errors', () => {
    const p = idle();
    const q = idle();
    const name = atom('bifs_processes_test_name');
    expect(bif(p, 'register', name, q.pid)).toBe(TRUE);
    expect(bif(p, 'whereis', name)).toBe(q.pid);
    expect(raised(() => bif(p, 'register', name, p.pid))).toBe('error:badarg');
    expect(raised(() => bif(p, 'register', atom('other'), q.pid))).toBe('error:badarg');
    expect(raised(() => bif(p, 'register', UNDEFINED, p.pid))).toBe('error:badarg');
    expect(raised(() => bif(p, 'whereis', 1))).toBe('error:badarg');
    bif(p, 'send', name, atom('hi'));
    expect(messages(q)).toEqual(['hi']);
    expect(bif(p, 'unregister', name)).toBe(TRUE);
    expect(raised(() => bif(p, 'unregister', name))).toBe('error:badarg');
    expect(raised(() => bif(p, 'send', name, atom('hi')))).toBe('error:badarg');
    expect(bif(p, 'whereis', name)).toBe(UNDEFINED);
  });

  it('sends DOWN and EXIT messages, and errors from link/1 to the dead', () => {
    const p = idle();
    const q = idle();
    const ref = bif(p, 'monitor', atom('process'), q.pid) as Ref;
    bif(p, 'link', q.pid);
    p.trapExit = true;
    expect(bif(p, 'exit', q.pid, atom('bye'))).toBe(TRUE);
    expect(q.status).toBe(Status.Exited);
    expect(messages(p).sort()).toEqual([`{'DOWN',${formatTermW(ref)},process,${formatTermW(q.pid)},bye}`, `{'EXIT',${formatTermW(q.pid)},bye}`].sort());
    expect(bif(p, 'link', q.pid)).toBe(TRUE); // trapping: a message
    expect(messages(p).pop()).toBe(`{'EXIT',${formatTermW(q.pid)},noproc}`);
    p.trapExit = false;
    expect(raised(() => bif(p, 'link', q.pid))).toBe('error:noproc');
    expect(bif(p, 'demonitor', ref, listFrom([atom('flush'), atom('info')]))).toBe(FALSE);
    expect(messages(p).some((m) => m.startsWith("{'DOWN'"))).toBe(false);
  });

  it('makes a process that kills itself unwind from exit/2', () => {
    const p = idle();
    // As if p were running its slice: the exit is acted on when it has unwound.
    p.status = Status.Running;
    sched.current = p;
    try {
      expect(bif(p, 'exit', p.pid, atom('kill'))).toBe(SUSPEND);
      expect(p.pendingExit).toBe(atom('killed'));
    } finally {
      sched.current = null;
    }
  });

  it('validates spawn options and reads them back', () => {
    const p = idle();
    expect(raised(() => bif(p, 'spawn_opt', atom('m'), atom('f'), NIL, listFrom([atom('bogus')])))).toBe('error:badarg');
    const r = bif(p, 'spawn_opt', atom('m'), atom('f'), NIL, parseTerm('[monitor, {priority, high}, {min_heap_size, 1000}]')) as Term[];
    expect(Array.isArray(r) && r[1] instanceof Ref).toBe(true);
    const info = bif(p, 'process_info', r[0], parseTerm('[priority, min_heap_size, initial_call, status]'));
    expect(formatTermW(info)).toBe('[{priority,high},{min_heap_size,1598},{initial_call,{m,f,0}},{status,runnable}]');
    // m:f does not exist and no loader is installed here: the process must not run.
    bif(p, 'exit', r[0], atom('kill'));
    expect(bif(p, 'is_process_alive', r[0])).toBe(FALSE);
  });

  it('aliases deliver until deactivated', () => {
    const p = idle();
    const q = idle();
    const a = bif(p, 'alias', listFrom([atom('reply')]));
    bif(q, 'send', a, atom('one'));
    bif(q, 'send', a, atom('two'));
    expect(messages(p)).toEqual(['one']);
    expect(bif(p, 'unalias', a)).toBe(FALSE);
  });
});

// --- timers --------------------------------------------------------------------------------------

describe('timers', () => {
  it('fire into the mailbox, cancel with the time left, and die with their process', async () => {
    const p = idle();
    const t1 = bif(p, 'send_after', 5, p.pid, atom('ping'));
    const t2 = bif(p, 'start_timer', 5, p.pid, atom('tock'));
    const t3 = bif(p, 'send_after', 10_000, p.pid, atom('never'));
    const left = bif(p, 'read_timer', t3) as number;
    expect(left > 9000 && left <= 10_000).toBe(true);
    expect(typeof bif(p, 'cancel_timer', t3)).toBe('number');
    expect(bif(p, 'cancel_timer', t3)).toBe(FALSE);
    await tick(30);
    expect(messages(p)).toEqual(['ping', `{timeout,${formatTermW(t2)},tock}`]);
    expect(bif(p, 'read_timer', t1)).toBe(FALSE);
    const q = idle();
    const t4 = bif(p, 'send_after', 10_000, q.pid, atom('x'));
    bif(p, 'exit', q.pid, atom('kill'));
    expect(bif(p, 'read_timer', t4)).toBe(FALSE);
    expect(raised(() => bif(p, 'send_after', -1, p.pid, atom('x')))).toBe('error:badarg');
    expect(raised(() => bif(p, 'cancel_timer', atom('x')))).toBe('error:badarg');
  });
});

// --- halt ------------------------------------------------------------------------------------

describe('halt', () => {
  it('exits with the low byte of the status, or 1 after printing a slogan', () => {
    const p = idle();
    const out: string[] = [];
    const exit = systemHooks.exit;
    const writeStderr = systemHooks.writeStderr;
    systemHooks.exit = (code: number): never => {
      throw new Error(`exit ${code}`);
    };
    systemHooks.writeStderr = (s: string) => void out.push(s);
    try {
      // halt/0,1 are Erlang code in erlang.beam over halt/2, the BIF.
      expect(() => bif(p, 'halt', 300, NIL)).toThrow('exit 44');
      expect(() => bif(p, 'halt', parseTerm('"a\\nb"'), NIL)).toThrow('exit 1');
      expect(out).toEqual(['a\r\nb\r\n']);
      expect(raised(() => bif(p, 'halt', -1, NIL))).toBe('error:badarg');
      expect(raised(() => bif(p, 'halt', 0, listFrom([atom('flush')])))).toBe('error:badarg');
    } finally {
      systemHooks.exit = exit;
      systemHooks.writeStderr = writeStderr;
    }
  });
});
