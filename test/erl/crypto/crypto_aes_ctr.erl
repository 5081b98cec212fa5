%% AES-CTR (NIST SP 800-38A F.5 vectors) one-shot and streaming, all key sizes, the aes_ctr alias,
%% counter wrap-around, iolist keys/IVs/data.
-module(crypto_aes_ctr).
-export([main/1]).

hex(B) -> binary:encode_hex(B).
unhex(S) -> binary:decode_hex(list_to_binary(S)).

main(_) ->
    IV = unhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"),
    P = unhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"),
    Keys = [{aes_128_ctr, unhex("2b7e151628aed2a6abf7158809cf4f3c")},
            {aes_192_ctr, unhex("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b")},
            {aes_256_ctr, unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")}],
    [begin
         C = crypto:crypto_one_time(Alg, K, IV, P, true),
         io:format("~p ~s~n", [Alg, hex(C)]),
         io:format("~p dec ~p~n", [Alg, crypto:crypto_one_time(Alg, K, IV, C, false) =:= P]),
         io:format("~p alias ~p~n", [Alg, crypto:crypto_one_time(aes_ctr, K, IV, P, true) =:= C]),
         io:format("~p opts ~p~n", [Alg, crypto:crypto_one_time(Alg, K, IV, P, [{encrypt, true}]) =:= C]),
         [begin
              S = crypto:crypto_init(Alg, K, IV, true),
              <<A:Split/binary, B/binary>> = P,
              C1 = crypto:crypto_update(S, A),
              C2 = crypto:crypto_update(S, B),
              io:format("~p split ~p ~p ~p ~p~n", [Alg, Split, byte_size(C1), <<C1/binary, C2/binary>> =:= C,
                                                   crypto:crypto_final(S)])
          end || Split <- [0, 1, 15, 16, 17, 33, 64]]
     end || {Alg, K} <- Keys],
    Wrap = <<16#ffffffffffffffffffffffffffffffff:128>>,
    K = unhex("2b7e151628aed2a6abf7158809cf4f3c"),
    io:format("wrap ~s~n", [hex(crypto:crypto_one_time(aes_128_ctr, K, Wrap, binary:copy(<<0>>, 48), true))]),
    Wrap2 = <<0:64, 16#ffffffffffffffff:64>>,
    io:format("wrap64 ~s~n", [hex(crypto:crypto_one_time(aes_128_ctr, K, Wrap2, binary:copy(<<0>>, 48), true))]),
    io:format("iolist ~s~n", [hex(crypto:crypto_one_time(aes_128_ctr, [<<16#2b7e1516:32>>, binary_to_list(binary:part(K, 4, 12))],
                                                         [IV], [<<"ab">>, "c", [[<<"d">>]]], true))]),
    io:format("empty ~p~n", [crypto:crypto_one_time(aes_128_ctr, K, IV, <<>>, true)]),
    Big = binary:copy(<<"0123456789">>, 7000),
    BC = crypto:crypto_one_time(aes_256_ctr, binary:copy(<<7>>, 32), IV, Big, true),
    io:format("big ~s~n", [hex(crypto:hash(sha256, BC))]),
    S = crypto:crypto_init(aes_128_ctr, K, IV, false),
    io:format("data ~p~n", [crypto:crypto_get_data(S)]),
    _ = crypto:crypto_update(S, <<"hello">>),
    io:format("data ~p~n", [crypto:crypto_get_data(S)]),
    io:format("final ~p~n", [crypto:crypto_final(S)]),
    io:format("data ~p~n", [crypto:crypto_get_data(S)]),
    io:format("after ~p~n", [catch crypto:crypto_update(S, <<"more">>)]).
