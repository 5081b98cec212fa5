%% bag and duplicate_bag: duplicates, order of objects under one key and across keys, delete_object.
-module(ets_bags).
-export([main/1]).

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

main(_) ->
    B = ets:new(b, [bag]),
    [ets:insert(B, {K rem 5, K}) || K <- lists:seq(1, 30)],
    ets:insert(B, {1, 1}),
    ets:insert(B, [{2, x}, {2, x}, {2, y}]),
    erlang:display(ets:tab2list(B)),
    erlang:display([ets:lookup(B, 1), ets:lookup(B, 2)]),
    erlang:display(walk(B, ets:first(B))),
    erlang:display([ets:lookup_element(B, 3, 2), ets:member(B, 4), ets:info(B, size)]),
    erlang:display([ets:delete_object(B, {1, 6}), ets:lookup(B, 1), ets:insert_new(B, {1, 100}), ets:insert_new(B, {9, 9})]),
    erlang:display([ets:take(B, 2), ets:lookup(B, 2), ets:info(B, size)]),
    D = ets:new(d, [duplicate_bag]),
    [ets:insert(D, {K rem 3, K rem 2}) || K <- lists:seq(1, 20)],
    erlang:display(ets:tab2list(D)),
    erlang:display([ets:lookup(D, 0), ets:delete_object(D, {0, 1}), ets:lookup(D, 0), ets:info(D, size)]),
    erlang:display([ets:select(D, [{{'$1', 1}, [], ['$1']}]), ets:select_count(D, [{{'_', 0}, [], [true]}])]),
    erlang:display([ets:match_object(D, {1, '_'}), ets:match(B, {'$1', 3})]),
    K2 = ets:new(k2, [bag, {keypos, 2}]),
    ets:insert(K2, [{a, k, 1}, {b, k, 2}, {a, k, 1}, {c, j, 3}]),
    erlang:display([ets:lookup(K2, k), ets:tab2list(K2)]),
    Big = ets:new(big, [bag]),
    [ets:insert(Big, {K rem 250, K}) || K <- lists:seq(1, 1500)],
    [ets:delete_object(Big, {K rem 250, K}) || K <- lists:seq(1, 1500, 7)],
    erlang:display(lists:sublist(ets:tab2list(Big), 60)),
    erlang:display(erlang:phash2(ets:tab2list(Big))),
    erlang:display(ets:delete(B, 3)),
    erlang:display([ets:lookup(B, 3), ets:info(B, size)]).
