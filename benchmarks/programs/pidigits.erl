-module(pidigits).
%% Benchmarks-game pi digits: Gibbons' unbounded spigot, bignum multiply and divide.
-export([main/1]).
%% State {Q, R, T, K}: the linear fractional transformation (Q R; 0 T) after K terms.
digits(N) -> digits(N, {1, 0, 1, 1}, []).
digits(0, _Z, Acc) -> lists:reverse(Acc);
digits(N, Z = {Q, R, T, _K}, Acc) ->
    case extract(Z, 3) =:= extract(Z, 4) of
        true ->
            D = extract(Z, 3),
            digits(N - 1, {10 * Q, 10 * (R - D * T), T, element(4, Z)}, [D | Acc]);
        false ->
            digits(N, next(Z), Acc)
    end.
extract({Q, R, T, _K}, X) -> (Q * X + R) div T.
next({Q, R, T, K}) -> {Q * K, (2 * Q + R) * (2 * K + 1), T * (2 * K + 1), K + 1}.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 2000 end,
    digits(100),
    T0 = erlang:monotonic_time(microsecond),
    Ds = digits(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, lists:sublist(Ds, 10), lists:sum(Ds), erlang:phash2(Ds)}),
    erlang:display({time_us, T1 - T0}).
