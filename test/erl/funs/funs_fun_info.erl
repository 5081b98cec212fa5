%% erlang:fun_info/1,2 of local and external funs; the generated names of anonymous funs.
-module(funs_fun_info).
-export([main/1, id/1, ext/0]).

id(X) -> X.
ext() -> ok.

make(X) -> fun(Y) -> {X, Y} end.

main(_) ->
    F0 = fun() -> ok end,
    F1 = make(?MODULE:id(captured)),
    F2 = fun(A, B) -> A + B end,
    Named = fun Me(0) -> 0; Me(N) -> Me(N - 1) end,
    Items = [module, name, arity, env, type, index, new_index],
    lists:foreach(fun(F) ->
                          erlang:display([{I, erlang:fun_info(F, I)} || I <- Items, I =/= new_index])
                  end, [F0, F1, F2, Named]),
    Ext = fun ?MODULE:ext/0,
    erlang:display([erlang:fun_info(Ext, I) || I <- [module, name, arity, env, type]]),
    erlang:display(erlang:fun_info(fun lists:map/2)),
    erlang:display([is_integer(element(2, erlang:fun_info(F0, uniq))), is_binary(element(2, erlang:fun_info(F0, new_uniq))),
                    element(2, erlang:fun_info(F0, pid)) =:= self()]),
    erlang:display(try erlang:fun_info(F0, nosuchitem) catch C:R -> {C, R} end),
    erlang:display(try erlang:fun_info(?MODULE:id(notfun)) catch C2:R2 -> {C2, R2} end),
    erlang:display([erlang:fun_to_list(Ext), erlang:fun_to_list(fun erlang:'+'/2)]),
    erlang:display(erlang:fun_info(fun(X) -> X end, arity)).
