%% exor/2, hash_equals/2, pbkdf2_hmac/5 (RFC 6070 vectors), mod_pow/3, bytes_to_integer/1.
-module(crypto_misc).
-export([main/1]).

hex(B) -> binary:encode_hex(B).
t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    io:format("~p~n", [crypto:exor(<<1,2,3>>, <<255,255,255>>)]),
    io:format("~p~n", [crypto:exor([<<1>>, 2], [3, <<4>>])]),
    io:format("~p~n", [crypto:exor(<<>>, <<>>)]),
    io:format("~p~n", [t(fun() -> crypto:exor(<<1>>, <<1,2>>) end)]),
    io:format("~p~n", [t(fun() -> crypto:exor(a, <<1>>) end)]),
    io:format("~p~n", [byte_size(crypto:exor(binary:copy(<<1>>, 100000), binary:copy(<<2>>, 100000)))]),
    io:format("~p~n", [[crypto:hash_equals(A, B) || {A, B} <- [{<<>>, <<>>}, {<<"a">>, <<"a">>}, {<<"a">>, <<"b">>}]]]),
    io:format("~p~n", [t(fun() -> crypto:hash_equals(<<1>>, <<1,2>>) end)]),
    io:format("~p~n", [t(fun() -> crypto:hash_equals("a", "a") end)]),
    io:format("~p~n", [t(fun() -> crypto:hash_equals(<<1:1>>, <<1:1>>) end)]),
    [io:format("pbkdf2 ~p ~s~n", [{D, P, S, I, L}, hex(crypto:pbkdf2_hmac(D, P, S, I, L))])
     || {D, P, S, I, L} <- [{sha, <<"password">>, <<"salt">>, 1, 20},
                            {sha, <<"password">>, <<"salt">>, 2, 20},
                            {sha, <<"password">>, <<"salt">>, 4096, 20},
                            {sha, <<"passwordPASSWORDpassword">>, <<"saltSALTsaltSALTsaltSALTsaltSALTsalt">>, 4096, 25},
                            {sha, <<"pass\0word">>, <<"sa\0lt">>, 4096, 16},
                            {sha256, <<"password">>, <<"salt">>, 1, 32},
                            {sha224, <<"p">>, <<>>, 3, 1},
                            {sha384, <<>>, <<"s">>, 10, 100},
                            {sha512, <<"password">>, <<"salt">>, 2, 64}]],
    [io:format("~p~n", [t(F)]) || F <- [
        fun() -> crypto:pbkdf2_hmac(md5, <<"p">>, <<"s">>, 1, 20) end,
        fun() -> crypto:pbkdf2_hmac(foo, <<"p">>, <<"s">>, 1, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha3_256, <<"p">>, <<"s">>, 1, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha, "p", <<"s">>, 1, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, "s", 1, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 0, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, -1, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, a, 20) end,
        fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 1, 0) end,
        fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 1, b) end]],
    io:format("~p~n", [[crypto:mod_pow(B, E, M) || {B, E, M} <- [{2, 10, 1000}, {3, 0, 7}, {0, 5, 7}, {5, 3, 1},
                                                                {<<2>>, <<10>>, <<3,232>>},
                                                                {123456789123456789, 987654321987654321, 1000000007},
                                                                {2, 1 bsl 100, (1 bsl 127) - 1}]]]),
    io:format("~p~n", [t(fun() -> crypto:mod_pow(7, 2, 0) end)]),
    io:format("~p~n", [t(fun() -> crypto:mod_pow(7, 2, 2) end)]),
    io:format("~p~n", [t(fun() -> crypto:mod_pow(-2, 3, 5) end)]),
    io:format("~p~n", [t(fun() -> crypto:mod_pow(a, 3, 5) end)]),
    io:format("~p~n", [[crypto:bytes_to_integer(B) || B <- [<<>>, <<1>>, <<1,0>>, <<255,255,255,255,255,255,255,255,255>>]]]).
