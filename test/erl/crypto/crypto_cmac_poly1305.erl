%% CMAC (RFC 4493 and NIST SP 800-38B vectors, every cipher erts accepts) and Poly1305 (RFC 8439).
-module(crypto_cmac_poly1305).
-export([main/1]).

hex(B) -> binary:encode_hex(B).
unhex(S) -> binary:decode_hex(list_to_binary(S)).

main(_) ->
    K128 = unhex("2b7e151628aed2a6abf7158809cf4f3c"),
    M = unhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"),
    [io:format("cmac128 ~p ~s~n", [L, hex(crypto:mac(cmac, aes_128_cbc, K128, binary:part(M, 0, L)))])
     || L <- [0, 1, 15, 16, 17, 40, 64]],
    K192 = unhex("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b"),
    K256 = unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"),
    [io:format("cmac ~p ~s~n", [C, hex(crypto:mac(cmac, C, K, M))])
     || {C, K} <- [{aes_192_cbc, K192}, {aes_256_cbc, K256}, {aes_cbc, K128}, {aes_cbc, K256},
                   {aes_128_cfb128, K128}, {aes_128_cfb8, K128}, {aes_cfb8, K192}, {aes_256_cfb128, K256},
                   {aes_128_ecb, K128}, {aes_128_ctr, K128}, {aes_128_ofb, K128}]],
    io:format("~s~n", [hex(crypto:macN(cmac, aes_128_cbc, K128, M, 8))]),
    S = crypto:mac_init(cmac, aes_128_cbc, K128),
    crypto:mac_update(S, binary:part(M, 0, 20)),
    crypto:mac_update(S, binary:part(M, 20, 44)),
    io:format("cmac stream ~s~n", [hex(crypto:mac_final(S))]),
    PK = unhex("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b"),
    PM = <<"Cryptographic Forum Research Group">>,
    io:format("poly ~s~n", [hex(crypto:mac(poly1305, PK, PM))]),
    io:format("poly ~s~n", [hex(crypto:mac(poly1305, undefined, PK, PM))]),
    [io:format("poly ~p ~s~n", [L, hex(crypto:mac(poly1305, PK, binary:copy(<<255>>, L)))])
     || L <- [0, 1, 15, 16, 17, 31, 32, 33, 100]],
    io:format("poly0 ~s~n", [hex(crypto:mac(poly1305, <<0:256>>, <<"abc">>))]),
    io:format("polyff ~s~n", [hex(crypto:mac(poly1305, binary:copy(<<255>>, 32), binary:copy(<<255>>, 64)))]),
    P = crypto:mac_init(poly1305, PK),
    crypto:mac_update(P, <<"Cryptographic ">>),
    crypto:mac_update(P, [<<"Forum Research">>, " Group"]),
    io:format("poly stream ~s~n", [hex(crypto:mac_final(P))]),
    io:format("~s~n", [hex(crypto:macN(poly1305, PK, PM, 5))]).
