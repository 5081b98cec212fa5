%% Standard input in binary mode: io:get_line, io:get_chars and file:read give binaries; eof stays eof.
-module(stdin_binary).
-export([main/1]).
main(_) ->
    ok = io:setopts(standard_io, [binary]),
    io:format("~p~n", [io:getopts(standard_io)]),
    io:format("~p~n", [io:get_line('')]),
    io:format("~p~n", [io:get_chars('', 4)]),
    io:format("~p~n", [file:read(standard_io, 6)]),
    io:format("~p~n", [io:get_line('')]),
    io:format("~p~n", [file:read_line(standard_io)]),
    io:format("~p~n", [io:get_chars('', 100)]),
    io:format("~p~n", [io:get_line('')]),
    io:format("~p~n", [file:read(standard_io, 1)]).
