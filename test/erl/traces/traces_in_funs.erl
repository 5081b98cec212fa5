%% Crashes inside anonymous funs, nested funs, funs from other functions, and list comprehensions.
-module(traces_in_funs).
-export([main/1, id/1]).

id(X) -> X.

own(St) -> [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init].

t(F) -> try F() catch C:R:St -> {C, R, own(St)} end.

maker(K) -> fun(X) -> {K, X + K} end.

main(_) ->
    erlang:display(t(fun() -> (maker(?MODULE:id(a)))(1) end)),
    Outer = fun(X) -> Inner = fun(Y) -> [Y / X] end, [Inner(1)] end,
    erlang:display(t(fun() -> Outer(?MODULE:id(0)) end)),
    erlang:display(t(fun() -> [[X || X <- Row, X > 0 orelse error({neg, X})] || Row <- ?MODULE:id([[1], [2, -3]])] end)),
    Named = fun Loop(0) -> exit(loop_end); Loop(N) -> [Loop(N - 1)] end,
    erlang:display(t(fun() -> Named(?MODULE:id(3)) end)),
    erlang:display(t(fun() -> << <<(X + 1)>> || <<X>> <= ?MODULE:id(<<1, 255>>), (X + 1) < 256 orelse throw({big, X}) >> end)),
    Self = self(),
    spawn(fun() ->
                  Res = t(fun() -> (maker(?MODULE:id(b)))(x) end),
                  Self ! {child, Res}
          end),
    receive {child, Res} -> erlang:display(Res) end.
