%% Stack traces of crashes that happen after the process was suspended (receive, timeout, preemption)
%% somewhere down a chain of body calls: the frames saved while suspended must read as erts's.
-module(traces_after_suspend).
-export([main/1, id/1, boom/1]).

id(X) -> X.
boom(X) -> error({boom, X}).

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

level1(How) -> [level2(How)].
level2(How) -> {level3(How)}.
level3(How) -> wait(How), ?MODULE:boom(How).

wait(receive_msg) -> self() ! go, receive go -> ok end;
wait(timeout) -> receive after 5 -> ok end;
wait(preempt) -> spin(?MODULE:id(3000000));
wait(none) -> ok.

spin(0) -> ok;
spin(N) -> spin(N - 1).

deep(0, How) -> wait(How), 1 + ?MODULE:id(How);
deep(N, How) when N rem 2 =:= 0 -> [deep(N - 1, How)];
deep(N, How) -> {deep(N - 1, How)}.

main(_) ->
    lists:foreach(fun(How) -> erlang:display(t(fun() -> level1(How) end)) end, [none, receive_msg, timeout, preempt]),
    lists:foreach(fun(How) -> erlang:display(t(fun() -> deep(?MODULE:id(20000), How) end)) end, [none, receive_msg, preempt]).
