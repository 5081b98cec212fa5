%% badmap and badkey in every form: BIFs, update syntax, maps module functions, guards.
-module(maps_errors).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    M = ?MODULE:id(#{a => 1}), NotMap = ?MODULE:id([a]), K = ?MODULE:id(zz),
    erlang:display([t(fun() -> M#{K := 1} end), t(fun() -> NotMap#{a := 1} end), t(fun() -> NotMap#{a => 1} end),
                    t(fun() -> map_get(K, M) end), t(fun() -> map_get(a, NotMap) end), t(fun() -> map_size(NotMap) end),
                    t(fun() -> is_map_key(a, NotMap) end)]),
    erlang:display([t(fun() -> maps:get(K, M) end), t(fun() -> maps:get(a, NotMap) end), t(fun() -> maps:get(a, NotMap, d) end),
                    t(fun() -> maps:update(K, 1, M) end), t(fun() -> maps:update(a, 1, NotMap) end), t(fun() -> maps:put(a, 1, NotMap) end),
                    t(fun() -> maps:remove(a, NotMap) end), t(fun() -> maps:keys(NotMap) end), t(fun() -> maps:merge(M, NotMap) end),
                    t(fun() -> maps:merge(NotMap, M) end), t(fun() -> maps:from_list(NotMap) end), t(fun() -> maps:from_list([{a, 1} | b]) end),
                    t(fun() -> maps:to_list(NotMap) end), t(fun() -> maps:find(a, NotMap) end), t(fun() -> maps:is_key(a, NotMap) end),
                    t(fun() -> maps:with([a], NotMap) end), t(fun() -> maps:with(a, M) end), t(fun() -> maps:take(a, NotMap) end),
                    t(fun() -> maps:update_with(K, fun(V) -> V end, M) end), t(fun() -> maps:map(fun(_, V) -> V end, NotMap) end),
                    t(fun() -> maps:fold(fun(_, _, A) -> A end, 0, NotMap) end), t(fun() -> maps:next(NotMap) end),
                    t(fun() -> maps:iterator(NotMap) end), t(fun() -> maps:from_keys(a, 1) end), t(fun() -> maps:size(NotMap) end)]),
    erlang:display([t(fun() -> #{a := V} = ?MODULE:id(#{b => 1}), V end), t(fun() -> #{a := 2} = M end),
                    t(fun() -> #{a := _} = NotMap end)]),
    G = fun(X) when map_get(a, X) =:= 1 -> yes; (X) when is_map_key(k, X) -> key; (_) -> no end,
    erlang:display([G(M), G(NotMap), G(#{k => 1}), G(#{a => 2}), G(3)]),
    H = fun(X) when map_size(X) > 0 -> nonempty; (_) -> other end,
    erlang:display([H(M), H(#{}), H(NotMap)]).
