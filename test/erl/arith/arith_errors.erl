%% Every way an arithmetic expression fails, with the error term (no stack traces).
-module(arith_errors).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    A = ?MODULE:id(a), L = ?MODULE:id([1]), T = ?MODULE:id({1}), One = ?MODULE:id(1), F = ?MODULE:id(1.0),
    erlang:display([t(fun() -> A + 1 end), t(fun() -> 1 - L end), t(fun() -> T * 2 end), t(fun() -> -A end),
                    t(fun() -> +A end), t(fun() -> One / A end), t(fun() -> F div One end), t(fun() -> One rem F end),
                    t(fun() -> F band One end), t(fun() -> One bor F end), t(fun() -> One bxor A end),
                    t(fun() -> One bsl F end), t(fun() -> F bsr One end), t(fun() -> bnot F end)]),
    erlang:display([t(fun() -> abs(A) end), t(fun() -> float(A) end), t(fun() -> trunc(L) end),
                    t(fun() -> erlang:'+'(A, 1) end), t(fun() -> erlang:'-'(A) end), t(fun() -> erlang:'div'(One, 0) end),
                    t(fun() -> erlang:'/'(One, 0) end), t(fun() -> apply(erlang, '*', [One, A]) end)]),
    erlang:display([t(fun() -> +One end), t(fun() -> +F end), t(fun() -> -(-One) end), t(fun() -> erlang:'+'(F) end)]),
    erlang:display([t(fun() -> One + <<1>> end), t(fun() -> One + self() end), t(fun() -> One + #{} end),
                    t(fun() -> One + fun() -> 1 end end), t(fun() -> One + [] end)]),
    erlang:display([is_tuple(catch A + 1), element(1, element(2, catch A + 1))]).
