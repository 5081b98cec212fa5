%% Keys of every type in one map: the order of maps:keys/1 and of erlang:display for small maps is term order.
-module(maps_key_types).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Keys = ?MODULE:id([z, 1, 1.0, -1, 0.5, 1 bsl 100, -(1 bsl 100), "str", <<"bin">>, <<1:3>>, {a, b}, {}, [], [1 | 2],
                       #{}, #{a => 1}, 'Ä', '', make_ref_free, -0.0, 3, 2, 'a b', {z}, [a], <<>>, 1.0e-10, 16#7fffffff, 99]),
    M = maps:from_list([{K, x} || K <- Keys]),
    erlang:display(map_size(M)),
    erlang:display(maps:keys(M)),
    erlang:display(M),
    M2 = maps:from_list([{K, x} || K <- lists:reverse(Keys)]),
    erlang:display([M =:= M2, maps:keys(M) =:= maps:keys(M2), erlang:phash2(M) =:= erlang:phash2(M2)]),
    %% Past 32 keys the order is erts's hash order; atoms are left out there (their hash is their
    %% atom-table index, which differs from run to run on erts).
    erlang:display(maps:keys(maps:from_list([{K, x} || K <- Keys ++ [100, 101, 102, 103, 104], not has_atom(K)] ++
                                            [{{I}, x} || I <- lists:seq(1, 10)]))),
    erlang:display(maps:keys(maps:from_list([{-I, x} || I <- lists:seq(1, 35)]))),
    erlang:display(maps:keys(maps:from_list([{I * 1.5, x} || I <- lists:seq(1, 35)]))),
    erlang:display(maps:keys(maps:from_list([{I bsl 60, x} || I <- lists:seq(1, 35)]))),
    erlang:display(maps:keys(maps:from_list([{[I], x} || I <- lists:seq(1, 35)]))),
    erlang:display(erlang:phash2(M)).

has_atom(A) when is_atom(A) -> true;
has_atom(T) when is_tuple(T) -> lists:any(fun has_atom/1, tuple_to_list(T));
has_atom([H | T]) -> has_atom(H) orelse has_atom(T);
has_atom(M) when is_map(M) -> has_atom(maps:to_list(M));
has_atom(_) -> false.
