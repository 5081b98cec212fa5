%% set tables: insert, insert_new, lookup, lookup_element, member, delete, take, keypos, 1 vs 1.0 keys.
-module(ets_set_basics).
-export([main/1]).

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    T = ets:new(t, [set]),
    erlang:display(ets:insert(T, {a, 1})),
    erlang:display(ets:insert(T, [{b, 2}, {c, 3, x}, {1, int}, {1.0, float}])),
    erlang:display([ets:lookup(T, a), ets:lookup(T, 1), ets:lookup(T, 1.0), ets:lookup(T, zz)]),
    erlang:display(ets:insert(T, {a, 10})),
    erlang:display(ets:lookup(T, a)),
    erlang:display([ets:insert_new(T, {a, 11}), ets:insert_new(T, {d, 4}), ets:insert_new(T, [{e, 5}, {a, 1}]),
                    ets:lookup(T, e), ets:insert_new(T, [{e, 5}, {f, 6}]), ets:lookup(T, f)]),
    erlang:display([ets:member(T, a), ets:member(T, zz), ets:member(T, 1.0)]),
    erlang:display([ets:lookup_element(T, c, 3), ets:lookup_element(T, c, 1), t(fun() -> ets:lookup_element(T, c, 4) end),
                    t(fun() -> ets:lookup_element(T, zz, 1) end), t(fun() -> ets:lookup_element(T, c, 0) end)]),
    erlang:display([ets:delete(T, b), ets:delete(T, b), ets:lookup(T, b), ets:info(T, size)]),
    erlang:display([ets:take(T, c), ets:take(T, c), ets:info(T, size)]),
    erlang:display(lists:sort(ets:tab2list(T))),
    erlang:display([ets:delete_object(T, {a, 9}), ets:lookup(T, a), ets:delete_object(T, {a, 10}), ets:lookup(T, a)]),
    K = ets:new(k, [set, {keypos, 2}]),
    erlang:display([ets:insert(K, {x, 1, y}), ets:insert(K, {z, 1, w}), ets:lookup(K, 1), t(fun() -> ets:insert(K, {only}) end),
                    ets:lookup_element(K, 1, 3), ets:member(K, x)]),
    %% keys of every type
    Keys = [0, -1, 1 bsl 64, -(1 bsl 70), 2.5, -0.0, atom, "str", <<"bin">>, <<1:3>>, {t, 1}, [a | b], #{k => v}, [],
            self(), make_ref(), fun erlang:abs/1],
    [ets:insert(T, {Key, v}) || Key <- Keys],
    erlang:display([ets:lookup(T, Key) =:= [{Key, v}] || Key <- Keys]),
    erlang:display([ets:member(T, 0.0), ets:member(T, -0.0), ets:member(T, 2.5)]),
    erlang:display(ets:delete_all_objects(T)),
    erlang:display([ets:info(T, size), ets:tab2list(T), ets:first(T)]),
    erlang:display(ets:delete(T)),
    erlang:display([ets:info(T), t(fun() -> ets:lookup(T, a) end), t(fun() -> ets:insert(T, {a}) end)]).
