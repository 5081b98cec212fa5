-module(recursion).
-export([main/1]).
%% Body recursion deeper than any JS stack, and tail recursion that must not grow it.
sum(0) -> 0;
sum(N) -> N + sum(N - 1).
count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).
main(_) ->
    erlang:display(sum(10)),
    erlang:display(sum(1000000)),
    erlang:display(count(3000000, 0)),
    erlang:display(len(lists:seq(1, 200000))),
    erlang:display(sum(10000000)).
