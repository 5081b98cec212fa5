%% band/bor/bxor/bnot/bsl/bsr on small ints, negatives and bignums (two's complement semantics).
-module(arith_bitwise).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Vs = [0, 1, -1, 255, -256, 16#7fffffff, -16#80000000, 16#ffffffff, 16#100000000,
          9007199254740991, 9007199254740992, -9007199254740993, 16#ffffffffffffffff,
          -16#10000000000000000, 16#123456789abcdef0123456789],
    lists:foreach(fun(A0) ->
                          A = ?MODULE:id(A0),
                          erlang:display({A, bnot A, A band 16#ff00ff, A bor -16#100, A bxor 16#5555555555555555555})
                  end, Vs),
    Ps = [{1, 31}, {1, 32}, {1, 52}, {1, 53}, {1, 63}, {1, 64}, {-1, 64}, {3, 100}, {16#ff, 0},
          {-5, 1}, {-5, 2}, {-1, 1000}, {255, -4}, {-255, -4}, {1, -1}, {16#ffffffffffffffffff, -68}],
    lists:foreach(fun({A0, B0}) ->
                          A = ?MODULE:id(A0), B = ?MODULE:id(B0),
                          erlang:display({A, B, A bsl B, A bsr B})
                  end, Ps),
    Big = ?MODULE:id(1 bsl 200),
    erlang:display([Big bsr 199, Big bsr 200, Big bsr 201, -Big bsr 201, -Big bsr 1000, (-Big - 1) bsr 300]),
    erlang:display([(Big - 1) band (Big bsr 1), (Big - 1) bxor -1, -Big band -Big, -Big bor 7, (-Big) bxor (Big - 1)]),
    erlang:display([-1 band 16#ffffffffffffffffffff, -16#10000000000000000000 band 16#ffffffffffffffffffff]),
    erlang:display(t(fun() -> ?MODULE:id(1.0) band 1 end)),
    erlang:display(t(fun() -> 1 bsl ?MODULE:id(1.0) end)),
    erlang:display(t(fun() -> bnot ?MODULE:id(a) end)),
    erlang:display(t(fun() -> bnot ?MODULE:id(1.0) end)),
    erlang:display(t(fun() -> 1 bsl ?MODULE:id(1 bsl 64) end)),
    erlang:display(t(fun() -> 0 bsl ?MODULE:id(1 bsl 64) end)),
    erlang:display(t(fun() -> 1 bsr ?MODULE:id(1 bsl 64) end)),
    erlang:display(t(fun() -> -1 bsr ?MODULE:id(1 bsl 64) end)),
    erlang:display(t(fun() -> 1 bsl ?MODULE:id(-(1 bsl 64)) end)),
    erlang:display(t(fun() -> ?MODULE:id(-7) bsl ?MODULE:id(-(1 bsl 64)) end)).
