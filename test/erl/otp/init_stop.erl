-module(init_stop).
%% init:stop/0 from main: main keeps running until the system shuts down, status 0.
-export([main/1]).

main(_) ->
    io:format("calling init:stop~n"),
    ok = init:stop(),
    io:format("init:stop returned~n"),
    receive after 5000 -> io:format("not reached~n") end.
