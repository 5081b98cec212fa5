%% The fun BIFs on local and export funs: fun_info/2 for every item, fun_info/1, fun_info_mfa/1,
%% fun_to_list/1 (whose #Fun<M.Index.Uniq> numbers come from the FunT chunk), make_fun/3,
%% function_exported/3 and is_builtin/3; their errors with erts's first stack trace entry.
-module(mapsbif_funs).
-export([main/1, exported/2, id/1]).

id(X) -> X.
exported(A, B) -> {A, B}.
local(X) -> -X.

adder(N) -> fun(X) -> X + N end.

-define(ITEMS, [type, module, name, arity, env, index, new_index, uniq, new_uniq]).

info(F) -> [erlang:fun_info(F, I) || I <- ?ITEMS].

err(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    Closure = adder(id(5)),
    Two = fun(A, B) -> {A, B, Closure} end,
    Named = fun Loop(0) -> done; Loop(N) -> Loop(N - 1) end,
    LocalRef = fun local/1,
    Ext = fun ?MODULE:exported/2,
    Made = erlang:make_fun(?MODULE, exported, 2),
    Funs = [Closure, Two, Named, LocalRef, Ext, Made, fun lists:map/2, fun erlang:'+'/2],
    [erlang:display(info(F)) || F <- Funs],
    [erlang:display(erlang:fun_info_mfa(F)) || F <- Funs],
    [erlang:display(erlang:fun_to_list(F)) || F <- Funs],
    %% fun_info/1 lists pid for local funs: show it only as whether it is the creator.
    [erlang:display([case I of {pid, P} -> {pid, P =:= self()}; _ -> I end || I <- erlang:fun_info(F)]) || F <- Funs],
    erlang:display([element(2, erlang:fun_info(F, pid)) =:= self() || F <- [Closure, Named]]),
    erlang:display([element(2, erlang:fun_info(F, pid)) || F <- [Ext, Made]]),
    erlang:display([is_integer(element(2, erlang:fun_info(Closure, refc))), erlang:fun_info(Ext, refc)]),
    erlang:display({Closure(1), Two(a, b) =:= {a, b, Closure}, Named(3), LocalRef(4), Made(x, y)}),
    erlang:display({Made =:= Ext, erlang:make_fun(lists, reverse, 1), (erlang:make_fun(lists, reverse, 1))([1, 2])}),
    erlang:display(err(fun() -> (erlang:make_fun(?MODULE, nosuch, 0))() end)),
    erlang:display([erlang:function_exported(M, F, A) || {M, F, A} <- [
        {?MODULE, exported, 2}, {?MODULE, local, 1}, {?MODULE, main, 1}, {?MODULE, module_info, 0},
        {?MODULE, exported, 3}, {erlang, length, 1}, {erlang, apply, 3}, {lists, reverse, 2},
        {maps, get, 2}, {erlang, fun_info, 1}, {mapsbif_no_such_module, f, 0}, {?MODULE, id, -1}]]),
    erlang:display([erlang:is_builtin(M, F, A) || {M, F, A} <- [
        {erlang, length, 1}, {erlang, '+', 2}, {erlang, apply, 3}, {erlang, yield, 0}, {erlang, fun_info, 1},
        {erlang, fun_info, 2}, {maps, get, 2}, {maps, get, 3}, {maps, to_list, 1}, {lists, reverse, 2},
        {lists, reverse, 1}, {?MODULE, id, 1}, {erts_internal, map_next, 3}]]),
    erlang:display(err(fun() -> erlang:fun_info(id(x), arity) end)),
    erlang:display(err(fun() -> erlang:fun_info(Closure, id(refcount)) end)),
    erlang:display(err(fun() -> erlang:fun_to_list(id(<<>>)) end)),
    erlang:display(err(fun() -> erlang:fun_info_mfa(id({})) end)),
    erlang:display(err(fun() -> erlang:make_fun(?MODULE, exported, id(256)) end)),
    erlang:display(err(fun() -> erlang:make_fun(id("m"), exported, 1) end)),
    erlang:display(err(fun() -> erlang:function_exported(?MODULE, exported, id(2.0)) end)),
    erlang:display(err(fun() -> erlang:is_builtin(id(1), length, 1) end)).
