%% Binary matching: sizes from earlier segments, tails, skipped bits, literal strings, and match failures.
-module(bits_matching).
-export([main/1, id/1]).

id(X) -> X.

%% Frames of erl_eval and init exist only on erts (it runs main under -eval): drop them.
strip({'EXIT', {R, St}}) -> {'EXIT', {R, [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init]}};
strip(V) -> V.

tlv(<<T:8, L:8, V:L/binary, Rest/binary>>, Acc) -> tlv(Rest, [{T, V} | Acc]);
tlv(<<>>, Acc) -> lists:reverse(Acc);
tlv(Other, Acc) -> {partial, lists:reverse(Acc), Other}.

bits_of(<<B:1, Rest/bits>>) -> [B | bits_of(Rest)];
bits_of(<<>>) -> [].

classify(<<"GET ", Path/binary>>) -> {get, Path};
classify(<<"POST ", _/binary>> = All) -> {post, byte_size(All)};
classify(<<0:4, _:4, _/binary>>) -> low_nibble_zero;
classify(<<_:7, 1:1, _/bits>>) -> odd_first;
classify(_) -> other.

main(_) ->
    erlang:display(tlv(?MODULE:id(<<1, 3, "abc", 2, 0, 3, 1, "z">>), [])),
    erlang:display(tlv(?MODULE:id(<<1, 5, "ab">>), [])),
    erlang:display(bits_of(?MODULE:id(<<5:3, 1:2>>))),
    erlang:display([classify(?MODULE:id(B)) || B <- [<<"GET /x">>, <<"POST /y">>, <<3, 1>>, <<17>>, <<16>>, <<>>, <<"GE">>]]),
    <<Len:16, Payload:Len/bytes, Pad/bits>> = ?MODULE:id(<<0, 2, "hi", 7:3>>),
    erlang:display({Len, Payload, Pad}),
    <<_:3, Mid:10, _/bits>> = ?MODULE:id(<<255, 255, 255>>),
    erlang:display(Mid),
    N = ?MODULE:id(4),
    case ?MODULE:id(<<1, 2, 3, 4, 5, 6>>) of
        <<Head:N/binary, Tail/binary>> -> erlang:display({Head, Tail})
    end,
    case ?MODULE:id(<<1, 2>>) of
        <<_:N/binary, _/binary>> -> erlang:display(wrong);
        <<A:4, B:4, C/binary>> -> erlang:display({A, B, C})
    end,
    erlang:display([X + Y || <<X:4, Y:4>> <= ?MODULE:id(<<16#12, 16#34, 16#5>>)]),
    erlang:display([X || <<X:8>> <= ?MODULE:id(<<1, 2, 3, 4:4>>)]),
    erlang:display([{K, V} || <<K:8, V:8>> <= ?MODULE:id(<<1, 2, 3>>)]),
    erlang:display(<< <<(X * 2)>> || <<X>> <= ?MODULE:id(<<1, 2, 3>>), X > 1 >>),
    erlang:display(<< <<X:4>> || X <- ?MODULE:id([1, 2, 3]) >>),
    erlang:display([B || <<B:1>> <= ?MODULE:id(<<2#10110:5>>)]),
    Bin = ?MODULE:id(<<"key=value;k2=v2">>),
    erlang:display([list_to_tuple(binary:split(P, <<"=">>)) || P <- binary:split(Bin, <<";">>, [global])]),
    Big = ?MODULE:id(list_to_binary(lists:seq(0, 255))),
    <<_:100/binary, Slice:10/binary, _/binary>> = Big,
    erlang:display(Slice),
    erlang:display(count_zero_bits(?MODULE:id(<<16#F0F0F0F0:32, 1:1>>), 0)),
    erlang:display(strip(catch begin <<X1:8>> = ?MODULE:id(<<1, 2>>), X1 end)).

count_zero_bits(<<0:1, R/bits>>, N) -> count_zero_bits(R, N + 1);
count_zero_bits(<<1:1, R/bits>>, N) -> count_zero_bits(R, N);
count_zero_bits(<<>>, N) -> N.
