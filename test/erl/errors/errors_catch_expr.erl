%% The old-style catch expression: what it returns for each class, and its stack trace for errors.
-module(errors_catch_expr).
-export([main/1, id/1, crash/1]).

id(X) -> X.

crash(throw) -> throw(thrown);
crash(exit) -> exit(exited);
crash(error) -> error(errored);
crash(badarith) -> 1 + ?MODULE:id(a);
crash(value) -> value.

%% erts runs main under erl_eval; drop those frames so both sides print the same.
strip({'EXIT', {R, St}}) when is_list(St) -> {'EXIT', {R, [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init]}};
strip(V) -> V.

main(_) ->
    lists:foreach(fun(K) -> erlang:display(strip(catch crash(?MODULE:id(K)))) end, [throw, exit, error, badarith, value]),
    erlang:display(catch throw({'EXIT', not_really})),
    erlang:display(catch exit({nested, {'EXIT', x}})),
    erlang:display(strip(catch element(?MODULE:id(0), {}))),
    erlang:display(strip(catch ?MODULE:crash(?MODULE:id(unknown)))),
    X = (catch 1) + (catch 2),
    erlang:display(X),
    erlang:display(catch catch throw(double)),
    erlang:display([catch throw(I) || I <- [1, 2, 3]]),
    erlang:display(case catch ?MODULE:crash(throw) of thrown -> matched_thrown; _ -> other end).
