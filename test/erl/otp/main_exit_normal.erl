-module(main_exit_normal).
%% exit(normal) from main: the evaluator just ends, nothing halts the node; a watchdog process halts it with status 4.
-export([main/1]).

main(_) ->
    io:format("about to exit normal~n"),
    spawn(fun() -> timer:sleep(300), io:format("watchdog halts~n"), halt(4) end),
    exit(normal).
