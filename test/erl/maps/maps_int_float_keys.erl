%% 1 and 1.0 are different keys; 0.0 and -0.0 are one key in OTP 25; bignum and float keys.
-module(maps_int_float_keys).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = ?MODULE:id(#{1 => int, 1.0 => float, 2 => two}),
    erlang:display(M),
    erlang:display([maps:get(1, M), maps:get(1.0, M), maps:find(2.0, M), maps:is_key(2.0, M), map_size(M)]),
    erlang:display([M#{1 := i2}, M#{1.0 := f2}, maps:remove(1, M), maps:remove(1.0, M)]),
    Z = ?MODULE:id(#{0.0 => pos, -0.0 => neg}),
    erlang:display({Z, map_size(Z), maps:get(0.0, Z), maps:get(-0.0, Z), maps:is_key(0, Z)}),
    Z2 = maps:put(?MODULE:id(-0.0), x, #{0.0 => y}),
    erlang:display({Z2, maps:keys(Z2)}),
    K = ?MODULE:id([{1 bsl 64, big}, {float(1 bsl 64), bigf}, {9007199254740993, p53}, {9007199254740992.0, p53f}, {-1, m}, {-1.0, mf}]),
    BM = maps:from_list(K),
    erlang:display({BM, map_size(BM), maps:keys(BM)}),
    erlang:display([maps:get(9007199254740993, BM), maps:get(9007199254740992.0, BM), maps:find(9007199254740992, BM)]),
    F = fun(#{1 := V}) -> {int_key, V}; (#{1.0 := V}) -> {float_key, V}; (_) -> none end,
    erlang:display([F(#{1 => a}), F(#{1.0 => b}), F(#{1 => c, 1.0 => d}), F(#{2 => e})]),
    Key = ?MODULE:id(1.0),
    #{Key := Got} = M,
    erlang:display(Got),
    erlang:display(maps:from_list([{1, a}, {1.0, b}, {1, c}])),
    erlang:display(lists:sort(maps:to_list(maps:from_list([{X, X} || X <- [3, 2.0, 2, 1.0, 1, 3.0]])))),
    erlang:display(maps:from_list([{X, X} || X <- [3, 2.0, 2, 1.0, 1, 3.0]])).
