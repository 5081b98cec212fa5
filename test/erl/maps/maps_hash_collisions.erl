%% Keys whose 32-bit internal hashes are equal: past eight levels a large map's trie needs more
%% hash bits for them, which erts 25 takes from a second hash of the key. Integers up to 300000
%% hold eight such pairs (four of them in benchmarks/map_ops's 1..200000).
-module(maps_hash_collisions).
-export([main/1, id/1]).

id(X) -> X.

pairs() ->
    [{40660, 59671}, {22575, 119693}, {121236, 167527}, {169647, 178740},
     {29879, 217607}, {204923, 232672}, {198773, 280384}, {229095, 281280}].

main(_) ->
    Keys = [K || {A, B} <- pairs(), K <- [A, B]],
    M = maps:from_list([{K, 0} || K <- Keys] ++ [{I, 1} || I <- lists:seq(1, ?MODULE:id(40))]),
    erlang:display(maps:keys(M)),
    erlang:display(M),
    erlang:display(erts_debug:flat_size(M)),
    erlang:display([maps:get(K, M) || K <- Keys]),
    erlang:display(maps:keys(maps:without([A || {A, _} <- pairs()], M))).
