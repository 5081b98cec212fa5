-module(init_stop_string).
%% init:stop("slogan"): the shutdown ends in halt with the slogan, status 1.
-export([main/1]).

main(_) ->
    io:format("stopping with a string~n"),
    init:stop("stopped with a slogan"),
    receive after 5000 -> io:format("not reached~n") end.
