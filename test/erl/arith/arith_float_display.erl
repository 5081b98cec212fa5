%% How floats print: erlang:display, float_to_list/2, float_to_binary/2, and reading them back.
-module(arith_float_display).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

ftl(F, Opts) -> t(fun() -> float_to_list(?MODULE:id(F), Opts) end).

main(_) ->
    Fs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 100.0, 1.0e15, 1.0e16, 1.0e17,
          123456789012345680.0, 1.0e21, 1.0e22, 1.0e100, 1.7976931348623157e308, 2.2250738585072014e-308,
          2.225073858507201e-308, 5.0e-324, 1.0e-5, 0.000123, 9007199254740993.0, 4.35, 0.5, 2.5, 1.05,
          3.14159265358979, -1.5e-10, 9.999999e6, 99.99999999999999],
    lists:foreach(fun(F0) ->
                          F = ?MODULE:id(F0),
                          erlang:display(F),
                          erlang:display({float_to_list(F), float_to_list(F, [short]),
                                          t(fun() -> float_to_binary(F, [{decimals, 3}]) end),
                                          float_to_list(F, [{scientific, 2}]),
                                          t(fun() -> float_to_list(F, [{decimals, 10}, compact]) end)})
                  end, Fs),
    erlang:display(ftl(1.0e300, [{decimals, 2}])),
    erlang:display(ftl(0.125, [{decimals, 2}])),
    erlang:display(ftl(0.375, [{decimals, 2}])),
    erlang:display(ftl(2.675, [{decimals, 2}])),
    erlang:display(ftl(1.0, [{decimals, 0}])),
    erlang:display(ftl(0.5, [{decimals, 0}])),
    erlang:display(ftl(1.5, [{decimals, 0}])),
    erlang:display(ftl(1.0, [{scientific, 0}])),
    erlang:display(ftl(123.456, [{scientific, 60}])),
    erlang:display(t(fun() -> float_to_list(?MODULE:id(1.0), [{decimals, 254}]) end)),
    erlang:display(t(fun() -> float_to_list(?MODULE:id(1.0), [{decimals, 300}]) end)),
    erlang:display(t(fun() -> float_to_list(?MODULE:id(1), []) end)),
    erlang:display([list_to_float("1.0"), list_to_float("-0.0"), list_to_float("1.0e10"), list_to_float("1.5E-3"),
                    list_to_float("2.2250738585072014e-308"), binary_to_float(<<"0.1">>), list_to_float("1.0e+2")]),
    erlang:display([t(fun() -> list_to_float(?MODULE:id("1")) end), t(fun() -> list_to_float(?MODULE:id("1.")) end),
                    t(fun() -> list_to_float(?MODULE:id(".5")) end), t(fun() -> list_to_float(?MODULE:id("1e5")) end),
                    t(fun() -> list_to_float(?MODULE:id("1.0e400")) end), t(fun() -> list_to_float(?MODULE:id(" 1.0")) end),
                    t(fun() -> binary_to_float(?MODULE:id(<<"1.0 ">>)) end), t(fun() -> list_to_float(?MODULE:id("+1.0")) end)]).
