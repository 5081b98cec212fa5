%% Hash tables whose objects come and go: freed places taken again by other keys, walks
%% (first/next, foldl, lookup of the key just walked to) over tables being changed, with and
%% without safe_fixtable, keys equal but not the same term, bags walked while their keys' objects
%% change, keypos 2, growing past the extra segments and shrinking back, and info(T, memory) at
%% each stage where the table is not fixed.
-module(ets_entry_reuse).
-export([main/1]).

t(F) -> try F() catch C:R -> {C, R} end.

walk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [{K, ets:lookup(T, K)} | Acc]).

keys(T) -> [element(1, O) || O <- ets:tab2list(T)].

summary(T) ->
    {ets:info(T, size), ets:info(T, memory), erlang:phash2(ets:tab2list(T)),
     lists:sublist(keys(T), 12), ets:first(T)}.

reuse() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {K, K}) || K <- lists:seq(1, 3000)],
    [ets:delete(T, K) || K <- lists:seq(1, 3000, 2)],
    S1 = summary(T),
    %% new keys take the places the deleted ones left
    [ets:insert(T, {K, new}) || K <- lists:seq(5001, 6500)],
    S2 = summary(T),
    %% some of the deleted keys come back, after the new ones
    [ets:insert(T, {K, back}) || K <- lists:seq(1, 300, 2)],
    S3 = summary(T),
    {S1, S2, S3, lists:sublist(walk(T, ets:first(T), []), 20)}.

walk_changes() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {K, K}) || K <- lists:seq(1, 500)],
    K1 = ets:first(T),
    K2 = ets:next(T, K1),
    %% the key just walked to is deleted: next/2 of it is badarg on a table that is not fixed
    ets:delete(T, K2),
    R1 = t(fun() -> ets:next(T, K2) end),
    R2 = ets:lookup(T, K2),
    %% put back: next/2 goes on from where it now is
    ets:insert(T, {K2, again}),
    R3 = [ets:next(T, K2), ets:lookup(T, K2)],
    %% next/2 of a key equal to the one walked to, but another term
    K3 = ets:next(T, K1),
    R4 = [ets:next(T, K3 + 0), ets:next(T, list_to_integer(integer_to_list(K3)))],
    %% the object of the key walked to replaced, then walk on
    ets:insert(T, {K3, replaced}),
    R5 = [ets:lookup(T, K3), ets:next(T, K3)],
    {R1, R2, R3, R4, R5}.

compound() ->
    T = ets:new(t, [set]),
    Ks = [{I, I * 3} || I <- lists:seq(1, 200)] ++ [<<I:16>> || I <- lists:seq(1, 100)]
        ++ [float(I) || I <- lists:seq(1, 50)] ++ lists:seq(1, 50) ++ [[I, I + 1] || I <- lists:seq(1, 50)],
    [ets:insert(T, {K, v}) || K <- Ks],
    W = walk(T, ets:first(T), []),
    %% next/lookup with copies of the keys (built anew, so not the same terms)
    Copies = [binary_to_term(term_to_binary(K)) || {K, _} <- lists:sublist(W, 30)],
    N1 = [ets:next(T, C) || C <- Copies],
    L1 = [ets:lookup(T, C) || C <- Copies],
    [ets:delete(T, K) || K <- lists:sublist(Ks, 1, 400)],
    {length(W), erlang:phash2(W), N1, L1, keys(T), t(fun() -> ets:next(T, {1, 3}) end),
     ets:lookup(T, 1), ets:lookup(T, 1.0)}.

fixed_walk() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {K, 0}) || K <- lists:seq(1, 400)],
    ets:safe_fixtable(T, true),
    %% delete each key walked to, and every third insert a new one
    Seen = fixed_loop(T, ets:first(T), 0, []),
    Mid = ets:info(T, size),
    ets:safe_fixtable(T, false),
    {length(Seen), lists:sublist(lists:reverse(Seen), 30), Mid, summary(T)}.

fixed_loop(_T, '$end_of_table', _I, Acc) -> Acc;
fixed_loop(T, K, I, Acc) ->
    ets:delete(T, K),
    case I rem 3 of
        0 -> ets:insert(T, {1000 + I, I});
        _ -> ok
    end,
    Dead = ets:lookup(T, K),
    fixed_loop(T, ets:next(T, K), I + 1, [{K, Dead} | Acc]).

bag_walk(Type) ->
    B = ets:new(b, [Type]),
    [ets:insert(B, {K rem 7, K}) || K <- lists:seq(1, 70)],
    ets:safe_fixtable(B, true),
    K1 = ets:first(B),
    ets:delete_object(B, {K1, 7}),
    ets:insert(B, {K1, new}),
    ets:insert(B, {K1, new}),
    K2 = ets:next(B, K1),
    ets:delete(B, K2),
    W = walk(B, ets:first(B), []),
    ets:safe_fixtable(B, false),
    W2 = walk(B, ets:first(B), []),
    {K1, K2, W, W2, ets:info(B, memory)}.

keypos2() ->
    T = ets:new(t, [set, {keypos, 2}]),
    [ets:insert(T, {obj, K, K * 2}) || K <- lists:seq(1, 300)],
    [ets:update_counter(T, K, {3, 1}) || K <- lists:seq(1, 300, 7)],
    All = ets:tab2list(T),
    [ets:update_counter(T, K, {3, 10}) || K <- lists:seq(1, 300, 7)],
    [ets:delete(T, K) || K <- lists:seq(2, 300, 5)],
    [ets:insert(T, {obj2, K, 0}) || K <- lists:seq(301, 320)],
    F = ets:foldl(fun({_, K, V}, A) -> A + K * V end, 0, T),
    {lists:sublist(All, 10), F, lists:sublist(walk(T, ets:first(T), []), 10), summary2(T)}.

summary2(T) -> {ets:info(T, size), ets:info(T, memory), erlang:phash2(ets:tab2list(T))}.

grow_shrink() ->
    T = ets:new(t, [set]),
    M0 = ets:info(T, memory),
    [ets:insert(T, {K, K}) || K <- lists:seq(1, 12000)],
    S1 = summary(T),
    [ets:delete(T, K) || K <- lists:seq(1, 11800)],
    S2 = summary(T),
    [ets:insert(T, {K, K}) || K <- lists:seq(20001, 26000)],
    S3 = summary(T),
    [ets:delete(T, K) || K <- lists:seq(20001, 26000)],
    S4 = summary(T),
    ets:safe_fixtable(T, true),
    ets:delete_all_objects(T),
    S5 = {ets:info(T, size), ets:first(T)},
    [ets:insert(T, {K, x}) || K <- lists:seq(1, 40)],
    ets:safe_fixtable(T, false),
    S6 = summary(T),
    ets:delete_all_objects(T),
    [ets:insert(T, {K, y}) || K <- lists:seq(1, 40)],
    {M0, S1, S2, S3, S4, S5, S6, summary(T)}.

main(_) ->
    [erlang:display(F()) || F <- [fun reuse/0, fun walk_changes/0, fun compound/0, fun fixed_walk/0,
                                  fun() -> bag_walk(bag) end, fun() -> bag_walk(duplicate_bag) end,
                                  fun keypos2/0, fun grow_shrink/0]],
    ok.
