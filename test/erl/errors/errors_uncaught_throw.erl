%% A throw nobody catches ends main as {nocatch, Value}: erts prints the do_boot report and exits 1.
-module(errors_uncaught_throw).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display(before_throw),
    throw(?MODULE:id({my_value, [1, 2.5, <<"bin">>, "str"]})).
