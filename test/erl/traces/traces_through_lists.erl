%% A crash inside a fun called by lists:map/foldl/foreach: OTP's own frames (lists.erl lines) appear in the trace.
-module(traces_through_lists).
-export([main/1, id/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

main(_) ->
    erlang:display(t(fun() -> lists:map(fun(X) -> 10 div X end, ?MODULE:id([5, 2, 0, 1])) end)),
    erlang:display(t(fun() -> lists:foldl(fun(X, A) -> A + X end, 0, ?MODULE:id([1, a])) end)),
    erlang:display(t(fun() -> lists:foreach(fun(X) -> X = 1 end, ?MODULE:id([1, 2])) end)),
    erlang:display(t(fun() -> lists:sort(fun(A, B) -> A < B + 0 end, ?MODULE:id([3, a, 1])) end)),
    erlang:display(t(fun() -> maps:map(fun(_, V) -> V + 1 end, ?MODULE:id(#{k => v})) end)),
    erlang:display(t(fun() -> lists:filtermap(fun(X) -> X end, ?MODULE:id([1])) end)),
    erlang:display(t(fun() -> [X + 1 || X <- ?MODULE:id([1, x])] end)).
