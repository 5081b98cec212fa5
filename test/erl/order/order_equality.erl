%% == versus =:= through nested terms; and the equality BIFs used by lists and maps functions.
-module(order_equality).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Cases = [{1, 1.0}, {[1], [1.0]}, {{1, [2, {3}]}, {1.0, [2, {3.0}]}}, {"a", [97.0]}, {<<1>>, <<1>>},
             {#{a => 1}, #{a => 1.0}}, {#{1 => a}, #{1.0 => a}}, {1 bsl 64, float(1 bsl 64)},
             {0, -0.0}, {0.0, -0.0}, {[a | 1], [a | 1.0]}, {<<1:1>>, <<1:1>>}, {<<1:1>>, <<128>>},
             {#{}, #{}}, {{}, []}, {'1', 1}, {[], ""}, {<<>>, []}, {<<"a">>, "a"}, {{a, #{1 => 2}}, {a, #{1 => 2.0}}}],
    lists:foreach(fun({A0, B0}) ->
                          A = ?MODULE:id(A0), B = ?MODULE:id(B0),
                          erlang:display({A == B, A =:= B, A /= B, A =/= B})
                  end, Cases),
    L = ?MODULE:id([{1, one}, {2.0, two}, {a, x}]),
    erlang:display([lists:keyfind(1.0, 1, L), lists:keyfind(2, 1, L), lists:keymember(1.0, 1, L), lists:keysearch(2, 1, L),
                    lists:member(1.0, [1]), lists:member(1, [1]), lists:keydelete(2, 1, L), lists:keyreplace(1.0, 1, L, {r}),
                    lists:delete(1.0, [1, 1.0]), lists:subtract([1, 1.0, 1], [1.0]), [1, 1.0, 2] -- [1.0, 2.0],
                    lists:usort([2.0, 1, 2, 1.0]), lists:ukeysort(1, [{1, a}, {1.0, b}, {0, c}])]),
    M = ?MODULE:id(#{1 => int, 1.0 => float}),
    erlang:display([maps:get(1, M), maps:get(1.0, M), maps:is_key(2.0, #{2 => x}), maps:find(1.0, #{1 => x}),
                    map_size(maps:put(1.0, y, #{1 => x}))]),
    erlang:display([proplists:get_value(1.0, [{1, a}]), proplists:get_value(1, [{1, a}]),
                    orddict:find(1.0, orddict:from_list([{1, a}])), gb_trees:lookup(1.0, gb_trees:from_orddict([{1, a}]))]),
    erlang:display([sets:is_element(1.0, sets:from_list([1])), sets:is_element(1.0, sets:from_list([1], [{version, 2}])),
                    ordsets:is_element(1.0, ordsets:from_list([1])), length(lists:usort([1, 1.0, 1]))]).
