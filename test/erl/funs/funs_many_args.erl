%% Funs and functions with many arguments (past the first x registers), tail calls through funs in a long loop.
-module(funs_many_args).
-export([main/1, id/1, wide/12]).

id(X) -> X.

wide(A, B, C, D, E, F, G, H, I, J, K, L) -> [L, K, J, I, H, G, F, E, D, C, B, A].

main(_) ->
    W = fun(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T) -> A + B + C + D + E + F + G + H + I + J + K + L + M + N + O + P + Q + R + S + T end,
    erlang:display(W(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
    erlang:display(apply(W, lists:seq(1, 20))),
    erlang:display(wide(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
    erlang:display(apply(?MODULE, wide, lists:seq(1, 12))),
    Ext = fun ?MODULE:wide/12,
    erlang:display(Ext(a, b, c, d, e, f, g, h, i, j, k, l)),
    Z = ?MODULE:id(100),
    C = fun(A, B, C1, D, E, F, G, H) -> [Z, A, B, C1, D, E, F, G, H] end,
    erlang:display(C(1, 2, 3, 4, 5, 6, 7, 8)),
    Ping = fun(Self, Other, 0, Acc) -> {Self, Other, Acc}; (Self, Other, N, Acc) -> Other(Other, Self, N - 1, Acc + 1) end,
    {_, _, Count} = Ping(Ping, Ping, ?MODULE:id(5000000), 0),
    erlang:display(Count),
    erlang:display(loop(?MODULE:id(3000000), fun(X) -> X + 1 end, 0)).

loop(0, _, Acc) -> Acc;
loop(N, F, Acc) -> loop(N - 1, F, F(Acc)).
