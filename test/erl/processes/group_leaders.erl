-module(group_leaders).
-export([main/1]).

%% group_leader/0,2, processes/0, is_process_alive/1, self/0, make_ref/0.

main(_) ->
    process_flag(trap_exit, true),
    Self = self(),
    GL = group_leader(),
    erlang:display({gl_is_pid, is_pid(GL)}),
    P = spawn(fun() -> Self ! {gl, group_leader()}, receive {From, q} -> From ! {gl2, group_leader()} end end),
    receive {gl, G1} -> erlang:display({inherited, G1 =:= GL}) end,
    Fake = spawn(fun() -> receive never -> ok end end),
    erlang:display({set_gl, group_leader(Fake, P)}),
    P ! {Self, q},
    receive {gl2, G2} -> erlang:display({changed, G2 =:= Fake}) end,
    erlang:display({gl_badarg, catch_reason(fun() -> group_leader(foo, Self) end),
                    catch_reason(fun() -> group_leader(Self, foo) end)}),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display({gl_dead, catch_reason(fun() -> group_leader(Self, Dead) end)}),
    erlang:display({alive, is_process_alive(Self), is_process_alive(Fake), is_process_alive(Dead)}),
    erlang:display({alive_badarg, catch_reason(fun() -> is_process_alive(foo) end)}),
    Ps = processes(),
    erlang:display({in_processes, lists:member(Self, Ps), lists:member(Fake, Ps), lists:member(Dead, Ps),
                    lists:sort(Ps) =:= Ps}),
    erlang:display({self, self() =:= Self, is_pid(self())}),
    R1 = make_ref(),
    R2 = make_ref(),
    erlang:display({refs, is_reference(R1), R1 =/= R2, R1 =:= R1}),
    erlang:display({info_dead, process_info(Dead), process_info(Dead, status)}),
    exit(Fake, kill),
    ok.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
