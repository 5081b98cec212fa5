%% io:get_line/1 from stdin through the user process: empty lines, tabs, a last line without a newline, then eof (twice).
-module(stdin_get_line).
-export([main/1]).
main(_) ->
    loop(1),
    io:format("after eof: ~p~n", [io:get_line('')]).
loop(N) ->
    case io:get_line('') of
        eof -> io:format("~p: eof~n", [N]);
        Line -> io:format("~p: ~p~n", [N, Line]), loop(N + 1)
    end.
