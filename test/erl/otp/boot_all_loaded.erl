%% What the boot leaves behind: code:all_loaded() and the registered processes, as erl -noshell has them when main starts.
-module(boot_all_loaded).
-export([main/1]).
main(_) ->
    Mods = lists:sort([M || {M, _} <- code:all_loaded()]),
    io:format("~p modules~n~p~n", [length(Mods), Mods]),
    io:format("~p~n", [lists:sort(registered())]),
    io:format("~p processes~n", [length(processes())]).
