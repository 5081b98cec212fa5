%% maps.erl's functions written in Erlang, on top of the BIFs and erts_internal:map_next/3:
%% map, filter, filtermap, fold, foreach, with, without, groups_from_list, intersect(_with),
%% merge_with, update_with, get/3, size, to_list; small maps and tries alike.
-module(mapsbif_higher).
-export([main/1]).

try_it(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main(_) ->
    S = #{a => 1, b => 2, c => 3, "d" => 4, 5 => 5, 6.0 => 6},
    L = maps:from_list([{I, I} || I <- lists:seq(1, 60)]),
    erlang:display(maps:map(fun(K, V) -> {K, V * 10} end, S)),
    erlang:display(maps:to_list(maps:map(fun(_, V) -> V * V end, L))),
    erlang:display(maps:filter(fun(K, _) -> is_atom(K) end, S)),
    erlang:display(maps:to_list(maps:filter(fun(K, _) -> K rem 3 =:= 0 end, L))),
    erlang:display(maps:filtermap(fun(K, V) when is_atom(K) -> {true, V + 100}; (_, V) -> V > 4 end, S)),
    erlang:display(maps:to_list(maps:filtermap(fun(K, V) -> K rem 2 =:= 0 andalso {true, -V} end, L))),
    erlang:display(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], S)),
    erlang:display(maps:fold(fun(K, V, Acc) -> [K + V | Acc] end, [], L)),
    maps:foreach(fun(K, V) -> erlang:display({each, K, V}) end, S),
    erlang:display({maps:with([a, 5, zz], S), maps:without([a, 5, zz], S)}),
    erlang:display({maps:with(lists:seq(10, 70, 7), L), maps:to_list(maps:without(lists:seq(1, 40), L))}),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 20))),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 3 end, fun(X) -> X * X end, lists:seq(1, 20))),
    erlang:display(maps:to_list(maps:groups_from_list(fun(X) -> X rem 40 end, lists:seq(1, 200)))),
    erlang:display(maps:intersect(S, #{a => x, 5 => y, q => z})),
    erlang:display(maps:intersect_with(fun(K, V1, V2) -> {K, V1, V2} end, S, #{a => x, 5 => y, q => z})),
    erlang:display(maps:to_list(maps:intersect_with(fun(_, A, B) -> A + B end, L, maps:from_list([{I, I} || I <- lists:seq(30, 90)])))),
    erlang:display(maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, S, #{a => x, "d" => y, new => z})),
    erlang:display(maps:to_list(maps:merge_with(fun(_, A, B) -> A - B end, L, maps:from_list([{I, 1} || I <- lists:seq(50, 80)])))),
    erlang:display({maps:update_with(a, fun(V) -> V + 1 end, S), maps:update_with(zz, fun(V) -> V end, 0, S)}),
    erlang:display({maps:get(zz, S, default), maps:get(a, S, default), maps:size(L), maps:find(59, L), maps:take(60, #{60 => x})}),
    erlang:display(maps:from_keys([a, b, c], 0)),
    erlang:display({maps:keys(maps:from_keys(lists:seq(1, 50), x)) =:= maps:keys(L), maps:is_key(3, L)}),
    erlang:display([try_it(F) || F <- [
        fun() -> maps:map(fun(K, V) -> {K, V} end, x) end,
        fun() -> maps:map(notfun, #{}) end,
        fun() -> maps:filter(fun(_, _) -> true end, [a]) end,
        fun() -> maps:fold(fun(_, _, A) -> A end, 0, 1) end,
        fun() -> maps:with(x, #{}) end,
        fun() -> maps:without([a], x) end,
        fun() -> maps:update_with(zz, fun(V) -> V end, S) end,
        fun() -> maps:get(zz, x, d) end,
        fun() -> maps:groups_from_list(fun(X) -> X end, x) end,
        fun() -> maps:intersect(S, x) end,
        fun() -> maps:merge_with(fun(_, A, _) -> A end, x, S) end,
        fun() -> maps:iterator(x) end,
        fun() -> maps:next(x) end,
        fun() -> maps:to_list(x) end,
        fun() -> maps:size(x) end
    ]]).
