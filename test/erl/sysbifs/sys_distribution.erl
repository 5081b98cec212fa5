%% The distribution BIFs on a node that is not alive: monitor_node/2,3, spawn requests to other
%% nodes (answered with noconnection), spawn/4 and spawn_link/4 to another node, the
%% distribution flags, and dist_get_stat/1.
-module(sys_distribution).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

%% References differ between runs: show where they are.
shape(R) when is_reference(R) -> ref;
shape(T) when is_tuple(T) -> list_to_tuple([shape(E) || E <- tuple_to_list(T)]);
shape(L) when is_list(L) -> [shape(E) || E <- L];
shape(P) when is_pid(P) -> pid;
shape(X) -> X.

main(_) ->
    P = fun(X) -> io:format("~p~n", [shape(X)]) end,
    [P(t(F)) || F <- [
        fun() -> monitor_node(foo@bar, true) end,
        fun() -> monitor_node(foo@bar, false) end,
        fun() -> monitor_node(node(), true) end,
        fun() -> monitor_node(node(), false) end,
        fun() -> monitor_node(node(), maybe) end,
        fun() -> monitor_node(foo, true) end,
        fun() -> monitor_node("foo@bar", true) end,
        fun() -> erlang:monitor_node(foo@bar, true, [allow_passive_connect]) end,
        fun() -> erlang:monitor_node(node(), true, [allow_passive_connect]) end,
        fun() -> erlang:monitor_node(node(), true, [foo]) end,
        fun() -> erlang:monitor_node(node(), true, foo) end,
        fun() -> erlang:dist_get_stat(self()) end,
        fun() -> erlang:dist_get_stat(make_ref()) end,
        fun() -> erts_internal:get_dflags() end
    ]],
    P(flush()),
    Reqs = [
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [monitor], spawn_opt) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [{monitor, []}], spawn_opt) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [link], spawn_opt) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [{reply_tag, t}], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [{reply, no}], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [{reply, success_only}], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [{reply, error_only}], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [{reply, maybe}], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, [bad_option, {priority, bad}], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, []}, bad, spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, x}, [], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, 1, []}, [], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request("foo", {m, f, []}, [], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo@bar, {m, f, [1 | 2]}, [], spawn_request) end,
        fun() -> erts_internal:dist_spawn_request(foo, {m, f, []}, [], spawn_request) end,
        fun() -> spawn_request(foo@bar, m, f, [], [{reply_tag, tag}, monitor]) end,
        fun() -> spawn_request(foo@bar, fun() -> ok end) end,
        fun() -> spawn_request(foo@bar, m, f, [], bad) end,
        fun() -> spawn_opt(foo@bar, m, f, [], [bad]) end
    ],
    [begin P(t(F)), P(flush()) end || F <- Reqs].
