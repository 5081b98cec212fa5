%% Terms are immutable: deriving a new tuple, map, list or binary never changes the one it came from.
-module(data_persistence).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    T = ?MODULE:id({a, b, c}),
    T1 = setelement(1, T, x), T2 = setelement(1, T, y), T3 = erlang:append_element(T, d),
    erlang:display([T, T1, T2, T3]),
    Loop = lists:foldl(fun(I, Acc) -> setelement(I rem 3 + 1, Acc, I) end, T, lists:seq(1, 100)),
    erlang:display([T, Loop]),
    M = ?MODULE:id(#{k => 0}),
    Ms = [M#{k := I} || I <- lists:seq(1, 5)],
    erlang:display([M | Ms]),
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 100)]),
    B1 = Big#{50 := changed}, B2 = maps:remove(50, Big), B3 = maps:put(101, new, Big),
    erlang:display([maps:get(50, Big), maps:get(50, B1), maps:is_key(50, B2), map_size(Big), map_size(B3), maps:is_key(101, Big)]),
    Bin = ?MODULE:id(<<"base">>),
    X1 = <<Bin/binary, "-one">>, X2 = <<Bin/binary, "-two">>, X3 = <<X1/binary, "!">>, X4 = <<X1/binary, "?">>,
    erlang:display([Bin, X1, X2, X3, X4]),
    Acc = lists:foldl(fun(I, A) -> <<A/binary, I>> end, <<>>, lists:seq(1, 5)),
    Fork1 = <<Acc/binary, 100>>, Fork2 = <<Acc/binary, 200>>,
    Fork3 = lists:foldl(fun(I, A) -> <<A/binary, I>> end, Acc, [7, 8]),
    erlang:display([Acc, Fork1, Fork2, Fork3, Acc]),
    Bits = ?MODULE:id(<<1:3>>),
    Y1 = <<Bits/bits, 0:5>>, Y2 = <<Bits/bits, 31:5>>, Y3 = <<Bits/bits, 1:1>>,
    erlang:display([Bits, Y1, Y2, Y3]),
    L = ?MODULE:id([1, 2, 3]),
    L1 = [0 | L], L2 = L ++ [4], L3 = lists:reverse(L), L4 = L -- [2],
    erlang:display([L, L1, L2, L3, L4]),
    put(key, T),
    erlang:display(get(key) =:= T andalso T =:= {a, b, c}),
    Self = self(),
    spawn(fun() -> Self ! {copy, setelement(2, T, changed_in_child), <<Bin/binary, "child">>} end),
    receive {copy, CT, CB} -> erlang:display([T, CT, Bin, CB]) end.
