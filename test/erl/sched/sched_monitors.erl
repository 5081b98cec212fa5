%% Monitors and links in a chain of handshakes: DOWN messages arrive in the order the processes exited.
-module(sched_monitors).
-export([main/1, id/1]).

id(X) -> X.

member(Name) ->
    receive {die, Reason, Ack} -> Ack ! {dying, Name}, exit(Reason) end.

main(_) ->
    Names = ?MODULE:id([alpha, beta, gamma, delta]),
    Ps = [{N, spawn(fun() -> member(N) end)} || N <- Names],
    Refs = [{N, monitor(process, P), P} || {N, P} <- Ps],
    lists:foreach(fun({N, Ref, P}) ->
                          P ! {die, {reason_of, N}, self()},
                          receive {dying, N} -> ok end,
                          receive {'DOWN', Ref, process, P, R} -> erlang:display({down, N, R}) end
                  end, lists:reverse(Refs)),
    {P2, R2} = spawn_monitor(fun() -> receive after 10 -> exit(timeout_exit) end end),
    erlang:display(receive {'DOWN', R2, process, P2, Why} -> Why end),
    R3 = monitor(process, P2),
    erlang:display(receive {'DOWN', R3, process, P2, Why3} -> Why3 end),
    P4 = spawn(fun() -> receive _ -> ok end end),
    R4 = monitor(process, P4),
    erlang:display(demonitor(R4)),
    P4 ! go,
    erlang:display(receive {'DOWN', R4, _, _, _} -> got_down_after_demonitor after 50 -> no_down end),
    R5 = monitor(process, ?MODULE:id(not_registered_name)),
    erlang:display(receive {'DOWN', R5, process, Obj, Info} -> {Obj, Info} end),
    erlang:display(try monitor(?MODULE:id(bogus), self()) catch C:R -> {C, R} end).
