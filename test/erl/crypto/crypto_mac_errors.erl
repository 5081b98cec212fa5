%% Bad arguments to mac/3,4, macN, mac_init/update/final: erts's error terms.
-module(crypto_mac_errors).
-export([main/1]).

t(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

main(_) ->
    K = <<0:128>>,
    Cases = [
        fun() -> crypto:mac(hmac, foo, <<>>, <<>>) end,
        fun() -> crypto:mac(hmac, shake128, <<>>, <<>>) end,
        fun() -> crypto:mac(hmac, sha, 1, <<>>) end,
        fun() -> crypto:mac(hmac, sha, <<>>, 1) end,
        fun() -> crypto:mac(hmac, sha, <<>>, [a]) end,
        fun() -> crypto:mac(foo, sha, <<>>, <<>>) end,
        fun() -> crypto:mac("hmac", sha, <<>>, <<>>) end,
        fun() -> crypto:mac(cmac, aes_128_cbc, <<0:64>>, <<>>) end,
        fun() -> crypto:mac(cmac, foo, K, <<>>) end,
        fun() -> crypto:mac(cmac, aes_gcm, K, <<>>) end,
        fun() -> crypto:mac(cmac, aes_128_gcm, K, <<>>) end,
        fun() -> crypto:mac(cmac, chacha20, <<0:256>>, <<>>) end,
        fun() -> crypto:mac(cmac, chacha20_poly1305, <<0:256>>, <<>>) end,
        fun() -> crypto:mac(cmac, aes_cbc, <<0:64>>, <<>>) end,
        fun() -> crypto:mac(cmac, rc4, K, <<>>) end,
        fun() -> crypto:mac(cmac, des_cbc, <<0:64>>, <<>>) end,
        fun() -> crypto:mac(cmac, blowfish_cbc, <<0:64>>, <<"x">>) end,
        fun() -> crypto:mac(cmac, des_cbc, <<1,2,3>>, <<"x">>) end,
        fun() -> crypto:mac_init(cmac, des_cbc, <<1,2,3>>) end,
        fun() -> crypto:mac(poly1305, <<0:128>>, <<>>) end,
        fun() -> crypto:mac(poly1305, sha, <<0:256>>, <<>>) end,
        fun() -> crypto:mac(poly1305, <<0:256>>, 1) end,
        fun() -> crypto:mac(poly1305, 1, <<>>) end,
        fun() -> crypto:mac(hmac, sha, <<>>) end,
        fun() -> crypto:macN(hmac, sha, <<>>, <<>>, 0) end,
        fun() -> crypto:macN(hmac, sha, <<>>, <<>>, 21) end,
        fun() -> crypto:macN(hmac, sha, <<>>, <<>>, -1) end,
        fun() -> crypto:mac_init(hmac, foo, <<>>) end,
        fun() -> crypto:mac_init(foo, sha, <<>>) end,
        fun() -> crypto:mac_init(hmac, sha, 1) end,
        fun() -> crypto:mac_init(cmac, aes_128_cbc, <<1,2,3>>) end,
        fun() -> crypto:mac_init(cmac, bar, K) end,
        fun() -> crypto:mac_init(poly1305, <<1,2,3>>) end,
        fun() -> crypto:mac_init(poly1305, foo) end,
        fun() -> crypto:mac_update(foo, <<>>) end,
        fun() -> crypto:mac_update(make_ref(), <<>>) end,
        fun() -> crypto:mac_update(crypto:mac_init(hmac, sha, <<>>), foo) end,
        fun() -> crypto:mac_update(crypto:hash_init(sha), <<>>) end,
        fun() -> crypto:mac_final(foo) end,
        fun() -> crypto:mac_final(crypto:hash_init(sha)) end,
        fun() -> crypto:mac_finalN(crypto:mac_init(hmac, sha, <<>>), 30) end,
        fun() -> crypto:hash_final(crypto:mac_init(hmac, sha, <<>>)) end
    ],
    [io:format("~p~n", [t(F)]) || F <- Cases].
