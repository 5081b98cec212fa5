%% erts_debug:get_internal_state/1 and set_internal_state/2: undefined until enabled (a warning
%% report when enabled), the items OTP's code asks for, and badarg for others.
-module(sys_internal_state).
-export([main/1, log/2]).

%% A logger handler that hands the events to the test process, so that the warning erts logs when
%% the internal state is enabled is seen at a known point (the default handler would print it
%% whenever it gets to it).
log(#{level := Level, msg := Msg, meta := Meta}, #{config := #{to := To}}) ->
    To ! {logged, Level, Msg, maps:get(error_logger, Meta, none)}.

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    W = spawn(fun() -> receive stop -> ok end end),
    [P(t(F)) || F <- [
        fun() -> erts_debug:get_internal_state(available_internal_state) end,
        fun() -> erts_debug:get_internal_state(foo) end,
        fun() -> erts_debug:set_internal_state(foo, 1) end,
        fun() -> erts_debug:set_internal_state(available_internal_state, foo) end,
        fun() -> erts_debug:set_internal_state(available_internal_state, false) end
    ]],
    ok = logger:remove_handler(default),
    ok = logger:add_handler(test, ?MODULE, #{config => #{to => self()}}),
    P(erts_debug:set_internal_state(available_internal_state, true)),
    P(receive {logged, _, _, _} = L -> L end),
    [P(t(F)) || F <- [
        fun() -> erts_debug:get_internal_state(available_internal_state) end,
        fun() -> erts_debug:get_internal_state(lc_graph) end,
        fun() -> erts_debug:get_internal_state({process_status, self()}) end,
        fun() -> erts_debug:get_internal_state({process_status, W}) end,
        fun() -> erts_debug:get_internal_state(foo) end,
        fun() -> erts_debug:get_internal_state({foo, 1}) end,
        fun() -> erts_debug:set_internal_state(foo, 1) end,
        fun() -> erts_debug:set_internal_state(available_internal_state, foo) end,
        fun() -> erts_debug:set_internal_state(available_internal_state, false) end,
        fun() -> erts_debug:get_internal_state(available_internal_state) end
    ]],
    W ! stop.
