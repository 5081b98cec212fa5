-module(literal_key_sites).
%% Map instructions with constant keys, fed maps of changing shapes at the same instruction:
%% beamjs caches a layout per instruction, so each call must still see its own map.
-export([main/1]).

put_ab(M, A, B) -> M#{a => A, b => B}.
put_tuple_key(M, V) -> M#{{k, 1} => V, 1.0 => float, 1 => int}.
upd_ab(M, A, B) -> M#{a := A, b := B}.
get_ab(#{a := A, b := B}) -> {A, B};
get_ab(_) -> nomatch.
get_float(#{1.0 := F, {k, 1} := T}) -> {F, T};
get_float(_) -> nomatch.
grow(M, 0) -> M;
grow(M, N) -> grow(M#{N => N}, N - 1).

shapes() ->
    [#{}, #{a => 0}, #{b => 0}, #{a => 1, b => 2}, #{c => 3}, #{a => x, c => y, z => z},
     #{1 => one, a => 1}, #{{k, 1} => old, 1.0 => old}, #{1 => i, 1.0 => f},
     grow(#{}, 31), grow(#{a => 1}, 31), grow(#{}, 40), maps:from_list([{b, 1}, {a, 2}])].

main(_) ->
    Shapes = shapes(),
    %% Twice over, so every instruction has cached the shape it saw last.
    [begin
         io:format("~w~n", [lists:sort(maps:to_list(put_ab(M, 1, 2)))]),
         io:format("~w~n", [lists:sort(maps:to_list(put_tuple_key(M, new)))]),
         io:format("~w~n", [catch upd_ab(M, u, v)]),
         io:format("~w ~w~n", [get_ab(M), get_float(M)])
     end || _ <- [1, 2], M <- Shapes],
    io:format("~w~n", [catch put_ab(not_a_map, 1, 2)]),
    io:format("~w~n", [catch upd_ab(not_a_map, 1, 2)]),
    io:format("~w~n", [catch upd_ab(#{a => 1}, 1, 2)]),
    %% A key stored as an equal term that is another object: the stored key object is kept.
    K = list_to_tuple([k, 1]),
    M1 = #{K => stored, 1.0 => x},
    M2 = put_tuple_key(M1, replaced),
    io:format("~w ~w~n", [maps:get({k, 1}, M2), map_size(M2)]),
    io:format("~w~n", [[put_ab(#{a => 1, b => 2}, 1, 2) =:= #{a => 1, b => 2}]]),
    %% One instruction fed many shapes in turn.
    Many = [maps:from_list([{list_to_atom([$a + I]), I} || I <- lists:seq(0, J)]) || J <- lists:seq(0, 25)],
    io:format("~w~n", [[get_ab(M) || M <- Many ++ Many]]),
    io:format("~w~n", [[map_size(put_ab(M, 0, 0)) || M <- Many ++ Many]]),
    io:format("~w~n", [[catch map_size(upd_ab(M, 0, 0)) || M <- Many ++ Many]]).
