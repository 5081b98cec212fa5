// Ports (runtime/ports) and their BIFs (runtime/bifs/erlang/ports.ts), called directly on
// processes of the real scheduler: input framing ({line, L}, {packet, N}) whatever the chunks,
// the fd driver's writes and control, the spawn driver's messages and exit status, and a port's
// life tied to its owner. The whole-program behaviour (os:cmd, owners dying, links, monitors) is
// compared with erts by the differential programs in test/erl/ports/.

import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '../runtime/bifs/erlang/misc.js';
import '../runtime/bifs/erlang/ports.js';
import { lookupBif } from '../runtime/bifs/registry.js';
import { atom, TRUE, UNDEFINED } from '../runtime/term/atom.js';
import { NIL, charlist, listFrom, listToArray } from '../runtime/term/list.js';
import { BitStr } from '../runtime/term/bitstring.js';
import { Port } from '../runtime/term/identifiers.js';
import { formatTermW } from '../runtime/term/display.js';
import type { Term } from '../runtime/term/term.js';
import { Process } from '../runtime/process/process.js';
import type { Frame } from '../runtime/process/frame.js';
import { sched } from '../runtime/process/scheduler.js';
import { link, sendMessage } from '../runtime/process/signals.js';
import { createPort, lookupPort, type Framing } from '../runtime/ports/port-table.js';
import { CTRL_OP_GET_WINSIZE } from '../runtime/ports/fd-driver.js';

const call = (p: Process, module: string, name: string, ...args: Term[]): Term => {
  const f = lookupBif(module, name, args.length);
  if (f === undefined) throw new Error(`no BIF ${module}:${name}/${args.length}`);
  return f(p, ...args);
};
const ei = (p: Process, name: string, ...args: Term[]): Term => call(p, 'erts_internal', name, ...args);

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function idleResume(p: Process, _frame: Frame): unknown {
  return p.wait(idleResume, 0, [], false);
}
/** A process that waits for messages forever; the test reads its mailbox. */
function idle(): Process {
  return sched.spawn((p: Process) => p.wait(idleResume, 0, [], false), [], { initialCall: [atom('test'), atom('idle'), 0] });
}
const messages = (p: Process): string[] => p.mailbox.toArray().map((m) => formatTermW(m));
/** The messages with the port replaced by P, for comparing with text. */
const portMessages = (p: Process, port: Term): string[] => {
  const name = formatTermW(port);
  return messages(p).map((m) => m.split(name).join('P'));
};

/** Wait until `cond` holds (the child's output arrives through the event loop). */
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await tick(5);
  }
}

const bin = (s: string) => BitStr.fromBytes(new TextEncoder().encode(s));
/** How formatTermW writes a string's bytes: as a list, or as a binary with `<<`. */
const str = (s: string) => `[${Array.from(new TextEncoder().encode(s)).join(',')}]`;
const bstr = (s: string) => `<<${Array.from(new TextEncoder().encode(s)).join(',')}>>`;

describe('input framing', () => {
  const feed = (framing: Framing, chunks: string[], binary = false): string[] => {
    const owner = idle();
    const port = createPort('test', owner, binary, framing, true);
    for (const c of chunks) port.deliverInput(new TextEncoder().encode(c));
    port.deliverEof();
    return portMessages(owner, port.id);
  };

  it('splits lines whatever the chunks, long lines into noeol pieces, the rest at eof', () => {
    const whole = feed({ kind: 'line', max: 4 }, ['ab\nlonger\nx\ntail']);
    expect(whole).toEqual([
      `{P,{data,{eol,${str('ab')}}}}`,
      `{P,{data,{noeol,${str('long')}}}}`,
      `{P,{data,{eol,${str('er')}}}}`,
      `{P,{data,{eol,${str('x')}}}}`,
      `{P,{data,{noeol,${str('tail')}}}}`,
      '{P,eof}',
    ]);
    const text = 'ab\nlonger\nx\ntail';
    expect(feed({ kind: 'line', max: 4 }, text.split(''))).toEqual(whole);
    expect(feed({ kind: 'line', max: 4 }, [text.slice(0, 5), text.slice(5)])).toEqual(whole);
  });

  it('frames {packet, 2} input and keeps partial packets', () => {
    const msgs = feed({ kind: 'packet', size: 2 }, ['\x00\x03ab', 'c\x00', '\x00\x00\x01z'], true);
    expect(msgs).toEqual([`{P,{data,${bstr('abc')}}}`, '{P,{data,<<>>}}', `{P,{data,${bstr('z')}}}`, '{P,eof}']);
  });

  it('sends stream input as lists or binaries as they come', () => {
    expect(feed({ kind: 'stream' }, ['hi', '!'])).toEqual([`{P,{data,${str('hi')}}}`, `{P,{data,${str('!')}}}`, '{P,eof}']);
  });
});

describe('the fd driver', () => {
  it('writes port_command data synchronously and counts it; badarg for control on a non-terminal', () => {
    const p = idle();
    const file = path.join(os.tmpdir(), `beamjs-ports-${process.pid}.txt`);
    const fd = fs.openSync(file, 'w');
    try {
      const port = ei(p, 'open_port', [atom('fd'), 0, fd], listFrom([atom('out')]));
      expect(port).toBeInstanceOf(Port);
      expect(ei(p, 'port_command', port, listFrom([charlist('ab'), bin('cd')]), NIL)).toBe(TRUE);
      expect(fs.readFileSync(file, 'utf8')).toBe('abcd');
      expect(formatTermW(ei(p, 'port_info', port, atom('output')))).toBe('{output,4}');
      expect(formatTermW(ei(p, 'port_info', port, atom('name')))).toBe(`{name,${str(`0/${fd}`)}}`);
      expect(ei(p, 'port_control', port, CTRL_OP_GET_WINSIZE, NIL)).toBe(atom('badarg'));
      expect(ei(p, 'port_command', port, charlist('x'), listFrom([atom('force')]))).toBe(atom('notsup'));
      expect(ei(p, 'port_command', port, charlist('x'), listFrom([atom('bad')]))).toBe(atom('badopt'));
      expect(ei(p, 'port_close', port)).toBe(TRUE);
      expect(ei(p, 'port_close', port)).toBe(atom('badarg'));
      expect(ei(p, 'port_info', port)).toBe(UNDEFINED);
    } finally {
      fs.closeSync(fd);
      fs.rmSync(file, { force: true });
    }
  });

  it('answers bad names and options as erts_internal:open_port does', () => {
    const p = idle();
    expect(ei(p, 'open_port', [atom('fd'), 0, 1], listFrom([atom('nope')]))).toBe(atom('badopt'));
    expect(ei(p, 'open_port', [atom('nope'), 0], NIL)).toBe(atom('badarg'));
    expect(ei(p, 'open_port', [atom('spawn_executable'), charlist('/no/such/program')], NIL)).toBe(atom('enoent'));
  });
});

describe('the spawn driver', () => {
  it('echoes through cat and reports the exit status before closing', async () => {
    const p = idle();
    p.trapExit = true;
    const port = ei(p, 'open_port', [atom('spawn'), charlist('cat; exit 5')], listFrom([[atom('line'), 10], atom('exit_status')]));
    expect(port).toBeInstanceOf(Port);
    // `Port ! {Owner, {command, Data}}` reaches the port.
    sendMessage(p, port, [p.pid, [atom('command'), charlist('one\ntwo')]]);
    await until(() => p.mailbox.toArray().length >= 1);
    const os = lookupPort(port as Port)!.driver!.osPid();
    expect(typeof os).toBe('number');
    // cat's exit status is 0 whatever follows: erts runs `exec cat; exit 5`.
    sendMessage(p, port, [p.pid, atom('close')]);
    await until(() => p.mailbox.toArray().length >= 3);
    expect(portMessages(p, port)).toEqual([`{P,{data,{eol,${str('one')}}}}`, '{P,closed}', "{'EXIT',P,normal}"]);
  });

  it('sends data, {exit_status, N}, then closes with reason normal', async () => {
    const p = idle();
    p.trapExit = true;
    const port = ei(p, 'open_port', [atom('spawn'), charlist("sh -c 'printf hi; exit 3'")], listFrom([atom('exit_status'), atom('binary')]));
    await until(() => p.mailbox.toArray().length >= 3);
    expect(portMessages(p, port)).toEqual([`{P,{data,${bstr('hi')}}}`, '{P,{exit_status,3}}', "{'EXIT',P,normal}"]);
  });

  it('closes the port when its owner dies, with the owner\'s reason for other links', async () => {
    const owner = idle();
    const watcher = idle();
    watcher.trapExit = true;
    const port = ei(owner, 'open_port', [atom('spawn'), charlist('cat')], NIL) as Port;
    link(watcher, port);
    expect(listToArray(call(owner, 'erlang', 'ports'))).toContain(port);
    sched.terminate(owner, atom('boom'));
    expect(lookupPort(port)).toBeUndefined();
    expect(portMessages(watcher, port)).toEqual(["{'EXIT',P,boom}"]);
  });
});
