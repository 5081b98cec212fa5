%% Funs passed through stdlib higher-order functions, sort comparators, folds that build funs, funs in data structures.
-module(funs_higher_order).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    L = ?MODULE:id(lists:seq(1, 20)),
    erlang:display(lists:map(fun(X) -> X * X end, L)),
    erlang:display(lists:filter(fun(X) -> X rem 3 =:= 0 end, L)),
    erlang:display(lists:foldl(fun(X, {S, P}) -> {S + X, P * X} end, {0, 1}, L)),
    erlang:display(lists:foldr(fun(X, A) -> [X | A] end, [], L) =:= L),
    erlang:display(lists:sort(fun(A, B) -> A rem 5 < B rem 5 orelse (A rem 5 =:= B rem 5 andalso A =< B) end, L)),
    erlang:display(lists:all(fun is_integer/1, L)),
    erlang:display(lists:any(fun(X) -> X > 19 end, L)),
    erlang:display(lists:zipwith(fun(A, B) -> A * B end, L, lists:reverse(L))),
    erlang:display(lists:zipwith3(fun(A, B, C) -> A + B + C end, [1, 2], [3, 4], [5, 6])),
    erlang:display(lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3])),
    Ops = #{add => fun erlang:'+'/2, sub => fun erlang:'-'/2, mul => fun(A, B) -> A * B end},
    erlang:display([(maps:get(Op, Ops))(7, 3) || Op <- [add, sub, mul]]),
    Pipeline = [fun(X) -> X + 1 end, fun(X) -> X * 2 end, fun integer_to_list/1, fun list_to_binary/1],
    erlang:display(lists:foldl(fun(F, Acc) -> F(Acc) end, 20, Pipeline)),
    Counter = counter(0),
    {V1, C1} = Counter(inc), {V2, C2} = C1(inc), {V3, _} = C2(get),
    erlang:display([V1, V2, V3]),
    Memo = lists:foldl(fun(I, M) -> M#{I => fun() -> I * 100 end} end, #{}, lists:seq(1, 5)),
    erlang:display([(maps:get(K, Memo))() || K <- lists:sort(maps:keys(Memo))]),
    erlang:display(lists:keysort(2, [{F, N} || {F, N} <- [{fun() -> a end, 3}, {fun() -> b end, 1}]]) =/= []),
    erlang:display(element(1, lists:mapfoldl(fun(X, Acc) -> {fun() -> X + Acc end, Acc + 1} end, 0, [10, 20]))
                   =/= []),
    erlang:display([F() || F <- element(1, lists:mapfoldl(fun(X, Acc) -> {fun() -> X + Acc end, Acc + 1} end, 0, [10, 20]))]).

counter(N) ->
    fun(inc) -> {N + 1, counter(N + 1)};
       (get) -> {N, counter(N)}
    end.
