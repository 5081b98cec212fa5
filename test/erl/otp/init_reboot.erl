-module(init_reboot).
%% init:reboot/0 with no heart: an orderly shutdown and an exit, with main still running meanwhile.
-export([main/1]).

main(_) ->
    io:format("rebooting~n"),
    ok = init:reboot(),
    io:format("reboot returned~n"),
    receive after 5000 -> io:format("not reached~n") end.
