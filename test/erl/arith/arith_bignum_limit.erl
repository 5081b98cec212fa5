%% erts caps integers at 2^33554368-1 (2^25-64 bits): one more bit is system_limit, not a bigger number.
-module(arith_bignum_limit).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% A digest of a result small enough to print: the top bits of a huge integer.
s(F) ->
    case t(F) of
        {_, _} = E -> E;
        true -> true;
        false -> false;
        V -> {top, V bsr ?MODULE:id(33554360), V band 16#ffff}
    end.

main(_) ->
    L = ?MODULE:id(33554367),
    Max = (1 bsl L) - 1 + (1 bsl L),
    erlang:display(Max bsr (L - 3)),
    erlang:display(t(fun() -> 1 bsl L end) =:= 1 bsl L),
    erlang:display(t(fun() -> 1 bsl (L + 1) end)),
    erlang:display(t(fun() -> Max + 1 end)),
    erlang:display(t(fun() -> -Max - 1 end)),
    erlang:display(t(fun() -> Max * 2 end)),
    erlang:display(t(fun() -> (Max - 1) + 1 =:= Max end)),
    erlang:display(t(fun() -> -Max - 1 + 1 =:= -Max end)),
    erlang:display(t(fun() -> (Max bsr 1) * 2 + 1 =:= Max end)),
    erlang:display(s(fun() -> bnot Max end)),
    erlang:display(s(fun() -> bnot (-Max) end)),
    erlang:display(s(fun() -> -Max end)),
    erlang:display(s(fun() -> Max - (1 bsl 20) end)),
    erlang:display(s(fun() -> Max bxor 16#ffff end)),
    erlang:display(t(fun() -> Max band -1 =:= Max end)),
    erlang:display(t(fun() -> Max div 3 > 0 end)),
    erlang:display(t(fun() -> 1 bsl ?MODULE:id(100000000) end)),
    erlang:display(t(fun() -> -1 bsl ?MODULE:id(100000000) end)),
    erlang:display(t(fun() -> 0 bsl ?MODULE:id(100000000) end)),
    erlang:display(t(fun() -> float(Max) end)).
