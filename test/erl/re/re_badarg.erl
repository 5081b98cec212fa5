-module(re_badarg).
-export([main/1]).
%% Where erts raises badarg (and with which stack trace entry), inspect/2 and version/0.

p(X) -> io:format("~p~n", [scrub(X)]).
t(F) -> try F() catch C:R:S -> {C, R, hd(S)} end.

%% A compiled pattern's binary is the engine's own: print it as 'bin'.
scrub({re_pattern, N, U, C, B}) when is_binary(B) -> {re_pattern, N, U, C, bin};
scrub(T) when is_tuple(T) -> list_to_tuple(scrub(tuple_to_list(T)));
scrub([H | T]) -> [scrub(H) | scrub(T)];
scrub(X) -> X.

main(_) ->
    {ok, MP} = re:compile("(?<n>a)"),
    Cases = [
        fun() -> re:run(1, "a") end, fun() -> re:run("a", 1) end, fun() -> re:run("a", "(") end,
        fun() -> re:run("a", "a", foo) end, fun() -> re:run("a", "a", [foo]) end, fun() -> re:run("a", "a", [a | b]) end,
        fun() -> re:run("a", "a", [{offset, -1}]) end, fun() -> re:run("a", "a", [{offset, a}]) end,
        fun() -> re:run("a", "a", [{offset, 1 bsl 40}]) end, fun() -> re:run("a", "a", [{newline, foo}]) end,
        fun() -> re:run("a", "a", [{newline, nul}]) end, fun() -> re:run("a", "a", [{capture, foo}]) end,
        fun() -> re:run("a", "a", [{capture, all, foo}]) end, fun() -> re:run("a", "a", [{capture, [-1]}]) end,
        fun() -> re:run("a", "a", [{capture, [a | b]}]) end, fun() -> re:run("a", "a", [{capture, [{x}]}]) end,
        fun() -> re:run("a", "a", [{capture, [1.0]}]) end, fun() -> re:run("a", "a", [{foo, bar}]) end,
        fun() -> re:run("a", "a", [{1, 2}]) end, fun() -> re:run("a", "a", [{a, b, c}]) end,
        fun() -> re:run("a", "a", [{match_limit, -1}]) end, fun() -> re:run("a", "a", [{match_limit_recursion, x}]) end,
        fun() -> re:run("a", MP, [caseless]) end, fun() -> re:run("a", MP, [anchored, {newline, cr}, bsr_unicode]) end,
        fun() -> re:run("a", {re_pattern, 0, 0, 0, <<"junk">>}) end, fun() -> re:run("a", {re_pattern, a, 0, 0, <<>>}) end,
        fun() -> re:run("a", {re_pattern, 0, 0, 0}) end, fun() -> re:run(<<1:3>>, "a") end, fun() -> re:run("a", <<1:3>>) end,
        fun() -> re:run(["a", 256], "a") end, fun() -> re:run([$a | $b], "a") end, fun() -> re:run("a", [$a | b]) end,
        fun() -> re:compile(1) end, fun() -> re:compile("a", [global]) end, fun() -> re:compile("a", [report_errors]) end,
        fun() -> re:compile("a", [{capture, all}]) end, fun() -> re:compile("a", [foo]) end, fun() -> re:compile("(", [unicode]) end,
        fun() -> re:compile("a", [anchored, {newline, any}, bsr_anycrlf, caseless, dotall, extended, multiline,
                                  no_auto_capture, dupnames, ungreedy, ucp, firstline, dollar_endonly,
                                  no_start_optimize, never_utf]) end,
        fun() -> re:compile("(*UTF)a", [never_utf]) end,
        fun() -> re:compile([[<<"a">>], "b" | <<"c">>]) end,
        fun() -> re:inspect(MP, namelist) end, fun() -> re:inspect(MP, foo) end,
        fun() -> re:inspect({re_pattern, 0, 0, 0, <<>>}, namelist) end, fun() -> re:inspect(foo, namelist) end,
        fun() -> re:version() end, fun() -> re:internal_run("abc", "b", [], true) end,
        fun() -> re:internal_run("abc", "b", [global], false) end,
        fun() -> re:internal_run(1, "b", [], false) end,
        fun() -> re:run("abc", "b", [{capture, all, index}, global]) end,
        fun() -> re:run("abc", [$b | <<"c">>], [{capture, all, list}, global]) end,
        fun() -> re:run("abc", "b", [global, {capture, foo}]) end,
        fun() -> re:run("abc", "(", [global, unicode]) end,
        fun() -> re:run(1, "b", [global]) end
    ],
    lists:foreach(fun(F) -> p(case t(F) of {ok, {re_pattern, N, U, C, _}} -> {ok, N, U, C}; R -> R end) end, Cases),
    ok.
