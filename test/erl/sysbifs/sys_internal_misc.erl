%% erts_internal BIFs of erts's system processes called from an ordinary process (notsup), and
%% the ones any process may call: system_check/1, erase_persistent_terms/0 (what init:restart/0
%% runs), process_display/2's errors.
-module(sys_internal_misc).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    [P(t(F)) || F <- [
        fun() -> erts_internal:system_check(schedulers) end,
        fun() -> erts_internal:system_check(foo) end,
        fun() -> erts_internal:dirty_process_handle_signals(self()) end,
        fun() -> erts_internal:dirty_process_handle_signals(foo) end,
        fun() -> erts_internal:check_dirty_process_code(self(), lists) end,
        fun() -> erts_internal:check_dirty_process_code(self(), "x") end,
        fun() -> erts_literal_area_collector:release_area_switch() end,
        fun() -> erts_literal_area_collector:send_copy_request(self(), 1, 2) end,
        fun() -> erlang:process_display(Dead, backtrace) end,
        fun() -> erlang:process_display(foo, backtrace) end,
        fun() -> erlang:process_display(self(), foo) end,
        fun() -> erlang:process_display(Dead, foo) end,
        fun() -> erts_internal:process_display(Dead, backtrace) end,
        fun() -> erts_internal:process_display(self(), foo) end
    ]],
    persistent_term:put({?MODULE, a}, 1),
    persistent_term:put({?MODULE, b}, 2),
    P(persistent_term:get({?MODULE, a}, none)),
    P(erts_internal:erase_persistent_terms()),
    P([persistent_term:get({?MODULE, K}, none) || K <- [a, b]]),
    P(persistent_term:info()),
    persistent_term:put({?MODULE, c}, 3),
    %% What init:restart/0 leaves: erl_features puts its entries back when code is loaded.
    P(lists:sort(persistent_term:get())).
