-module(aliases).
-export([main/1]).

%% OTP 24+ aliases: alias/0,1, unalias/1, monitor/3 {alias, Mode}, and sending to a reference.

main(_) ->
    process_flag(trap_exit, true),
    Self = self(),
    %% A plain reference is not an alias: the message is dropped, send does not fail.
    erlang:display({send_to_ref, make_ref() ! dropped}),
    A = alias(),
    spawn(fun() -> A ! {via_alias, 1} end),
    receive {via_alias, N} -> erlang:display({got, N}) end,
    erlang:display({unalias, unalias(A), unalias(A)}),
    A ! after_unalias,
    erlang:display({after_unalias, flush()}),
    %% alias([reply]): one message only.
    R = alias([reply]),
    R ! first,
    R ! second,
    erlang:display({reply_alias, flush()}),
    %% A monitor alias with demonitor mode lives as long as the monitor.
    W = spawn(fun() -> receive stop -> ok end end),
    M = monitor(process, W, [{alias, demonitor}]),
    M ! while_monitored,
    erlang:display({monitor_alias, flush()}),
    demonitor(M),
    M ! after_demonitor,
    erlang:display({after_demonitor, flush()}),
    %% reply_demonitor: the first message also removes the monitor.
    M2 = monitor(process, W, [{alias, reply_demonitor}]),
    M2 ! reply,
    M2 ! again,
    erlang:display({reply_demonitor, flush(), demonitor(M2, [info])}),
    %% demonitor mode: the alias dies with the DOWN.
    M3 = monitor(process, W, [{alias, demonitor}]),
    W ! stop,
    receive {'DOWN', M3, process, W, normal} -> ok end,
    M3 ! after_down,
    erlang:display({after_down, flush()}),
    %% explicit_unalias survives the monitor.
    M4 = monitor(process, W, [{alias, explicit_unalias}]),
    receive {'DOWN', M4, process, W, noproc} -> ok end,
    M4 ! still_alive,
    erlang:display({explicit, flush(), unalias(M4)}),
    %% Bad options.
    erlang:display({bad, catch_reason(fun() -> alias([bogus]) end),
                    catch_reason(fun() -> monitor(process, Self, [{alias, bogus}]) end),
                    catch_reason(fun() -> unalias(not_a_ref) end)}),
    %% The alias of another process cannot be removed by us.
    spawn(fun() -> Self ! {other_alias, alias()}, receive stop -> ok end end),
    Other = receive {other_alias, O} -> O end,
    erlang:display({unalias_other, unalias(Other)}),
    ok.

flush() ->
    receive X -> [X | flush()] after 0 -> [] end.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
