%% Every error term the runtime raises, each caught as Class:Reason.
-module(errors_terms).
-export([main/1, id/1, one/1]).

-record(rec, {a}).

id(X) -> X.
one(1) -> one.

t(F) -> try F() catch C:R -> {C, clean(R)} end.

clean({badarity, {F, A}}) when is_function(F) -> {badarity, {'F', A}};
clean({badfun, F}) when is_function(F) -> {badfun, 'F'};
clean(R) -> R.

main(_) ->
    A = ?MODULE:id(a), Two = ?MODULE:id(2),
    erlang:display([t(fun() -> atom_to_list(Two) end), t(fun() -> Two + A end), t(fun() -> {ok, _} = ?MODULE:id({error, x}) end),
                    t(fun() -> one(Two) end), t(fun() -> ?MODULE:one(Two) end),
                    t(fun() -> case Two of 1 -> x end end), t(fun() -> if Two > 5 -> x end end),
                    t(fun() -> try Two of 1 -> x after ok end end), t(fun() -> A(1) end),
                    t(fun() -> (?MODULE:id(fun(_) -> ok end))() end), t(fun() -> ?MODULE:nope() end),
                    t(fun() -> (?MODULE:id(#{}))#{k := v} end), t(fun() -> maps:get(k, ?MODULE:id(#{})) end),
                    t(fun() -> (?MODULE:id(nomap))#{k => v} end), t(fun() -> (?MODULE:id({x}))#rec.a end),
                    t(fun() -> throw(Two) end), t(fun() -> exit(Two) end), t(fun() -> error(Two) end),
                    t(fun() -> receive after A -> ok end end), t(fun() -> [x || true, ?MODULE:id(notbool)] end),
                    t(fun() -> (?MODULE:id(fun(X) when X > 0 -> X end))(0) end),
                    t(fun() -> <<X:8>> = ?MODULE:id(<<>>), X end), t(fun() -> list_to_atom(lists:duplicate(300, $a)) end),
                    t(fun() -> [X || X <- ?MODULE:id(notlist)] end), t(fun() -> ?MODULE:id(true) andalso A end),
                    t(fun() -> ?MODULE:id(A) andalso true end), t(fun() -> not A end), t(fun() -> A and true end),
                    t(fun() -> erlang:error(A, [1, 2]) end)]),
    erlang:display([t(fun() -> error({custom, [nested, #{k => v}]}) end), t(fun() -> throw({'EXIT', fake}) end),
                    t(fun() -> exit({shutdown, reason}) end), t(fun() -> error(function_clause) end),
                    t(fun() -> erlang:exit(normal) end), t(fun() -> erlang:throw([]) end)]).
