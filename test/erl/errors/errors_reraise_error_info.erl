%% A BIF's error raised inside try/after or try/catch + erlang:raise/3 keeps its error_info
%% entry when re-raised (zlib:compress(foo) shows it from iolist_to_iovec).
-module(errors_reraise_error_info).
-export([main/1]).
after_(X) -> try erlang:iolist_to_binary(X) after ok end.
after_iovec(X) -> try erlang:iolist_to_iovec(X) after ok end.
raise_(X) -> try list_to_atom(X) catch C:R:S -> erlang:raise(C, R, S) end.
nested(X) -> try raise_(X) after ok end.
ets_(X) -> try ets:lookup(X, key) after ok end.
main(_) ->
    [io:format("~p~n", [catch F(foo)]) || F <- [fun after_/1, fun after_iovec/1, fun raise_/1, fun nested/1, fun ets_/1]],
    io:format("~p~n", [catch zlib:compress(foo)]).
