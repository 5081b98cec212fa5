%% lists:sort and friends with equal-comparing elements: stability and which duplicate usort keeps.
-module(order_sort_stability).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    L = ?MODULE:id([{b, 1}, {a, 2}, {b, 0}, {a, 1.0}, {a, 1}, {c, 3}, {b, 1.0}, {a, 2.0}]),
    erlang:display(lists:keysort(1, L)),
    erlang:display(lists:keysort(2, L)),
    erlang:display(lists:ukeysort(1, L)),
    erlang:display(lists:ukeysort(2, L)),
    erlang:display(lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)),
    erlang:display(lists:sort(fun({A, _}, {B, _}) -> A < B end, L)),
    erlang:display(lists:usort(fun({A, _}, {B, _}) -> A =< B end, L)),
    erlang:display(lists:sort(L)),
    erlang:display(lists:usort([2, 2.0, 1.0, 1, 2, 1.0])),
    erlang:display(lists:reverse(lists:sort(lists:reverse(?MODULE:id([3, 3.0, 1, 1.0, 2.0, 2]))))),
    erlang:display(lists:keymerge(1, [{1, a}, {2, b}], [{1.0, c}, {2, d}])),
    erlang:display(lists:ukeymerge(1, [{1, a}, {2, b}], [{1.0, c}, {2, d}])),
    Big = [{I rem 7, I} || I <- lists:seq(1, 200)],
    Sorted = lists:keysort(1, ?MODULE:id(Big)),
    erlang:display(lists:sublist(Sorted, 10)),
    erlang:display(erlang:phash2(Sorted)),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, ?MODULE:id([1, 1.0, 2, 2.0, 0]))).
