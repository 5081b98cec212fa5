%% Small erts_internal BIFs erlang.erl, init and dist_util rely on, and
%% erlang:spawn_request_abandon/1 on requests that are not pending.
-module(erts_internal_misc).
-export([main/1]).

r(F) -> try F() catch C:R:St -> {C, R, hd(St)} end.

main(_) ->
    erlang:display(erts_internal:time_unit()),
    erlang:display(erts_internal:perf_counter_unit()),
    erlang:display(erlang:convert_time_unit(1, second, native)),
    erlang:display(erlang:convert_time_unit(1, second, perf_counter)),
    erlang:display(erts_internal:get_creation()),
    N = erts_internal:no_aux_work_threads(),
    erlang:display({is_integer(N), N >= 2, N =:= erlang:system_info(schedulers) + 1}),
    %% init and the processes erts starts with it are system processes, user processes are not
    erlang:display([erts_internal:is_system_process(P) || P <- [whereis(init), whereis(erts_code_purger)]]),
    erlang:display(erts_internal:is_system_process(self())),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display(erts_internal:is_system_process(Dead)),
    erlang:display(lists:usort([erts_internal:is_system_process(P) || P <- processes(),
                                P =/= whereis(init), P =/= whereis(erts_code_purger),
                                process_info(P, registered_name) =/= {registered_name, erts_literal_area_collector},
                                element(2, process_info(P, initial_call)) =/= {erts_dirty_process_signal_handler, start, 0},
                                element(2, process_info(P, initial_call)) =/= {prim_file, start, 0},
                                element(2, process_info(P, initial_call)) =/= {socket_registry, start, 0}])),
    erlang:display(r(fun() -> erts_internal:is_system_process(x) end)),
    erlang:display(r(fun() -> erlang:spawn_request_abandon(make_ref()) end)),
    erlang:display(r(fun() -> erlang:spawn_request_abandon(x) end)),
    ok.
