%% Every pair from a set of numbers that sit on representation boundaries, compared both ways.
-module(order_number_matrix).
-export([main/1, id/1]).

id(X) -> X.

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(A, B) when A =:= B -> $=;
rel(_, _) -> $~.

main(_) ->
    Ns = ?MODULE:id([0, -0.0, 0.0, 5.0e-324, -5.0e-324, 1, 1.0, -1, 134217727, 134217728, 576460752303423487,
                     576460752303423488, 9007199254740991, 9007199254740992, 9007199254740993, 9007199254740992.0,
                     9007199254740994.0, 9223372036854775807, 9223372036854775808, 9.223372036854776e18,
                     18446744073709551615, 18446744073709551616, 1.8446744073709552e19, 1 bsl 1023, 8.98846567431158e307,
                     (1 bsl 1024) - 1, 1 bsl 1024, 1.7976931348623157e308, -(1 bsl 1024), -1.7976931348623157e308,
                     -9007199254740993, -9007199254740992.0]),
    lists:foreach(fun(A) -> erlang:display([rel(A, B) || B <- Ns]) end, Ns),
    erlang:display(lists:sort(Ns)),
    erlang:display(lists:usort(Ns)),
    erlang:display(lists:reverse(lists:sort(fun(A, B) -> A >= B end, Ns))).
