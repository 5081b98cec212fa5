%% AES-CBC, ECB, CFB8, CFB128 and OFB: NIST SP 800-38A vectors, the padding options (none,
%% pkcs_padding, zero, random's length), partial blocks, streaming across block boundaries and
%% crypto_get_data/1.
-module(crypto_aes_block).
-export([main/1]).

hex(B) -> binary:encode_hex(B).
unhex(S) -> binary:decode_hex(list_to_binary(S)).
t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    IV = unhex("000102030405060708090a0b0c0d0e0f"),
    P = unhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"),
    K128 = unhex("2b7e151628aed2a6abf7158809cf4f3c"),
    K192 = unhex("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b"),
    K256 = unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
    WithIv = [aes_128_cbc, aes_128_cfb8, aes_128_cfb128, aes_128_ofb, aes_192_cbc, aes_192_cfb8,
              aes_192_cfb128, aes_192_ofb, aes_256_cbc, aes_256_cfb8, aes_256_cfb128, aes_256_ofb],
    Key = fun(A) -> case atom_to_list(A) of "aes_128" ++ _ -> K128; "aes_192" ++ _ -> K192; _ -> K256 end end,
    [begin
         C = crypto:crypto_one_time(A, Key(A), IV, P, true),
         io:format("~p ~s ~p~n", [A, hex(C), crypto:crypto_one_time(A, Key(A), IV, C, false) =:= P])
     end || A <- WithIv],
    [begin
         C = crypto:crypto_one_time(A, Key(A), P, true),
         io:format("~p ~s ~p~n", [A, hex(C), crypto:crypto_one_time(A, Key(A), C, false) =:= P])
     end || A <- [aes_128_ecb, aes_192_ecb, aes_256_ecb]],
    io:format("alias ~p~n", [[crypto:crypto_one_time(aes_cbc, K, IV, P, true) =:= crypto:crypto_one_time(A, K, IV, P, true)
                              || {A, K} <- [{aes_128_cbc, K128}, {aes_192_cbc, K192}, {aes_256_cbc, K256}]]]),
    io:format("alias ecb ~p~n", [crypto:crypto_one_time(aes_ecb, K128, P, true) =:= crypto:crypto_one_time(aes_128_ecb, K128, P, true)]),
    %% Partial blocks and paddings.
    [begin
         Data = binary:part(P, 0, L),
         R = [t(fun() -> hex(crypto:crypto_one_time(A, K128, IV, Data, Opts)) end)
              || A <- [aes_128_cbc], Opts <- [true, [{padding, none}], [{padding, pkcs_padding}], [{padding, zero}],
                                             [{padding, undefined}]]],
         io:format("pad ~p ~p~n", [L, R]),
         RL = byte_size(crypto:crypto_one_time(aes_128_cbc, K128, IV, Data, [{padding, random}])),
         io:format("random ~p ~p~n", [L, RL]),
         E = [t(fun() -> hex(crypto:crypto_one_time(aes_128_ecb, K128, Data, Opts)) end)
              || Opts <- [[{padding, pkcs_padding}], [{padding, zero}], [{padding, none}]]],
         io:format("ecb pad ~p ~p~n", [L, E])
     end || L <- [0, 1, 15, 16, 17, 31, 32, 33]],
    %% Decrypting with pkcs padding removes it; bad padding is an error.
    Enc = crypto:crypto_one_time(aes_128_cbc, K128, IV, <<"hello world">>, [{padding, pkcs_padding}]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(aes_128_cbc, K128, IV, Enc, [{encrypt, false}, {padding, pkcs_padding}]) end)]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(aes_128_cbc, K128, IV, Enc, [{encrypt, false}]) end)]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(aes_128_cbc, K128, IV, binary:part(P, 0, 32), [{encrypt, false}, {padding, pkcs_padding}]) end)]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(aes_128_cbc, K128, IV, binary:part(P, 0, 20), [{encrypt, false}, {padding, pkcs_padding}]) end)]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(aes_128_cbc, K128, IV, binary:part(P, 0, 20), [{encrypt, false}, {padding, none}]) end)]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(aes_128_cbc, K128, IV, binary:part(P, 0, 20), [{encrypt, false}, {padding, zero}]) end)]),
    %% Streaming CBC: output comes in whole blocks.
    S = crypto:crypto_init(aes_128_cbc, K128, IV, [{encrypt, true}, {padding, pkcs_padding}]),
    Outs = [crypto:crypto_update(S, binary:part(P, Off, Len)) || {Off, Len} <- [{0, 5}, {5, 11}, {16, 20}, {36, 1}]],
    io:format("stream ~p~n", [[byte_size(O) || O <- Outs]]),
    io:format("data ~p~n", [crypto:crypto_get_data(S)]),
    F = crypto:crypto_final(S),
    io:format("final ~s ~p~n", [hex(F), crypto:crypto_get_data(S)]),
    io:format("whole ~p~n", [iolist_to_binary(Outs ++ [F]) =:=
                                 crypto:crypto_one_time(aes_128_cbc, K128, IV, binary:part(P, 0, 37), [{padding, pkcs_padding}])]),
    Z = crypto:crypto_init(aes_128_cbc, K128, IV, [{padding, zero}]),
    _ = crypto:crypto_update(Z, binary:part(P, 0, 20)),
    io:format("zero ~s ~p~n", [hex(crypto:crypto_final(Z)), crypto:crypto_get_data(Z)]),
    D = crypto:crypto_init(aes_128_cbc, K128, IV, [{encrypt, false}, {padding, none}]),
    io:format("dec data ~p~n", [crypto:crypto_get_data(D)]),
    N = crypto:crypto_init(aes_128_ecb, K128, false),
    io:format("ecb stream ~s~n", [hex(crypto:crypto_update(N, crypto:crypto_one_time(aes_128_ecb, K128, P, true)))]),
    io:format("reinit ~p~n", [t(fun() -> crypto:crypto_init(aes_128_cbc, K128, IV, [{encrypt, true}, {encrypt, false}]) end)]).
