%% No standard input at all (/dev/null): every read answers eof at once.
-module(stdin_none).
-export([main/1]).
main(_) ->
    io:format("~p~n", [io:get_line('')]),
    io:format("~p~n", [io:read('')]),
    io:format("~p~n", [io:fread('', "~d")]),
    io:format("~p~n", [io:get_chars('', 3)]),
    io:format("~p~n", [file:read(standard_io, 3)]).
