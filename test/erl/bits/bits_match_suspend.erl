%% A binary match in progress survives calls that yield (receive, preemption): the match context
%% lives across suspension while other processes run and allocate.
-module(bits_match_suspend).
-export([main/1, id/1]).

id(X) -> X.

churn() -> _ = [lists:seq(1, 100) || _ <- lists:seq(1, 100)], churn().

yield_wait(Tag) -> self() ! {tick, Tag}, receive {tick, Tag} -> ok end.

walk(<<Len:8, Chunk:Len/binary, Rest/binary>>, Acc) ->
    yield_wait(Len),
    walk(Rest, [Chunk | Acc]);
walk(<<>>, Acc) -> lists:reverse(Acc).

bits_sum(<<B:3, Rest/bits>>, N, Acc) when N rem 1000 =:= 0 ->
    receive after 0 -> ok end,
    bits_sum(Rest, N + 1, Acc + B);
bits_sum(<<B:3, Rest/bits>>, N, Acc) -> bits_sum(Rest, N + 1, Acc + B);
bits_sum(<<Tail/bits>>, _N, Acc) -> {Acc, bit_size(Tail)}.

utf8_len(<<_/utf8, R/binary>>, N) -> utf8_len(R, N + 1);
utf8_len(<<>>, N) -> N.

main(_) ->
    Churners = [spawn(fun churn/0) || _ <- [1, 2]],
    Data = ?MODULE:id(<< <<(byte_size(S)), S/binary>> || S <- [<<"alpha">>, <<>>, <<"beta">>, list_to_binary(lists:duplicate(200, $x)), <<"end">>] >>),
    erlang:display([byte_size(C) || C <- walk(Data, [])]),
    Big = ?MODULE:id(list_to_binary([I rem 256 || I <- lists:seq(1, 300001)])),
    erlang:display(bits_sum(<<Big/binary, 5:2>>, 0, 0)),
    Text = ?MODULE:id(<< <<C/utf8>> || _ <- lists:seq(1, 50000), C <- "aé日😀" >>),
    erlang:display(utf8_len(Text, 0)),
    [exit(P, kill) || P <- Churners],
    erlang:display(done).
