%% Ackermann and friends: deep, irregular recursion with many short-lived frames.
-module(recursion_ackermann).
-export([main/1, id/1]).

id(X) -> X.

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

hanoi(0, _, _, _) -> 0;
hanoi(N, A, B, C) -> hanoi(N - 1, A, C, B) + 1 + hanoi(N - 1, C, B, A).

main(_) ->
    erlang:display(ack(?MODULE:id(2), 3)),
    erlang:display(ack(?MODULE:id(3), 8)),
    erlang:display(tak(?MODULE:id(18), 12, 6)),
    erlang:display(hanoi(?MODULE:id(20), a, b, c)).
