%% io:fread/2 from stdin: integers, floats, strings, atoms, characters, fields with widths, a mismatch, then eof.
-module(stdin_fread).
-export([main/1]).
main(_) ->
    Fmts = ["~d", "~d ~d", "~f", "~s", "~a", "~c", "~3c", "~5d~s", "~d", "~s ~s", "~u", "~#", "~-", "~s", "~d"],
    lists:foreach(fun(F) -> io:format("~s -> ~p~n", [F, io:fread('', F)]) end, Fmts).
