%% The BIFs of the maps module and erlang's map BIFs, called directly, through apply (so that
%% the compiler cannot turn them into instructions) and in guards; errors as class and reason.
-module(mapsbif_bifs).
-export([main/1]).

id(X) -> X.

call(F, Args) ->
    try apply(maps, F, Args) of V -> {ok, V} catch C:R -> {C, R} end.

ecall(F, Args) ->
    try apply(erlang, F, Args) of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

guard_size(M) when map_size(M) > 2 -> big;
guard_size(M) when is_map(M) -> small;
guard_size(_) -> not_a_map.

guard_key(K, M) when is_map_key(K, M) -> {has, map_get(K, M)};
guard_key(_, _) -> hasnt.

%% Atoms hash by their atom-table index: keep them out of maps of more than 32 keys.
keys_for(M, Keys) when is_map(M), map_size(M) > 30 -> [K || K <- Keys, not has_atom(K)];
keys_for(_, Keys) -> Keys.

has_atom(K) when is_atom(K) -> true;
has_atom(K) when is_tuple(K) -> lists:any(fun has_atom/1, tuple_to_list(K));
has_atom(_) -> false.

main(_) ->
    Small = #{a => 1, b => 2, 1 => int, 1.0 => float, "s" => str, <<"b">> => bin, {t} => tup},
    Maps = [#{}, Small, maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]), not_a_map, [a]],
    Keys = [a, 1, 1.0, "s", <<"b">>, {t}, 7, 40, missing],
    lists:foreach(
      fun(M) ->
              erlang:display([call(keys, [M]), call(values, [M]), ecall(map_size, [M])]),
              lists:foreach(
                fun(K) ->
                        erlang:display({K, [call(F, [K, M]) || F <- [find, get, is_key, take, remove]],
                                        ecall(map_get, [K, M]), ecall(is_map_key, [K, M])}),
                        erlang:display({K, call(put, [K, new, M]), call(update, [K, new, M])})
                end, keys_for(M, Keys))
      end, Maps),
    erlang:display([call(from_list, [L]) || L <- [[], [{a, 1}, {a, 2}], [{1, a}, {1.0, b}, {1, c}], [a], [{a, 1} | b], x, [{a, 1, 2}]]]),
    erlang:display([call(from_keys, [L, v]) || L <- [[], [a, b, a], [1, 1.0], [a | b], x]]),
    erlang:display([call(merge, [A, B]) || A <- [#{}, #{a => 1, b => 2}, x], B <- [#{}, #{b => 3, c => 4}, y]]),
    %% Growing past 32 keys and shrinking back: a trie and a sorted small map again.
    Grow = lists:foldl(fun(I, Acc) -> maps:put(I, I, Acc) end, #{}, lists:seq(30, 1, -1)),
    G33 = maps:put(0, 0, maps:put(-1, -1, maps:put(31, 31, Grow))),
    erlang:display({map_size(G33), maps:keys(maps:remove(0, G33)), maps:values(maps:remove(0, maps:remove(-1, G33)))}),
    erlang:display([guard_size(id(M)) || M <- [#{}, #{a => 1, b => 2, c => 3}, x]]),
    erlang:display([guard_key(K, id(Small)) || K <- [a, 1, 2, {t}]] ++ [guard_key(a, id(x))]),
    erlang:display([map_size(id(Small)), map_get(b, id(Small)), is_map_key(1.0, id(Small)), maps:get(1, id(Small))]),
    erlang:display(ecall(map_get, [zz, #{a => 1}])),
    erlang:display(ecall(map_size, [[1, 2]])),
    erlang:display(ecall(is_map_key, [a, <<>>])).
