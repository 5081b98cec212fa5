// The erl command line a beamjs program stands for: `beamjs run` builds it from its
// own arguments, and a compiled program's main.mjs (cli/dist-main.ts) builds the same
// one from its manifest, so that both boot OTP exactly alike. An Erlang module is
// `erl -noshell -pa DIR... -eval 'M:main(["ARG",...]), halt().'`; an Elixir one is
// what the `elixir` script runs for `elixir -pa DIR... -e 'Mod.main(System.argv())' -- ARG...`.

/** An Erlang string literal for `s`: quotes and backslashes escaped, other characters as \x{H} unless printable ASCII. */
export function erlangString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c >= 32 && c < 127) out += ch;
    else out += `\\x{${c.toString(16)}}`;
  }
  return `${out}"`;
}

export interface MainCall {
  /** The -pa directories, in order. */
  pa: string[];
  module: string;
  args: string[];
}

export function isElixirModule(module: string): boolean {
  return module.startsWith('Elixir.');
}

/**
 * The erl arguments for calling `module:main/1` with `args`. `elixirEbins` is undefined for an
 * Erlang module; for an Elixir one, Elixir's own ebins, which go first on the path.
 */
export function erlArgs(r: MainCall, elixirEbins: string[] | undefined): string[] {
  if (elixirEbins === undefined) {
    const argList = `[${r.args.map(erlangString).join(',')}]`;
    return ['-noshell', ...r.pa.flatMap((d) => ['-pa', d]), '-eval', `${r.module}:main(${argList}), halt().`];
  }
  const call = `${r.module.slice('Elixir.'.length)}.main(System.argv())`;
  const pa = elixirEbins.length > 0 ? ['-pa', ...elixirEbins] : [];
  return [...pa, '-noshell', '-s', 'elixir', 'start_cli', '-extra', ...r.pa.flatMap((d) => ['-pa', d]), '-e', call, '--', ...r.args];
}

/** An Erlang atom literal: bare when it can be, quoted otherwise. */
export function erlangAtom(name: string): string {
  const reserved = /^(after|and|andalso|band|begin|bnot|bor|bsl|bsr|bxor|case|catch|cond|div|end|fun|if|let|maybe|not|of|or|orelse|receive|rem|try|when|xor)$/;
  if (/^[a-z][A-Za-z0-9_@]*$/.test(name) && !reserved.test(name)) return name;
  return `'${name.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * The erl arguments that start an application and keep the node up until init:stop/0: as a
 * release's boot script starts it, permanent, so that the node stops when it ends. The ARGs
 * are plain arguments (init:get_plain_arguments/0).
 */
export function startAppArgs(app: string, pa: string[], elixirEbins: string[] | undefined, args: string[]): string[] {
  const elixir = elixirEbins !== undefined && elixirEbins.length > 0 ? ['-pa', ...elixirEbins] : [];
  const start = `{ok, _} = application:ensure_all_started(${erlangAtom(app)}, permanent).`;
  return [...elixir, '-noshell', ...pa.flatMap((d) => ['-pa', d]), '-eval', start, '-extra', ...args];
}
