%% AEAD: AES-GCM (NIST test cases), AES-CCM (RFC 3610 / SP 800-38C), ChaCha20-Poly1305 (RFC 8439):
%% encryption with default and explicit tag lengths, decryption, and a wrong tag, AAD or key.
-module(crypto_aead).
-export([main/1]).

hex(B) -> binary:encode_hex(B).
unhex(S) -> binary:decode_hex(list_to_binary(S)).
t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    %% GCM test case 4 (McGrew & Viega).
    K = unhex("feffe9928665731c6d6a8f9467308308"),
    IV = unhex("cafebabefacedbaddecaf888"),
    P = unhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"),
    A = unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2"),
    {C, T} = crypto:crypto_one_time_aead(aes_128_gcm, K, IV, P, A, true),
    io:format("gcm ~s ~s~n", [hex(C), hex(T)]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, IV, C, A, T, false) =:= P]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_gcm, K, IV, P, A, true) =:= {C, T}]),
    [io:format("taglen ~p ~p~n", [L, t(fun() -> {_, Tg} = crypto:crypto_one_time_aead(aes_128_gcm, K, IV, P, A, L, true), hex(Tg) end)])
     || L <- [0, 1, 4, 8, 12, 13, 16, 17]],
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, IV, C, A, binary:part(T, 0, 12), false) =:= P]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, IV, C, <<"x">>, T, false)]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, IV, C, A, <<0:128>>, false)]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, IV, <<>>, <<>>, true)]),
    [io:format("gcm ~p ~p~n", [Alg, crypto:crypto_one_time_aead(Alg, binary:copy(<<1>>, KL), IV, P, A, true)])
     || {Alg, KL} <- [{aes_192_gcm, 24}, {aes_256_gcm, 32}]],
    io:format("long iv ~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, binary:copy(IV, 5), P, A, true)]),
    io:format("short iv ~p~n", [t(fun() -> crypto:crypto_one_time_aead(aes_128_gcm, K, <<1>>, P, A, true) end)]),
    io:format("empty iv ~p~n", [t(fun() -> crypto:crypto_one_time_aead(aes_128_gcm, K, <<>>, P, A, true) end)]),
    %% CCM.
    CK = unhex("404142434445464748494a4b4c4d4e4f"),
    CN = unhex("10111213141516"),
    CA = unhex("0001020304050607"),
    CP = unhex("20212223"),
    io:format("ccm ~p~n", [crypto:crypto_one_time_aead(aes_128_ccm, CK, CN, CP, CA, 4, true)]),
    {CC, CT} = crypto:crypto_one_time_aead(aes_ccm, CK, CN, CP, CA, true),
    io:format("ccm ~s ~s~n", [hex(CC), hex(CT)]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_ccm, CK, CN, CC, CA, CT, false)]),
    io:format("~p~n", [crypto:crypto_one_time_aead(aes_128_ccm, CK, CN, CC, CA, <<0:96>>, false)]),
    [io:format("ccm taglen ~p ~p~n", [L, t(fun() -> crypto:crypto_one_time_aead(aes_128_ccm, CK, CN, CP, CA, L, true) end)])
     || L <- [0, 2, 3, 4, 6, 14, 16, 17]],
    [io:format("ccm nonce ~p ~p~n", [N, t(fun() -> crypto:crypto_one_time_aead(aes_128_ccm, CK, binary:copy(<<3>>, N), CP, CA, true) end)])
     || N <- [6, 7, 12, 13, 14]],
    [io:format("ccm ~p ~p~n", [Alg, crypto:crypto_one_time_aead(Alg, binary:copy(<<2>>, KL), CN, P, A, true)])
     || {Alg, KL} <- [{aes_192_ccm, 24}, {aes_256_ccm, 32}]],
    %% ChaCha20-Poly1305, RFC 8439 2.8.2.
    XK = unhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"),
    XN = unhex("070000004041424344454647"),
    XA = unhex("50515253c0c1c2c3c4c5c6c7"),
    XP = <<"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.">>,
    {XC, XT} = crypto:crypto_one_time_aead(chacha20_poly1305, XK, XN, XP, XA, true),
    io:format("chacha ~s ~s~n", [hex(XC), hex(XT)]),
    io:format("~p~n", [crypto:crypto_one_time_aead(chacha20_poly1305, XK, XN, XC, XA, XT, false) =:= XP]),
    io:format("~p~n", [crypto:crypto_one_time_aead(chacha20_poly1305, XK, XN, XC, XA, <<0:128>>, false)]),
    [io:format("chacha taglen ~p ~p~n", [L, t(fun() -> crypto:crypto_one_time_aead(chacha20_poly1305, XK, XN, <<"abc">>, <<>>, L, true) end)])
     || L <- [0, 1, 8, 16, 17]],
    [io:format("chacha nonce ~p ~p~n", [N, t(fun() -> crypto:crypto_one_time_aead(chacha20_poly1305, XK, binary:copy(<<3>>, N), <<"abc">>, <<>>, true) end)])
     || N <- [0, 8, 11, 12, 13, 16]],
    io:format("iolists ~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, [K], [IV], [<<"ab">>, "c"], ["a", <<"ad">>], true)]).
