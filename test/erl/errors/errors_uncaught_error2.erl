%% error/2 in main: the top frame of the do_boot report carries the arguments given to error/2.
-module(errors_uncaught_error2).
-export([main/1, id/1]).

id(X) -> X.

main(Args) ->
    erlang:display(before_error),
    check(?MODULE:id(Args), 42).

check(Args, N) ->
    erlang:error({invalid, N}, [Args, N]).
