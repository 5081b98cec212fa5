%% Maps past 32 keys switch to a hash trie; erts's iteration order is then the hash order.
-module(maps_large).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M32 = maps:from_list([{I, I * I} || I <- lists:seq(1, ?MODULE:id(32))]),
    M33 = maps:put(33, 1089, M32),
    erlang:display(M32),
    erlang:display(maps:keys(M33)),
    erlang:display(maps:remove(33, M33)),
    erlang:display(maps:keys(maps:remove(1, M33))),
    %% No atom keys past 32: erts hashes an atom by its atom-table index, which varies from run to run.
    A = maps:from_list([{[C], C} || C <- lists:seq($a, $z) ++ lists:seq($A, $Z)]),
    erlang:display(maps:to_list(A)),
    erlang:display(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], A)),
    Mixed = maps:from_list([{K, x} || K <- [1, 1.0, "s", <<"b">>, {1}, [2], -5, 1 bsl 70, #{}, #{1 => 2}, 2.5, 3, 4,
                                           [], {}, <<>>, 0, 100, 1000, 10000, 5, 6, 7, 8, 9, 10, 11, 12, 13, -1.5, "t", <<"c">>]]),
    erlang:display(maps:keys(Mixed)),
    Big = maps:from_list([{I, I} || I <- lists:seq(1, ?MODULE:id(100000))]),
    erlang:display({map_size(Big), maps:get(77777, Big), lists:sum(maps:values(Big)), lists:sublist(maps:keys(Big), 20)}),
    Shrunk = maps:without(lists:seq(34, 100000), Big),
    erlang:display(maps:keys(Shrunk)),
    Shrunk2 = maps:without(lists:seq(33, 100000), Big),
    erlang:display(maps:keys(Shrunk2)),
    erlang:display(maps:keys(maps:from_list([{I, I} || I <- lists:seq(1, 32)] ++ [{0.5, x}]))),
    erlang:display(maps:keys(maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 40)]))),
    erlang:display(maps:keys(maps:from_list([{{I, I}, I} || I <- lists:seq(1, 40)]))),
    It = maps:iterator(M33),
    {K1, V1, It2} = maps:next(It),
    {K2, V2, _} = maps:next(It2),
    erlang:display([{K1, V1}, {K2, V2}]).
