-module(processes).
-export([main/1]).
main(_) ->
    Self = self(),
    Pid = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    Pid ! {ping, Self},
    receive pong -> erlang:display(got_pong) end,
    Ring = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, lists:seq(1, 1000)),
    Ring ! 0,
    receive N -> erlang:display({ring, N}) end,
    receive after 10 -> erlang:display(timeout) end,
    self() ! b, self() ! a,
    receive a -> erlang:display(first_a) end,
    receive b -> erlang:display(then_b) end,
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> exit(bye) end),
    receive {'EXIT', L, R} -> erlang:display({exit, R}) end,
    {M, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, M, Why} -> erlang:display({down, Why}) end.
relay(Next) ->
    receive N -> Next ! N + 1 end.
