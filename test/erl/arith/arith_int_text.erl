%% Integers to and from text in every base; malformed input.
-module(arith_int_text).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    N = ?MODULE:id(123456789012345678901234567890),
    erlang:display([integer_to_list(N, B) || B <- lists:seq(2, 36)]),
    erlang:display([integer_to_binary(-N, B) || B <- [2, 8, 16, 36]]),
    erlang:display([integer_to_list(?MODULE:id(255), 16), integer_to_list(?MODULE:id(-255), 16), integer_to_list(?MODULE:id(0), 2),
                    integer_to_list(?MODULE:id(35), 36), integer_to_list(?MODULE:id(-1), 36)]),
    erlang:display([list_to_integer(S, B) || {S, B} <- [{"ff", 16}, {"FF", 16}, {"-ff", 16}, {"+ff", 16}, {"z", 36},
                                                        {"Zz", 36}, {"101", 2}, {"0", 2}, {"-0", 10}, {"+0", 10},
                                                        {"00000000000000000000000000001", 10},
                                                        {"1000000000000000000000000000000000000000", 3}]]),
    Bad = [{"", 10}, {"-", 10}, {"+", 10}, {"1 ", 10}, {" 1", 10}, {"2", 2}, {"g", 16}, {"1.0", 10}, {"1_000", 10},
           {"--1", 10}, {"0x10", 16}, {[16#661], 10}],
    erlang:display([t(fun() -> list_to_integer(?MODULE:id(S), B) end) || {S, B} <- Bad]),
    erlang:display([t(fun() -> list_to_integer(?MODULE:id("1"), B) end) || B <- [1, 37, 0, -10, a]]),
    erlang:display([t(fun() -> integer_to_list(?MODULE:id(10), B) end) || B <- [1, 37, 0]]),
    erlang:display(t(fun() -> integer_to_list(?MODULE:id(1.0)) end)),
    erlang:display(t(fun() -> list_to_integer(?MODULE:id(abc)) end)),
    erlang:display(t(fun() -> list_to_integer(?MODULE:id([$1|$2])) end)),
    erlang:display(t(fun() -> binary_to_integer(?MODULE:id(<<"12", 0>>)) end)),
    erlang:display([binary_to_integer(<<"-0000123">>), binary_to_integer(<<"7fffffffffffffff">>, 16)]),
    erlang:display(string:to_integer(?MODULE:id("123abc"))),
    erlang:display(string:to_integer(?MODULE:id("abc"))),
    erlang:display(string:to_float(?MODULE:id("1.5e3xyz"))),
    Huge = ?MODULE:id(1 bsl 10000),
    L = integer_to_list(Huge),
    erlang:display({length(L), lists:sublist(L, 20), lists:nthtail(length(L) - 20, L)}),
    erlang:display(list_to_integer(L) =:= Huge),
    erlang:display(length(integer_to_list(-Huge, 36))).
