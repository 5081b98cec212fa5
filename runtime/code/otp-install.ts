// Finding the Erlang/OTP installation whose .beam files we run: BEAMJS_OTP_ROOT
// when set (and then it must be valid: no fallback), else the root of `erl` on
// the PATH, else the usual install prefixes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { errors } from '../../compiler/diagnostics.js';

/** Why `root` is not an OTP installation, or undefined when it is one. */
export function checkOtpRoot(root: string): string | undefined {
  if (!fs.existsSync(root)) return 'the directory does not exist';
  const lib = path.join(root, 'lib');
  if (!fs.existsSync(lib)) return `it has no lib/ directory`;
  const names = fs.readdirSync(lib);
  for (const app of ['erts', 'kernel', 'stdlib']) {
    const d = names.find((n) => n.startsWith(`${app}-`));
    if (d === undefined) return `lib/ has no ${app}-* application`;
    if (!fs.existsSync(path.join(lib, d, 'ebin'))) return `lib/${d} has no ebin/ directory`;
  }
  return undefined;
}

export function findOtpRoot(env: NodeJS.ProcessEnv = process.env): string {
  const forced = env.BEAMJS_OTP_ROOT;
  if (forced !== undefined && forced !== '') {
    const why = checkOtpRoot(forced);
    if (why !== undefined) throw errors.otpRootInvalid(forced, why);
    return path.resolve(forced);
  }
  const searched: string[] = [];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const erl = path.join(dir, 'erl');
    if (!fs.existsSync(erl)) continue;
    searched.push(`erl on PATH (${erl})`);
    // erl is usually a symlink to ROOT/bin/erl; the root is two levels up from the real file.
    const real = fs.realpathSync(erl);
    const root = path.dirname(path.dirname(real));
    if (checkOtpRoot(root) === undefined) return root;
    const viaScript = rootFromErlScript(real);
    if (viaScript !== undefined && checkOtpRoot(viaScript) === undefined) return viaScript;
  }
  for (const root of ['/usr/lib/erlang', '/usr/local/lib/erlang', '/opt/erlang', '/opt/homebrew/lib/erlang']) {
    searched.push(root);
    if (checkOtpRoot(root) === undefined) return root;
  }
  if (!searched.some((s) => s.startsWith('erl on PATH'))) searched.unshift('erl on PATH (not found)');
  throw errors.otpNotFound(searched);
}

/** The erl start script sets ROOTDIR="..."; read it when the symlink layout says nothing. */
function rootFromErlScript(file: string): string | undefined {
  try {
    const text = fs.readFileSync(file, 'latin1');
    const m = /ROOTDIR="?([^"\n]+)"?/.exec(text);
    return m !== null ? m[1] : undefined;
  } catch {
    return undefined;
  }
}
