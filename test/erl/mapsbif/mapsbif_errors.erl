%% How the map BIFs fail: the reason, and the BIF and arguments that the first stack trace entry
%% names, whether called by name, through apply, through a fun, or inlined by the compiler.
%% (Only erlang's BIFs show their error_info here; the maps module's is erl_stdlib_errors.)
-module(mapsbif_errors).
-export([main/1]).

id(X) -> X.

mfa(F) ->
    try F() of V -> {ok, V} catch C:R:S -> [{M, Fn, A, _} | _] = S, {C, R, {M, Fn, A}} end.

full(F) ->
    try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    M = id(#{a => 1, 1 => b}),
    X = id(not_a_map),
    erlang:display([mfa(F) || F <- [
        fun() -> maps:get(zz, M) end,
        fun() -> maps:get(a, X) end,
        fun() -> maps:find(a, X) end,
        fun() -> maps:is_key(a, X) end,
        fun() -> maps:keys(X) end,
        fun() -> maps:values(X) end,
        fun() -> maps:merge(X, M) end,
        fun() -> maps:merge(M, X) end,
        fun() -> maps:merge(X, id(y)) end,
        fun() -> maps:put(k, v, X) end,
        fun() -> maps:remove(k, X) end,
        fun() -> maps:take(k, X) end,
        fun() -> maps:update(zz, v, M) end,
        fun() -> maps:update(a, v, X) end,
        fun() -> maps:from_list(id([{a, 1}, b])) end,
        fun() -> maps:from_list(id([{a, 1} | c])) end,
        fun() -> maps:from_keys(id([a | b]), v) end,
        fun() -> apply(maps, get, [zz, M]) end,
        fun() -> (fun maps:get/2)(zz, M) end,
        fun() -> erts_internal:map_next(id(-1), M, []) end,
        fun() -> erts_internal:map_next(0, X, []) end,
        fun() -> erts_internal:map_next(0, M, id(foo)) end
    ]]),
    erlang:display([full(F) || F <- [
        fun() -> map_get(zz, M) end,
        fun() -> map_get(a, X) end,
        fun() -> map_size(X) end,
        fun() -> is_map_key(a, X) end,
        fun() -> apply(erlang, map_get, [zz, M]) end,
        fun() -> (fun erlang:map_size/1)([]) end,
        fun() -> M#{zz := 1} end,
        fun() -> X#{a => 1} end,
        fun() -> #{a := V} = id(#{}), V end
    ]]),
    %% Guards swallow the errors.
    G = fun(T) when map_get(a, T) =:= 1 -> one; (T) when map_size(T) >= 0 -> map; (_) -> other end,
    erlang:display([G(T) || T <- [M, #{a => 2}, #{}, X, [a]]]).
