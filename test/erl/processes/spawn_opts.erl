-module(spawn_opts).
-export([main/1, worker/2]).

%% spawn, spawn_link, spawn_monitor, spawn_opt: results, options, argument errors, initial calls
%% and what process_info says of a fresh process.

worker(Parent, Tag) ->
    Parent ! {Tag, self()},
    receive stop -> ok end.

main(_) ->
    process_flag(trap_exit, true),
    Self = self(),
    P1 = spawn(?MODULE, worker, [Self, w1]),
    receive {w1, P1} -> ok end,
    erlang:display({mfa_initial_call, process_info(P1, initial_call)}),
    erlang:display({status, process_info(P1, status)}),
    erlang:display({gl_inherited, element(2, process_info(P1, group_leader)) =:= group_leader()}),
    erlang:display({not_linked, process_info(P1, links)}),
    P1 ! stop,
    P2 = spawn(fun() -> Self ! {w2, self()}, receive stop -> ok end end),
    receive {w2, P2} -> ok end,
    erlang:display({fun_initial_call, process_info(P2, initial_call)}),
    P2 ! stop,
    %% spawn_link: linked both ways.
    P3 = spawn_link(?MODULE, worker, [Self, w3]),
    receive {w3, P3} -> ok end,
    erlang:display({linked, process_info(P3, links) =:= {links, [Self]}}),
    P3 ! stop,
    receive {'EXIT', P3, R3} -> erlang:display({link_exit, R3}) end,
    %% spawn_monitor/1,3 and spawn_opt with monitor.
    {P4, M4} = spawn_monitor(fun() -> exit(m4) end),
    receive {'DOWN', M4, process, P4, R4} -> erlang:display({spawn_monitor, R4}) end,
    {P5, M5} = spawn_monitor(erlang, exit, [m5]),
    receive {'DOWN', M5, process, P5, R5} -> erlang:display({spawn_monitor_mfa, R5}) end,
    {P6, M6} = spawn_opt(fun() -> exit(m6) end, [monitor, link]),
    receive {'DOWN', M6, process, P6, R6} -> erlang:display({spawn_opt_monitor, R6}) end,
    receive {'EXIT', P6, R6b} -> erlang:display({spawn_opt_link, R6b}) end,
    {P7, M7} = spawn_opt(?MODULE, worker, [Self, w7], [{monitor, [{tag, w7_down}]}, {priority, high},
                                                      {min_heap_size, 1000}, {fullsweep_after, 10},
                                                      {message_queue_data, off_heap}]),
    receive {w7, P7} -> ok end,
    erlang:display({opts, process_info(P7, [priority, min_heap_size, fullsweep_after, message_queue_data])}),
    P7 ! stop,
    receive {w7_down, M7, process, P7, R7} -> erlang:display({tagged_down, R7}) end,
    %% Node variants on this node.
    P8 = spawn(node(), fun() -> Self ! {w8, self()} end),
    receive {w8, P8} -> erlang:display(spawn_on_this_node) end,
    P9 = spawn(node(), ?MODULE, worker, [Self, w9]),
    receive {w9, P9} -> P9 ! stop, erlang:display(spawn4_on_this_node) end,
    %% Bad arguments.
    Bad = [fun() -> spawn(not_a_fun) end,
           fun() -> spawn(?MODULE, "worker", []) end,
           fun() -> spawn(?MODULE, worker, not_a_list) end,
           fun() -> spawn(?MODULE, worker, [a | b]) end,
           fun() -> spawn_link(42) end,
           fun() -> spawn_monitor(fun(_) -> ok end) end,
           fun() -> spawn_monitor(1, 2, 3) end,
           fun() -> spawn_opt(fun() -> ok end, [bogus]) end,
           fun() -> spawn_opt(fun() -> ok end, [link | bogus]) end,
           fun() -> spawn_opt(fun() -> ok end, [{priority, urgent}]) end,
           fun() -> spawn_opt(fun() -> ok end, [{min_heap_size, -1}]) end,
           fun() -> spawn_opt(fun() -> ok end, [{monitor, [bogus]}]) end],
    erlang:display([catch_reason(F) || F <- Bad]),
    %% An undefined function fails in the new process, not in spawn.
    {P10, M10} = spawn_monitor(no_such_module_here, f, [1]),
    receive {'DOWN', M10, process, P10, {R10, _}} -> erlang:display({undef_in_child, R10}) end,
    %% A fun of the wrong arity fails in the new process too.
    {P11, M11} = spawn_opt(fun(_) -> ok end, [monitor]),
    receive {'DOWN', M11, process, P11, {R11, _}} -> erlang:display({badarity_in_child, element(1, R11)}) end,
    ok.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
