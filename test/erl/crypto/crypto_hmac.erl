%% HMAC through crypto:mac/4, macN/5 and mac_init/update/final: RFC 4231 and RFC 2202 vectors,
%% keys shorter than, equal to and longer than the block, iolist keys and data.
-module(crypto_hmac).
-export([main/1]).

hex(B) -> binary:encode_hex(B).

main(_) ->
    Hs = [md4, md5, ripemd160, sha, sha224, sha256, sha384, sha512,
          sha3_224, sha3_256, sha3_384, sha3_512, blake2b, blake2s],
    Keys = [<<>>, <<"k">>, binary:copy(<<16#0b>>, 20), binary:copy(<<16#aa>>, 64),
            binary:copy(<<16#aa>>, 131), binary:copy(<<16#aa>>, 200)],
    Datas = [<<>>, <<"Hi There">>, <<"what do ya want for nothing?">>, binary:copy(<<16#dd>>, 50),
             binary:copy(<<"x">>, 1000)],
    [io:format("~p ~p ~p ~s~n", [H, byte_size(K), byte_size(D), hex(crypto:mac(hmac, H, K, D))])
     || H <- Hs, K <- Keys, D <- Datas],
    io:format("~s~n", [hex(crypto:mac(hmac, sha256, [<<"Ju">>, "de"], [<<"what do ya ">>, ["want", [" for"]], <<" nothing?">>]))]),
    io:format("~s~n", [hex(crypto:macN(hmac, sha256, <<"key">>, <<"data">>, 16))]),
    io:format("~s~n", [hex(crypto:macN(hmac, sha512, <<"key">>, <<"data">>, 1))]),
    [begin
         S0 = crypto:mac_init(hmac, H, <<"secret key">>),
         S1 = crypto:mac_update(S0, <<"part one, ">>),
         S2 = crypto:mac_update(S1, ["part ", <<"two">>]),
         io:format("stream ~p ~p ~p~n", [H, is_reference(S0),
                                        crypto:mac_final(S2) =:=
                                            crypto:mac(hmac, H, <<"secret key">>, <<"part one, part two">>)])
     end || H <- Hs],
    %% mac_update changes the state in place and returns it.
    T0 = crypto:mac_init(hmac, sha, <<"k">>),
    T1 = crypto:mac_update(T0, <<"a">>),
    io:format("same ~p~n", [T0 =:= T1]),
    _ = crypto:mac_update(T0, <<"b">>),
    io:format("~s ~s~n", [hex(crypto:mac_final(T1)), hex(crypto:mac(hmac, sha, <<"k">>, <<"ab">>))]),
    U = crypto:mac_init(hmac, sha256, <<"k">>),
    io:format("~s~n", [hex(crypto:mac_finalN(crypto:mac_update(U, <<"msg">>), 10))]),
    Big = binary:copy(<<"0123456789">>, 10000),
    io:format("big ~s~n", [hex(crypto:mac(hmac, sha256, <<"k">>, Big))]),
    V = crypto:mac_update(crypto:mac_init(hmac, sha256, <<"k">>), Big),
    io:format("bigstream ~p~n", [crypto:mac_final(V) =:= crypto:mac(hmac, sha256, <<"k">>, Big)]).
