-module(halt_zero).
%% halt(0) after io:format output: the output is flushed before the exit, status 0; nothing after halt runs.
-export([main/1]).

main(_) ->
    io:format("line one~n"),
    io:put_chars(lists:duplicate(20000, $x) ++ "\n"),
    io:format(standard_error, "to stderr~n", []),
    halt(0),
    io:format("never printed~n").
