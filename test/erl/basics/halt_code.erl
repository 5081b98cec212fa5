-module(halt_code).
-export([main/1]).
main(_) ->
    erlang:display(halting),
    erlang:halt(3).
