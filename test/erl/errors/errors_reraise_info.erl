%% An exception that a try does not catch (no clause matches its class) goes on with its stack
%% trace as it was, the error_info of error/3 and of BIFs included.
-module(errors_reraise_info).
-export([main/1]).

f() -> error(foo, [1, 2], [{error_info, #{a => b}}]).
g(X) -> atom_to_list(X).

main(_) ->
    C = x,
    try try f() catch C:R:S -> {C, R, S} end catch _:R2:S2 -> io:format("~p~n~p~n", [R2, hd(S2)]) end,
    try try g(1) catch C:R3:S3 -> {C, R3, S3} end catch _:R4:S4 -> io:format("~p~n~p~n", [R4, hd(S4)]) end,
    try try ets:lookup(no_such_table, 1) catch throw:R5 -> R5 end catch _:R6:S6 -> io:format("~p~n~p~n", [R6, hd(S6)]) end,
    T = fun(F) -> try F() catch C:R7:St -> {C, R7, hd(St)} end end,
    try T(fun f/0) catch error:R8:S8 -> io:format("~p~n~p~n", [R8, S8]) end.
