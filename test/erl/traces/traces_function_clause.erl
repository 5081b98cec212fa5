%% function_clause traces list the arguments of the call that matched no clause, for local, remote and fun calls.
-module(traces_function_clause).
-export([main/1, id/1, pick/2]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

pick(a, X) -> {a, X};
pick(b, X) when is_integer(X) -> {b, X}.

wrap(K, V) -> [pick(K, V)].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

main(_) ->
    erlang:display(t(fun() -> wrap(?MODULE:id(c), [1, "two", <<3>>, #{4 => 5}]) end)),
    erlang:display(t(fun() -> ?MODULE:pick(?MODULE:id(b), 1.5) end)),
    F = fun(0) -> zero; (N) when N > 0 -> pos end,
    erlang:display(t(fun() -> F(?MODULE:id(-1)) end)),
    erlang:display(t(fun() -> lists:nth(?MODULE:id(0), [a]) end)),
    erlang:display(t(fun() -> lists:foldl(?MODULE:id(notfun), 0, [1]) end)),
    erlang:display(t(fun() -> lists:map(fun(X) -> pick(X, X) end, ?MODULE:id([a, b, c])) end)),
    erlang:display(t(fun() -> proplists:get_value(k, ?MODULE:id(notalist)) end)).
