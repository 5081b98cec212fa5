%% Ping-pong between two processes, one message at a time, 100000 round trips.
-module(sched_pingpong).
-export([main/1, id/1]).

id(X) -> X.

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N + 1}, pong();
        stop -> ok
    end.

ping(_, 0, Acc) -> Acc;
ping(P, N, Acc) ->
    P ! {ping, self(), Acc},
    receive {pong, Acc2} -> ping(P, N - 1, Acc2) end.

main(_) ->
    P = spawn(fun pong/0),
    erlang:display(ping(P, ?MODULE:id(100000), 0)),
    P ! stop,
    Ref = monitor(process, P),
    receive {'DOWN', Ref, process, P, Why} -> erlang:display({pong_stopped, Why}) end.
