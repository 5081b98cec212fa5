// The spawn driver: open_port({spawn, Command}, Opts) and open_port({spawn_executable, File}, Opts)
// on child_process.spawn. As on erts, {spawn, Command} runs `/bin/sh -c "exec Command"` (so
// `exit 3` fails with 127: exec finds no program `exit`), and children start with SIGPIPE
// ignored, as erts's children do (erts ignores it and exec keeps it ignored; libuv would reset
// it, so a shell's `trap '' PIPE` sets it again): `yes | head` reports its broken pipe. The child's
// stdout comes back as {Port, {data, ...}} messages, port_command writes to its stdin, and at the
// end of its output the port sends {Port, {exit_status, N}} (with `exit_status`; erts waits for
// both the eof and the exit status, and reports the status first) and then {Port, eof} (with
// `eof`) or closes with reason normal. Closing the port closes the pipes but, as on erts, does not
// kill the child.

import * as fs from 'node:fs';
import * as os from 'node:os';
import { spawn as spawnChild, type ChildProcess, type StdioOptions } from 'node:child_process';
import { atom, type Atom } from '../term/atom.js';
import type { Process } from '../process/process.js';
import { createPort, exitPort, type CommonOptions, type PortEntity } from './port-table.js';

const EXIT_STATUS = atom('exit_status');
const IGNORE_SIGPIPE = "trap '' PIPE; ";

export interface SpawnOptions extends CommonOptions {
  /** {args, Args}: spawn_executable's arguments (null: none). */
  args: string[] | null;
  /** {arg0, Name}: the child's argv[0]. */
  arg0: string | null;
  /** {env, Env}: variables set (a string) or removed (null) in the child's environment. */
  env: Array<[string, string | null]>;
  /** {cd, Dir}: the child's working directory. */
  cd: string | null;
  exitStatus: boolean;
  stderrToStdout: boolean;
}

/** The erts exit status of a child: its exit code, or 128 + the signal number that killed it. */
function exitStatusOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const n = signal === null ? undefined : os.constants.signals[signal];
  return 128 + (n ?? 0);
}

function errnoAtom(e: unknown): Atom {
  const code = (e as NodeJS.ErrnoException).code;
  return atom(typeof code === 'string' ? code.toLowerCase() : 'einval');
}

/** Programs answered in-process instead of spawned, by absolute path (see inet-gethost.ts). */
const inProcess = new Map<string, (owner: Process, command: string, o: SpawnOptions) => PortEntity>();

export function runInProcess(file: string, open: (owner: Process, command: string, o: SpawnOptions) => PortEntity): void {
  inProcess.set(file, open);
}

/**
 * Start the child and its port. `executable` is false for {spawn, Command} (run by /bin/sh -c "exec Command").
 * Returns the errno atom erts's open_port fails with (enoent, eacces...) when the child cannot start.
 */
export function openSpawnPort(owner: Process, command: string, executable: boolean, o: SpawnOptions): PortEntity | Atom {
  let file: string;
  let args: string[];
  // stderr read through its own pipe and delivered as output (spawn_executable with arg0 only).
  let mergeStderr = false;
  if (executable) {
    const inside = inProcess.get(command);
    if (inside !== undefined) return inside(owner, command, o);
    // spawn_executable never searches PATH: a bare name is relative to the working directory.
    file = command.includes('/') ? command : `./${command}`;
    const resolved = o.cd !== null && !file.startsWith('/') ? `${o.cd}/${file}` : file;
    try {
      fs.accessSync(resolved, fs.constants.X_OK);
      if (fs.statSync(resolved).isDirectory()) return atom('eacces');
    } catch (e) {
      return errnoAtom(e);
    }
    args = o.args ?? [];
    if (o.arg0 === null) {
      // Node cannot give the child one pipe as both fd 1 and 2, nor an ignored SIGPIPE: a shell
      // does both, then execs the program (argv[0] is then the file name, erts's default).
      args = ['-c', `${IGNORE_SIGPIPE}${o.stderrToStdout ? 'exec 2>&1; ' : ''}exec "$0" "$@"`, file, ...args];
      file = '/bin/sh';
      mergeStderr = false;
    } else mergeStderr = o.stderrToStdout; // no shell can set argv[0] portably: stderr is merged here
  } else {
    file = '/bin/sh';
    args = ['-c', `${IGNORE_SIGPIPE}${o.stderrToStdout ? 'exec 2>&1; ' : ''}exec ${command}`];
  }
  if (o.cd !== null) {
    try {
      if (!fs.statSync(o.cd).isDirectory()) return atom('enotdir');
    } catch (e) {
      return errnoAtom(e);
    }
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of o.env) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  const stdio: StdioOptions = [o.output ? 'pipe' : 'ignore', o.input ? 'pipe' : 'ignore', mergeStderr ? 'pipe' : 'inherit'];
  let child: ChildProcess;
  try {
    child = spawnChild(file, args, {
      stdio,
      env,
      cwd: o.cd ?? undefined,
      argv0: o.arg0 ?? 'sh',
    });
  } catch (e) {
    return errnoAtom(e);
  }

  const port = createPort(command, owner, o.binary, o.framing, o.softEof);
  let eof = !o.input;
  let status: number | null = null;
  let finished = false;
  // erts reports the exit status once it has both the status and the eof, before the eof is
  // acted on (so even before a partial last line goes out as {noeol, Part}).
  const finish = (): void => {
    if (finished || !eof || (o.exitStatus && status === null)) return;
    if (!o.input && status === null) return;
    finished = true;
    if (o.exitStatus) port.deliverOther([EXIT_STATUS, status!]);
    port.deliverEof();
  };
  child.on('exit', (code, signal) => {
    status = exitStatusOf(code, signal);
    finish();
  });
  child.on('error', (e) => exitPort(port, errnoAtom(e)));
  child.stdin?.on('error', () => {
    // EPIPE when the child stops reading: erts's driver notices only when it next writes; the
    // output is simply lost here.
  });
  child.stdout?.on('data', (b: Buffer) => port.deliverInput(new Uint8Array(b.buffer, b.byteOffset, b.length)));
  let ends = mergeStderr ? 2 : 1;
  const onEnd = (): void => {
    if (--ends > 0) return;
    eof = true;
    finish();
  };
  child.stdout?.on('end', onEnd);
  if (mergeStderr) {
    child.stderr?.on('data', (b: Buffer) => port.deliverInput(new Uint8Array(b.buffer, b.byteOffset, b.length)));
    child.stderr?.on('end', onEnd);
  }

  port.driver = {
    command(data: Uint8Array): boolean {
      if (!o.output || child.stdin === null) return false;
      if (!child.stdin.destroyed) child.stdin.write(Buffer.from(data));
      return true;
    },
    control: () => null,
    stop(): void {
      finished = true;
      child.stdin?.destroy();
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
    },
    osPid: () => child.pid,
  };
  return port;
}
