%% apply/2,3 and dynamic calls in traces: undef entries carry the arguments; apply frames are transparent.
-module(traces_apply).
-export([main/1, id/1, fail/1, via_apply/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

fail(X) -> [error({fail, X})].

via_apply(X) -> [apply(?MODULE, fail, [X])].

main(_) ->
    erlang:display(t(fun() -> apply(?MODULE, fail, [1]) end)),
    erlang:display(t(fun() -> [apply(?MODULE, fail, [2])] end)),
    erlang:display(t(fun() -> via_apply(3) end)),
    erlang:display(t(fun() -> apply(fun ?MODULE:fail/1, [4]) end)),
    erlang:display(t(fun() -> [apply(?MODULE:id(?MODULE), ?MODULE:id(nofun), [a, b])] end)),
    erlang:display(t(fun() -> [(?MODULE:id(nomod)):f()] end)),
    erlang:display(t(fun() -> [(?MODULE:id(fun ?MODULE:nofun/2))(x, y)] end)),
    erlang:display(t(fun() -> [erlang:apply(?MODULE:id(lists), ?MODULE:id(nth), [0, []])] end)),
    M = ?MODULE:id(?MODULE),
    erlang:display(t(fun() -> [M:fail(5)] end)).
