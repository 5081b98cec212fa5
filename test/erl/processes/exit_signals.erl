-module(exit_signals).
-export([main/1]).

%% exit/2 in all its cases, seen through monitors: normal, kill, killed, to self, to trappers.

main(_) ->
    process_flag(trap_exit, true),
    Self = self(),
    Waiter = fun() -> receive never -> ok end end,
    down(fun(P) -> exit(P, foo) end, Waiter),
    down(fun(P) -> exit(P, kill) end, Waiter),
    down(fun(P) -> exit(P, kill) end, fun() -> process_flag(trap_exit, true), Waiter() end),
    %% A trapping process gets exit signals as messages, even normal ones.
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Self ! ready,
                      Got = [receive M -> M end || _ <- [1, 2, 3]],
                      Self ! {got, Got}
              end),
    receive ready -> ok end,
    exit(T, normal),
    exit(T, reason1),
    exit(T, {any, term}),
    receive {got, Got} -> erlang:display([R || {'EXIT', From, R} <- Got, From =:= Self]) end,
    %% exit(self(), ...) from inside, with and without catch.
    down_self(fun() -> exit(self(), normal), erlang:display(not_reached) end),
    down_self(fun() -> catch exit(self(), mine), erlang:display(not_reached) end),
    down_self(fun() -> process_flag(trap_exit, true), exit(self(), kill), erlang:display(not_reached) end),
    down_self(fun() ->
                      process_flag(trap_exit, true),
                      exit(self(), to_myself),
                      receive {'EXIT', Me, Why} when Me =:= self() -> exit({trapped, Why}) end
              end),
    %% exit/1 reasons.
    down_self(fun() -> exit({complex, [reason], #{a => 1}}) end),
    %% Killing a linked partner kills us unless we trap; here we trap.
    L = spawn_link(Waiter),
    exit(L, kill),
    receive {'EXIT', L, killed} -> erlang:display(linked_killed) end,
    %% exit/2 to a dead process is fine.
    erlang:display({exit_dead, exit(L, whatever)}),
    erlang:display({exit_badarg, try exit(foo, bar) catch Cl:Re -> {Cl, Re} end}),
    %% A process killed through a link cascade.
    Parent = spawn(fun() ->
                           Ch = spawn_link(Waiter),
                           Self ! {child, Ch},
                           Waiter()
                   end),
    Child = receive {child, C} -> C end,
    MP = monitor(process, Parent),
    MC = monitor(process, Child),
    exit(Child, boom),
    receive {'DOWN', MC, process, Child, RC} -> erlang:display({child_down, RC}) end,
    receive {'DOWN', MP, process, Parent, RP} -> erlang:display({parent_down, RP}) end,
    ok.

down(Signal, Body) ->
    P = spawn(Body),
    Ref = monitor(process, P),
    Signal(P),
    receive {'DOWN', Ref, process, P, Reason} -> erlang:display({down, Reason}) end.

down_self(Body) ->
    {P, Ref} = spawn_monitor(Body),
    receive {'DOWN', Ref, process, P, Reason} -> erlang:display({self_down, Reason}) end.
