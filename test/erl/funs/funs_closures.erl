%% Closures capture values, not variables; nested closures, counters built from funs, many captured values.
-module(funs_closures).
-export([main/1, id/1]).

id(X) -> X.

adder(N) -> fun(X) -> X + N end.
compose(F, G) -> fun(X) -> F(G(X)) end.
curry(F) -> fun(A) -> fun(B) -> fun(C) -> F(A, B, C) end end end.

main(_) ->
    A = adder(?MODULE:id(10)),
    erlang:display([A(1), (adder(-1))(1), (compose(A, A))(0), (compose(fun erlang:abs/1, A))(-20)]),
    erlang:display((((curry(fun(X, Y, Z) -> [X, Y, Z] end))(a))(b))(c)),
    Fs = [fun() -> I * I end || I <- lists:seq(1, 5)],
    erlang:display([F() || F <- Fs]),
    V1 = ?MODULE:id(1), V2 = V1 + 1, V3 = V2 + 1, V4 = V3 + 1, V5 = V4 + 1, V6 = V5 + 1, V7 = V6 + 1, V8 = V7 + 1,
    V9 = V8 + 1, V10 = V9 + 1, V11 = V10 + 1, V12 = V11 + 1, V13 = V12 + 1, V14 = V13 + 1, V15 = V14 + 1, V16 = V15 + 1,
    Many = fun(M) -> [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, M] end,
    erlang:display(Many(m)),
    Env = element(2, erlang:fun_info(Many, env)),
    erlang:display(length(Env)),
    Acc = lists:foldl(fun(I, F) -> fun() -> [I | F()] end end, fun() -> [] end, lists:seq(1, 10)),
    erlang:display(Acc()),
    Y = fun(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end) end,
    Fact = Y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    erlang:display(Fact(?MODULE:id(25))),
    Big = ?MODULE:id(1 bsl 100), Bin = ?MODULE:id(<<1, 2, 3>>), Map = ?MODULE:id(#{k => v}),
    Cap = fun() -> {Big, Bin, Map} end,
    erlang:display(Cap()),
    Self = self(),
    Pid = spawn(fun() -> receive {F, Arg} -> Self ! {result, F(Arg)} end end),
    Pid ! {fun(X) -> {X, Big, Bin} end, arg},
    receive {result, R} -> erlang:display(R) end,
    Shadow = ?MODULE:id(outer),
    G = fun(Shadow2) -> {Shadow, Shadow2} end,
    erlang:display(G(inner)).
