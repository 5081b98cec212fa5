%% erts_internal:ets_raw_first/1, ets_raw_next/2 and ets_super_user/1 (the walk ets:info(T, binary)
%% makes): the same keys as first/next, access to another process's private table only as a
%% super user.
-module(ets_raw_walk).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, erts_internal:ets_raw_next(T, K))].

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K} || K <- [c, a, b, {x}, 1, 2.0]]),
    P(walk(O, erts_internal:ets_raw_first(O))),
    S = ets:new(s, [set]),
    ets:insert(S, [{K} || K <- lists:seq(1, 50)]),
    P(walk(S, erts_internal:ets_raw_first(S)) =:= walk2(S, ets:first(S))),
    P([t(fun() -> erts_internal:ets_raw_next(O, zzz) end), t(fun() -> erts_internal:ets_raw_next(S, 999) end),
       t(fun() -> erts_internal:ets_raw_first(nosuch) end), t(fun() -> erts_internal:ets_raw_first(ets:new(e, [])) end)]),
    Me = self(),
    spawn(fun() -> Pr = ets:new(pr, [private]), ets:insert(Pr, {a, 1}), Me ! {t, Pr}, receive stop -> ok end end),
    Pr = receive {t, X} -> X end,
    P([t(fun() -> ets:lookup(Pr, a) end), t(fun() -> erts_internal:ets_raw_first(Pr) end)]),
    P(t(fun() -> erts_internal:ets_super_user(true) end)),
    P([t(fun() -> ets:lookup(Pr, a) end), t(fun() -> erts_internal:ets_raw_first(Pr) end),
       t(fun() -> ets:insert(Pr, {b, 2}) end), t(fun() -> ets:info(Pr, size) end)]),
    P(t(fun() -> erts_internal:ets_super_user(false) end)),
    P([t(fun() -> ets:lookup(Pr, a) end)]),
    P(t(fun() -> erts_internal:ets_super_user(foo) end)).

walk2(_T, '$end_of_table') -> [];
walk2(T, K) -> [K | walk2(T, ets:next(T, K))].
