%% Integers around the JS number / BigInt boundary (2^53) and the 64-bit boundary.
-module(arith_int_boundaries).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    P53 = ?MODULE:id(9007199254740992),
    P63 = ?MODULE:id(9223372036854775808),
    P64 = ?MODULE:id(18446744073709551616),
    erlang:display([P53 - 1, P53, P53 + 1, P53 + 2, -P53, -P53 - 1, -(P53 + 1)]),
    erlang:display([P53 + 1 - 1, P53 + 1 - 2, (P53 + 1) - P53, P53 - (P53 + 1)]),
    erlang:display([P63 - 1, P63, -P63, -P63 - 1, P64 - 1, P64, P64 + 1]),
    erlang:display([(P53 - 1) * 2, (P53 - 1) * (P53 - 1), 94906265 * 94906265, 94906266 * 94906266]),
    erlang:display([P64 * P64, P64 div 3, P64 rem 7, -P64 div 3, -P64 rem 7]),
    erlang:display([is_integer(P53 + 1), (P53 + 1) =:= 9007199254740993, (P53 + 1 - 1) =:= P53]),
    erlang:display([P53 + 1 == P53 + 1.0, P53 + 1 > P53 + 0.0, P53 + 1 < P53 + 2.0]),
    erlang:display([abs(-P53 - 1), abs(-P64), -(-P64), P64 - P64, P53 + 1 - (P53 + 1)]),
    erlang:display([(P53 + 1) band 1, (P53 + 1) bor 2, (P53 + 3) bxor (P53 + 1), bnot P53, bnot (-P53 - 1)]),
    erlang:display([((P53 - 1) * 3) div 3, (P53 * 2 + 1) div 2, (P53 * 2 + 1) rem 2, -(P53 * 2 + 1) rem 2]),
    erlang:display(lists:sum([P53 - 1, 1, 1, -1, -1])),
    erlang:display([134217728 * 134217728 * 2, 67108864 * 134217728, 4294967296 * 2097152, 4294967296 * 2097151]),
    erlang:display([-2147483648 * -2147483648, -2147483648 * 2147483648 * 2, 4611686018427387904 * 2]),
    erlang:display([integer_to_list(P53 + 1), integer_to_list(-P64 - 1, 16), integer_to_binary(P63, 2)]),
    erlang:display([list_to_integer("9007199254740993"), list_to_integer("-18446744073709551617"),
                    binary_to_integer(<<"ffffffffffffffffff">>, 16)]),
    erlang:display([float(P53 + 1), float(P53 + 3), float(P64 - 1), trunc(float(P53)) + 1]),
    erlang:display(lists:foldl(fun(_, A) -> A * 3 end, 1, lists:seq(1, 40))),
    erlang:display(lists:foldl(fun(_, A) -> A + 1 end, P53 - 5, lists:seq(1, 10))),
    erlang:display(lists:foldl(fun(_, A) -> A - 1 end, -P53 + 5, lists:seq(1, 10))).
