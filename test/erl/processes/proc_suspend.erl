%% erlang:suspend_process/1,2 and resume_process/1: a suspended process gets messages but does not
%% run; suspensions count, unless_suspending, the asynchronous forms and their replies, bad
%% arguments, a suspender that ends lifting its suspensions, and killing a suspended process.
-module(proc_suspend).
-export([main/1, loop/1]).

loop(N) -> receive {get, From} -> From ! {n, N}, loop(N); X -> loop(N + X) end.

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

%% Ask W for its count, waiting at most Ms when it is suspended (it does not answer then; its
%% answer comes after it is resumed), or for as long as it takes (infinity).
ask(W, Ms) ->
    W ! {get, self()},
    receive {n, N} -> N after Ms -> no_answer end.

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    W = spawn(proc_suspend, loop, [0]),
    P(t(fun() -> erlang:suspend_process(W) end)),
    P(element(2, process_info(W, status))),
    P(length(element(2, process_info(self(), suspending)))),
    W ! 5,
    P(ask(W, 100)),
    P(t(fun() -> erlang:suspend_process(W, [unless_suspending]) end)),
    P(t(fun() -> erlang:suspend_process(W, []) end)),
    [{W, Active, Outstanding}] = element(2, process_info(self(), suspending)),
    P({Active, Outstanding}),
    P(t(fun() -> erlang:resume_process(W) end)),
    P(element(2, process_info(W, status))),
    P(t(fun() -> erlang:resume_process(W) end)),
    %% The answer to the question asked while it was suspended.
    P(receive {n, A} -> A end),
    P(t(fun() -> erlang:resume_process(W) end)),
    P(t(fun() -> erlang:suspend_process(self()) end)),
    P(t(fun() -> erlang:suspend_process(foo) end)),
    P(t(fun() -> erlang:suspend_process(W, [foo]) end)),
    P(t(fun() -> erlang:suspend_process(W, foo) end)),
    P(t(fun() -> erlang:resume_process(foo) end)),
    P(t(fun() -> erlang:resume_process(self()) end)),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    P(t(fun() -> erlang:suspend_process(Dead) end)),
    P(t(fun() -> erlang:suspend_process(Dead, []) end)),
    P(t(fun() -> erlang:resume_process(Dead) end)),
    P(t(fun() -> erlang:suspend_process(W, [asynchronous]) end)),
    P(t(fun() -> erlang:suspend_process(W, [{asynchronous, tag}]) end)),
    P(receive {tag, R1} -> R1 end),
    P(t(fun() -> erlang:suspend_process(W, [{asynchronous, tag}, unless_suspending]) end)),
    P(receive {tag, R2} -> R2 end),
    P(element(2, process_info(W, status))),
    erlang:resume_process(W),
    erlang:resume_process(W),
    P(ask(W, infinity)),
    %% A suspender that ends lifts its suspensions.
    Me = self(),
    S = spawn(fun() -> erlang:suspend_process(W), Me ! suspended, receive stop -> ok end end),
    receive suspended -> ok end,
    P(element(2, process_info(W, status))),
    P(ask(W, 100)),
    MS = monitor(process, S),
    exit(S, kill),
    receive {'DOWN', MS, _, _, _} -> ok end,
    P(receive {n, C} -> C end),
    P(element(2, process_info(W, status))),
    %% A suspended process can be killed.
    erlang:suspend_process(W),
    MW = monitor(process, W),
    exit(W, kill),
    P(receive {'DOWN', MW, process, W, Why} -> Why end),
    P(process_info(self(), suspending)).
