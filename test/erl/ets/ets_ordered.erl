%% ordered_set: term order, 1 == 1.0 as one key, first/last/next/prev (also on absent keys),
%% slot, select_reverse, tab2list.
-module(ets_ordered).
-export([main/1]).

walk(_T, '$end_of_table', _F) -> [];
walk(T, K, F) -> [K | walk(T, ets:F(T, K), F)].

main(_) ->
    T = ets:new(o, [ordered_set]),
    Keys = [b, 3, 1.5, "s", {t}, <<"b">>, [], a, -7, 1 bsl 70, {a, b}, [x], 2.0e10],
    [ets:insert(T, {K, v}) || K <- Keys],
    NoRef = fun(L) -> [case is_reference(X) of true -> ref; false -> X end || X <- L] end,
    erlang:display(NoRef([K || {K, _} <- ets:tab2list(T)])),
    erlang:display([ets:first(T), ets:last(T)]),
    erlang:display(NoRef(walk(T, ets:first(T), next))),
    erlang:display(NoRef(walk(T, ets:last(T), prev))),
    erlang:display([ets:next(T, 2), ets:prev(T, 2), ets:next(T, b), ets:next(T, zzz), ets:prev(T, -100), ets:next(T, <<"c">>)]),
    ets:insert(T, {1, int}),
    ets:insert(T, {1.0, float}),
    erlang:display([ets:lookup(T, 1), ets:lookup(T, 1.0), ets:member(T, 1), ets:info(T, size)]),
    erlang:display([ets:insert_new(T, {3.0, x}), ets:delete(T, 3.0), ets:member(T, 3)]),
    erlang:display([ets:slot(T, 0), ets:slot(T, 3), ets:slot(T, ets:info(T, size)), ets:slot(T, ets:info(T, size) - 1)]),
    erlang:display(ets:select_reverse(T, [{{'$1', '_'}, [{is_atom, '$1'}], ['$1']}])),
    erlang:display(ets:select(T, [{{'$1', '_'}, [{is_number, '$1'}], ['$1']}])),
    N = ets:new(n, [ordered_set]),
    [ets:insert(N, {K, K * K}) || K <- lists:reverse(lists:seq(1, 1000))],
    erlang:display([ets:first(N), ets:last(N), ets:next(N, 500), ets:prev(N, 500), ets:next(N, 500.5), ets:prev(N, 0)]),
    [ets:delete(N, K) || K <- lists:seq(2, 1000, 2)],
    erlang:display([ets:info(N, size), lists:sublist(ets:tab2list(N), 10), ets:next(N, 500), ets:lookup(N, 999)]),
    erlang:display(ets:select(N, [{{'$1', '$2'}, [{'>', '$1', 990}], [{{'$2', '$1'}}]}])),
    erlang:display(ets:select_reverse(N, [{{'$1', '_'}, [{'<', '$1', 10}], ['$1']}])),
    erlang:display(ets:foldl(fun({K, _}, A) when K < 20 -> [K | A]; (_, A) -> A end, [], N)),
    erlang:display(ets:foldr(fun({K, _}, A) when K > 980 -> [K | A]; (_, A) -> A end, [], N)),
    erlang:display([ets:update_counter(N, 3, 1), ets:update_element(N, 5, {2, five}), ets:lookup(N, 5)]),
    K2 = ets:new(k2, [ordered_set, {keypos, 3}]),
    ets:insert(K2, [{x, y, 3}, {x, y, 1}, {x, y, 2}, {z, z, 2}]),
    erlang:display(ets:tab2list(K2)).
