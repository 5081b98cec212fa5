%% Bignum arithmetic: factorials, powers, gcd by Euclid, mixed-sign operations, comparisons.
-module(arith_bignum_ops).
-export([main/1, id/1]).

id(X) -> X.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

main(_) ->
    F100 = fact(?MODULE:id(100)),
    erlang:display(F100),
    erlang:display(fact(?MODULE:id(1000)) div fact(?MODULE:id(998))),
    erlang:display(F100 rem 1000000007),
    erlang:display(pow(?MODULE:id(3), 200) - pow(?MODULE:id(2), 300)),
    erlang:display(pow(?MODULE:id(-7), 33)),
    erlang:display(gcd(fact(?MODULE:id(50)), pow(?MODULE:id(6), 40))),
    erlang:display(isqrt(pow(?MODULE:id(10), 101))),
    erlang:display([F100 > 1.0e157, F100 < 1.0e158, -F100 < -1.0e157, F100 == float(F100), F100 > float(F100)]),
    erlang:display(float(F100)),
    erlang:display(F100 / fact(?MODULE:id(99))),
    erlang:display(length(integer_to_list(fact(?MODULE:id(3000))))),
    X = ?MODULE:id(pow(2, 127) - 1),
    erlang:display([X * X - (X + 1) * (X - 1), X div -X, -X rem X, (X * 3 + 2) rem X, -X div 7]),
    erlang:display([max(X, 1.0e38), min(-X, -1.0e38), X == X + 0, -(-X) =:= X]),
    erlang:display(lists:foldl(fun(I, A) -> A * I - I end, 1, lists:seq(1, 60))),
    erlang:display(lists:sum([pow(2, I) || I <- lists:seq(0, 99)]) =:= pow(2, 100) - 1).
