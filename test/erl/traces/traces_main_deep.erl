%% main crashes at the bottom of 10000 body calls that alternate between two call sites: the do_boot trace
%% holds the top 8 frames only.
-module(traces_main_deep).
-export([main/1, id/1]).

id(X) -> X.

down(0) -> hd(?MODULE:id([]));
down(N) when N rem 2 =:= 0 -> 1 + down(N - 1);
down(N) -> 2 * down(N - 1).

main(_) ->
    erlang:display(start),
    down(?MODULE:id(10000)).
