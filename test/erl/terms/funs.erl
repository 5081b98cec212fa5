-module(funs).
-export([main/1, twice/1]).
twice(X) -> 2 * X.
adder(N) -> fun(X) -> X + N end.
main(_) ->
    Add3 = adder(3),
    erlang:display(Add3(4)),
    erlang:display(lists:map(fun twice/1, [1, 2, 3])),
    erlang:display(lists:map(fun ?MODULE:twice/1, [4])),
    erlang:display(lists:foldl(fun(X, Acc) -> X + Acc end, 0, lists:seq(1, 100))),
    F = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    erlang:display(F(20)),
    erlang:display(erlang:fun_info(Add3, arity)),
    erlang:display(apply(fun twice/1, [21])),
    erlang:display(apply(funs, twice, [5])),
    erlang:display(is_function(Add3, 1)),
    erlang:display([X * Y || X <- [1, 2, 3], Y <- [10, 20], X =/= 2]),
    erlang:display(lists:sort(fun(A, B) -> A > B end, [3, 1, 2])).
