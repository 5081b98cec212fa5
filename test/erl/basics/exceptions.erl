-module(exceptions).
-export([main/1]).
t(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.
main(_) ->
    erlang:display(t(fun() -> throw(x) end)),
    erlang:display(t(fun() -> exit(y) end)),
    erlang:display(t(fun() -> error(z) end)),
    erlang:display(t(fun() -> 1 = length([a]) + 1 end)),
    erlang:display(t(fun() -> list_to_atom(42) end)),
    erlang:display(t(fun() -> element(5, {a}) end)),
    erlang:display(t(fun() -> (fun(X) -> X end)(1, 2) end)),
    erlang:display(t(fun() -> F = list_to_atom("not_a_fun"), F(1) end)),
    erlang:display(t(fun() -> case list_to_atom("zz") of a -> b end end)),
    erlang:display(t(fun() -> if length([]) =:= 1 -> b end end)),
    erlang:display(t(fun() -> nomodule:nofun(1) end)),
    erlang:display(t(fun() -> #{a := 1} = #{b => 2} end)),
    erlang:display(t(fun() -> (#{a => 1})#{b := 2} end)),
    erlang:display(catch throw(caught)),
    erlang:display(catch exit(gone)),
    {'EXIT', {badarith, _}} = (catch 1 + list_to_atom("a")),
    erlang:display(t(fun() -> erlang:raise(throw, r, []) end)),
    erlang:display(t(fun() -> try error(inner) after erlang:display(after_ran) end end)),
    erlang:display(nested()).
nested() ->
    try
        try throw(a) catch throw:a -> throw(b) end
    catch
        throw:b -> caught_b
    end.
