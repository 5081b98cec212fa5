%% The binary module's byte-level BIFs: part, at, first, last, copy, list_to_bin,
%% decode_unsigned/encode_unsigned (both byte orders, around 2^53 and 2^64),
%% longest_common_prefix/suffix and referenced_byte_size on literals, parts and copies.
-module(binary_misc).
-export([main/1]).

id(X) -> X.

main(_) ->
    B = id(<<"0123456789abcdef">>),
    erlang:display([binary:part(B, 2, 3), binary:part(B, {16, -4}), binary:part(B, 16, 0)]),
    erlang:display([binary:at(B, 0), binary:at(B, 15), binary:first(B), binary:last(B)]),
    <<_:3, Sub:64/bitstring, _/bitstring>> = B,
    erlang:display([binary:at(Sub, 0), binary:first(Sub), binary:last(Sub), binary:part(Sub, 1, 2)]),
    erlang:display([binary:copy(id(<<"ab">>), 5), binary:copy(id(<<>>), 100), binary:copy(Sub),
                    byte_size(binary:copy(id(<<"xyz">>), 100000))]),
    erlang:display(binary:list_to_bin([$a, [<<"bc">>, [$d]], <<"e">>])),
    Ns = [0, 1, 255, 256, 65535, 1 bsl 32, (1 bsl 53) - 1, 1 bsl 53, (1 bsl 53) + 1,
          (1 bsl 64) - 1, 1 bsl 64, 1 bsl 200 + 12345],
    erlang:display([binary:encode_unsigned(N) || N <- Ns]),
    erlang:display([binary:encode_unsigned(N, little) || N <- Ns]),
    erlang:display([binary:decode_unsigned(binary:encode_unsigned(N)) =:= N || N <- Ns]),
    erlang:display([binary:decode_unsigned(binary:encode_unsigned(N, little), little) =:= N || N <- Ns]),
    erlang:display([binary:decode_unsigned(id(<<0, 0, 0, 1, 2>>)), binary:decode_unsigned(id(<<1, 2, 0, 0, 0, 0, 0, 0, 0>>), little),
                    binary:decode_unsigned(Sub), binary:decode_unsigned(id(<<>>))]),
    erlang:display([binary:longest_common_prefix([<<"prefix_one">>, <<"prefix_two">>, <<"pre">>]),
                    binary:longest_common_suffix([<<"one.erl">>, <<"two.erl">>, <<".erl">>]),
                    binary:longest_common_prefix([<<"abc">>]), binary:longest_common_suffix([<<"x">>, <<"y">>]),
                    binary:longest_common_prefix([Sub, binary:copy(Sub)])]),
    Big = id(binary:copy(<<"0123456789">>, 20)),
    <<_:10/binary, Rest/binary>> = Big,
    erlang:display([binary:referenced_byte_size(<<"lit">>), binary:referenced_byte_size(Big),
                    binary:referenced_byte_size(binary:part(Big, 5, 5)), binary:referenced_byte_size(Rest),
                    binary:referenced_byte_size(binary:copy(binary:part(Big, 5, 5)))]),
    erlang:display([binary:bin_to_list(B), binary:bin_to_list(B, {3, 4}), binary:bin_to_list(B, 15, -5)]),
    ok.
