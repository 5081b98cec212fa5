-module(main_error).
%% An error raised in main: the do_boot term on stdout, the one-line summary on stderr, status 1.
-export([main/1]).

main(_) ->
    io:format("about to fail~n"),
    timer:sleep(100),
    lists:nth(10, [a, b, c]).
