%% External funs (fun M:F/A), apply/2,3, funs to BIFs and operators, and calls to things that do not exist.
-module(funs_external).
-export([main/1, id/1, local/1, local/2]).

id(X) -> X.
local(X) -> {local, X}.
local(X, Y) -> {local, X, Y}.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    L1 = fun ?MODULE:local/1, Plus = fun erlang:'+'/2, Len = fun erlang:length/1,
    erlang:display([L1(a), Plus(1, 2), Len([a, b]), (fun lists:reverse/1)([1, 2]), (fun erlang:element/2)(1, {x})]),
    M = ?MODULE:id(?MODULE), F = ?MODULE:id(local), A = ?MODULE:id(2),
    Dyn = fun M:F/A,
    erlang:display([Dyn(x, y), apply(M, F, [z]), apply(Dyn, [p, q]), apply(fun(X) -> X end, [w]), erlang:apply(lists, sum, [[1, 2]])]),
    erlang:display([M:F(dynamic), (?MODULE:id(lists)):max([3, 1])]),
    erlang:display([erlang:fun_info(Dyn, type), erlang:fun_info(Dyn, module), erlang:fun_info(Dyn, name), erlang:fun_info(Dyn, arity),
                    erlang:fun_info(Dyn, env), erlang:fun_info(Plus, module), erlang:fun_info(L1, type)]),
    erlang:display([is_function(Dyn), is_function(Dyn, 2), is_function(Dyn, 1), is_function(Plus, 2), is_function(a)]),
    Missing = fun nosuchmod:nosuchfun/1, MissingF = fun ?MODULE:nosuchfun/0,
    erlang:display([is_function(Missing, 1), erlang:fun_info(Missing, module)]),
    erlang:display([t(fun() -> Missing(1) end), t(fun() -> MissingF() end), t(fun() -> apply(M, nosuch, []) end),
                    t(fun() -> apply(?MODULE:id(nosuchmod), f, [1, 2]) end), t(fun() -> (?MODULE:id(lists)):nosuch() end),
                    t(fun() -> apply(M, F, [a, b, c]) end), t(fun() -> apply(M, F, ?MODULE:id(notalist)) end),
                    t(fun() -> apply(?MODULE:id(1), f, []) end), t(fun() -> apply(M, ?MODULE:id("f"), []) end),
                    t(fun() -> apply(M, F, ?MODULE:id([a | b])) end)]),
    Made = erlang:make_fun(lists, seq, 2),
    erlang:display([Made(1, 3), Made =:= fun lists:seq/2, t(fun() -> erlang:make_fun(lists, seq, ?MODULE:id(-1)) end)]),
    erlang:display(lists:map(fun erlang:atom_to_list/1, [a, b])),
    erlang:display(lists:foldl(fun erlang:'*'/2, 1, lists:seq(1, 10))).
