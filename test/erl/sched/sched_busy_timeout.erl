%% main waits with receive-after while other processes run long computations: the timeout still fires.
-module(sched_busy_timeout).
-export([main/1, id/1]).

id(X) -> X.

work(0, Acc) -> Acc;
work(N, Acc) -> work(N - 1, (Acc * 31 + N) rem 1000000007).

main(_) ->
    Self = self(),
    [spawn(fun() -> Self ! {result, I, work(?MODULE:id(30000000), I)} end) || I <- [1, 2]],
    T0 = erlang:monotonic_time(millisecond),
    receive never -> ok after 50 -> ok end,
    T1 = erlang:monotonic_time(millisecond),
    erlang:display({woke_after_timeout, T1 - T0 >= 50}),
    R = lists:sort([receive {result, I, V} -> {I, V} end || _ <- [1, 2]]),
    erlang:display(R).
