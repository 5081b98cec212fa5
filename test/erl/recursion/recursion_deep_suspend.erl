%% A process 200000 frames deep that keeps suspending (receive, timeouts, preemption) at the bottom:
%% each resume must not cost time proportional to the depth.
-module(recursion_deep_suspend).
-export([main/1, id/1]).

id(X) -> X.

down(0, Partner) -> bottom(Partner, ?MODULE:id(20000), 0);
down(N, Partner) -> 1 + down(N - 1, Partner).

bottom(_, 0, Acc) -> Acc;
bottom(Partner, K, Acc) ->
    Partner ! {ping, self(), K},
    receive {pong, K} -> bottom(Partner, K - 1, Acc + 1) end.

partner() ->
    receive
        {ping, From, K} -> From ! {pong, K}, partner();
        stop -> ok
    end.

spin(0, Acc) -> Acc;
spin(N, Acc) -> spin(N - 1, Acc + 1).

deep_spin(0) -> spin(?MODULE:id(20000000), 0);
deep_spin(N) -> 1 + deep_spin(N - 1).

main(_) ->
    P = spawn(fun partner/0),
    erlang:display(down(?MODULE:id(200000), P)),
    P ! stop,
    Self = self(),
    Other = spawn(fun() -> Self ! {other, spin(?MODULE:id(20000000), 0)} end),
    erlang:display(deep_spin(?MODULE:id(200000))),
    receive {other, V} -> erlang:display(V) end,
    erlang:display(is_pid(Other)).
