%% Map literals and updates with several keys at once: keys in any source order, keys equal at run time, integer and float keys, atoms with non-ASCII names, and crossing 32 keys.
-module(maps_literal_build).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    A = id(1), B = id(2), C = id(3),
    M1 = #{zeta => A, alpha => B, 'Émile' => C, mid => A, 'zz' => B, 'a' => C, 'A' => A, '_' => B},
    erlang:display(M1),
    erlang:display(maps:to_list(M1)),
    M2 = #{3 => a, -1 => b, 100000000000000000000 => c, 2 => d, x => e, 0 => f, -100000000000000000000 => g},
    erlang:display(M2),
    erlang:display(maps:keys(M2)),
    %% Keys from variables: equal at run time, the last value wins.
    K1 = id(k), K2 = id(k), F1 = id(1.0), I1 = id(1),
    M3 = #{K1 => first, K2 => second, F1 => float, I1 => int},
    erlang:display(M3),
    erlang:display([maps:get(1, M3), maps:get(1.0, M3), map_size(M3)]),
    M3b = #{I1 => int, F1 => float, 1 => literal_int},
    erlang:display(M3b),
    %% Updates of an existing map, with => and :=, several keys in one instruction.
    M4 = M1#{alpha => new, beta => added, zeta => A},
    erlang:display(M4),
    M5 = M4#{alpha := again, beta := B, 'Émile' := C},
    erlang:display(M5),
    erlang:display(try M5#{alpha := 1, missing := 2} catch error:E -> E end),
    erlang:display(M5 =:= M4#{alpha := again}),
    %% 33 keys from one literal and from updates: the map becomes a hash map. (Integer keys: a
    %% hash map of atom keys is laid out differently from erts's, a known difference of its own.)
    Big = #{1 => A, 2 => A, 3 => A, 4 => A, 5 => A, 6 => A, 7 => A, 8 => A,
            9 => A, 10 => A, 11 => A, 12 => A, 13 => A, 14 => A, 15 => A, 16 => A,
            17 => A, 18 => A, 19 => A, 20 => A, 21 => A, 22 => A, 23 => A, 24 => A,
            25 => A, 26 => A, 27 => A, 28 => A, 29 => A, 30 => A, 31 => A, 32 => A, 33 => B},
    erlang:display(Big),
    Small = maps:remove(33, Big),
    erlang:display(Small#{33 => C, 34 => C, 1 => B}),
    erlang:display(maps:to_list(Small#{0 => C, 99 => C})),
    erlang:display(maps:to_list(Small#{0 => C, -5 => C, 1.0 => C})),
    erlang:display((id(#{}))#{b => 1, a => 2, c => 3}),
    erlang:display((id(#{b => 0}))#{b => 1, a => 2, c => 3}).
