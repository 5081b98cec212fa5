%% A crash three body calls deep: every frame with its file and line, the call sites' lines.
-module(traces_local_calls).
-export([main/1, id/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

a(X) -> [b(X)].
b(X) -> {c(X)}.
c(X) -> X + 1.

main(_) ->
    try a(?MODULE:id(atom))
    catch C:R:St -> erlang:display({C, R, own(St)})
    end,
    try a(?MODULE:id(1)) of
        V -> erlang:display(V)
    catch _:_ -> erlang:display(unexpected)
    end.
