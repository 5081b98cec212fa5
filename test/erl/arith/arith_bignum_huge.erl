%% Bignums past 2^65536 (where the runtime's cheap size check stops) and near erts's limit: products, quotients and remainders of every sign, and system_limit.
-module(arith_bignum_huge).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% A short, sign-preserving fingerprint of a big integer (printing 20,000 digits helps no one).
fp(N) when N < 0 -> {neg, fp(-N)};
fp(N) -> {N rem 1000000007, N band 16#FFFF, byte_size(binary:encode_unsigned(N))}.

main(_) ->
    A = id(3 bsl 70000) + 12345,          % beyond 2^65536
    B = id(7 bsl 40000) - 1,              % below it
    C = id(1 bsl 65536),                  % exactly the bound
    Signs = [{X, Y} || X <- [A, -A, C, -C], Y <- [B, -B, 3, -3, C, -C]],
    lists:foreach(fun({X, Y}) ->
                          Q = X div Y, R = X rem Y,
                          erlang:display({fp(Q), fp(R), Q * Y + R =:= X, abs(R) < abs(Y),
                                          R =:= 0 orelse (R > 0) =:= (X > 0)})
                  end, Signs),
    erlang:display([fp(A * B), fp(-A * B), fp(A * -B), fp(A * A), fp(C * C), fp(A + (-A)), fp(A - A + 1)]),
    erlang:display([fp(C - 1), fp(-C + 1), fp(C * -1), fp((C - 1) * (C + 1) - C * C)]),
    erlang:display([A > B, -A < -B, A =:= A + 0, (A * B) div B =:= A, (A * B) rem B]),
    %% Near erts's limit of 524287 * 64 bits.
    Big = id(1 bsl 33554000),
    erlang:display(fp(Big * 255 div Big)),
    %% (Big * Big would be refused too, but erts multiplies for minutes before refusing.)
    erlang:display(t(fun() -> Big * (1 bsl 1000) end)),
    erlang:display(t(fun() -> Big bsl 1000 end)),
    erlang:display(t(fun() -> (-Big) * (1 bsl 1000) end)),
    erlang:display(t(fun() -> (Big * (1 bsl 300)) band 255 end)),
    erlang:display(t(fun() -> (-Big - Big) < -Big end)),
    erlang:display(t(fun() -> A div id(0) end)),
    erlang:display(t(fun() -> A rem id(0) end)),
    %% Pi digits by Gibbons' spigot, as the benchmark runs it, until the state passes 2^65536.
    erlang:display(lists:sum(digits(1800))).

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
