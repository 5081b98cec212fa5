%% erlang:raise/3 with each class and custom stack traces; bad arguments to raise make it return badarg.
-module(errors_raise).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R:St -> {C, R, St} end.

main(_) ->
    St = [{m, f, 1, [{file, "m.erl"}, {line, 3}]}, {m, g, [arg], []}],
    erlang:display(t(fun() -> erlang:raise(throw, r1, St) end)),
    erlang:display(t(fun() -> erlang:raise(error, r2, St) end)),
    erlang:display(t(fun() -> erlang:raise(exit, r3, []) end)),
    erlang:display(t(fun() -> erlang:raise(?MODULE:id(bad_class), r4, St) end)),
    erlang:display(t(fun() -> erlang:raise(error, r5, ?MODULE:id(not_a_list)) end)),
    erlang:display(t(fun() -> erlang:raise(error, r6, ?MODULE:id([bad_frame])) end)),
    erlang:display(t(fun() -> erlang:raise(error, r7, ?MODULE:id([{m, f, 1}])) end)),
    erlang:display(t(fun() -> erlang:raise(error, r8, ?MODULE:id([{m, f, 1, [{line, 1}]} | tail])) end)),
    erlang:display(case t(fun() -> erlang:raise(error, r9, ?MODULE:id([{m, f, 1, []}, {fun() -> ok end, [], []}])) end) of
                       {C9, R9, S9} -> {C9, R9, length(S9)};
                       V9 -> V9
                   end),
    Rethrown = t(fun() ->
                         try error(original)
                         catch error:original:S0 -> erlang:raise(error, {wrapped, original}, S0)
                         end
                 end),
    {error, {wrapped, original}, S1} = Rethrown,
    erlang:display([element(1, F) || F <- S1, element(1, F) =/= erl_eval, element(1, F) =/= init]),
    Long = [{m, f, I, []} || I <- lists:seq(1, 50)],
    {throw, r10, S2} = t(fun() -> erlang:raise(throw, r10, Long) end),
    erlang:display(length(S2)),
    erlang:display(catch erlang:raise(throw, caught_by_catch, [])),
    erlang:display(element(1, catch erlang:raise(exit, ex, []))).
