-module(io_big_output).
%% Large output through user: several megabytes in one put_chars and in many small writes, then halt(0) must flush it all.
-export([main/1]).

main(_) ->
    Line = lists:duplicate(99, $a) ++ "\n",
    io:put_chars(lists:duplicate(20000, Line)),
    [io:format("line ~6..0w ~s~n", [I, lists:duplicate(50, $b)]) || I <- lists:seq(1, 20000)],
    io:put_chars(list_to_binary(lists:duplicate(30000, Line))),
    io:format("end~n"),
    halt(0).
