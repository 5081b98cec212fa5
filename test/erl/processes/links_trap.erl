-module(links_trap).
-export([main/1]).

%% Links and trap_exit: which exits arrive as {'EXIT', Pid, Reason} messages, which kill,
%% linking to a dead process, unlink.

main(_) ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(bye) end),
    receive {'EXIT', P1, R1} -> erlang:display({exit_reason, R1}) end,
    P2 = spawn_link(fun() -> ok end),
    receive {'EXIT', P2, R2} -> erlang:display({normal_exit, R2}) end,
    P3 = spawn_link(fun() -> process_flag(trap_exit, true), receive never -> ok end end),
    exit(P3, kill),
    receive {'EXIT', P3, R3} -> erlang:display({killed_trapper, R3}) end,
    %% Linking to a dead process while trapping: a noproc message.
    erlang:display({link_dead, link(P1)}),
    receive {'EXIT', P1, R4} -> erlang:display({link_dead_msg, R4}) end,
    %% Linking to a dead process while not trapping: error noproc from link/1.
    process_flag(trap_exit, false),
    erlang:display({link_dead_no_trap, catch_reason(fun() -> link(P1) end)}),
    process_flag(trap_exit, true),
    %% unlink: the exit no longer reaches us.
    Self = self(),
    P5 = spawn_link(fun() -> receive go -> Self ! {self(), going}, exit(gone) end end),
    erlang:display({unlink, unlink(P5)}),
    Ref = monitor(process, P5),
    P5 ! go,
    receive {P5, going} -> ok end,
    receive {'DOWN', Ref, process, P5, gone} -> ok end,
    receive {'EXIT', P5, _} = M -> erlang:display({unexpected, M}) after 20 -> erlang:display(no_exit_after_unlink) end,
    %% A linked non-trapping middle process dies with its partner, and we hear its reason.
    Mid = spawn_link(fun() ->
                             Inner = spawn_link(fun() -> receive die -> exit(inner_died) end end),
                             Self ! {inner, Inner},
                             receive never -> ok end
                     end),
    Inner = receive {inner, I} -> I end,
    Inner ! die,
    receive {'EXIT', Mid, R6} -> erlang:display({chain, R6}) end,
    %% A normal exit signal does not kill a non-trapping process.
    P7 = spawn(fun() -> receive {From, ping} -> From ! {self(), pong} end end),
    exit(P7, normal),
    P7 ! {self(), ping},
    receive {P7, pong} -> erlang:display(survived_normal_exit) end,
    %% link/1 and unlink/1 argument errors.
    erlang:display({link_badarg, catch_reason(fun() -> link(foo) end)}),
    erlang:display({unlink_badarg, catch_reason(fun() -> unlink(foo) end)}),
    erlang:display({link_self, link(self())}),
    %% process_info links of a process linked to two others, one of them gone.
    A = spawn(Waiter = fun() -> receive never -> ok end end),
    B = spawn(fun() -> link(A), Self ! linked, receive never -> ok end end),
    receive linked -> ok end,
    link(B),
    {links, LB} = process_info(B, links),
    erlang:display({b_links, lists:sort(LB) =:= lists:sort([A, Self])}),
    exit(A, kill),
    receive {'EXIT', B, killed} -> ok end,
    erlang:display({b_alive, is_process_alive(B), process_info(B, links)}),
    _ = Waiter,
    ok.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
