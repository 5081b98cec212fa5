%% Three versions of a module compiled at run time: a process looping in v1 moves to v2 at its
%% next fully qualified call; erlang:load_module/2 refuses a third version while old code exists
%% (not_purged); code:load_binary/3 purges first, killing the process still in the oldest code,
%% whose exit reason a monitor reports.
-module(hot_versions).
-export([main/1]).

source(V) ->
    "-module(hot_loop).\n"
    "-export([start/0, loop/1, stuck/0, version/0]).\n"
    "version() -> " ++ integer_to_list(V) ++ ".\n"
    "start() -> spawn(fun() -> loop(0) end).\n"
    "loop(N) -> receive\n"
    "    {get, From} -> From ! {self(), N, version()}, loop(N + 1);\n"
    "    upgrade -> hot_loop:loop(N * 100);\n"
    "    stop -> ok end.\n"
    "stuck() -> spawn(fun() -> receive never -> ok end end).\n".

binary(V) ->
    {ok, Toks, _} = erl_scan:string(source(V)),
    {ok, hot_loop, Bin} = compile:forms(parse(Toks, []), []),
    Bin.

parse([], []) -> [];
parse([{dot, _} = D | T], Cur) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Cur])),
    [F | parse(T, [])];
parse([Tok | T], Cur) -> parse(T, [Tok | Cur]).

ask(P) -> P ! {get, self()}, receive {P, N, V} -> {N, V} end.

main(_) ->
    {module, hot_loop} = code:load_binary(hot_loop, "hot_loop.erl", binary(1)),
    P = hot_loop:start(),
    S = hot_loop:stuck(),
    io:format("v1 ~p ~p~n", [ask(P), ask(P)]),
    io:format("load_module v2 ~p~n", [erlang:load_module(hot_loop, binary(2))]),
    io:format("after load, before upgrade ~p (version() is a local call)~n", [ask(P)]),
    io:format("in old code ~p ~p~n", [erlang:check_process_code(P, hot_loop), erlang:check_process_code(S, hot_loop)]),
    P ! upgrade,
    io:format("after upgrade ~p~n", [ask(P)]),
    io:format("in old code ~p ~p~n", [erlang:check_process_code(P, hot_loop), erlang:check_process_code(S, hot_loop)]),
    io:format("load_module v3 ~p~n", [erlang:load_module(hot_loop, binary(3))]),
    io:format("soft_purge ~p~n", [code:soft_purge(hot_loop)]),
    Ref = monitor(process, S),
    io:format("load_binary v3 ~p~n", [code:load_binary(hot_loop, "hot_loop.erl", binary(3))]),
    receive {'DOWN', Ref, process, S, Why} -> io:format("stuck process down: ~p~n", [Why]) end,
    io:format("version now ~p, P still on v2 ~p~n", [hot_loop:version(), ask(P)]),
    io:format("P in old code ~p~n", [erlang:check_process_code(P, hot_loop)]),
    PRef = monitor(process, P),
    io:format("purge ~p~n", [code:purge(hot_loop)]),
    receive {'DOWN', PRef, process, P, Why2} -> io:format("P down: ~p~n", [Why2]) end,
    io:format("old code ~p~n", [erlang:check_old_code(hot_loop)]),
    Q = hot_loop:start(),
    io:format("new process ~p~n", [ask(Q)]),
    Q ! stop.
