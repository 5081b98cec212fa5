%% main calls a function that does not exist: undef with the call's arguments on top.
-module(traces_main_undef).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display(start),
    (?MODULE:id(no_such_module)):some_function(1, "two", three).
