%% Calling what is not a fun, and calling a fun with the wrong number of arguments.
-module(funs_badfun_badarity).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, clean(R)} end.

%% A fun in an error term prints with erts's internal numbering: show only its arity.
clean({badarity, {F, Args}}) when is_function(F) -> {badarity, {fun_of_arity, element(2, erlang:fun_info(F, arity)), Args}};
clean({badfun, F}) when is_function(F) -> {badfun, a_fun};
clean(R) -> R.

main(_) ->
    NotFuns = ?MODULE:id([a, 1, "str", {lists, reverse}, {}, <<>>, #{}, self_pid_placeholder]),
    lists:foreach(fun(X) -> erlang:display(t(fun() -> X() end)) end, NotFuns),
    erlang:display(t(fun() -> (?MODULE:id({lists, reverse}))([1, 2]) end)),
    F0 = ?MODULE:id(fun() -> zero end), F2 = ?MODULE:id(fun(A, B) -> {A, B} end),
    erlang:display([t(fun() -> F0(1) end), t(fun() -> F2() end), t(fun() -> F2(1) end), t(fun() -> F2(1, 2) end),
                    t(fun() -> F2(1, 2, 3) end), t(fun() -> apply(F2, [1]) end), t(fun() -> apply(F0, [a, b]) end)]),
    Ext = ?MODULE:id(fun lists:reverse/1),
    erlang:display([t(fun() -> Ext() end), t(fun() -> Ext(1, 2) end), t(fun() -> apply(Ext, [[1], [2]]) end)]),
    Bif = ?MODULE:id(fun erlang:abs/1),
    erlang:display([t(fun() -> Bif(-1, 2) end), t(fun() -> Bif(a) end)]),
    erlang:display(t(fun() -> (?MODULE:id(fun(X) when X > 0 -> pos end))(-1) end)),
    erlang:display(t(fun() -> lists:map(?MODULE:id(notfun), [1]) end)),
    erlang:display(t(fun() -> lists:map(?MODULE:id(fun(A, B) -> A + B end), [1]) end)).
