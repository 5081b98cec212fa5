-module(main_linked_crash).
%% main spawns a linked process that crashes: main is killed by the link, the child's error report and init's do_boot term.
-export([main/1]).

main(_) ->
    io:format("spawning~n"),
    spawn_link(fun() -> timer:sleep(50), error({child_failed, 42}) end),
    receive after 2000 -> io:format("not reached~n") end.
