-module(halt_codes).
%% halt(255) after output, with a spawned process still printing: status 255 and the output flushed.
-export([main/1]).

main(_) ->
    io:format("before halt~n"),
    spawn(fun() -> timer:sleep(10000), io:format("too late~n") end),
    halt(255).
