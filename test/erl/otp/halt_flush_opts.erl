-module(halt_flush_opts).
%% halt/2 with {flush, true} and a list of options, and halt(abort) is not called: status 7 with output flushed.
-export([main/1]).

main(_) ->
    io:format("flushed output~n"),
    io:format("~p~n", [catch halt(7, [{flush, true}, {bogus, 1}])]),
    io:format("still running~n"),
    halt(7, [{flush, true}]).
