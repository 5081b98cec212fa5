%% erlang:process_flag/3 (save_calls on another process) and erts_internal:is_process_alive/2.
-module(proc_flag3).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    W = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    [P(t(F)) || F <- [
        fun() -> erlang:process_flag(self(), save_calls, 5) end,
        fun() -> erlang:process_flag(self(), save_calls, 0) end,
        fun() -> erlang:process_flag(W, save_calls, 10) end,
        fun() -> erlang:process_flag(W, save_calls, 10000) end,
        fun() -> erlang:process_flag(W, save_calls, 10001) end,
        fun() -> erlang:process_flag(W, save_calls, -1) end,
        fun() -> erlang:process_flag(W, save_calls, a) end,
        fun() -> erlang:process_flag(W, trap_exit, true) end,
        fun() -> erlang:process_flag(self(), priority, high) end,
        fun() -> erlang:process_flag(Dead, save_calls, 1) end,
        fun() -> erlang:process_flag(foo, save_calls, 1) end,
        fun() -> erlang:process_flag(W, save_calls, 0) end,
        fun() -> erts_internal:is_process_alive(self()) end,
        fun() -> erts_internal:is_process_alive(W) end,
        fun() -> erts_internal:is_process_alive(Dead) end,
        fun() -> erts_internal:is_process_alive(foo, make_ref()) end,
        fun() -> erts_internal:is_process_alive(self(), foo) end
    ]],
    R = make_ref(),
    P(erts_internal:is_process_alive(W, R)),
    P(receive {R, A} -> A after 1000 -> none end),
    W ! stop.
