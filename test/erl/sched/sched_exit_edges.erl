%% Exit signal corner cases, each observed from outside the process it hits.
-module(sched_exit_edges).
-export([main/1, id/1]).

id(X) -> X.

report(Tag, P) ->
    Ref = monitor(process, P),
    receive
        {Tag, alive} -> demonitor(Ref, [flush]), {Tag, survived};
        {'DOWN', Ref, process, P, Why} -> {Tag, died, Why}
    after 500 -> {Tag, no_answer}
    end.

main(_) ->
    Self = self(),
    P1 = spawn(fun() -> exit(self(), normal), receive after 50 -> ok end, Self ! {self_normal, alive} end),
    erlang:display(report(self_normal, P1)),
    P2 = spawn(fun() -> process_flag(trap_exit, true), exit(self(), kill), receive after 50 -> ok end, Self ! {self_kill_trapping, alive} end),
    erlang:display(report(self_kill_trapping, P2)),
    P3 = spawn(fun() -> process_flag(trap_exit, true), exit(self(), custom),
                        receive {'EXIT', Me, R} when Me =:= self() -> Self ! {self_custom_trapping, R} after 50 -> ok end,
                        Self ! {self_custom_trapping, alive} end),
    erlang:display(receive {self_custom_trapping, custom} = M -> M after 500 -> no_message end),
    erlang:display(report(self_custom_trapping, P3)),
    P4 = spawn(fun() -> receive after infinity -> ok end end),
    exit(P4, normal),
    erlang:display(report(other_normal, P4)),
    exit(P4, kill),
    erlang:display(report(other_after_kill, P4)),
    P5 = spawn(fun() -> process_flag(trap_exit, true), Self ! ready, receive {'EXIT', From, kill} -> Self ! {trapped_kill_as_message, From =:= Self} end end),
    receive ready -> ok end,
    exit(P5, kill),
    erlang:display(receive {trapped_kill_as_message, _} = M5 -> M5 after 200 -> killed_not_trapped end),
    erlang:display(report(p5, P5)),
    P6 = spawn(fun() -> ok end),
    receive after 50 -> ok end,
    process_flag(trap_exit, true),
    link(P6),
    erlang:display(receive {'EXIT', P6, R6} -> {link_to_dead, R6} after 200 -> no_exit_message end),
    erlang:display(exit(P6, whatever)),
    P7 = spawn_link(fun() -> receive after infinity -> ok end end),
    unlink(P7),
    exit(P7, kill),
    erlang:display(receive {'EXIT', P7, _} -> got_exit_after_unlink after 100 -> no_exit_after_unlink end),
    erlang:display(monitor(process, self()) =/= x),
    {P8, R8} = spawn_opt(fun() -> exit(via_spawn_opt) end, [monitor]),
    erlang:display(receive {'DOWN', R8, process, P8, W8} -> W8 end),
    process_flag(trap_exit, false),
    erlang:display(done).
