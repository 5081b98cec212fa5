%% Exit signals between linked processes: trapped as messages, killed, normal ignored, monitors' DOWN reasons.
-module(errors_exit_signals).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(?MODULE:id(custom_reason)) end),
    receive {'EXIT', P1, R1} -> erlang:display({exit_msg, R1}) end,
    P2 = spawn_link(fun() -> ok end),
    receive {'EXIT', P2, R2} -> erlang:display({exit_msg, R2}) end,
    P3 = spawn_link(fun() -> receive never -> ok end end),
    exit(P3, kill),
    receive {'EXIT', P3, R3} -> erlang:display({exit_msg, R3}) end,
    P4 = spawn_link(fun() -> receive never -> ok end end),
    exit(P4, ?MODULE:id(my_signal)),
    receive {'EXIT', P4, R4} -> erlang:display({exit_msg, R4}) end,
    Self = self(),
    P5 = spawn_link(fun() -> process_flag(trap_exit, true), Self ! ready, receive {'EXIT', _, Why} -> Self ! {p5_got, Why} end end),
    receive ready -> ok end,
    exit(P5, normal),
    receive {p5_got, W5} -> erlang:display({p5_trapped, W5}) end,
    receive {'EXIT', P5, R5} -> erlang:display({exit_msg, R5}) end,
    P6 = spawn(fun() -> receive go -> exit(?MODULE:id({nested, [reason]})) end end),
    Ref = monitor(process, P6),
    P6 ! go,
    receive {'DOWN', Ref, process, P6, R6} -> erlang:display({down, R6}) end,
    Ref2 = monitor(process, P6),
    receive {'DOWN', Ref2, process, P6, R7} -> erlang:display({down_after_death, R7}) end,
    P8 = spawn(fun() -> receive never -> ok end end),
    Ref3 = monitor(process, P8),
    erlang:display(demonitor(Ref3, [flush, info])),
    exit(P8, kill),
    P9 = spawn_link(fun() -> link(Self), exit(kill) end),
    receive {'EXIT', P9, R9} -> erlang:display({exit_msg_self_kill, R9}) end,
    {P10, Ref10} = spawn_monitor(fun() -> exit({exited_in_child, [1, 2]}) end),
    receive {'DOWN', Ref10, process, P10, R10} -> erlang:display({down_reason, R10}) end,
    erlang:display(process_flag(trap_exit, false)),
    erlang:display(is_process_alive(P1)).
