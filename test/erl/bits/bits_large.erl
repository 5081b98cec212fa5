%% Large binaries: megabytes built by appending, sub-binaries of them, iolists, and the empty binary.
-module(bits_large).
-export([main/1, id/1]).

id(X) -> X.

append(0, Acc) -> Acc;
append(N, Acc) -> append(N - 1, <<Acc/binary, (N band 255)>>).

append_bits(0, Acc) -> Acc;
append_bits(N, Acc) -> append_bits(N - 1, <<Acc/bits, (N band 1):1>>).

sum(<<X, R/binary>>, S) -> sum(R, S + X);
sum(<<>>, S) -> S.

main(_) ->
    B1 = append(?MODULE:id(1000000), <<>>),
    erlang:display({byte_size(B1), binary:first(B1), binary:last(B1), binary:at(B1, 500000), sum(B1, 0)}),
    B2 = append_bits(?MODULE:id(100001), <<>>),
    erlang:display({bit_size(B2), byte_size(B2), erlang:phash2(B2)}),
    Mb = binary:copy(<<"0123456789">>, ?MODULE:id(1000000)),
    erlang:display({byte_size(Mb), binary:part(Mb, 9999995, 5), erlang:md5(Mb)}),
    Io = [lists:duplicate(1000, <<"ab">>), [[$c | <<"d">>] || _ <- lists:seq(1, 1000)], <<>>, [], [[[]]]],
    erlang:display({iolist_size(Io), byte_size(iolist_to_binary(Io)), erlang:md5(Io)}),
    Parts = [binary:part(Mb, I * 10, 10) || I <- lists:seq(0, 999)],
    erlang:display(lists:usort(Parts)),
    Sub = binary:part(B1, 10, 5),
    erlang:display({Sub, binary:referenced_byte_size(Sub) >= 5, byte_size(binary:copy(Sub))}),
    E = ?MODULE:id(<<>>),
    erlang:display([E, byte_size(E), <<E/binary, E/binary>>, binary:copy(E, 1000), binary_to_list(E), split_binary(E, 0),
                    binary:split(E, <<",">>), list_to_binary([E, [], E]), E =:= <<0:0>>, term_to_binary(E)]),
    Big = ?MODULE:id(binary:copy(<<255>>, 3000000)),
    <<_:2999990/binary, Last/binary>> = Big,
    erlang:display({Last, byte_size(<<Big/binary, Big/binary>>)}),
    erlang:display(erlang:crc32(Big)),
    erlang:display(erlang:adler32(B1)).
