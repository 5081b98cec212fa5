%% ChaCha20 (RFC 8439 2.4.2 and A.2 vectors, with the 16-byte IV OpenSSL takes: a 32-bit
%% little-endian block counter, then the 96-bit nonce), streaming, and the deprecated
%% crypto_dyn_iv_init/update that take the IV per update.
-module(crypto_chacha20).
-export([main/1]).
-compile({nowarn_deprecated_function, [{crypto, crypto_dyn_iv_init, 3}, {crypto, crypto_dyn_iv_update, 3}]}).

hex(B) -> binary:encode_hex(B).
unhex(S) -> binary:decode_hex(list_to_binary(S)).

main(_) ->
    K = unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"),
    IV = <<1:32/little, (unhex("000000000000004a00000000"))/binary>>,
    P = <<"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.">>,
    C = crypto:crypto_one_time(chacha20, K, IV, P, true),
    io:format("~s~n", [hex(C)]),
    io:format("~p~n", [crypto:crypto_one_time(chacha20, K, IV, C, false) =:= P]),
    io:format("~s~n", [hex(crypto:crypto_one_time(chacha20, <<0:256>>, <<0:128>>, <<0:512>>, true))]),
    S = crypto:crypto_init(chacha20, K, IV, true),
    Parts = [crypto:crypto_update(S, binary:part(P, Off, Len)) || {Off, Len} <- [{0, 1}, {1, 63}, {64, 1}, {65, 49}]],
    io:format("~p ~p~n", [[byte_size(X) || X <- Parts], iolist_to_binary(Parts) =:= C]),
    io:format("~p~n", [crypto:crypto_final(S)]),
    io:format("~p~n", [crypto:crypto_get_data(S)]),
    %% A counter about to wrap.
    IVw = <<16#ffffffff:32/little, 0:96>>,
    io:format("~s~n", [hex(crypto:crypto_one_time(chacha20, K, IVw, binary:copy(<<0>>, 80), true))]),
    %% With OpenSSL 3 erts refuses dynamic IVs.
    T = fun(F) -> try F() catch Cl:R:St -> {Cl, R, hd(St)} end end,
    io:format("~p~n", [T(fun() -> crypto:crypto_dyn_iv_init(aes_128_ctr, <<0:128>>, true) end)]),
    io:format("~p~n", [T(fun() -> crypto:crypto_dyn_iv_init(aes_128_ecb, <<0:128>>, [{encrypt, false}]) end)]),
    io:format("~p~n", [T(fun() -> crypto:crypto_dyn_iv_init(foo, <<0:128>>, true) end)]),
    io:format("~p~n", [T(fun() -> crypto:crypto_dyn_iv_update(S, <<"abc">>, <<1:128>>) end)]),
    io:format("~p~n", [T(fun() -> crypto:crypto_dyn_iv_update(foo, <<"abc">>, <<1:128>>) end)]).
