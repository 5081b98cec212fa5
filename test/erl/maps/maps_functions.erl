%% The maps module: every function once, with edge inputs.
-module(maps_functions).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = ?MODULE:id(#{a => 1, b => 2, c => 3}),
    erlang:display([maps:get(a, M), maps:get(z, M, def), maps:find(b, M), maps:find(z, M), maps:is_key(c, M), maps:size(M)]),
    erlang:display([maps:put(d, 4, M), maps:put(a, 1, M) =:= M, maps:update(a, 10, M), maps:remove(z, M), maps:remove(a, M)]),
    erlang:display([maps:take(a, M), maps:take(z, M), maps:keys(M), maps:values(M), maps:to_list(M)]),
    erlang:display([maps:merge(M, #{a => new, z => 26}), maps:merge(#{}, #{}), maps:merge(#{a => 1}, #{a => 1.0})]),
    erlang:display([maps:map(fun(_, V) -> V * 10 end, M), maps:filter(fun(K, _) -> K =/= b end, M),
                    maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V + 100}; (_, _) -> true end, M),
                    maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)]),
    erlang:display([maps:with([a, z], M), maps:without([a, z], M), maps:from_keys([x, y], 0), maps:from_list([]),
                    maps:new(), maps:update_with(a, fun(V) -> V + 1 end, M), maps:update_with(z, fun(V) -> V end, 0, M)]),
    erlang:display([maps:intersect(M, #{a => x, z => y}), maps:intersect_with(fun(_, A, B) -> {A, B} end, M, #{b => x}),
                    maps:merge_with(fun(_, A, B) -> A + B end, M, #{a => 100, q => 1}),
                    maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)),
                    maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, [1, 2, 3, 4])]),
    I = maps:iterator(M),
    erlang:display(drain(maps:next(I))),
    erlang:display(drain(maps:next(maps:iterator(#{})))),
    erlang:display(maps:foreach(fun(_, _) -> ok end, M)),
    erlang:display([map_get(a, M), is_map_key(b, M), is_map(M), is_map([]), map_size(#{})]),
    erlang:display(lists:sort(maps:to_list(maps:map(fun(K, V) -> {K, V} end, maps:from_list([{J, J} || J <- lists:seq(1, 50)]))))),
    erlang:display(maps:fold(fun(K, V, A) -> K + V + A end, 0, maps:from_list([{J, J} || J <- lists:seq(1, 1000)]))).

drain(none) -> [];
drain({K, V, I}) -> [{K, V} | drain(maps:next(I))].
