%% Iterating, filtering, mapping and merging maps with hundreds of integer keys: every traversal
%% follows erts's hash order, and the results of filter/map/merge keep it.
-module(maps_large_iteration).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = maps:from_list([{I, I * 3} || I <- lists:seq(1, ?MODULE:id(300))]),
    erlang:display(maps:keys(M)),
    erlang:display(maps:fold(fun(K, _, A) -> [K | A] end, [], M)),
    F = maps:filter(fun(K, _) -> K rem 7 =:= 0 end, M),
    erlang:display(maps:to_list(F)),
    erlang:display(maps:keys(maps:map(fun(_, V) -> V + 1 end, F))),
    M2 = maps:from_list([{I, x} || I <- lists:seq(250, 400)]),
    erlang:display(maps:keys(maps:merge(M, M2)) -- lists:seq(1, 240)),
    erlang:display(maps:keys(maps:with(lists:seq(1, 300, 9), M))),
    erlang:display(maps:keys(maps:without(lists:seq(1, 290), M))),
    erlang:display(drain(maps:next(maps:iterator(F)))),
    Neg = maps:from_list([{-I, I} || I <- lists:seq(1, 40)] ++ [{I * 1.5, I} || I <- lists:seq(1, 40)]),
    erlang:display(maps:keys(Neg)),
    Big = maps:from_list([{I bsl 64, I} || I <- lists:seq(1, 40)]),
    erlang:display(maps:values(Big)),
    Tup = maps:from_list([{{I, [I], <<I>>}, I} || I <- lists:seq(1, 40)]),
    erlang:display(maps:values(Tup)).

drain(none) -> [];
drain({K, _, I}) -> [K | drain(maps:next(I))].
