%% main crashes inside a fun called from lists:foldl: the report includes lists.erl frames.
-module(traces_main_fun_crash).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display(start),
    Total = lists:foldl(fun(X, Acc) -> Acc + X end, 0, ?MODULE:id([1, 2, three, 4])),
    erlang:display(Total).
