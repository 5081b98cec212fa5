%% Iteration order of large maps (erts's hash trie): maps:fold, maps:to_list, maps:keys,
%% maps:values, maps:iterator/next and maps:foreach must walk entries exactly as erts does, for
%% keys of every kind but atoms (which erts hashes by their atom-table index).
-module(mapsbif_order).
-export([main/1]).

%% A digest of an order: values are 1..N in insertion order, so it identifies the permutation.
digest(Vs) ->
    {_, D} = lists:foldl(fun(V, {I, Acc}) -> {I + 1, (Acc * 31 + I * V) rem 1000000007} end, {1, 7}, Vs),
    D.

walk(I, Acc) ->
    case maps:next(I) of
        {K, V, Next} -> walk(Next, [{K, V} | Acc]);
        none -> lists:reverse(Acc)
    end.

check(Name, Keys) ->
    M = maps:from_list(lists:zip(Keys, lists:seq(1, length(Keys)))),
    Fold = maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M),
    List = maps:to_list(M),
    Walk = walk(maps:iterator(M), []),
    put(seen, []),
    maps:foreach(fun(_, V) -> put(seen, [V | get(seen)]) end, M),
    Each = lists:reverse(get(seen)),
    erlang:display({Name, map_size(M),
                    digest([V || {_, V} <- List]),
                    digest([V || {_, V} <- lists:reverse(Fold)]),
                    digest([V || {_, V} <- Walk]),
                    digest(Each),
                    digest(maps:values(M)),
                    [K || {K, _} <- List] =:= maps:keys(M),
                    lists:sublist(List, 6)}).

main(_) ->
    N = fun(C) -> lists:seq(1, C) end,
    check(ints33, N(33)),
    check(ints100, N(100)),
    check(ints_neg, [-I * 7 || I <- N(500)]),
    check(ints5000, N(5000)),
    check(spread, [I * 7919 + (I rem 13) * 1000003 || I <- N(2000)]),
    check(bigints, [(1 bsl 64) + I * 3 || I <- N(300)] ++ [-(1 bsl 70) - I || I <- N(300)]),
    check(floats, [I / 7 || I <- N(1000)]),
    check(mixed_num, lists:append([[I, float(I)] || I <- N(200)])),
    check(binaries, [<<I:16>> || I <- N(3000)]),
    check(strings, [integer_to_list(I) || I <- N(700)]),
    check(tuples, [{I rem 10, I, [I]} || I <- N(1500)]),
    check(nested, [#{I => [I], 0.5 => <<I>>} || I <- N(40)] ++ [[I | I] || I <- N(40)]),
    check(big20000, N(20000)),
    %% The same keys inserted in another order make the same map, walked in the same order.
    Keys = [I * 13 rem 1009 || I <- N(1008)],
    A = maps:from_list([{K, K} || K <- Keys]),
    B = lists:foldl(fun(K, Acc) -> Acc#{K => K} end, #{}, lists:reverse(Keys)),
    erlang:display({A =:= B, maps:to_list(A) =:= maps:to_list(B), digest(maps:values(A))}),
    %% Removing back down to 32 keys and below.
    C = lists:foldl(fun maps:remove/2, maps:from_list([{I, I} || I <- N(40)]), lists:seq(1, 40, 5)),
    erlang:display({map_size(C), maps:to_list(C)}),
    erlang:display(maps:keys(maps:without(lists:seq(5, 40), C))).
