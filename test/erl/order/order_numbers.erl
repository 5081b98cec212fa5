%% Comparing integers with floats exactly, including bignums beyond 2^53 and beyond any float.
-module(order_numbers).
-export([main/1, id/1]).

id(X) -> X.

cmp(A, B) -> {A < B, A == B, A > B, A =:= B}.

main(_) ->
    P = fun(X) -> ?MODULE:id(X) end,
    Cases = [{1, 1.0}, {0, -0.0}, {0, 0.0}, {-1, -1.0}, {2, 1.9999999999999998}, {9007199254740992, 9007199254740992.0},
             {9007199254740993, 9007199254740992.0}, {9007199254740993, 9007199254740994.0},
             {-9007199254740993, -9007199254740992.0}, {18446744073709551616, 1.8446744073709552e19},
             {18446744073709551617, 1.8446744073709552e19}, {18446744073709551615, 1.8446744073709552e19},
             {1 bsl 1023, 8.98846567431158e307}, {(1 bsl 1024), 1.7976931348623157e308},
             {-(1 bsl 1024), -1.7976931348623157e308}, {1 bsl 2000, 1.0e308}, {123456789012345678901234567890, 1.2345678901234568e29},
             {3, 3.0000000000000004}, {-3, -2.9999999999999996}, {1, 5.0e-324}, {0, 5.0e-324}, {0, -5.0e-324}],
    lists:foreach(fun({A, B}) -> erlang:display({cmp(P(A), P(B)), cmp(P(B), P(A))}) end, Cases),
    erlang:display(lists:sort(P([3, 2.0, 2, 1.0, 1, 1 bsl 60, 1.152921504606847e18, -0.0, 0, 0.0]))),
    erlang:display(lists:sort(P([1.0, 1, 1.0, 1]))),
    erlang:display(lists:sort(P([1, 1.0, 1, 1.0]))),
    erlang:display(lists:usort(P([1, 1.0, 2.0, 2, 3]))),
    erlang:display(lists:umerge(P([1, 2.0]), P([1.0, 2]))),
    erlang:display(lists:merge(P([1, 2.0]), P([1.0, 2]))),
    erlang:display([lists:max(P([1, 1.0])), lists:max(P([1.0, 1])), lists:min(P([2, 2.0])), lists:min(P([2.0, 2]))]).
