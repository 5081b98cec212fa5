%% element/2, tuple_size/1, map_size/1, hd/1 and tl/1 in guards (failure picks the next clause) and in bodies (the BIF's own error and stack entry), on every kind of wrong argument.
-module(op_guard_accessors).
-export([main/1, id/1]).

id(X) -> X.

first_atom(T) when is_atom(element(1, T)) -> {atom_tag, element(1, T)};
first_atom(T) when element(1, T) =:= 1 -> one;
first_atom(_) -> other.

nth(N, T) when element(N, T) =:= x -> {x_at, N};
nth(N, T) when is_integer(element(N, T)) -> {int_at, N};
nth(_, _) -> no.

sizes(X) when tuple_size(X) > 2 -> big_tuple;
sizes(X) when tuple_size(X) >= 0 -> {tuple, tuple_size(X)};
sizes(X) when map_size(X) =:= 0 -> empty_map;
sizes(X) when map_size(X) > 0 -> {map, map_size(X)};
sizes(X) when hd(X) =:= a -> starts_with_a;
sizes(X) when tl(X) =:= [] -> one_element;
sizes(X) when is_list(tl(X)) -> longer_list;
sizes(_) -> none.

%% Guards combined with orelse and ';' so that a failing accessor only fails its own part.
either(X) when element(2, X) =:= b orelse hd(X) =:= b -> b;
either(X) when tuple_size(X) =:= 1; map_size(X) =:= 1 -> one;
either(_) -> neither.

body(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> {C, R, hd(St)}
    end.

main(_) ->
    Things = [{a, 1}, {1, 2}, {}, {x}, [a], [a, b], [b], [], #{}, #{k => v}, 7, 123456789012345678901234567890,
              1.5, abc, <<"bin">>, "str", fun() -> ok end, self(), make_ref()],
    erlang:display([first_atom(id(T)) || T <- Things]),
    erlang:display([sizes(id(T)) || T <- Things]),
    erlang:display([either(id(T)) || T <- Things]),
    Idx = [0, 1, 2, 3, -1, 4294967296, 123456789012345678901234567890, 1.0, a],
    erlang:display([nth(id(N), id(T)) || N <- Idx, T <- [{x, 1, 2}, {1, x}, [x], x]]),
    erlang:display([body(fun() -> element(id(N), id(T)) end) || N <- Idx, T <- [{x, 1, 2}, [x]]]),
    erlang:display([body(fun() -> element(2, id(T)) end) || T <- [{a}, {a, b}, [a, b], 3]]),
    erlang:display([body(fun() -> tuple_size(id(T)) end) || T <- [{}, {a}, [a], <<>>, 1]]),
    erlang:display([body(fun() -> map_size(id(T)) end) || T <- [#{}, #{a => 1}, [], {}, 1]]),
    erlang:display([body(fun() -> hd(id(T)) end) || T <- [[1], [1 | 2], [], {1}, "x"]]),
    erlang:display([body(fun() -> tl(id(T)) end) || T <- [[1], [1 | 2], [], {1}, "xy"]]),
    %% The result register is also the argument register.
    erlang:display([body(fun() -> X = id(T), X1 = element(1, X), X2 = tuple_size(X), {X1, X2} end) || T <- [{q, r}, q]]).
