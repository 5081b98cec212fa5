%% update_counter/3,4 in every form (increment, {Pos, Incr}, thresholds, lists, defaults),
%% update_element/3, and their errors.
-module(ets_counters).
-export([main/1]).

t(F) -> try F() catch C:R -> {C, R} end.

%% Not probed: update_counter with the default {} (an empty tuple). erts 25.2.3 reads past the
%% tuple and, depending on what came before, aborts ("size_object: bad tag for 0x0", exit 134).

main(_) ->
    T = ets:new(c, [set, public]),
    ets:insert(T, {k, 0, 100, x}),
    erlang:display([ets:update_counter(T, k, 1), ets:update_counter(T, k, -5), ets:update_counter(T, k, {3, 10}),
                    ets:update_counter(T, k, [{2, 1}, {3, -1}, {2, 100}]), ets:lookup(T, k)]),
    erlang:display([ets:update_counter(T, k, {2, 10, 50, 0}), ets:update_counter(T, k, {2, 100, 50, -1}),
                    ets:update_counter(T, k, {2, -10, -5, 7}), ets:update_counter(T, k, {3, -200, 0, 0})]),
    erlang:display([ets:update_counter(T, k, 1 bsl 62), ets:update_counter(T, k, 1 bsl 62), ets:update_counter(T, k, -(1 bsl 63))]),
    erlang:display(ets:update_counter(T, k, [])),
    erlang:display([ets:update_counter(T, new, 5, {new, 10}), ets:lookup(T, new),
                    ets:update_counter(T, new2, {3, 1}, {whatever, a, 0}), ets:lookup(T, new2),
                    ets:update_counter(T, new3, [{2, 1}, {3, 2}], {x, 0, 0}), ets:lookup(T, new3)]),
    erlang:display([t(fun() -> ets:update_counter(T, missing, 1) end), t(fun() -> ets:update_counter(T, k, {4, 1}) end),
                    t(fun() -> ets:update_counter(T, k, {1, 1}) end), t(fun() -> ets:update_counter(T, k, {5, 1}) end),
                    t(fun() -> ets:update_counter(T, k, {2, a}) end), t(fun() -> ets:update_counter(T, k, 1.5) end),
                    t(fun() -> ets:update_counter(T, k, {0, 1}) end), t(fun() -> ets:update_counter(T, n4, 1, {n4}) end),
                    t(fun() -> ets:update_counter(T, n4, 1, x) end),
                    t(fun() -> ets:update_counter(T, k, [{2, 1} | x]) end), t(fun() -> ets:update_counter(T, k, {2, 1, 2}) end)]),
    erlang:display(ets:lookup(T, k)),
    erlang:display([ets:update_element(T, k, {4, y}), ets:update_element(T, k, [{2, a}, {3, b}]), ets:lookup(T, k),
                    ets:update_element(T, nokey, {2, z}), ets:update_element(T, k, [])]),
    erlang:display([t(fun() -> ets:update_element(T, k, {1, z}) end), t(fun() -> ets:update_element(T, k, {9, z}) end),
                    t(fun() -> ets:update_element(T, nokey, {9, z}) end), t(fun() -> ets:update_element(T, k, {2}) end),
                    t(fun() -> ets:update_element(T, k, [{2, q}, {1, z}]) end), ets:lookup(T, k)]),
    B = ets:new(b, [bag]),
    ets:insert(B, {k, 1}),
    erlang:display([t(fun() -> ets:update_counter(B, k, 1) end), t(fun() -> ets:update_element(B, k, {2, 2}) end)]),
    O = ets:new(o, [ordered_set, {keypos, 2}]),
    ets:insert(O, {a, 1, 5}),
    erlang:display([ets:update_counter(O, 1, 1), ets:update_counter(O, 1.0, {3, 2}), ets:update_counter(O, 7, {3, 1}, {z, 0, 0}),
                    ets:tab2list(O), t(fun() -> ets:update_counter(O, 1, {2, 1}) end)]),
    S = ets:new(s, [set]),
    [ets:update_counter(S, K rem 300, 1, {K rem 300, 0}) || K <- lists:seq(1, 900)],
    erlang:display(lists:sublist(ets:tab2list(S), 40)).
