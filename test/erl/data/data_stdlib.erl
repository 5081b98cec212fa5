%% Pure-Erlang containers from stdlib run unchanged: proplists, orddict, ordsets, sets, gb_trees, gb_sets, dict, queue, array.
-module(data_stdlib).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    N = ?MODULE:id(1000),
    Pl = [{a, 1}, b, {c, 3}, {a, 2}],
    erlang:display([proplists:get_value(a, Pl), proplists:get_all_values(a, Pl), proplists:get_bool(b, Pl),
                    proplists:lookup(c, Pl), proplists:delete(a, Pl), proplists:compact(Pl), proplists:get_keys(Pl)]),
    Od = lists:foldl(fun(I, D) -> orddict:update_counter(I rem 5, I, D) end, orddict:new(), lists:seq(1, N)),
    erlang:display(Od),
    erlang:display([ordsets:union([1, 3], [2, 3]), ordsets:intersection([1, 2, 3], [2, 3, 4]), ordsets:subtract([1, 2], [2])]),
    S = sets:from_list([I rem 17 || I <- lists:seq(1, N)]),
    erlang:display([sets:size(S), lists:sort(sets:to_list(S)), sets:is_element(16, S), sets:is_element(17, S)]),
    S2 = sets:from_list([I rem 17 || I <- lists:seq(1, N)], [{version, 2}]),
    erlang:display([sets:size(S2), lists:sort(sets:to_list(S2)), sets:is_subset(S2, sets:from_list(lists:seq(0, 20), [{version, 2}]))]),
    T = lists:foldl(fun(I, Acc) -> gb_trees:enter(I * 7 rem 101, I, Acc) end, gb_trees:empty(), lists:seq(1, N)),
    erlang:display([gb_trees:size(T), gb_trees:smallest(T), gb_trees:largest(T), gb_trees:lookup(50, T), lists:sublist(gb_trees:keys(T), 10)]),
    GS = gb_sets:from_list([5, 3, 9, 1]),
    erlang:display([gb_sets:to_list(GS), gb_sets:is_member(3, GS), gb_sets:smallest(GS), gb_sets:to_list(gb_sets:del_element(3, GS))]),
    D = lists:foldl(fun(I, Acc) -> dict:append(I rem 3, I, Acc) end, dict:new(), lists:seq(1, 10)),
    erlang:display([lists:sort(dict:to_list(D)), dict:fetch(1, D), dict:find(9, D), dict:size(D)]),
    Q = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 5)),
    {{value, H}, Q2} = queue:out(Q),
    erlang:display([H, queue:to_list(Q2), queue:len(Q2), queue:to_list(queue:reverse(Q2)), queue:peek_r(Q2), queue:is_empty(queue:new())]),
    A = lists:foldl(fun(I, Acc) -> array:set(I, I * I, Acc) end, array:new(), lists:seq(0, 99)),
    erlang:display([array:size(A), array:get(50, A), array:get(1000, array:new({default, d})), lists:sum(array:to_list(A))]),
    erlang:display([lists:sort(digraph_free(N))]).

%% A small graph walk over a map (no ETS-backed digraph here).
digraph_free(N) ->
    G = maps:from_list([{I, [(I * 2) rem N, (I * 3 + 1) rem N]} || I <- lists:seq(0, N - 1)]),
    walk([0], G, #{}, 20).

walk(_, _, Seen, 0) -> maps:keys(Seen);
walk([], _, Seen, _) -> maps:keys(Seen);
walk([X | Rest], G, Seen, K) ->
    case maps:is_key(X, Seen) of
        true -> walk(Rest, G, Seen, K);
        false -> walk(Rest ++ maps:get(X, G), G, Seen#{X => true}, K - 1)
    end.
