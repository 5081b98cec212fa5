%% Exceptions inside guards make the guard false, never escape; the same BIFs outside guards raise.
-module(errors_guards).
-export([main/1, id/1]).

id(X) -> X.

g(X) when length(X) > 1 -> long_list;
g(X) when hd(X) =:= a -> starts_with_a;
g(X) when element(2, X) =:= b -> second_is_b;
g(X) when X + 1 > 10 -> big_number;
g(X) when map_get(k, X) -> map_k_true;
g(X) when byte_size(X) > 2 -> long_binary;
g(X) when abs(X) < 1; is_atom(X) -> small_or_atom;
g(X) when tuple_size(X) =:= 0 orelse X =:= 0 -> empty_tuple;
g(X) when is_list(X) andalso tl(X) =:= [] -> singleton;
g(X) when X / 0 > 1 -> never;
g(X) when float(X) > 100 -> big_float;
g(_) -> fallthrough.

main(_) ->
    Inputs = ?MODULE:id([[a, b], [a | b], [a], {x, b}, {x}, 20, 1.5, #{k => true}, #{k => 1}, <<"abc">>, <<1>>, 0.5, atom,
                         {}, [b], "xyz", [1 | 2], 5, 150, 150.0, #{}, self_placeholder]),
    erlang:display([{I, g(I)} || I <- Inputs]),
    F = fun(X) when not is_integer(X) -> not_int; (X) when X rem 2 =:= 0, X > 0 -> pos_even; (_) -> other end,
    erlang:display([F(a), F(4), F(-4), F(3)]),
    NotList = ?MODULE:id(x),
    erlang:display([if length(NotList) > 0 -> yes; true -> no end,
                    case ?MODULE:id({1}) of T when element(5, T) > 0 -> yes; _ -> no end,
                    [X || X <- [1, a, 2], X > 1, is_integer(X)], [X || X <- [[1], a, [2, 3]], length(X) > 1]]),
    erlang:display(try length(?MODULE:id(x)) catch C:R -> {C, R} end).
