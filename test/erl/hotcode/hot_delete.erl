%% code:delete and erlang:delete_module: exports become undefined (undef through error_handler reloads), delete with old code present.
-module(hot_delete).
-export([main/1]).
main(_) ->
    erlang:display(code:ensure_loaded(hot_delete_aux)),
    erlang:display(hot_delete_aux:f()),
    erlang:display(code:delete(hot_delete_aux)),
    erlang:display(erlang:module_loaded(hot_delete_aux)),
    erlang:display(erlang:check_old_code(hot_delete_aux)),
    erlang:display(catch erlang:delete_module(hot_delete_aux)),
    erlang:display(code:delete(hot_delete_aux)),
    erlang:display(catch hot_delete_aux:f()),
    erlang:display(code:purge(hot_delete_aux)),
    erlang:display(catch erlang:delete_module(nonexistent_mod)),
    erlang:display(catch erlang:delete_module("x")).
