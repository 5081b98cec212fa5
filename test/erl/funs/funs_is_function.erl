%% is_function/1,2 and fun arity checks with odd arguments, in guards and in bodies.
-module(funs_is_function).
-export([main/1, id/1, f/2]).

id(X) -> X.
f(A, B) -> {A, B}.

t(F) -> try F() catch C:R -> {C, R} end.

g(F, A) when is_function(F, A) -> yes;
g(_, _) -> no.

main(_) ->
    Fs = ?MODULE:id([fun() -> ok end, fun(_) -> ok end, fun ?MODULE:f/2, fun erlang:abs/1, fun nomod:nofun/3, not_a_fun]),
    erlang:display([[g(F, A) || A <- [0, 1, 2, 3, 256, -1, a, 1.0, 1 bsl 70]] || F <- Fs]),
    erlang:display([t(fun() -> is_function(hd(Fs), ?MODULE:id(A)) end) || A <- [-1, a, 1.0, 256, 255, 1 bsl 70]]),
    erlang:display([is_function(F) || F <- Fs]).
