%% Named funs (fun Name(...) -> ... end) recurse through themselves; deep recursion through a named fun.
-module(funs_named).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Fact = fun F(0) -> 1; F(N) when N > 0 -> N * F(N - 1) end,
    erlang:display([Fact(0), Fact(?MODULE:id(20)), Fact(?MODULE:id(30))]),
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    erlang:display(Len(lists:seq(1, ?MODULE:id(1000000)))),
    Loop = fun Lp(0, Acc) -> Acc; Lp(N, Acc) -> Lp(N - 1, Acc + N) end,
    erlang:display(Loop(?MODULE:id(10000000), 0)),
    Fib = fun Fb(N) when N < 2 -> N; Fb(N) -> Fb(N - 1) + Fb(N - 2) end,
    erlang:display(Fib(?MODULE:id(25))),
    K = ?MODULE:id(3),
    Pow = fun P(0) -> 1; P(N) -> K * P(N - 1) end,
    erlang:display(Pow(?MODULE:id(50))),
    Even = fun E(0) -> true; E(N) -> not E(N - 1) end,
    erlang:display([Even(?MODULE:id(10)), Even(?MODULE:id(7))]),
    Walk = fun W({node, L, V, R}) -> W(L) ++ [V] ++ W(R); W(nil) -> [] end,
    T = lists:foldl(fun(V, Tr) -> ins(V, Tr) end, nil, ?MODULE:id([5, 3, 8, 1, 4, 9, 7])),
    erlang:display(Walk(T)),
    {name, Name} = erlang:fun_info(Fact, name),
    erlang:display(Name).

ins(V, nil) -> {node, nil, V, nil};
ins(V, {node, L, X, R}) when V < X -> {node, ins(V, L), X, R};
ins(V, {node, L, X, R}) -> {node, L, X, ins(V, R)}.
