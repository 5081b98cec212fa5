-module(init_stop_status).
%% init:stop(5): an orderly shutdown with status 5; applications stopped; a string status is a slogan.
-export([main/1]).

main(_) ->
    io:format("bad status ~p~n", [catch init:stop(-1)]),
    io:format("stopping with 5~n"),
    init:stop(5),
    receive after 5000 -> io:format("not reached~n") end.
