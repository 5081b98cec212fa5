-module(crash_report).
%% A spawned process dying of an error: erts reports it through the logger ("Error in process").
-export([main/1, id/1]).
main(_) ->
    {P, R} = spawn_monitor(fun() -> erlang:display(child), 1 = length(id([a, b])) end),
    receive {'DOWN', R, process, P, Why} -> erlang:display({down, element(1, Why)}) end,
    receive after 100 -> ok end,
    io:format("done~n").
id(X) -> X.
