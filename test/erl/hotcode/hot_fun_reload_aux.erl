%% Helper of hot_fun_reload: a module whose fun outlives its code.
-module(hot_fun_reload_aux).
-export([main/1, mk/0]).
mk() -> fun(X) -> {aux, X} end.
main(_) -> ok.
