%% The edges of a large map's hash trie: pairs of keys whose internal hashes share their low 28
%% bits (so they part only at the eighth level, below a chain of one-child nodes), removals that
%% fold such chains back into their parents, multi-key updates (done in place on fresh nodes) that
%% must leave the original map alone, and walks of every kind (display, to_list, fold, next,
%% term_to_binary, hashes, flat_size). Keys with equal 32-bit hashes: maps_hash_collisions.
%% Integer keys only: erts hashes atoms by their table index, which varies from run to run.
-module(maps_trie_edges).
-export([main/1, id/1]).

id(X) -> X.

%% Pairs of integers whose make_internal_hash values agree in their low 28 bits only (found by search).
pairs() -> [{5828, 13725}, {10757, 14421}, {4936, 24999}].

walks(Label, M) ->
    erlang:display({Label, map_size(M)}),
    erlang:display(M),
    erlang:display(maps:to_list(M)),
    erlang:display(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)),
    erlang:display(next_all(maps:iterator(M), [])),
    erlang:display({erlang:phash2(M), erlang:phash2(M, 1 bsl 32), erts_debug:flat_size(M)}),
    erlang:display(erlang:md5(term_to_binary(M))),
    erlang:display(binary_to_term(term_to_binary(M)) =:= M).

next_all(It, Acc) ->
    case maps:next(It) of
        none -> lists:reverse(Acc);
        {K, V, It2} -> next_all(It2, [{K, V} | Acc])
    end.

main(_) ->
    Base = maps:from_list([{I, I} || I <- lists:seq(1, ?MODULE:id(31))]),
    Keys = lists:append([[A, B] || {A, B} <- pairs()]),
    %% The pairs put one at a time, then from a list, then in one literal update.
    C1 = lists:foldl(fun(K, M) -> maps:put(K, K rem 7, M) end, Base, Keys),
    walks(put, C1),
    C2 = maps:from_list(maps:to_list(Base) ++ [{K, K rem 7} || K <- Keys]),
    erlang:display(C1 =:= C2),
    [{A1, B1}, {A2, B2}, {A3, B3}] = pairs(),
    C3 = Base#{A1 => 1, B1 => 2, A2 => 3, B2 => 4, A3 => 5, B3 => 6},
    walks(literal, C3),
    erlang:display([maps:get(K, C3) || K <- Keys]),
    erlang:display([maps:find(K + 1, C3) || K <- Keys]),
    %% := on a key of a pair, one key and several at once.
    U1 = C3#{B1 := updated},
    U2 = C3#{A1 := x, B1 := y, A3 := z},
    erlang:display({maps:get(B1, U1), maps:get(A1, U1), [maps:get(K, U2) || K <- Keys]}),
    erlang:display(catch C3#{A1 := x, (B1 + 1) := y}),
    erlang:display([maps:get(K, C3) || K <- Keys]),
    %% Removing one of a pair folds its chain back to a single leaf.
    R1 = maps:remove(A1, C3),
    walks(removed_one, R1),
    R2 = maps:without([A1, B1, A2], C3),
    walks(removed_three, R2),
    erlang:display(maps:remove(B1 + 1, C3) =:= C3),
    %% Shrinking a bigger map step by step, past node folds and back to a flatmap.
    Big = maps:from_list([{I, I * 2} || I <- lists:seq(1, ?MODULE:id(300))] ++ [{K, k} || K <- Keys]),
    Steps = [lists:seq(1, 100), lists:seq(101, 250), [A1, A2, A3], lists:seq(251, 270), [B1, B2], [B3]],
    lists:foldl(
      fun(Del, M) ->
              M2 = maps:without(Del, M),
              erlang:display({map_size(M2), maps:keys(M2)}),
              M2
      end, Big, Steps),
    erlang:display(maps:without(lists:seq(251, 300), maps:without(Keys, Big))),
    %% Multi-key updates of a large map build the new nodes in place: the original must not change.
    Orig = maps:from_list([{I, I} || I <- lists:seq(1, ?MODULE:id(200))]),
    Before = maps:to_list(Orig),
    New1 = Orig#{1 => a, 2 => b, 500 => c, 501 => d, 502 => e},
    New2 = Orig#{3 := a, 4 := b, 5 := c},
    New3 = maps:merge(Orig, maps:from_list([{I, m} || I <- lists:seq(150, 250)])),
    erlang:display({maps:to_list(Orig) =:= Before, map_size(New1), map_size(New2), map_size(New3)}),
    erlang:display({maps:get(1, New1), maps:get(3, New2), maps:get(150, New3), maps:get(250, New3)}),
    New4 = New1#{1 => aa, 600 => f},
    erlang:display({maps:get(1, New1), maps:get(1, New4), maps:is_key(600, New1), map_size(New4)}),
    erlang:display(maps:to_list(Orig) =:= Before),
    %% Puts of a key already there with the same value, or replacing one.
    erlang:display(maps:put(10, 10, Orig) =:= Orig),
    erlang:display(maps:to_list(maps:put(10, 10.0, Orig)) -- Before),
    %% An iterator taken half way, then the rest.
    It = maps:iterator(Big),
    {Half, Rest} = take(150, It, []),
    erlang:display({length(Half), length(next_all(Rest, [])), lists:sublist(Half, 10)}).

take(0, It, Acc) -> {lists:reverse(Acc), It};
take(N, It, Acc) ->
    {K, V, It2} = maps:next(It),
    take(N - 1, It2, [{K, V} | Acc]).
