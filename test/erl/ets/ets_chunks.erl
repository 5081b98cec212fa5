%% select/3, select/1, match/3, match/1, match_object/3, select_reverse/3 with continuations,
%% on hash and ordered_set tables: chunk sizes, order, the end of the table, reused continuations.
-module(ets_chunks).
-export([main/1]).

all('$end_of_table', Acc) -> lists:reverse(Acc);
all({Got, Cont}, Acc) -> all(next(Cont), [Got | Acc]).

next('$end_of_table') -> '$end_of_table';
next(Cont) -> ets:select(Cont).

main(_) ->
    H = ets:new(h, [set]),
    [ets:insert(H, {K, K * 2}) || K <- lists:seq(1, 95)],
    MS = [{{'$1', '$2'}, [{'<', '$1', 60}], ['$1']}],
    Chunks = all(ets:select(H, MS, 10), []),
    erlang:display(Chunks),
    erlang:display([length(C) || C <- Chunks]),
    erlang:display(lists:append(Chunks) =:= ets:select(H, MS)),
    {First, Cont} = ets:select(H, [{'_', [], ['$_']}], 7),
    erlang:display([First, element(1, ets:select(Cont)), element(1, ets:select(Cont))]),
    erlang:display(ets:select(H, [{{'$1', '_'}, [{'>', '$1', 1000}], ['$1']}], 5)),
    erlang:display(all(ets:select(H, [{{'$1', '_'}, [{'>', '$1', 90}], ['$1']}], 100), [])),
    erlang:display(all(ets:select(H, [{{'$1', '_'}, [{'>', '$1', 90}], ['$1']}], 5), [])),
    erlang:display(ets:select('$end_of_table')),
    O = ets:new(o, [ordered_set]),
    [ets:insert(O, {K, K rem 3}) || K <- lists:seq(1, 50)],
    erlang:display(all(ets:select(O, [{{'$1', 0}, [], ['$1']}], 4), [])),
    erlang:display(all(ets:select_reverse(O, [{{'$1', 0}, [], ['$1']}], 4), [])),
    erlang:display(all(ets:select(O, [{{'$1', '_'}, [], ['$1']}], 10), [])),
    erlang:display(all(ets:match(O, {'$1', 1}, 6), [])),
    erlang:display(all(ets:match_object(O, {'_', 2}, 5), [])),
    {M1, MC} = ets:match(O, {'$1', 2}, 3),
    {M2, MC2} = ets:match(MC),
    erlang:display([M1, M2, element(2, MC2), element(1, ets:match_object(MC)), element(2, MC)]),
    erlang:display(ets:select_reverse(O, [{{'$1', 1}, [{'<', '$1', 20}], ['$1']}])),
    B = ets:new(b, [bag]),
    [ets:insert(B, {K rem 7, K}) || K <- lists:seq(1, 60)],
    erlang:display(all(ets:select(B, [{{'$1', '$2'}, [], [{{'$1', '$2'}}]}], 9), [])),
    {_, BC} = ets:select(O, [{'_', [], ['$_']}], 5),
    ets:delete(O),
    erlang:display(try ets:select(BC) catch error:R -> R end).
