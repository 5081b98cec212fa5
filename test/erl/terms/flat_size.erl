%% erts_debug:flat_size/1 (erts's words on a 64-bit machine), erts_debug:same/2 and the
%% erts_internal helpers erts_debug:size/1 uses: term_type/1, map_to_tuple_keys/1, cmp_term/2.
-module(flat_size).
-export([main/1, id/1]).

id(X) -> X.

app(B, 0) -> B;
app(B, N) -> app(<<B/binary, N>>, N - 1).

r(F) -> try F() catch C:R:St -> {C, R, hd(St)} end.

main(_) ->
    B3 = id(<<1, 2, 3>>),
    Big = list_to_binary(lists:duplicate(100, 7)),
    <<_:8, Rest3/binary>> = B3,
    <<_:8, RestBig/binary>> = Big,
    <<X10:10/binary, _/binary>> = Big,
    <<_:3, Bits/bitstring>> = B3,
    <<_:3, BigBits/bitstring>> = Big,
    A = atomics:new(1, []),
    Free = id({x, y}),
    Terms = [
        {small, 1}, {neg_small, -1}, {max_small, (1 bsl 59) - 1}, {min_small, -(1 bsl 59)},
        {big59, 1 bsl 59}, {neg_big59, -(1 bsl 59) - 1}, {big64, 1 bsl 64}, {big128, 1 bsl 128},
        {neg_big100, -(1 bsl 100)}, {float, 1.5}, {atom, a}, {nil, []}, {str, "hello"},
        {tup0, {}}, {tup1, {a}}, {tup3, {a, b, c}}, {improper, [a | b]},
        {shared, begin T = {a, b, c}, {T, T} end},
        {nested, {[1, {2.0, <<>>}], #{k => [a]}}},
        {map0, #{}}, {map1, #{a => 1}}, {map2, #{a => 1, b => {x}}},
        {map32, maps:from_list([{I, I} || I <- lists:seq(1, 32)])},
        {map33, maps:from_list([{I, I} || I <- lists:seq(1, 33)])},
        {map100, maps:from_list([{I, I} || I <- lists:seq(1, 100)])},
        {map1000, maps:from_list([{I, {I}} || I <- lists:seq(1, 1000)])},
        {bin_empty, <<>>}, {bin3, B3}, {lit_bin, <<"abc">>}, {big_bin, Big},
        {l2b_64, list_to_binary(lists:duplicate(64, 1))}, {l2b_65, list_to_binary(lists:duplicate(65, 1))},
        {rest3, Rest3}, {rest_big, RestBig}, {part10, X10}, {bits, Bits}, {big_bits, BigBits},
        {lit_bits, <<1:3>>}, {app5, app(<<>>, 5)}, {app100, app(<<>>, 100)},
        {part_small, binary:part(B3, 1, 2)}, {part_big, binary:part(Big, 1, 70)},
        {part_big64, binary:part(Big, 1, 64)}, {t2b, term_to_binary(lists:seq(1, 30))},
        {fun_local, fun main/1}, {fun_export, fun lists:map/2}, {fun_env, fun() -> Free end},
        {fun_env_ref, fun() -> A end},
        {self, self()}, {ref, make_ref()}, {alias, alias()}, {mref, erlang:monitor(process, self())},
        {atomics, A}, {ets, ets:new(t, [])},
        {ext_pid, binary_to_term(<<131,88,100,0,3,97,64,98,0,0,0,1,0,0,0,0,0,0,0,1>>)},
        {ext_port, binary_to_term(<<131,89,100,0,3,97,64,98,0,0,0,1,0,0,0,0,0,0,0,1>>)}
    ],
    [erlang:display({K, erts_debug:flat_size(V)}) || {K, V} <- Terms],
    [erlang:display({K, erts_internal:term_type(V)}) || {K, V} <- Terms],
    %% erts_debug:size/1 counts shared subterms once
    [erlang:display({K, erts_debug:size(V)}) || {K, V} <- Terms, not is_map(V) orelse map_size(V) =< 32],
    L = [1, 2],
    erlang:display([erts_debug:same(X, Y) || {X, Y} <- [{1, 1}, {a, a}, {self(), list_to_pid(pid_to_list(self()))},
                                                     {L, L}, {tl(L), tl(L)}, {L, [1 | tl(L)]}, {[1], id([1])},
                                                     {1.0, id(1.5)}, {make_ref(), make_ref()}, {B3, B3}]]),
    erlang:display([erts_internal:cmp_term(X, Y) || {X, Y} <- [{1, 1.0}, {1.0, 1}, {1, 1}, {a, b}, {b, a}, {2, 1.0},
                                                             {1, 2.0}, {[], {}}, {#{1 => a}, #{1.0 => a}},
                                                             {<<1>>, <<1:3>>}, {{1}, {1.0}}, {[1.0], [1]}]]),
    erlang:display(erts_internal:map_to_tuple_keys(#{})),
    erlang:display(erts_internal:map_to_tuple_keys(#{b => 2, a => 1, 1 => x})),
    erlang:display(r(fun() -> erts_internal:map_to_tuple_keys(maps:from_list([{I, I} || I <- lists:seq(1, 40)])) end)),
    erlang:display(r(fun() -> erts_internal:map_to_tuple_keys(x) end)),
    ok.
