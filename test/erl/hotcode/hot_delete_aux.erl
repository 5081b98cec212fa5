%% Helper module of hot_delete.
-module(hot_delete_aux).
-export([f/0, main/1]).
f() -> aux.
main(_) -> ok.
