%% Map construction and update syntax with literal and variable keys, on small and large maps.
-module(maps_update_syntax).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    K1 = ?MODULE:id(k1), K2 = ?MODULE:id(1.0), V = ?MODULE:id(v),
    M0 = #{K1 => V, K2 => V, a => 1, K1 => overwritten},
    erlang:display(M0),
    M1 = M0#{a := 2, K2 := w, b => 3, K1 => x},
    erlang:display(M1),
    KA = ?MODULE:id(a),
    M2 = M1#{KA => 1, a => 2, KA := 3},
    erlang:display(M2),
    Big = maps:from_list([{I, I} || I <- lists:seq(1, ?MODULE:id(40))]),
    Big2 = Big#{1 := one, 40 := forty, 41 => fortyone, K1 => V},
    erlang:display(lists:sort(maps:to_list(maps:with([1, 40, 41, k1, 2], Big2)))),
    erlang:display({map_size(Big), map_size(Big2)}),
    Small = maps:from_list([{I, I} || I <- lists:seq(1, 31)]),
    Grow = Small#{32 => a, 33 => b, 34 => c},
    erlang:display({map_size(Grow), lists:sort(maps:keys(Grow)) =:= lists:seq(1, 34)}),
    Sizes = [map_size(lists:foldl(fun(I, Acc) -> Acc#{I => I} end, #{}, lists:seq(1, N))) || N <- [0, 1, 31, 32, 33, 64, 65, 1000]],
    erlang:display(Sizes),
    Shrink = lists:foldl(fun(I, Acc) -> maps:remove(I, Acc) end, maps:from_list([{I, I} || I <- lists:seq(1, 40)]), lists:seq(1, 39)),
    erlang:display(Shrink),
    E = ?MODULE:id(#{}),
    erlang:display([E#{a => 1}, E, #{E => E}, #{[] => [], <<>> => <<>>, {} => {}}]),
    Same = M1#{a := 2},
    erlang:display(Same =:= M1),
    erlang:display(#{{K1, K2} => {V}, [K1] => [V]}).
