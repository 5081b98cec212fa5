%% Two busy counters and a timer: after 200 ms each counter must have run (the scheduler shares time).
-module(sched_fairness).
-export([main/1, id/1]).

id(X) -> X.

counter(N) ->
    receive
        {get, From} -> From ! {count, self(), N}
    after 0 ->
        counter(N + 1)
    end.

main(_) ->
    Ps = [spawn(fun() -> counter(0) end) || _ <- lists:seq(1, ?MODULE:id(4))],
    receive after 200 -> ok end,
    [P ! {get, self()} || P <- Ps],
    Counts = [receive {count, P, N} -> N end || P <- Ps],
    erlang:display([N > 1000 || N <- Counts]).
