%% io:read/1 from stdin: terms across lines, several on one line, a syntax error, a scan error, then eof.
-module(stdin_read).
-export([main/1]).
main(_) -> loop(1).
loop(N) ->
    R = io:read(''),
    io:format("~p: ~p~n", [N, R]),
    case R of
        {eof, _} -> ok;
        eof -> ok;
        _ when N > 20 -> ok;
        _ -> loop(N + 1)
    end.
