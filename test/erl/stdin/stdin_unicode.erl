%% Non-ASCII input with the default latin1 encoding of -noshell: UTF-8 bytes come back as bytes, line by line.
-module(stdin_unicode).
-export([main/1]).
main(_) ->
    io:format("~p~n", [io:getopts(standard_io)]),
    io:format("~w~n", [io:get_line('')]),
    io:format("~w~n", [io:get_line('')]),
    io:format("~w~n", [io:get_line('')]),
    io:format("~w~n", [io:get_line('')]).
