%% maps:iterator/1 and maps:next/1 by hand: small maps come out whole (printed as erts prints
%% them), large ones entry by entry; iterators stay valid while the map they came from changes.
-module(mapsbif_iter).
-export([main/1]).

drain(I, N, Acc) when N > 0 ->
    case maps:next(I) of
        {K, V, Next} -> drain(Next, N - 1, [{K, V} | Acc]);
        none -> {lists:reverse(Acc), none}
    end;
drain(I, 0, Acc) -> {lists:reverse(Acc), I}.

main(_) ->
    Small = #{b => 2, a => 1, 3 => c, 2.0 => d},
    I0 = maps:iterator(Small),
    erlang:display(I0),
    {K1, V1, I1} = maps:next(I0),
    erlang:display({K1, V1, I1}),
    erlang:display(drain(I1, 100, [])),
    erlang:display({maps:next(maps:iterator(#{})), maps:next(none)}),
    Big = maps:from_list([{I * 3, -I} || I <- lists:seq(1, 300)]),
    {First, Rest} = drain(maps:iterator(Big), 10, []),
    erlang:display(First),
    %% The rest of the walk does not see later changes to Big.
    Big2 = maps:put(1, one, maps:remove(30, Big)),
    {Others, none} = drain(Rest, 1000, []),
    erlang:display({length(Others), lists:sum([V || {_, V} <- Others]), lists:sublist(Others, 5)}),
    erlang:display({map_size(Big2), maps:get(1, Big2), maps:is_key(30, Big2)}),
    %% Stopping and resuming at every step gives the same order as one fold.
    Steps = [element(1, drain(maps:iterator(Big), N, [])) || N <- [1, 31, 32, 33, 64, 299, 300, 301]],
    Fold = lists:reverse(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], Big)),
    erlang:display([lists:prefix(S, Fold) andalso length(S) || S <- Steps]),
    %% An iterator is an ordinary term: it survives being sent as a message.
    self() ! {iter, Rest},
    receive {iter, R} -> erlang:display(length(element(1, drain(R, 1000, [])))) end.
