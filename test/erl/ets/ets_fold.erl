%% foldl/foldr, tab2list, delete_all_objects, safe_fixtable (and what a fix does to a walk while
%% objects are deleted and inserted), info(T, fixed / safe_fixed), slot/2 on hash tables.
-module(ets_fold).
-export([main/1]).

count_slots(T, I) ->
    case ets:slot(T, I) of
        '$end_of_table' -> {I, try ets:slot(T, I + 1) catch error:R -> R end};
        L when is_list(L) -> count_slots(T, I + 1)
    end.

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

main(_) ->
    T = ets:new(t, [set]),
    [ets:insert(T, {K, K * K}) || K <- lists:seq(1, 300)],
    erlang:display(ets:foldl(fun({K, V}, A) when K < 10 -> [{K, V} | A]; (_, A) -> A end, [], T)),
    erlang:display(ets:foldr(fun({K, _}, A) when K < 10 -> [K | A]; (_, A) -> A end, [], T)),
    erlang:display(ets:foldl(fun({_, V}, A) -> A + V end, 0, T)),
    erlang:display([ets:info(T, fixed), ets:info(T, safe_fixed)]),
    erlang:display(ets:safe_fixtable(T, true)),
    erlang:display([ets:info(T, fixed), element(2, ets:info(T, safe_fixed)) =:= [{self(), 1}]]),
    %% delete while fixed: the walk goes on, the table does not shrink or grow
    K1 = ets:first(T),
    ets:delete(T, K1),
    erlang:display([ets:member(T, K1), ets:next(T, K1) =/= '$end_of_table', ets:info(T, size)]),
    [ets:insert(T, {K, new}) || K <- lists:seq(301, 400)],
    W = walk(T, ets:first(T)),
    erlang:display([length(W), lists:sublist(W, 20)]),
    erlang:display(ets:safe_fixtable(T, false)),
    erlang:display([ets:info(T, fixed), ets:info(T, safe_fixed)]),
    [ets:insert(T, {K, again}) || K <- lists:seq(401, 420)],
    erlang:display(lists:sublist([K || {K, _} <- ets:tab2list(T)], 40)),
    erlang:display(erlang:phash2(ets:tab2list(T))),
    erlang:display([ets:slot(T, 0), ets:slot(T, 1), ets:slot(T, 2)]),
    erlang:display(count_slots(T, 0)),
    erlang:display(ets:delete_all_objects(T)),
    erlang:display([ets:info(T, size), ets:tab2list(T), ets:first(T), ets:foldl(fun(_, A) -> A + 1 end, 0, T)]),
    [ets:insert(T, {K}) || K <- lists:seq(1, 20)],
    erlang:display([K || {K} <- ets:tab2list(T)]),
    B = ets:new(b, [bag]),
    [ets:insert(B, {K rem 4, K}) || K <- lists:seq(1, 20)],
    erlang:display(ets:foldl(fun({K, V}, A) -> [{K, V} | A] end, [], B)),
    erlang:display(walk(B, ets:first(B))),
    O = ets:new(o, [ordered_set]),
    [ets:insert(O, {K}) || K <- lists:seq(1, 10)],
    erlang:display([ets:foldl(fun({K}, A) -> [K | A] end, [], O), ets:foldr(fun({K}, A) -> [K | A] end, [], O)]),
    erlang:display([ets:slot(O, 0), ets:slot(O, 9), ets:slot(O, 10), try ets:slot(O, 11) catch error:R -> R end]).
