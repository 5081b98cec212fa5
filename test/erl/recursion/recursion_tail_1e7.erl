%% Tail loops of ten million iterations: local self-recursion, mutual recursion, and a remote tail call.
-module(recursion_tail_1e7).
-export([main/1, id/1, remote_loop/2]).

id(X) -> X.

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + (N band 7)).

ping(0, Acc) -> Acc;
ping(N, Acc) -> pong(N - 1, Acc + 1).
pong(0, Acc) -> Acc;
pong(N, Acc) -> ping(N - 1, Acc + 2).

remote_loop(0, Acc) -> Acc;
remote_loop(N, Acc) -> ?MODULE:remote_loop(N - 1, Acc + 1).

float_loop(0, Acc) -> Acc;
float_loop(N, Acc) -> float_loop(N - 1, Acc + 0.5).

main(_) ->
    N = ?MODULE:id(10000000),
    erlang:display(loop(N, 0)),
    erlang:display(ping(N, 0)),
    erlang:display(remote_loop(N, 0)),
    erlang:display(float_loop(N, 0.0)),
    erlang:display(loop(N, 9007199254740990)).
