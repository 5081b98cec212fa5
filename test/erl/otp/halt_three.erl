-module(halt_three).
%% erlang:halt(3) from a process other than main while main waits: status 3, output flushed.
-export([main/1]).

main(_) ->
    io:format("main waiting~n"),
    spawn(fun() -> io:format("child halts~n"), erlang:halt(3) end),
    receive never -> ok end.
