-module(monitors).
-export([main/1]).

%% Monitors: DOWN reasons, dead and unknown targets, names, demonitor with flush and info,
%% several monitors on one process, monitor/3 tags.

main(_) ->
    process_flag(trap_exit, true),
    Waiter = fun() -> receive stop -> exit(stopped) end end,
    Dead = spawn(fun() -> ok end),
    M0 = monitor(process, Dead),
    receive {'DOWN', M0, process, Dead, R0} -> erlang:display({dead_pid, R0}) end,
    M1 = monitor(process, no_such_name),
    receive {'DOWN', M1, process, Who1, R1} -> erlang:display({no_name, Who1, R1}) end,
    M2 = monitor(process, {no_such_name, node()}),
    receive {'DOWN', M2, process, Who2, R2} -> erlang:display({no_name_node, Who2, R2}) end,
    %% By name: the DOWN names {Name, Node}.
    P = spawn(Waiter),
    register(watched, P),
    M3 = monitor(process, watched),
    M4 = monitor(process, P),
    erlang:display({distinct_refs, M3 =/= M4}),
    P ! stop,
    D1 = receive {'DOWN', M3, process, W3, R3} -> {W3, R3} end,
    D2 = receive {'DOWN', M4, process, W4, R4} -> {W4 =:= P, R4} end,
    erlang:display({by_name, D1, by_pid, D2}),
    %% demonitor before the exit: nothing arrives.
    Q = spawn(Waiter),
    M5 = monitor(process, Q),
    erlang:display({demonitor, demonitor(M5)}),
    Q ! stop,
    receive {'DOWN', M5, _, _, _} = X -> erlang:display({unexpected, X}) after 20 -> erlang:display(no_down) end,
    %% demonitor with flush takes an already delivered DOWN out of the mailbox.
    {Q2, M6} = spawn_monitor(fun() -> exit(quick) end),
    timer:sleep(20),
    erlang:display({queued, message_count()}),
    erlang:display({flush, demonitor(M6, [flush])}),
    erlang:display({after_flush, message_count()}),
    _ = Q2,
    %% info: whether the monitor was still there.
    Q3 = spawn(Waiter),
    M7 = monitor(process, Q3),
    erlang:display({info_active, demonitor(M7, [info])}),
    erlang:display({info_again, demonitor(M7, [info])}),
    erlang:display({info_flush, demonitor(M7, [flush, info])}),
    Q3 ! stop,
    %% A monitor on ourselves is not created.
    M8 = monitor(process, self()),
    erlang:display({self_monitor, is_reference(M8), demonitor(M8, [info])}),
    %% Errors.
    erlang:display({bad_type, catch_reason(fun() -> monitor(foo, self()) end)}),
    erlang:display({bad_item, catch_reason(fun() -> monitor(process, 42) end)}),
    erlang:display({bad_demonitor, catch_reason(fun() -> demonitor(foo) end)}),
    erlang:display({bad_option, catch_reason(fun() -> demonitor(make_ref(), [bogus]) end)}),
    erlang:display({unknown_ref, demonitor(make_ref()), demonitor(make_ref(), [info])}),
    %% monitor/3 with a tag: the DOWN message starts with it.
    T = spawn(Waiter),
    M9 = monitor(process, T, [{tag, my_tag}]),
    T ! stop,
    receive {my_tag, M9, process, T, RT} -> erlang:display({tagged, RT}) end,
    M10 = monitor(process, Dead, [{tag, {a, tag}}]),
    receive {{a, tag}, M10, process, Dead, RT2} -> erlang:display({tagged_dead, RT2}) end,
    %% process_info monitors / monitored_by.
    U = spawn(Waiter),
    M11 = monitor(process, U),
    {monitors, Ms} = process_info(self(), monitors),
    {monitored_by, By} = process_info(U, monitored_by),
    erlang:display({monitors, lists:member({process, U}, Ms), By =:= [self()]}),
    demonitor(M11),
    erlang:display({monitored_by_after, process_info(U, monitored_by)}),
    U ! stop,
    %% Many watchers of one process all get their DOWN.
    V = spawn(Waiter),
    Self = self(),
    Ws = [spawn(fun() -> R = monitor(process, V), Self ! {watching, self()},
                         receive {'DOWN', R, process, V, Why} -> Self ! {saw, self(), Why} end end)
          || _ <- [1, 2, 3]],
    [receive {watching, W} -> ok end || W <- Ws],
    V ! stop,
    erlang:display([receive {saw, W, Why} -> Why end || W <- Ws]),
    ok.

message_count() ->
    {message_queue_len, N} = process_info(self(), message_queue_len),
    N.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
