%% The order of tab2list, first/next, select and foldl on set tables is erts's hash-table order:
%% small tables, growing tables, shrinking tables, and keys of many types.
-module(ets_order_hash).
-export([main/1]).

walk(_T, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

keys(T) -> [element(1, O) || O <- ets:tab2list(T)].

main(_) ->
    T = ets:new(t, [set]),
    [ets:insert(T, {K}) || K <- lists:seq(1, 40)],
    erlang:display(keys(T)),
    erlang:display(walk(T, ets:first(T))),
    erlang:display(ets:last(T) =:= ets:first(T)),
    [ets:insert(T, {K}) || K <- lists:seq(41, 700)],
    L = keys(T),
    erlang:display(erlang:phash2(L)),
    erlang:display(lists:sublist(L, 30)),
    erlang:display(walk(T, ets:first(T)) =:= lists:reverse(L)),
    erlang:display(ets:foldl(fun({K}, A) -> [K | A] end, [], T) =:= L),
    erlang:display(ets:foldr(fun({K}, A) -> [K | A] end, [], T) =:= L),
    erlang:display(ets:select(T, [{{'$1'}, [], ['$1']}]) =:= L),
    [ets:delete(T, K) || K <- lists:seq(1, 700, 3)],
    erlang:display(lists:sublist(keys(T), 40)),
    A = ets:new(a, [set]),
    Atoms = [list_to_atom("k" ++ integer_to_list(I)) || I <- lists:seq(1, 300)] ++ [ok, error, undefined, true, 'hello world'],
    [ets:insert(A, {K, 1}) || K <- Atoms],
    erlang:display(lists:sublist(keys(A), 60)),
    erlang:display(erlang:phash2(keys(A))),
    M = ets:new(m, [set]),
    %% No atoms inside compound keys: erts hashes those by the atom's index in its atom table.
    Mixed = [1.5, -3, 1 bsl 80, "abc", <<"abc">>, <<>>, {1, 2.5}, [1, 2], {}, #{1 => 2}, #{}, [], 'atom', -0.5, 12345678901,
             <<1, 2, 3, 4, 5, 6, 7, 8, 9>>, {1, {2, {3}}}, "a longer string with several words"],
    [ets:insert(M, {K}) || K <- Mixed],
    erlang:display(keys(M)),
    B = ets:new(b, [set]),
    [ets:insert(B, {K, K}) || K <- lists:seq(1, 6000)],
    [ets:delete(B, K) || K <- lists:seq(1, 5900)],
    erlang:display(keys(B)),
    [ets:insert(B, {K, K}) || K <- lists:seq(7000, 7040)],
    erlang:display(lists:sublist(keys(B), 50)),
    erlang:display(ets:info(B, size)).
