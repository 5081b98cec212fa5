%% erlang:display of very deep and very long terms: printing must not overflow a native stack.
-module(data_display_deep).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    N = ?MODULE:id(30000),
    erlang:display(lists:foldl(fun(_, A) -> [A] end, x, lists:seq(1, N))),
    erlang:display(lists:foldl(fun(I, A) -> {I, A} end, x, lists:seq(1, N))),
    erlang:display(lists:foldl(fun(I, A) -> #{I => A} end, x, lists:seq(1, 1000))),
    erlang:display(lists:foldl(fun(I, A) -> [I | A] end, tail, lists:seq(1, N))),
    erlang:display(list_to_binary(lists:duplicate(N, $a))).
