-module(bin_records).
%% Bit syntax: build a binary of N records <<Len:16, Payload/binary, X:32/float>>, parse it back.
-export([main/1]).
build(0, Acc) -> Acc;
build(I, Acc) ->
    Payload = integer_to_binary(I * 7919),
    build(I - 1, <<Acc/binary, (byte_size(Payload)):16, Payload/binary, (I * 0.5):32/float>>).
parse(<<>>, Count, Sum, FSum) -> {Count, Sum, round(FSum)};
parse(<<Len:16, Payload:Len/binary, X:32/float, Rest/binary>>, Count, Sum, FSum) ->
    parse(Rest, Count + 1, (Sum + binary_to_integer(Payload)) rem 1000000007, FSum + X).
run(N) ->
    B = build(N, <<>>),
    {byte_size(B), parse(B, 0, 0, 0.0)}.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 2000000 end,
    run(1000),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
