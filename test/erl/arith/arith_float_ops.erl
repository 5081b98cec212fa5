%% Float arithmetic, overflow to badarith, rounding BIFs, float/1 of huge integers, math module.
-module(arith_float_ops).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Big = ?MODULE:id(1.0e308),
    erlang:display(t(fun() -> Big * 10 end)),
    erlang:display(t(fun() -> Big + Big end)),
    erlang:display(t(fun() -> -Big - Big end)),
    erlang:display(t(fun() -> Big * Big end)),
    erlang:display(t(fun() -> ?MODULE:id(1.0e-320) / 1.0e10 end)),
    erlang:display(t(fun() -> ?MODULE:id(5.0e-324) / 2 end)),
    erlang:display(t(fun() -> ?MODULE:id(0.0) / 0.0 end)),
    erlang:display(t(fun() -> float(?MODULE:id(1 bsl 1023)) end)),
    erlang:display(t(fun() -> float(?MODULE:id(1 bsl 1024)) end)),
    erlang:display(t(fun() -> float(?MODULE:id((1 bsl 1024) - (1 bsl 970))) end)),
    erlang:display(t(fun() -> float(?MODULE:id((1 bsl 1024) - (1 bsl 971))) end)),
    erlang:display(t(fun() -> ?MODULE:id(1 bsl 1024) + 0.0 end)),
    erlang:display(t(fun() -> ?MODULE:id(1 bsl 1023) * 1.0 end)),
    erlang:display(t(fun() -> ?MODULE:id(1 bsl 1024) > 1.0e308 end)),
    Fs = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1.0e20, -1.0e20, 4503599627370495.5,
          9007199254740993.0, 1.0e300, -0.0, 123.999],
    lists:foreach(fun(F0) ->
                          F = ?MODULE:id(F0),
                          erlang:display({F, trunc(F), round(F), ceil(F), floor(F)})
                  end, Fs),
    erlang:display([trunc(?MODULE:id(7)), round(?MODULE:id(-7)), ceil(?MODULE:id(1 bsl 70)), floor(?MODULE:id(-3))]),
    erlang:display(t(fun() -> trunc(?MODULE:id(a)) end)),
    erlang:display(t(fun() -> round(?MODULE:id("1.0")) end)),
    erlang:display([0.1 + ?MODULE:id(0.2), 0.1 * ?MODULE:id(3), 1 - ?MODULE:id(0.9), 1.0e16 + ?MODULE:id(1), 3 * ?MODULE:id(1.1)]),
    erlang:display([math:sqrt(?MODULE:id(2)), math:pow(?MODULE:id(2), 0.5), math:exp(?MODULE:id(1)), math:log(?MODULE:id(10)),
                    math:log2(?MODULE:id(1024)), math:log10(?MODULE:id(1000)), math:sin(?MODULE:id(0)), math:atan2(?MODULE:id(1), 1),
                    math:pi(), math:floor(?MODULE:id(-1.5)), math:ceil(?MODULE:id(-1.5)), math:fmod(?MODULE:id(7.5), 2)]),
    erlang:display(t(fun() -> math:sqrt(?MODULE:id(-1)) end)),
    erlang:display(t(fun() -> math:log(?MODULE:id(0)) end)),
    erlang:display(t(fun() -> math:log(?MODULE:id(-1.0)) end)),
    erlang:display(t(fun() -> math:pow(?MODULE:id(10), 400) end)),
    erlang:display(t(fun() -> math:exp(?MODULE:id(1000)) end)),
    erlang:display(t(fun() -> math:acos(?MODULE:id(2)) end)),
    erlang:display(t(fun() -> math:sqrt(?MODULE:id(1 bsl 2000)) end)),
    erlang:display(t(fun() -> math:sqrt(?MODULE:id(abc)) end)),
    erlang:display([abs(?MODULE:id(-0.0)), abs(?MODULE:id(-2.5)), -?MODULE:id(0.0), ?MODULE:id(0.0) * -1, -?MODULE:id(1.5)]),
    erlang:display([1.0 == ?MODULE:id(1), 1.0 =:= ?MODULE:id(1), 0.0 == ?MODULE:id(-0.0), 0.0 =:= ?MODULE:id(-0.0)]),
    erlang:display(lists:sum([?MODULE:id(0.1) || _ <- lists:seq(1, 10)])),
    erlang:display(lists:foldl(fun(X, A) -> A + 1 / X end, 0, lists:seq(1, 1000))).
