%% Sequential trace tokens without a tracer: setting and reading flags, label and serial, the
%% token travelling with messages (serials from the senders' clocks, the receiver taking the
%% token on, a message without one clearing it), seq_trace_print/1,2, and bad arguments.
-module(sys_seq_trace).
-export([main/1, echo/0]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

%% Pids differ between runs: show whose they are.
who(T, Names) when is_tuple(T) -> list_to_tuple([who(E, Names) || E <- tuple_to_list(T)]);
who(P, Names) when is_pid(P) -> proplists:get_value(P, Names, other_pid);
who(X, _) -> X.

echo() ->
    receive
        {From, Msg} -> From ! {self(), Msg, seq_trace:get_token()}, echo();
        stop -> ok
    end.

main(_) ->
    E = spawn(?MODULE, echo, []),
    Names = [{self(), main}, {E, echo}],
    P = fun(X) -> erlang:display(who(X, Names)) end,
    P(seq_trace:get_token()),
    P([seq_trace:get_token(I) || I <- [send, 'receive', print, timestamp, label, serial, spawn]]),
    P(t(fun() -> seq_trace:get_token(foo) end)),
    P(seq_trace:print(hello)),
    P(t(fun() -> erlang:seq_trace_print(hello) end)),
    P(seq_trace:set_token(label, 17)),
    P(seq_trace:get_token()),
    P([seq_trace:get_token(I) || I <- [send, 'receive', print, label, serial]]),
    P(seq_trace:set_token(send, true)),
    P(seq_trace:set_token(send, true)),
    P(seq_trace:set_token('receive', true)),
    P(seq_trace:set_token(print, true)),
    P(seq_trace:get_token()),
    P(seq_trace:set_token(print, false)),
    P(seq_trace:set_token(serial, {3, 5})),
    P(seq_trace:get_token()),
    E ! {self(), ping},
    P(receive {E, ping, Tok} -> {echo_saw, Tok} end),
    P(seq_trace:get_token()),
    E ! {self(), again},
    P(receive {E, again, Tok2} -> {echo_saw, Tok2} end),
    P(seq_trace:get_token()),
    P(erlang:seq_trace_print(x)),
    P(erlang:seq_trace_print(17, x)),
    P(erlang:seq_trace_print(18, x)),
    P(seq_trace:get_token()),
    %% A message without a token clears it.
    self() ! plain,
    receive plain -> ok end,
    P(seq_trace:get_token()),
    P(seq_trace:set_token(label, {a, "b"})),
    P(seq_trace:set_token(label, other)),
    Old = seq_trace:set_token([]),
    P(Old),
    P(seq_trace:get_token()),
    P(seq_trace:set_token(Old)),
    P(seq_trace:get_token()),
    P(erlang:seq_trace(sequential_trace_token, [])),
    [P(t(F)) || F <- [
        fun() -> erlang:seq_trace(foo, true) end,
        fun() -> erlang:seq_trace("send", true) end,
        fun() -> erlang:seq_trace(send, maybe) end,
        fun() -> erlang:seq_trace(serial, {1}) end,
        fun() -> erlang:seq_trace(serial, {a, 1}) end,
        fun() -> erlang:seq_trace(sequential_trace_token, foo) end,
        fun() -> erlang:seq_trace_info(foo) end,
        fun() -> erlang:seq_trace_info("label") end,
        fun() -> seq_trace:print(a, x) end
    ]],
    P(seq_trace:get_token()),
    P(erlang:system_info(sequential_tracer)),
    P(erlang:system_flag(reset_seq_trace, true)),
    P(seq_trace:get_token()),
    E ! stop.
