-module(monitor_noproc_held).
-export([main/1]).

%% monitor(process, Pid) of a process that no longer exists: erts holds the monitor signal back
%% (its scheduler's pending signal) until the caller is scheduled out or monitors again, so the
%% noproc DOWN is not there for an immediate `receive ... after 0`; a registered name that does
%% not exist gets its DOWN at once; demonitor before it is sent drops it (info: true).
%% gen_server:call(DeadPid, _, 0) times out rather than exiting with noproc.
main(_) ->
    P = spawn(fun() -> ok end),
    R0 = monitor(process, P),
    receive {'DOWN', R0, _, _, _} -> ok end,
    Rn = monitor(process, no_such_name),
    io:format("name ~p~n", [r(Rn)]),
    Rn2 = monitor(process, {no_such_name, node()}),
    io:format("name node ~p~n", [r(Rn2)]),
    A = monitor(process, P),
    B = monitor(process, P),
    io:format("two: ~p ~p~n", [r(A), r(B)]),
    C = monitor(process, P),
    io:format("info ~p~n", [demonitor(C, [info])]),
    io:format("after demonitor ~p~n", [r(C)]),
    D = monitor(process, P),
    erlang:yield(),
    io:format("after yield ~p~n", [r(D)]),
    E = monitor(process, P),
    self() ! x,
    receive x -> ok end,
    io:format("after a message to self ~p~n", [r(E)]),
    F = monitor(process, P),
    io:format("same slice ~p ~p~n", [lists:sum(lists:seq(1, 10)), r(F)]),
    io:format("after io ~p~n", [r(F)]),
    G = monitor(process, P),
    receive after 1 -> ok end,
    io:format("info after a wait ~p~n", [demonitor(G, [info])]),
    H = monitor(process, P, [{alias, demonitor}]),
    io:format("alias ~p~n", [r(H)]),
    %% Not probed: demonitor(I, [flush, info]) of a monitor made here answers false on erts
    %% (true on beamjs, or false when a slow slice schedules it out): when erts sends the held
    %% DOWN after an alias monitor is not modelled yet.
    io:format("~p~n", [catch gen_server:call(P, x, 0)]),
    io:format("~p~n", [catch gen_server:call(P, x, 1)]),
    io:format("~p~n", [catch gen_server:call(P, x)]).

r(R) ->
    receive {'DOWN', R, _, _, X} -> {down, X} after 0 -> timeout end.
