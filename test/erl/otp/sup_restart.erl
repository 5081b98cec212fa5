-module(sup_restart).
%% Supervisors (one_for_one, one_for_all, rest_for_one): a child crashes and restarts, then intensity is exceeded.
-behaviour(supervisor).
-export([main/1, init/1, start_child/1, child_loop/1]).

main(_) ->
    process_flag(trap_exit, true),
    lists:foreach(fun run/1, [one_for_one, one_for_all, rest_for_one]),
    ok.

run(Strategy) ->
    io:format("=== ~p~n", [Strategy]),
    {ok, Sup} = supervisor:start_link(?MODULE, Strategy),
    io:format("children ~p~n", [ids(Sup)]),
    io:format("count ~p~n", [supervisor:count_children(Sup)]),
    %% one crash: restarted according to the strategy
    crash_and_wait(Sup, b),
    io:format("after one crash ~p~n", [ids(Sup)]),
    %% two more crashes within the period: intensity 2 exceeded, the supervisor gives up
    crash_and_wait(Sup, b),
    Child = pid_of(Sup, b),
    Ref = monitor(process, Sup),
    exit(Child, boom),
    receive {'DOWN', Ref, process, Sup, SupWhy} -> ok end,
    receive {'EXIT', Sup, LinkWhy} -> ok end,
    ok = logger_std_h:filesync(default),
    io:format("supervisor down ~p, exit ~p~n~n", [SupWhy, LinkWhy]).

crash_and_wait(Sup, Id) ->
    Old = pid_of(Sup, Id),
    Olds = [P || {_, P, _, _} <- supervisor:which_children(Sup)],
    Refs = [monitor(process, P) || P <- Olds],
    exit(Old, boom),
    %% wait for the crashed child and, for one_for_all/rest_for_one, the siblings shut down with it
    wait_restart(Sup, Id, Old),
    [demonitor(R, [flush]) || R <- Refs],
    ok = logger_std_h:filesync(default).

wait_restart(Sup, Id, Old) ->
    case pid_of(Sup, Id) of
        P when is_pid(P), P =/= Old -> ok;
        _ -> timer:sleep(5), wait_restart(Sup, Id, Old)
    end.

pid_of(Sup, Id) ->
    case lists:keyfind(Id, 1, supervisor:which_children(Sup)) of
        {Id, P, _, _} -> P;
        false -> undefined
    end.

ids(Sup) -> [{Id, is_pid(P), T, M} || {Id, P, T, M} <- supervisor:which_children(Sup)].

init(Strategy) ->
    Flags = #{strategy => Strategy, intensity => 2, period => 3600},
    Children = [#{id => Id, start => {?MODULE, start_child, [Id]}} || Id <- [a, b, c]],
    {ok, {Flags, Children}}.

start_child(Id) ->
    {ok, proc_lib:spawn_link(?MODULE, child_loop, [Id])}.

child_loop(Id) ->
    receive stop -> ok end,
    child_loop(Id).
