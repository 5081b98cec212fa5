%% Body recursion ten million deep: bounded by memory on erts, must not be bounded by a native stack.
-module(recursion_body_1e7).
-export([main/1, id/1]).

id(X) -> X.

count(0) -> 0;
count(N) -> 1 + count(N - 1).

main(_) ->
    erlang:display(count(?MODULE:id(10000000))).
