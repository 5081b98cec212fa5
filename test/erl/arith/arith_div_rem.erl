%% div and rem truncate toward zero; the sign of rem follows the dividend.
-module(arith_div_rem).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {0, -5}, {1, 1}, {-1, 1},
             {5, 7}, {-5, 7}, {9007199254740993, 2}, {-9007199254740993, 2},
             {18446744073709551617, 18446744073709551616}, {-18446744073709551617, 18446744073709551616},
             {18446744073709551616, -3}, {340282366920938463463374607431768211456, 18446744073709551615},
             {123, 340282366920938463463374607431768211456}, {-123, 340282366920938463463374607431768211456},
             {-9007199254740992, -1}, {-9007199254740991, -1}],
    lists:foreach(fun({A0, B0}) ->
                          A = ?MODULE:id(A0), B = ?MODULE:id(B0),
                          erlang:display({A, B, A div B, A rem B, (A div B) * B + A rem B =:= A})
                  end, Pairs),
    Z = ?MODULE:id(0),
    erlang:display(t(fun() -> 1 div Z end)),
    erlang:display(t(fun() -> 1 rem Z end)),
    erlang:display(t(fun() -> 18446744073709551616 div Z end)),
    erlang:display(t(fun() -> 1.0 / Z end)),
    erlang:display(t(fun() -> 1 / ?MODULE:id(0.0) end)),
    erlang:display(t(fun() -> ?MODULE:id(1.5) div 1 end)),
    erlang:display(t(fun() -> 7 rem ?MODULE:id(2.0) end)),
    erlang:display(t(fun() -> ?MODULE:id(a) div 2 end)),
    erlang:display([7 / 2, -7 / 2, 1 / 3, 2 / ?MODULE:id(1), 18446744073709551616 / 2, 1 / 18446744073709551616]),
    erlang:display(t(fun() -> ?MODULE:id(1 bsl 1100) / 1 end)),
    erlang:display(t(fun() -> ?MODULE:id(1 bsl 1100) / ?MODULE:id(1 bsl 1099) end)),
    erlang:display([-134217728 div -1, -576460752303423488 div -1, -9223372036854775808 div -1]).
