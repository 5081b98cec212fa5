%% List BIFs and operators: length, hd/tl, ++ and -- semantics, improper lists, and the lists BIFs.
-module(data_lists).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Imp = ?MODULE:id([1, 2 | 3]), L = ?MODULE:id([3, 1, 2, 1, 3]),
    erlang:display([length(L), t(fun() -> length(Imp) end), t(fun() -> length(?MODULE:id(a)) end), hd(L), tl(L),
                    t(fun() -> hd(?MODULE:id([])) end), t(fun() -> tl(?MODULE:id([])) end), t(fun() -> hd(Imp ++ []) end)]),
    erlang:display([L ++ [], [] ++ Imp, [a] ++ b, t(fun() -> Imp ++ [4] end), t(fun() -> ?MODULE:id(a) ++ [1] end), L -- [1, 3],
                    L -- [1, 1, 1], L -- [], t(fun() -> L -- Imp end), t(fun() -> Imp -- [1] end), [1, 2] -- [2, 1]]),
    erlang:display([lists:reverse(L), lists:reverse(L, [x]), lists:reverse([], Imp), t(fun() -> lists:reverse(Imp) end),
                    lists:member(2, L), lists:member(9, L), t(fun() -> lists:member(9, Imp) end),
                    lists:keyfind(b, 1, [{a, 1}, {b, 2}]), lists:keyfind(x, 3, [{a}, {b, c, x}]), t(fun() -> lists:keyfind(a, 0, []) end)]),
    erlang:display([lists:nth(1, L), t(fun() -> lists:nth(6, L) end), lists:nthtail(5, L), lists:sublist(L, 2, 10), lists:last(L),
                    lists:seq(1, 0), t(fun() -> lists:seq(1, -1) end), lists:seq(5, 1, -2), lists:seq(1, 1, 0), t(fun() -> lists:seq(1, 2, 0) end),
                    lists:duplicate(0, x), lists:split(2, L), t(fun() -> lists:split(6, L) end)]),
    erlang:display([lists:flatten([[1, [2, [3, []]]], [], [[[4]]]]), lists:flatten([a, [b]], [c]), lists:append([[1], [2, 3], []]),
                    lists:concat([a, "b", 1, 2.5]), lists:zip([1, 2], [a, b]), t(fun() -> lists:zip([1], []) end),
                    lists:unzip([{1, a}, {2, b}]), lists:partition(fun(X) -> X > 1 end, L), lists:splitwith(fun(X) -> X > 1 end, L),
                    lists:dropwhile(fun(X) -> X > 1 end, L), lists:takewhile(fun(X) -> X > 1 end, L)]),
    erlang:display([lists:max(L), lists:min(L), lists:sum([1, 2.5]), lists:prefix([3, 1], L), lists:suffix([1, 3], L),
                    lists:enumerate(L), lists:uniq(L), lists:subtract(L, [3]), lists:join(x, [1, 2, 3]), lists:droplast(L),
                    lists:foldr(fun(X, A) -> [X | A] end, [], L), lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L),
                    lists:filtermap(fun(1) -> false; (X) -> {true, X * 10} end, L), lists:search(fun(X) -> X < 2 end, L)]),
    erlang:display([[X || X <- L, X > 1], [X || {X, _} <- [{1, a}, b, {2, c}]], [{X, Y} || X <- [1, 2], Y <- [a, b]],
                    [X || X <- [], true]]),
    Long = lists:seq(1, ?MODULE:id(1000000)),
    erlang:display([length(Long), lists:sum(Long), length(Long ++ Long), length(Long -- lists:seq(1, 10)),
                    lists:last(lists:reverse(Long)), length(lists:usort(Long ++ Long))]),
    erlang:display([t(fun() -> ?MODULE:id([1 | 2]) -- [2] end), t(fun() -> erlang:'--'([1], ?MODULE:id(a)) end), t(fun() -> erlang:'++'(?MODULE:id(a), []) end),
                    erlang:'++'([], a)]).
