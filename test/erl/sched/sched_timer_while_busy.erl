%% Timers fire while every process is busy: a timeout message sent 20 ms in must already be in the
%% mailbox when a long computation (hundreds of ms) finishes, and a sleeping process must have woken.
-module(sched_timer_while_busy).
-export([main/1, id/1]).

id(X) -> X.

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, (Acc + N) band 16#ffffff).

main(_) ->
    Self = self(),
    erlang:send_after(20, Self, timer_tick),
    spawn(fun() -> receive after 20 -> Self ! sleeper_woke end end),
    Busy = [spawn(fun() -> loop(?MODULE:id(100000000), 0) end) || _ <- [1, 2]],
    R = loop(?MODULE:id(50000000), 0),
    erlang:display(R),
    erlang:display(receive timer_tick -> timer_tick_arrived after 0 -> timer_tick_missing end),
    erlang:display(receive sleeper_woke -> sleeper_woke after 0 -> sleeper_still_asleep end),
    [exit(P, kill) || P <- Busy],
    erlang:display(done).
