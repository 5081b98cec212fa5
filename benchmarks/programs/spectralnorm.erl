-module(spectralnorm).
%% Benchmarks-game spectral norm: float arithmetic in nested loops over float lists.
-export([main/1]).
a(I, J) -> 1.0 / ((I + J) * (I + J + 1) div 2 + I + 1).
%% Row I of A times U (or of A transposed, with the indices swapped).
mul_av(U, N) -> [dot(fun(J) -> a(I, J) end, U) || I <- lists:seq(0, N - 1)].
mul_atv(U, N) -> [dot(fun(J) -> a(J, I) end, U) || I <- lists:seq(0, N - 1)].
dot(F, U) -> dot(F, U, 0, 0.0).
dot(_F, [], _J, Acc) -> Acc;
dot(F, [X | Xs], J, Acc) -> dot(F, Xs, J + 1, Acc + F(J) * X).
mul_atav(U, N) -> mul_atv(mul_av(U, N), N).
power(0, U, V, _N) -> {U, V};
power(K, U, _V, N) ->
    V = mul_atav(U, N),
    power(K - 1, mul_atav(V, N), V, N).
norm(N) ->
    {U, V} = power(10, lists:duplicate(N, 1.0), [], N),
    VBv = lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, U, V)),
    Vv = lists:sum([X * X || X <- V]),
    math:sqrt(VBv / Vv).
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 500 end,
    norm(50),
    T0 = erlang:monotonic_time(microsecond),
    R = norm(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, round(R * 1.0e9)}),
    erlang:display({time_us, T1 - T0}).
