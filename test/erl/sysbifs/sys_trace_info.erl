%% erlang:trace_info/2 while nothing is traced: processes, ports, the new/existing specs,
%% functions that exist (exported, local, funs, BIFs) or not, send/receive and on_load, and
%% the specs and items it refuses.
-module(sys_trace_info).
-export([main/1, exported/0]).

exported() -> local().
local() -> fun(X) -> X end.

t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main(_) ->
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, _} -> ok end,
    Port = open_port({spawn, "cat"}, []),
    Specs = [self(), Dead, Port, new, new_processes, new_ports, existing, existing_processes,
             existing_ports, all, processes, ports, foo, 17],
    Items = [flags, tracer, traced, match_spec, meta, meta_match_spec, call_count, call_time, all, foo],
    [io:format("~p ~p ~p~n", [S, I, t(fun() -> erlang:trace_info(S, I) end)]) || S <- Specs, I <- Items],
    port_close(Port),
    Funs = [{sys_trace_info, exported, 0}, {sys_trace_info, local, 0}, {sys_trace_info, main, 1},
            {sys_trace_info, '-local/0-fun-0-', 1}, {sys_trace_info, nosuch, 0}, {sys_trace_info, exported, 1},
            {lists, reverse, 2}, {lists, reverse, 9}, {erlang, apply, 3}, {erlang, self, 0},
            {erlang, module_info, 1}, {lists, module_info, 0}, {no_such_module_here, f, 0},
            {lists, map, -1}, {lists, map, 2.0}, {lists, "map", 2}, {"lists", map, 2},
            {lists, '_', '_'}, {lists, map, '_'}, {lists, map}, {lists, map, 2, x}],
    [io:format("~p ~p~n", [F, t(fun() -> erlang:trace_info(F, I) end)]) || F <- Funs, I <- [all, traced, "x"]],
    [io:format("~p ~p ~p~n", [E, I, t(fun() -> erlang:trace_info(E, I) end)])
     || E <- [send, 'receive', on_load], I <- [match_spec, all, flags, foo]].
