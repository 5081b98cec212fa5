%% A fun made by a module loaded from disk, after that module is reloaded with identical code: it
%% runs the new code (erts keeps one fun entry for both), survives the purge of the old code, and
%% after delete and purge the error handler loads the module again from the code path.
-module(hot_fun_reload).
-export([main/1, mk/0]).
mk() -> fun(X) -> {made, X} end.
main(_) ->
    F = hot_fun_reload_aux:mk(),
    io:format("~p~n", [F(1)]),
    {ok, B} = file:read_file(code:which(hot_fun_reload_aux)),
    io:format("~p~n", [code:load_binary(hot_fun_reload_aux, code:which(hot_fun_reload_aux), B)]),
    io:format("~p~n", [catch F(2)]),
    io:format("~p~n", [code:soft_purge(hot_fun_reload_aux)]),
    io:format("~p~n", [catch F(3)]),
    io:format("~p ~p~n", [code:delete(hot_fun_reload_aux), code:purge(hot_fun_reload_aux)]),
    io:format("~p~n", [code:is_loaded(hot_fun_reload_aux)]),
    io:format("~p~n", [catch F(4)]),
    io:format("~p~n", [code:is_loaded(hot_fun_reload_aux) =/= false]).
