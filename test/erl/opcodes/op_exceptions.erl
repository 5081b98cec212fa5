-module(op_exceptions).
%% try_case_end, build_stacktrace, raw_raise (a catch clause that does not match rethrows),
%% apply and apply_last with a variable module and function.
-export([main/1, id/1, call/3]).
id(X) -> X.
tc(X) ->
    try ?MODULE:id(X) of
        1 -> one
    catch _:_ -> caught
    end.
only_throw(F) ->
    try F() catch throw:T -> {thrown, T} end.
with_stack(F) ->
    try F() catch error:R:S -> {R, length(S) > 0} end.
call(M, F, A) -> M:F(A).
main(_) ->
    erlang:display(catch tc(2)),
    erlang:display(only_throw(fun() -> throw(t) end)),
    erlang:display(catch only_throw(fun() -> error(e) end)),
    erlang:display(catch only_throw(fun() -> exit(x) end)),
    erlang:display(with_stack(fun() -> error(boom) end)),
    M = ?MODULE:id(lists), F = ?MODULE:id(reverse),
    erlang:display(M:F([1, 2, 3])),
    erlang:display(call(lists, sum, [1, 2, 3])),
    erlang:display(catch call(nomod, nofun, [])).
