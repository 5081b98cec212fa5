%% The ciphers of OpenSSL's legacy provider, which erts's crypto loads: DES, 3DES, Blowfish,
%% RC2, RC4, and MD4 (a legacy digest) with HMAC.
-module(crypto_legacy_ciphers).
-export([main/1]).

hex(B) -> binary:encode_hex(B).
t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    P = <<"Now is the time for all men to come to the aid">>,
    K8 = <<16#0123456789abcdef:64>>, IV8 = <<16#1234567890abcdef:64>>,
    K24 = <<K8/binary, 16#fedcba9876543210:64, 16#89abcdef01234567:64>>,
    [io:format("~p ~p~n", [Alg, t(fun() ->
                                         C = crypto:crypto_one_time(Alg, K, IV, P, [{padding, pkcs_padding}]),
                                         {hex(C), crypto:crypto_one_time(Alg, K, IV, C, [{encrypt, false}, {padding, pkcs_padding}]) =:= P}
                                 end)])
     || {Alg, K, IV} <- [{des_cbc, K8, IV8}, {des_cfb, K8, IV8}, {des_ede3_cbc, K24, IV8}, {des_ede3_cfb, K24, IV8},
                         {blowfish_cbc, <<"abcdefghijklmnop">>, IV8}, {blowfish_cfb64, <<"short">>, IV8},
                         {blowfish_ofb64, <<"a much longer blowfish key here">>, IV8},
                         {rc2_cbc, <<"sixteen byte key">>, IV8}]],
    [io:format("~p ~p~n", [Alg, t(fun() -> hex(crypto:crypto_one_time(Alg, K, P, [{padding, pkcs_padding}])) end)])
     || {Alg, K} <- [{des_ecb, K8}, {blowfish_ecb, <<"key">>}, {rc4, <<"Key">>}, {rc4, binary:copy(<<"k">>, 40)}]],
    io:format("rc4 ~s~n", [hex(crypto:crypto_one_time(rc4, <<"Key">>, <<"Plaintext">>, true))]),
    S = crypto:crypto_init(rc4, <<"Wiki">>, true),
    io:format("rc4 stream ~s ~s~n", [hex(crypto:crypto_update(S, <<"pedia">>)), hex(crypto:crypto_update(S, <<"pedia">>))]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(des_cbc, <<1,2,3>>, IV8, P, true) end)]),
    io:format("~p~n", [t(fun() -> crypto:crypto_one_time(des_ede3_cbc, K8, IV8, P, true) end)]),
    io:format("md4 ~s~n", [hex(crypto:hash(md4, <<"message digest">>))]),
    io:format("hmac md4 ~s~n", [hex(crypto:mac(hmac, md4, <<"key">>, <<"data">>))]),
    io:format("cmac des ~s~n", [hex(crypto:mac(cmac, des_ede3_cbc, K24, P))]).
