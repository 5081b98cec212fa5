%% Reloading a module while its main runs in it: check_old_code, check_process_code (self and another), soft_purge refusing, funs of old code still callable, a purge by load_binary killing main.
-module(hot_self_reload).
-export([main/1, mk/1, v/0]).
v() -> 1.
mk(X) -> fun(Y) -> {X, Y, v()} end.
main(_) ->
    F = mk(a),
    {ok, B} = file:read_file(code:which(hot_self_reload)),
    erlang:display(code:load_binary(hot_self_reload, "hot_self_reload.beam", B)),
    erlang:display(F(1)),
    erlang:display(erlang:check_old_code(hot_self_reload)),
    P = spawn(fun() -> receive _ -> ok end end),
    erlang:display(erlang:check_process_code(P, hot_self_reload)),
    erlang:display(erlang:check_process_code(self(), hot_self_reload)),
    erlang:display(code:soft_purge(hot_self_reload)),
    erlang:display(is_process_alive(P)),
    erlang:display(catch F(2)),
    erlang:display(code:load_binary(hot_self_reload, "hot_self_reload.beam", B)),
    erlang:display(is_process_alive(P)),
    erlang:display(code:delete(hot_self_reload)),
    erlang:display(code:is_loaded(hot_self_reload)),
    erlang:display(catch erlang:delete_module(hot_self_reload)).
