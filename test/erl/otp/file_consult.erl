-module(file_consult).
%% file:consult on a good file, syntax and scan errors (line numbers), a missing file, a directory; file:script and path_consult.
-export([main/1]).

main(_) ->
    Dir = "/tmp/beamjs_otp_file_consult",
    ok = filelib:ensure_dir(Dir ++ "/"),
    w(Dir, "good.config", "%% a comment\n{a, 1}.\n[1, 2, \"three\"].\n#{k => <<\"v\">>}.\n'quoted atom'.\n{nested, {deep, [x | y]}}.\n3.5e2.\n$a.\n"),
    w(Dir, "syntax.config", "{a, 1}.\n{b, 2}.\n{c,, 3}.\n"),
    w(Dir, "scan.config", "{a, 1}.\n\n{b, \"unterminated}.\n"),
    w(Dir, "noend.config", "{a, 1}.\n{b, 2}"),
    w(Dir, "empty.config", ""),
    w(Dir, "only_comments.config", "% nothing here\n"),
    w(Dir, "expr.config", "{a, 1 + 2}.\n"),
    w(Dir, "var.config", "{a, X}.\n"),
    w(Dir, "script.erl", "X = 6, Y = 7, {answer, X * Y}.\n"),
    w(Dir, "bad_script.erl", "undefined_var + 1.\n"),
    lists:foreach(fun(F) -> show(F, file:consult(filename:join(Dir, F))) end,
                  ["good.config", "syntax.config", "scan.config", "noend.config", "empty.config",
                   "only_comments.config", "expr.config", "var.config", "missing.config"]),
    show(dir, file:consult(Dir)),
    show(script, file:script(filename:join(Dir, "script.erl"))),
    show(bad_script, file:script(filename:join(Dir, "bad_script.erl"))),
    show(script_bindings, file:script(filename:join(Dir, "script.erl"), [{'Z', 1}])),
    show(path_consult, file:path_consult(["/nonexistent", Dir], "good.config")),
    show(path_consult_missing, file:path_consult([Dir], "nope.config")),
    {error, E} = file:consult(filename:join(Dir, "syntax.config")),
    io:format("format_error: ~s~n", [file:format_error(E)]),
    {error, E2} = file:consult(filename:join(Dir, "scan.config")),
    io:format("format_error: ~s~n", [file:format_error(E2)]),
    io:format("format_error enoent: ~s~n", [file:format_error(enoent)]),
    io:format("format_error eisdir: ~s~n", [file:format_error(eisdir)]),
    io:format("format_error other: ~s~n", [file:format_error(weird_reason)]),
    [ok = file:delete(filename:join(Dir, F)) || F <- element(2, file:list_dir(Dir))],
    ok = file:del_dir(Dir),
    ok.

w(Dir, Name, Text) -> ok = file:write_file(filename:join(Dir, Name), Text).

show(What, R) -> io:format("~p: ~p~n", [What, R]).
