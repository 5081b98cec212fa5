%% A server looping in old code is moved to the new version by a fully qualified call; purge kills a process still in old code, with reason killed.
-module(hot_upgrade).
-export([main/1, loop/1, version/0]).
version() -> 1.
loop(N) ->
    receive
        {get, From} -> From ! {self(), N, version()}, loop(N + 1);
        upgrade -> ?MODULE:loop(N);
        stop -> ok
    end.
local_loop() -> receive _ -> local_loop() end.
ask(P) -> P ! {get, self()}, receive {P, N, V} -> {N, V} end.
main(_) ->
    P = spawn(fun() -> loop(0) end),
    Q = spawn(fun local_loop/0),
    erlang:display(ask(P)),
    {ok, B} = file:read_file(code:which(?MODULE)),
    erlang:display(erlang:load_module(?MODULE, B)),
    erlang:display(erlang:check_old_code(?MODULE)),
    erlang:display([erlang:check_process_code(X, ?MODULE) || X <- [P, Q]]),
    P ! upgrade,
    erlang:display(ask(P)),
    erlang:display([erlang:check_process_code(X, ?MODULE) || X <- [P, Q]]),
    erlang:display(erlang:load_module(?MODULE, B)),
    Ref = monitor(process, Q),
    spawn(fun() -> erlang:display({purge, code:purge(?MODULE)}) end),
    receive {'DOWN', Ref, process, Q, Why} -> erlang:display({q_down, Why}) end,
    receive after 50 -> ok end,
    erlang:display(erlang:check_old_code(?MODULE)),
    erlang:display(is_process_alive(P)),
    P ! stop.
