%% Integer segments of whole bytes (8, 16, 24, 32 bits) at byte boundaries, which beamjs writes
%% a byte at a time: values out of range (truncated as erts truncates), negative values, both byte
%% orders, signed and unsigned read-back, inside binaries built by appending and after an odd
%% number of bits.
-module(bits_int_whole_bytes).
-export([main/1, id/1]).

id(X) -> X.

vals() ->
    [0, 1, -1, 127, 128, 255, 256, -128, -129, 65535, 65536, -32768, -32769, 16#7fffff, 16#800000,
     16#ffffff, 16#1000000, 16#7fffffff, 16#80000000, 16#ffffffff, 16#100000000, -16#80000000,
     -16#80000001, 16#123456789, -16#123456789, (1 bsl 52) + 3, -(1 bsl 52) - 3, (1 bsl 53) - 1,
     -(1 bsl 53) + 1, 1 bsl 53, 1 bsl 64, -(1 bsl 64) - 5].

main(_) ->
    Vs = [?MODULE:id(V) || V <- vals()],
    erlang:display([<<V:8, V:16, V:24, V:32>> || V <- Vs]),
    erlang:display([<<V:16/little, V:24/little, V:32/little>> || V <- Vs]),
    erlang:display([<<V:16/native, V:32/signed-little>> || V <- Vs]),
    erlang:display([begin <<A:16/signed, B:24/little-signed, C:32/signed>> = <<V:16, V:24/little, V:32>>, {A, B, C} end
                    || V <- Vs]),
    erlang:display([begin <<A:16, B:24/little, C:32>> = <<V:16, V:24/little, V:32>>, {A, B, C} end || V <- Vs]),
    %% After 3 bits: not at a byte boundary.
    erlang:display([<<1:3, V:16, V:32/little, 0:5>> || V <- Vs]),
    %% Appending in a loop.
    Acc = lists:foldl(fun(V, B) -> <<B/binary, V:16, V:32/little, V:24>> end, <<>>, Vs),
    erlang:display({byte_size(Acc), erlang:md5(Acc)}),
    erlang:display([{X, Y, Z} || <<X:16/signed, Y:32/little-signed, Z:24>> <= Acc]).
