-module(timers).
-export([main/1]).

%% erlang:send_after/start_timer/cancel_timer/read_timer, receive ... after, and timers to
%% dead pids and to names. Remaining times are only checked for their range (they depend on time).

main(_) ->
    process_flag(trap_exit, true),
    Self = self(),
    T1 = erlang:send_after(10, Self, hello),
    erlang:display({is_ref, is_reference(T1)}),
    receive hello -> erlang:display(got_hello) end,
    erlang:display({read_after_fire, erlang:read_timer(T1), erlang:cancel_timer(T1)}),
    T2 = erlang:start_timer(10, Self, payload),
    receive {timeout, T2, payload} -> erlang:display(start_timer_message) end,
    %% Cancel a long timer: the remaining time comes back, the message never does.
    T3 = erlang:send_after(5000, Self, never),
    Left = erlang:read_timer(T3),
    erlang:display({read, is_integer(Left) andalso Left > 4000 andalso Left =< 5000}),
    C = erlang:cancel_timer(T3),
    erlang:display({cancel, is_integer(C) andalso C > 4000 andalso C =< 5000}),
    erlang:display({cancel_again, erlang:cancel_timer(T3), erlang:read_timer(T3)}),
    receive never -> erlang:display(unexpected) after 30 -> erlang:display(cancelled_for_good) end,
    %% Options of cancel_timer/2 and read_timer/2.
    T4 = erlang:send_after(5000, Self, never),
    erlang:display({cancel_noinfo, erlang:cancel_timer(T4, [{info, false}])}),
    T5 = erlang:send_after(5000, Self, never),
    erlang:display({cancel_async, erlang:cancel_timer(T5, [{async, true}])}),
    receive {cancel_timer, T5, Res5} -> erlang:display({async_result, is_integer(Res5)}) end,
    erlang:display({cancel_async_unknown, erlang:cancel_timer(T5, [{async, true}, {info, true}])}),
    receive {cancel_timer, T5, Res6} -> erlang:display({async_result2, Res6}) end,
    erlang:display({read_async, erlang:read_timer(T5, [{async, true}])}),
    receive {read_timer, T5, Res7} -> erlang:display({read_async_result, Res7}) end,
    %% Unknown references and bad arguments.
    erlang:display({unknown, erlang:cancel_timer(make_ref()), erlang:read_timer(make_ref())}),
    erlang:display({bad_ref, catch_reason(fun() -> erlang:cancel_timer(foo) end)}),
    erlang:display({bad_time, catch_reason(fun() -> erlang:send_after(-1, Self, x) end)}),
    erlang:display({float_time, catch_reason(fun() -> erlang:send_after(1.5, Self, x) end)}),
    erlang:display({bad_dest, catch_reason(fun() -> erlang:send_after(10, {a, b}, x) end)}),
    erlang:display({bad_opt, catch_reason(fun() -> erlang:send_after(10, Self, x, [{abs, maybe}]) end)}),
    erlang:display({bad_cancel_opt, catch_reason(fun() -> erlang:cancel_timer(T1, [bogus]) end)}),
    %% A zero timer fires at once.
    erlang:send_after(0, Self, zero),
    receive zero -> erlang:display(zero_timer) after 50 -> erlang:display(zero_late) end,
    %% Absolute times on the monotonic clock.
    Now = erlang:monotonic_time(millisecond),
    erlang:send_after(Now + 10, Self, abs_future, [{abs, true}]),
    receive abs_future -> erlang:display(abs_future) end,
    erlang:send_after(Now - 2, Self, abs_past, [{abs, true}]),
    erlang:display({abs_before_clock, catch_reason(fun() -> erlang:send_after(erlang:system_info(start_time), Self, x, [{abs, true}]) end)}),
    erlang:display({too_far, catch_reason(fun() -> erlang:send_after(1 bsl 45, Self, x) end)}),
    receive abs_past -> erlang:display(abs_past) end,
    %% A timer to a dead pid is never set; one whose process dies is gone.
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    TD = erlang:send_after(5000, Dead, x),
    erlang:display({dead_target, erlang:read_timer(TD)}),
    Victim = spawn(fun() -> receive stop -> ok end end),
    TV = erlang:send_after(5000, Victim, x),
    erlang:display({live_target, is_integer(erlang:read_timer(TV))}),
    MV = monitor(process, Victim),
    Victim ! stop,
    receive {'DOWN', MV, _, _, _} -> ok end,
    erlang:display({target_gone, erlang:read_timer(TV), erlang:cancel_timer(TV)}),
    %% To a registered name, looked up when the timer fires.
    register(timer_test_name, Self),
    erlang:send_after(10, timer_test_name, by_name),
    receive by_name -> erlang:display(by_name) end,
    unregister(timer_test_name),
    erlang:send_after(5, timer_test_name, lost),
    receive lost -> erlang:display(unexpected) after 40 -> erlang:display(name_gone_message_dropped) end,
    %% Timers fire in the order of their times.
    erlang:send_after(30, Self, third),
    erlang:send_after(10, Self, first),
    erlang:send_after(20, Self, second),
    erlang:display([receive M -> M end || _ <- [1, 2, 3]]),
    %% receive ... after.
    receive nothing -> ok after 15 -> erlang:display(after_15) end,
    self() ! quick,
    receive quick -> erlang:display(before_timeout) after 1000 -> erlang:display(timeout) end,
    erlang:display({bad_after, catch_reason(fun() -> receive nothing -> ok after -1 -> ok end end)}),
    ok.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
