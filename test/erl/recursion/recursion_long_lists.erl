%% Long lists through OTP's body-recursive functions: lists:map, ++, flatten, zip, and comprehensions.
-module(recursion_long_lists).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    N = ?MODULE:id(2000000),
    L = lists:seq(1, N),
    M = lists:map(fun(X) -> X + 1 end, L),
    erlang:display({length(M), lists:sum(M)}),
    erlang:display(length(L ++ L)),
    erlang:display(length([X * 2 || X <- L, X rem 3 =:= 0])),
    Z = lists:zip(L, M),
    erlang:display({length(Z), lists:last(Z)}),
    Deep = lists:foldl(fun(X, Acc) -> [Acc, X] end, [], lists:seq(1, ?MODULE:id(300000))),
    F = lists:flatten(Deep),
    erlang:display({length(F), hd(F), lists:last(F)}),
    erlang:display(length(lists:append([[X] || X <- L]))),
    erlang:display(lists:sum(lists:filter(fun(X) -> X rem 100000 =:= 0 end, L))),
    S = lists:sort(fun(A, B) -> A > B end, L),
    erlang:display({hd(S), lists:nth(N, S)}),
    erlang:display(length(unicode:characters_to_list(binary:copy(<<"é"/utf8>>, ?MODULE:id(300000))))),
    erlang:display(byte_size(list_to_binary(lists:duplicate(?MODULE:id(1000000), $x)))),
    erlang:display(length(binary_to_list(binary:copy(<<1>>, ?MODULE:id(3000000))))).
