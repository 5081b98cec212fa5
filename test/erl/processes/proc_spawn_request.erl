%% spawn_request/1..5 on this node: replies and their tags, reply modes, bad options (answered by a
%% badopt reply), bad arguments, monitor and link options (the request id is the monitor's
%% reference), and spawn_request_abandon/1 of answered requests.
-module(proc_spawn_request).
-export([main/1, w/1]).

w(X) -> receive go -> exit(X) end.

t(F) -> try F() of V -> {ok, shape(V)} catch C:R:S -> {C, R, shape(hd(S))} end.

shape(R) when is_reference(R) -> ref;
shape(T) when is_tuple(T) -> list_to_tuple([shape(E) || E <- tuple_to_list(T)]);
shape([H | T]) -> [shape(H) | shape(T)];
shape(P) when is_pid(P) -> pid;
shape(F) when is_function(F) -> fn;
shape(X) -> X.

%% The messages already in the queue (a local request is answered before spawn_request returns),
%% starting each spawned process so that it ends.
flush() ->
    receive
        {_, _, ok, Pid} = M when is_pid(Pid) -> Pid ! go, [shape(M) | flush()];
        M -> [shape(M) | flush()]
    after 0 -> []
    end.

main(_) ->
    process_flag(trap_exit, true),
    P = fun(X) -> io:format("~p~n", [X]) end,
    Cases = [
        fun() -> spawn_request(proc_spawn_request, w, [a], []) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{reply_tag, t}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{reply_tag, t}, {reply_tag, u}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{reply, no}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{reply, error_only}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{reply, success_only}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{reply, maybe}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [bad]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{priority, bad}, {reply, no}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], [{priority, high}, {min_heap_size, 1000}]) end,
        fun() -> spawn_request(proc_spawn_request, w, [a], bad) end,
        fun() -> spawn_request(proc_spawn_request, w, [a | b], []) end,
        fun() -> spawn_request(proc_spawn_request, "w", [a], []) end,
        fun() -> spawn_request(1, w, [a], []) end,
        fun() -> spawn_request(fun() -> exit(f) end) end,
        fun() -> spawn_request(fun() -> exit(f) end, [{reply_tag, ft}]) end,
        fun() -> spawn_request(fun(_) -> ok end) end,
        fun() -> spawn_request(fun() -> ok end, [{reply, maybe}]) end,
        fun() -> spawn_request(node(), fun() -> exit(g) end) end,
        fun() -> spawn_request(node(), proc_spawn_request, w, [h], [{reply_tag, nt}]) end,
        fun() -> erts_internal:spawn_request(proc_spawn_request, w, [a], bad) end,
        fun() -> erts_internal:spawn_request(proc_spawn_request, w, [a | b], []) end,
        fun() -> spawn_request_abandon(make_ref()) end,
        fun() -> spawn_request_abandon(foo) end
    ],
    [begin P(t(F)), P(flush()) end || F <- Cases],
    R = spawn_request(proc_spawn_request, w, [b], [monitor, link]),
    Pid = receive {spawn_reply, R, ok, Pid0} -> Pid0 ! go, Pid0 end,
    receive {'EXIT', Pid, WhyE} -> P({exit, WhyE}) end,
    receive {'DOWN', R, process, Pid, WhyD} -> P({down, WhyD}) end,
    R2 = spawn_request(proc_spawn_request, w, [c], [{monitor, [{tag, mytag}]}]),
    receive {spawn_reply, R2, ok, Pid2} -> Pid2 ! go end,
    receive {mytag, R2, process, _, Why} -> P({mytag, Why}) end,
    R3 = spawn_request(fun() -> exit(d) end, [monitor]),
    receive {spawn_reply, R3, ok, _} -> ok end,
    receive {'DOWN', R3, process, _, Why3} -> P({down, Why3}) end,
    P(spawn_request_abandon(R3)),
    R4 = spawn_request(proc_spawn_request, w, [e], [link, {reply, no}]),
    P(spawn_request_abandon(R4)),
    P(flush()).
