%% update_counter changes a table's own copy of an object: tuples read before (lookup, tab2list,
%% select, foldl, first/next walks, take) keep their values, and each later read sees the count
%% of that moment. Also counters on tables fixed while keys are deleted and put back, big
%% increments crossing into bignums, and the same loops on every table type and key position.
-module(ets_counter_sharing).
-export([main/1]).

t(F) -> try F() catch C:R -> {C, R} end.

reads(T, K) ->
    [L1] = ets:lookup(T, K),
    C1 = ets:update_counter(T, K, {3, 1}),
    C2 = ets:update_counter(T, K, {3, 1}),
    [L2] = ets:lookup(T, K),
    C3 = ets:update_counter(T, K, 5),
    All = ets:tab2list(T),
    C4 = ets:update_counter(T, K, {3, -2}),
    Sel = ets:select(T, [{{K, '$1', '$2'}, [], [{{'$1', '$2'}}]}]),
    C5 = ets:update_counter(T, K, {2, 1}),
    E = ets:lookup_element(T, K, 3),
    C6 = ets:update_counter(T, K, {3, 1}),
    [L1, C1, C2, L2, C3, lists:sort(All), C4, Sel, C5, E, C6, ets:lookup(T, K)].

many(T, N) ->
    [ets:insert(T, {I, I, 0}) || I <- lists:seq(1, N)],
    [ets:update_counter(T, I rem N + 1, {3, I rem 5}) || I <- lists:seq(1, 4 * N)],
    Snap = ets:tab2list(T),
    [ets:update_counter(T, I rem N + 1, {3, 1}) || I <- lists:seq(1, N)],
    Folded = ets:foldl(fun({_, _, C}, A) -> A + C end, 0, T),
    {lists:sum([C || {_, _, C} <- Snap]), Folded, lists:sublist(ets:tab2list(T), 5)}.

fixed(T) ->
    [ets:insert(T, {I, 0, 0}) || I <- lists:seq(1, 300)],
    ets:safe_fixtable(T, true),
    [ets:delete(T, I) || I <- lists:seq(1, 300, 3)],
    R1 = [t(fun() -> ets:update_counter(T, I, {3, 1}) end) || I <- lists:seq(1, 12)],
    R2 = [ets:update_counter(T, I, {3, 7}, {I, 0, 100}) || I <- lists:seq(1, 12)],
    [ets:insert(T, {I, 1, 1}) || I <- lists:seq(1, 30, 3)],
    R3 = [ets:update_counter(T, I, {2, 1}) || I <- lists:seq(1, 12)],
    Walk = walk(T, ets:first(T), 0),
    ets:safe_fixtable(T, false),
    [R1, R2, R3, Walk, ets:info(T, size), lists:sublist(ets:tab2list(T), 10)].

walk(_, '$end_of_table', N) -> N;
walk(T, K, N) ->
    _ = ets:update_counter(T, K, {2, 1}),
    walk(T, ets:next(T, K), N + 1).

big(T) ->
    ets:insert(T, {b, 1 bsl 52, 0}),
    R = [ets:update_counter(T, b, {2, 1 bsl 52}) || _ <- lists:seq(1, 4)],
    R2 = [ets:update_counter(T, b, {2, -(1 bsl 54)}) || _ <- lists:seq(1, 3)],
    [Before] = ets:lookup(T, b),
    R3 = ets:update_counter(T, b, [{2, 1}, {3, 1}]),
    [R, R2, Before, R3, ets:lookup(T, b)].

take(T) ->
    ets:insert(T, {tk, 0, 0}),
    ets:update_counter(T, tk, {2, 1}),
    ets:update_counter(T, tk, {2, 1}),
    [Taken] = ets:take(T, tk),
    R = t(fun() -> ets:update_counter(T, tk, {2, 1}) end),
    ets:insert(T, Taken),
    ets:update_counter(T, tk, {2, 10}),
    [Taken, R, ets:lookup(T, tk)].

main(_) ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, {k, 0, 0}),
         erlang:display({Type, reads(T, k)}),
         ets:delete(T),
         T2 = ets:new(t2, [Type]),
         erlang:display({Type, many(T2, 2000)}),
         ets:delete(T2),
         T3 = ets:new(t3, [Type, public]),
         erlang:display({Type, fixed(T3)}),
         erlang:display({Type, big(T3), take(T3)}),
         ets:delete(T3)
     end || Type <- [set, ordered_set]],
    K = ets:new(kp, [set, {keypos, 2}]),
    ets:insert(K, {x, key, 5}),
    [Old] = ets:lookup(K, key),
    erlang:display([ets:update_counter(K, key, 1), ets:update_counter(K, key, 1), Old, ets:lookup(K, key),
                    t(fun() -> ets:update_counter(K, key, {2, 1}) end), t(fun() -> ets:update_counter(K, key, {1, 0}) end),
                    t(fun() -> ets:update_counter(K, key, {1, 1}) end)]),
    N = ets:new(named_counters, [named_table, set]),
    ets:insert(N, {c, 0}),
    [ets:update_counter(named_counters, c, 1) || _ <- lists:seq(1, 100)],
    ets:rename(N, renamed_counters),
    erlang:display([t(fun() -> ets:update_counter(named_counters, c, 1) end), ets:update_counter(renamed_counters, c, 1)]),
    N2 = ets:new(named_counters, [named_table, set]),
    ets:insert(N2, {c, 1000}),
    erlang:display([ets:update_counter(named_counters, c, 1), ets:update_counter(renamed_counters, c, 1)]),
    ets:delete(renamed_counters),
    erlang:display([t(fun() -> ets:update_counter(renamed_counters, c, 1) end), ets:update_counter(named_counters, c, 1)]).
