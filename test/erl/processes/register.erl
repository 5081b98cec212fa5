-module(register).
-export([main/1]).

%% The name registry: register/unregister/whereis/registered, erts's badarg cases, sending to
%% names, names vanishing with their process.

main(_) ->
    process_flag(trap_exit, true),
    Self = self(),
    Waiter = fun() -> receive {From, ping} -> From ! {self(), pong}, receive stop -> ok end end end,
    P = spawn(Waiter),
    erlang:display({register, register(svc, P)}),
    erlang:display({whereis, whereis(svc) =:= P}),
    erlang:display({listed, lists:member(svc, registered())}),
    svc ! {Self, ping},
    receive {P, pong} -> erlang:display(pong_by_name) end,
    erlang:display({info, process_info(P, registered_name)}),
    erlang:display({taken, catch_reason(fun() -> register(svc, self()) end)}),
    erlang:display({already_named, catch_reason(fun() -> register(other, P) end)}),
    erlang:display({undefined_name, catch_reason(fun() -> register(undefined, self()) end)}),
    erlang:display({not_atom, catch_reason(fun() -> register("svc", self()) end)}),
    erlang:display({not_pid, catch_reason(fun() -> register(x, foo) end)}),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display({dead_pid, catch_reason(fun() -> register(x, Dead) end)}),
    erlang:display({unregister, unregister(svc), whereis(svc)}),
    erlang:display({unregister_again, catch_reason(fun() -> unregister(svc) end)}),
    erlang:display({unregister_badarg, catch_reason(fun() -> unregister(42) end)}),
    erlang:display({whereis_badarg, catch_reason(fun() -> whereis("svc") end)}),
    erlang:display({info_unnamed, process_info(P, registered_name)}),
    erlang:display({info_unnamed_list, process_info(P, [registered_name])}),
    %% Sending to a name nobody has: badarg, caught.
    erlang:display({send_unknown, catch_reason(fun() -> nobody_here ! hello end)}),
    erlang:display({send_unknown2, catch_reason(fun() -> erlang:send(nobody_here, hello) end)}),
    %% {Name, node()} to an unknown name is silently dropped.
    erlang:display({send_tuple, catch_reason(fun() -> {nobody_here, node()} ! hello end)}),
    %% A name goes away with its process.
    register(svc2, P),
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, process, P, _} -> ok end,
    erlang:display({after_exit, whereis(svc2), lists:member(svc2, registered())}),
    %% Registering ourselves, then the name is free again after unregister.
    true = register(me, self()),
    me ! to_myself,
    receive to_myself -> erlang:display(got_own_message) end,
    erlang:display({my_name, process_info(self(), registered_name)}),
    true = unregister(me),
    true = register(me, spawn(fun() -> ok end)),
    ok.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
