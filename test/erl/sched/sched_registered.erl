%% Registered names: register, whereis, send by name, unregister, and the errors around them.
-module(sched_registered).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

echo() -> receive {From, M} -> From ! {echo, M}, echo(); stop -> ok end.

main(_) ->
    P = spawn(fun echo/0),
    erlang:display(register(my_echo, P)),
    erlang:display(whereis(my_echo) =:= P),
    my_echo ! {self(), hello},
    erlang:display(receive {echo, M} -> M end),
    erlang:display(lists:member(my_echo, registered())),
    erlang:display(t(fun() -> register(my_echo, self()) end)),
    erlang:display(t(fun() -> register(other_name, P) end)),
    erlang:display(t(fun() -> register(?MODULE:id("str"), self()) end)),
    erlang:display(t(fun() -> register(undefined, self()) end)),
    erlang:display(unregister(my_echo)),
    erlang:display([whereis(my_echo), t(fun() -> unregister(my_echo) end), t(fun() -> my_echo ! x end)]),
    erlang:display(register(my_echo, self())),
    my_echo ! to_myself,
    erlang:display(receive to_myself -> got_own_message end),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    erlang:display(whereis(other_name)),
    erlang:display(t(fun() -> erlang:send(?MODULE:id({my_echo, node()}), via_tuple) end)),
    erlang:display(receive via_tuple -> got_via_tuple after 100 -> none end).
