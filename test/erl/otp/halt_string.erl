-module(halt_string).
%% halt("message") after output: the slogan on stderr, status 1 (crash dump disabled by ERL_CRASH_DUMP_SECONDS=0).
-export([main/1]).

main(_) ->
    io:format("printed before~n"),
    timer:sleep(100),
    halt("fatal: something bad happened").
