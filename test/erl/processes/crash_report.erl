-module(crash_report).
%% A spawned process dying of an error: erts reports it through the logger ("Error in process").
-export([main/1, id/1]).
main(_) ->
    {P, R} = spawn_monitor(fun() -> erlang:display(child), 1 = length(id([a, b])) end),
    receive {'DOWN', R, process, P, Why} -> erlang:display({down, element(1, Why)}) end,
    %% erts sends the report to logger on its own, with no way to wait for it: give it time
    %% enough for a loaded machine (the first report loads the formatter's modules).
    receive after 1000 -> ok end,
    io:format("done~n").
id(X) -> X.
