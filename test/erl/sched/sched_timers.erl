%% Timers: send_after and start_timer deliver in deadline order; cancel and read report what is left.
-module(sched_timers).
-export([main/1, id/1]).

id(X) -> X.

collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive M -> collect(N - 1, [M | Acc]) end.

main(_) ->
    Self = self(),
    erlang:send_after(60, Self, third),
    erlang:send_after(20, Self, first),
    erlang:send_after(40, Self, second),
    erlang:display(collect(3, [])),
    T = erlang:start_timer(30, Self, payload),
    erlang:display(receive {timeout, T, P} -> {timer_fired, P} end),
    T2 = erlang:send_after(10000, Self, never),
    Left = erlang:read_timer(T2),
    erlang:display(is_integer(Left) andalso Left > 9000 andalso Left =< 10000),
    C = erlang:cancel_timer(T2),
    erlang:display(is_integer(C) andalso C > 9000),
    erlang:display([erlang:cancel_timer(T2), erlang:read_timer(T2)]),
    T3 = erlang:send_after(5, Self, fired),
    receive fired -> ok end,
    erlang:display(erlang:cancel_timer(T3)),
    T4 = erlang:send_after(10000, Self, never2),
    erlang:display(erlang:cancel_timer(T4, [{async, false}, {info, false}])),
    erlang:display(receive never -> bad; never2 -> bad after 50 -> no_cancelled_messages end),
    erlang:display(try erlang:send_after(-1, Self, x) catch C1:R1 -> {C1, R1} end),
    erlang:display(try erlang:start_timer(a, Self, x) catch C2:R2 -> {C2, R2} end),
    erlang:send_after(0, Self, zero_delay),
    erlang:display(receive zero_delay -> got_zero_delay end),
    {ok, TRef} = timer:send_after(10, timer_module),
    erlang:display({is_tuple(TRef) orelse is_reference(TRef), receive timer_module -> timer_module_ok end}),
    timer:sleep(10),
    erlang:display(slept).
