%% Arithmetic inside guards: bignums, floats and failing expressions (a failing guard is just false).
-module(arith_guards).
-export([main/1, id/1]).

id(X) -> X.

c(X) when X > 1 bsl 64 -> huge;
c(X) when X * X > 1 bsl 100 -> square_huge;
c(X) when X band 1 =:= 1, X > 0 -> odd_positive;
c(X) when abs(X) > 100, is_float(X) -> big_float;
c(X) when X / 2 > 10 -> half_over_ten;
c(X) when X div 3 =:= 1 -> div3_is_1;
c(X) when -X > 5 -> negative_enough;
c(X) when trunc(X) =:= 2 -> trunc_two;
c(X) when X bsl 2 =:= 16 -> shifted;
c(X) when bnot X =:= -1 -> zero_by_bnot;
c(_) -> other.

main(_) ->
    Inputs = ?MODULE:id([1 bsl 65, (1 bsl 51) + 2, 1 bsl 50, 7, 150.0, -150.0, 30, 30.0, 4, 3, -6, -6.5, 2.5, 0, a, "s", -(1 bsl 70),
                         1.0e300, 1 bsl 64, (1 bsl 64) + 1]),
    erlang:display([{I, c(I)} || I <- Inputs]),
    G = fun(X, Y) when X rem Y =:= 0 -> divisible; (_, _) -> not_divisible end,
    erlang:display([G(10, 5), G(10, 3), G(10, 0), G(10.0, 5), G(1 bsl 100, 1 bsl 50), G(a, 1)]),
    erlang:display([if X > 0.5 -> gt; X == 0.5 -> eq; true -> lt end || X <- ?MODULE:id([1, 0.5, 0, 1 bsl 80, -0.0])]).
