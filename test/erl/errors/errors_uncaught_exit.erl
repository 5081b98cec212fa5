%% exit/1 with a non-normal reason ends main: the do_boot report carries the bare reason (no stack trace).
-module(errors_uncaught_exit).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display(before_exit),
    exit(?MODULE:id({shutdown, #{why => testing}})).
