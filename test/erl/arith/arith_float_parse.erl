%% Text to float at the edges of the double range: rounding, underflow to subnormals or zero, overflow.
-module(arith_float_parse).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Ss = ["1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1.8e308", "1.0e309",
          "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.0e-400", "0.0e0",
          "-0.0e0", "9007199254740993.0", "0.30000000000000004", "123456789012345678901234567890.0", "1.0E5",
          "00001.50", "1.5e+0", "1.5e-0", "1.0e0001", "5.0e-324", "2.2250738585072011e-308",
          "0.1000000000000000055511151231257827021181583404541015625", "7.0e22", "1.0e23"],
    lists:foreach(fun(S) ->
                          R = t(fun() -> list_to_float(?MODULE:id(S)) end),
                          erlang:display({S, R, t(fun() -> float_to_list(R, [short]) end)})
                  end, Ss),
    erlang:display([t(fun() -> binary_to_float(?MODULE:id(B)) end) || B <- [<<"1.0e308">>, <<"1.0e-324">>, <<"3.0e-324">>]]),
    erlang:display([float(?MODULE:id(I)) || I <- [9007199254740993, 9007199254740995, 18014398509481985,
                                                  (1 bsl 100) + 1, (1 bsl 100) + (1 bsl 47), (1 bsl 100) + (1 bsl 48)]]),
    erlang:display([float(?MODULE:id(I)) =:= float(?MODULE:id(I + 1)) || I <- [9007199254740992, 9007199254740993]]),
    erlang:display([?MODULE:id(I) / 3 || I <- [1 bsl 60, 1 bsl 200, -(1 bsl 200)]]),
    erlang:display([?MODULE:id(1 bsl 1023) * 1.5, t(fun() -> ?MODULE:id(1 bsl 1023) * 2.0 end)]).
