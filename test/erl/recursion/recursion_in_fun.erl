%% Deep body recursion inside funs: a fun that recurses through itself, and a fold that nests fun calls.
-module(recursion_in_fun).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Count = fun C(0) -> 0; C(N) -> 1 + C(N - 1) end,
    erlang:display(Count(?MODULE:id(2000000))),
    Self = fun(F, 0) -> {F, 0}; (F, N) -> {G, M} = F(F, N - 1), {G, M + 1} end,
    {_, R} = Self(Self, ?MODULE:id(1000000)),
    erlang:display(R),
    Chain = lists:foldl(fun(_, F) -> fun() -> 1 + F() end end, fun() -> 0 end, lists:seq(1, ?MODULE:id(500000))),
    erlang:display(Chain()),
    erlang:display(lists:foldr(fun(X, A) -> X + A end, 0, lists:seq(1, ?MODULE:id(2000000)))).
