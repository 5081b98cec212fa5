-module(system_info).
-export([main/1]).

%% system_info/1, statistics/1, node/0,1, nodes/0,1, is_alive/0, display_string/1: the values a
%% program may print are checked for equality, the machine-dependent ones for their shape.

main(_) ->
    Fixed = [otp_release, version, wordsize, {wordsize, internal}, {wordsize, external}, machine,
             smp_support, threads, heap_type, build_type, debug_compiled, emu_flavor, process_limit,
             atom_limit, time_warp_mode, time_offset, start_time, end_time, context_reductions,
             fullsweep_after, min_heap_size, min_bin_vheap_size, max_heap_size, thread_pool_size,
             compat_rel, creation, multi_scheduling, hipe_architecture, nif_version, driver_version],
    [erlang:display({I, erlang:system_info(I)}) || I <- Fixed],
    Ints = [process_count, atom_count, schedulers, schedulers_online, logical_processors],
    erlang:display([{I, is_integer(erlang:system_info(I)) andalso erlang:system_info(I) > 0} || I <- Ints]),
    erlang:display({system_version, lists:prefix("Erlang/OTP 25 [erts-13.1.5]", erlang:system_info(system_version))}),
    erlang:display({os_type, element(1, erlang:system_info(os_type))}),
    erlang:display({bad_item, catch_reason(fun() -> erlang:system_info(no_such_item) end),
                    catch_reason(fun() -> erlang:system_info({no, such}) end)}),
    {Rt, _} = statistics(runtime),
    {Wc, _} = statistics(wall_clock),
    {Rd, _} = statistics(reductions),
    erlang:display({statistics, is_integer(Rt), is_integer(Wc), is_integer(Rd),
                    is_integer(statistics(run_queue)), is_integer(statistics(total_run_queue_lengths))}),
    erlang:display({bad_statistics, catch_reason(fun() -> statistics(no_such_item) end)}),
    erlang:display({node, node(), node(self()), node(make_ref()), is_alive()}),
    erlang:display({node_badarg, catch_reason(fun() -> node(foo) end)}),
    erlang:display({nodes, nodes(), nodes(this), nodes(known), nodes(visible), nodes([this, hidden]), nodes([])}),
    erlang:display({nodes_badarg, catch_reason(fun() -> nodes(bogus) end),
                    catch_reason(fun() -> nodes([this | bogus]) end)}),
    erlang:display({display_string, erlang:display_string("to stderr\n")}),
    erlang:display({display_string_unicode, erlang:display_string([16#e9, 16#263a, $\n])}),
    erlang:display({display_string_badarg, catch_reason(fun() -> erlang:display_string(<<"bin">>) end),
                    catch_reason(fun() -> erlang:display_string(atom) end)}),
    ok.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
