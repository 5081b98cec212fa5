%% Frames of functions that tail-called away are gone from the trace; body calls stay.
-module(traces_tail_calls).
-export([main/1, id/1, remote_tail/1, tail1/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

tail1(X) -> tail2(X).
tail2(X) -> tail3(X).
tail3(X) -> boom(X).

body1(X) -> [body2(X)].
body2(X) -> tail_from_body(X).
tail_from_body(X) -> boom(X).

remote_tail(X) -> ?MODULE:tail1(X).

boom(X) -> error({boom, X}).

mixed(0, X) -> boom(X);
mixed(N, X) when N rem 2 =:= 0 -> mixed(N - 1, X);
mixed(N, X) -> [mixed(N - 1, X)].

main(_) ->
    erlang:display(t(fun() -> tail1(?MODULE:id(1)) end)),
    erlang:display(t(fun() -> body1(?MODULE:id(2)) end)),
    erlang:display(t(fun() -> ?MODULE:remote_tail(?MODULE:id(3)) end)),
    erlang:display(t(fun() -> mixed(?MODULE:id(6), 4) end)),
    erlang:display(t(fun() -> apply(?MODULE, remote_tail, [5]) end)).
