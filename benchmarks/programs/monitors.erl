-module(monitors).
%% Spawning with monitors: N processes that each exit at once, every DOWN message collected.
-export([main/1]).
run(N) ->
    Refs = [begin {_Pid, Ref} = spawn_monitor(fun() -> exit({done, I}) end), Ref end
            || I <- lists:seq(1, N)],
    collect(Refs, 0).
%% Receive the DOWN of each monitor in turn (by ref), summing what the processes exited with.
collect([], Sum) -> Sum;
collect([Ref | Refs], Sum) ->
    receive {'DOWN', Ref, process, _Pid, {done, I}} -> collect(Refs, Sum + I) end.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 50000 end,
    run(1000),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
