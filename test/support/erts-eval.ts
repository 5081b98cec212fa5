// Expected values for differential tests, from erts itself: ertsEval() evaluates a batch of
// Erlang expressions in ONE `erl` run (a boot costs about a second, so collect a test file's
// expressions and ask once) and returns one string per expression:
//   - mode 'w' (default): io_lib:format("~w", [Value]);
//   - mode 'string': the value itself, which must be chardata (a string, an iolist, a binary);
//     byte lists such as erts_debug:display/1's come back one char per byte;
//   - when evaluating raises: "Class:Reason" with the reason written by ~w, e.g.
//     "error:badarith" or "error:{badmatch,3}" (no ~w output starts with "error:", "exit:" or
//     "throw:", so the two cannot be confused).
// An expression may be a sequence (`X = 1 bsl 70, X * X`); it is evaluated by erl_eval with no
// bindings. An expression that does not parse is an error of the test, thrown here, as is a
// missing `erl`: tests that need erts fail without it, they never skip.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ErtsEvalOptions {
  mode?: 'w' | 'string';
}

// The program erl runs. Records in both files are <<Length:32, Bytes/binary>>; each answer
// starts with a tag byte: 0 a value, 1 an exception, 2 a parse error, 3 a value that is not chardata.
const PROGRAM = `
Split = fun Split(<<L:32, E:L/binary, R/binary>>) -> [E | Split(R)]; Split(<<>>) -> [] end,
Fmt = fun(F, As) -> unicode:characters_to_binary(io_lib:format(F, As)) end,
Mode = os:getenv("BEAMJS_EVAL_MODE"),
Eval = fun(Src) ->
  Text = unicode:characters_to_list(<<Src/binary, "\\n.">>),
  case erl_scan:string(Text) of
    {ok, Toks, _} ->
      case erl_parse:parse_exprs(Toks) of
        {ok, Es} ->
          try erl_eval:exprs(Es, erl_eval:new_bindings()) of
            {value, V, _} when Mode =:= "w" -> <<0, (Fmt("~w", [V]))/binary>>;
            {value, V, _} ->
              try unicode:characters_to_binary(V) of
                B when is_binary(B) -> <<0, B/binary>>;
                _ -> <<3, (Fmt("~w", [V]))/binary>>
              catch _:_ -> <<3, (Fmt("~w", [V]))/binary>>
              end
          catch C:R -> <<1, (Fmt("~w:~w", [C, R]))/binary>>
          end;
        Err -> <<2, (Fmt("~w", [Err]))/binary>>
      end;
    Err -> <<2, (Fmt("~w", [Err]))/binary>>
  end
end,
try
  {ok, In} = file:read_file(os:getenv("BEAMJS_EVAL_IN")),
  Out = [begin A = Eval(E), <<(byte_size(A)):32, A/binary>> end || E <- Split(In)],
  ok = file:write_file(os:getenv("BEAMJS_EVAL_OUT"), Out),
  halt(0)
catch C:R:S -> io:format(standard_error, "~p~n", [{C, R, S}]), halt(1)
end.
`;

function frame(parts: Buffer[]): Buffer {
  const out: Buffer[] = [];
  for (const p of parts) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(p.length);
    out.push(len, p);
  }
  return Buffer.concat(out);
}

/** Evaluate `exprs` on erts; see the file comment for what comes back. */
export function ertsEval(exprs: readonly string[], options: ErtsEvalOptions = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'beamjs-erts-eval-'));
  try {
    const inFile = join(dir, 'in');
    const outFile = join(dir, 'out');
    writeFileSync(inFile, frame(exprs.map((e) => Buffer.from(e, 'utf8'))));
    try {
      execFileSync('erl', ['-noshell', '-eval', PROGRAM], {
        env: {
          ...process.env,
          BEAMJS_EVAL_IN: inFile,
          BEAMJS_EVAL_OUT: outFile,
          BEAMJS_EVAL_MODE: options.mode ?? 'w',
          ERL_CRASH_DUMP_SECONDS: '0',
        },
        // erts_debug:display/1 and friends also print to stdout: ignore it.
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 300_000,
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
      if (err.code === 'ENOENT') throw new Error('ertsEval: `erl` is not on the PATH; this test needs erts (OTP 25)');
      throw new Error(`ertsEval: erl failed: ${err.message}\n${err.stderr?.toString() ?? ''}`);
    }
    const buf = readFileSync(outFile);
    const dec = new TextDecoder('utf-8');
    const results: string[] = [];
    for (let p = 0; p < buf.length; ) {
      const len = buf.readUInt32BE(p);
      const tag = buf[p + 4];
      const text = dec.decode(buf.subarray(p + 5, p + 4 + len));
      p += 4 + len;
      const expr = exprs[results.length];
      if (tag === 2) throw new Error(`ertsEval: does not parse: ${expr}\n${text}`);
      if (tag === 3) throw new Error(`ertsEval: not chardata in 'string' mode: ${expr} gave ${text}`);
      results.push(text);
    }
    if (results.length !== exprs.length) throw new Error(`ertsEval: ${results.length} answers for ${exprs.length} expressions`);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
