%% cipher_info/1 and hash_info/1 for every algorithm erts names, aliases, and unknown names.
-module(crypto_cipher_info).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    Ciphers = [aes_128_cbc, aes_192_cbc, aes_256_cbc, aes_128_ecb, aes_192_ecb, aes_256_ecb,
               aes_128_ctr, aes_192_ctr, aes_256_ctr, aes_128_cfb8, aes_192_cfb8, aes_256_cfb8,
               aes_128_cfb128, aes_192_cfb128, aes_256_cfb128, aes_128_ofb, aes_192_ofb, aes_256_ofb,
               aes_128_gcm, aes_192_gcm, aes_256_gcm, aes_128_ccm, aes_192_ccm, aes_256_ccm,
               chacha20, chacha20_poly1305, des_cbc, des_cfb, des_ecb, des_ede3_cbc, des_ede3_cfb,
               blowfish_cbc, blowfish_cfb64, blowfish_ofb64, blowfish_ecb, rc2_cbc, rc4,
               aes_cbc, aes_ecb, aes_ctr, aes_cfb8, aes_cfb128, aes_gcm, aes_ccm,
               aes_ige256, des3_cbc, foo, "aes_128_cbc"],
    [io:format("~p ~p~n", [C, t(fun() -> crypto:cipher_info(C) end)]) || C <- Ciphers].
