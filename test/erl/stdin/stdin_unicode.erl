%% Non-ASCII input: the same UTF-8 bytes read as latin1 (the default with -noshell) and after {encoding, unicode}.
-module(stdin_unicode).
-export([main/1]).
main(_) ->
    io:format("~p~n", [io:getopts(standard_io)]),
    L1 = io:get_line(''),
    io:format("latin1: ~w~n", [L1]),
    ok = io:setopts(standard_io, [{encoding, unicode}]),
    L2 = io:get_line(''),
    io:format("unicode: ~w~n", [L2]),
    io:format("~ts", [L2]),
    ok = io:setopts(standard_io, [binary]),
    io:format("binary: ~w~n", [io:get_line('')]),
    io:format("~w~n", [io:get_line('')]).
