-module(crash_main).
-export([main/1]).
main(_) ->
    erlang:display(before),
    X = list_to_atom("a"),
    X + 1.
