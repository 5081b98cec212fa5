%% The limits of receive-after and timer timeouts: 0, infinity, the largest allowed value, and the errors past it.
-module(sched_timeout_values).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Self = self(),
    erlang:display(t(fun() -> receive after ?MODULE:id(-1) -> ok end end)),
    erlang:display(t(fun() -> receive after ?MODULE:id(4294967296) -> ok end end)),
    erlang:display(t(fun() -> receive after ?MODULE:id(1.0) -> ok end end)),
    erlang:display(t(fun() -> receive after ?MODULE:id(foo) -> ok end end)),
    Self ! msg,
    erlang:display(t(fun() -> receive msg -> got_msg after ?MODULE:id(4294967295) -> too_late end end)),
    Self ! msg2,
    erlang:display(t(fun() -> receive msg2 -> got_msg2 after ?MODULE:id(infinity) -> never end end)),
    erlang:display(t(fun() -> receive after ?MODULE:id(0) -> zero end end)),
    T1 = t(fun() -> erlang:send_after(?MODULE:id(4294967295), Self, x) end),
    erlang:display(is_reference(T1)),
    erlang:display(is_integer(erlang:cancel_timer(T1))),
    T2 = t(fun() -> erlang:send_after(?MODULE:id(4294967296), Self, x) end),
    erlang:display({is_reference(T2), is_integer(erlang:cancel_timer(T2))}),
    erlang:display(t(fun() -> erlang:send_after(?MODULE:id(1 bsl 70), Self, x) end)),
    erlang:display(t(fun() -> erlang:send_after(10, ?MODULE:id(not_a_registered_name_at_all), x) end) =/= x),
    erlang:display(t(fun() -> erlang:start_timer(?MODULE:id(1.5), Self, x) end)),
    erlang:display(t(fun() -> erlang:send_after(100, ?MODULE:id("str"), x) end)),
    erlang:display(t(fun() -> erlang:cancel_timer(?MODULE:id(not_a_ref)) end)),
    erlang:display(t(fun() -> erlang:read_timer(make_ref()) end)),
    erlang:display(t(fun() -> erlang:cancel_timer(make_ref()) end)),
    erlang:display(t(fun() -> timer:sleep(?MODULE:id(0)) end)),
    erlang:display(t(fun() -> erlang:yield() end)),
    erlang:display(t(fun() -> erlang:bump_reductions(?MODULE:id(100000)) end)).
