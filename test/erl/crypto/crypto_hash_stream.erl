%% hash_init/update/final: streaming equals one-shot at every split; states are values (an old
%% state can be updated or finished again, as erts copies the context on each call).
-module(crypto_hash_stream).
-export([main/1]).

hashes() -> [md4, md5, ripemd160, sha, sha224, sha256, sha384, sha512,
             sha3_224, sha3_256, sha3_384, sha3_512, blake2b, blake2s].

main(_) ->
    Data = list_to_binary([I rem 251 || I <- lists:seq(0, 300)]),
    [begin
         One = crypto:hash(H, Data),
         Ok = lists:all(fun(Split) ->
                                <<A:Split/binary, B/binary>> = Data,
                                S0 = crypto:hash_init(H),
                                S1 = crypto:hash_update(S0, A),
                                S2 = crypto:hash_update(S1, B),
                                crypto:hash_final(S2) =:= One
                        end, lists:seq(0, byte_size(Data))),
         io:format("~p split ~p~n", [H, Ok])
     end || H <- hashes()],
    S0 = crypto:hash_init(sha256),
    io:format("~p~n", [is_reference(S0)]),
    S1 = crypto:hash_update(S0, <<"abc">>),
    S2 = crypto:hash_update(S0, <<"xyz">>),
    io:format("~s~n~s~n~s~n", [binary:encode_hex(crypto:hash_final(S0)),
                               binary:encode_hex(crypto:hash_final(S1)),
                               binary:encode_hex(crypto:hash_final(S2))]),
    io:format("final twice ~p~n", [crypto:hash_final(S1) =:= crypto:hash_final(S1)]),
    S3 = crypto:hash_update(S1, [<<"de">>, $f]),
    io:format("~s~n", [binary:encode_hex(crypto:hash_final(S3))]),
    io:format("~s~n", [binary:encode_hex(crypto:hash(sha256, "abcdef"))]),
    Big = binary:copy(<<"q">>, 100000),
    SB = crypto:hash_update(crypto:hash_init(sha512), Big),
    io:format("big ~p~n", [crypto:hash_final(SB) =:= crypto:hash(sha512, Big)]),
    Many = lists:foldl(fun(I, S) -> crypto:hash_update(S, <<I>>) end,
                       crypto:hash_init(md5), lists:seq(0, 255)),
    io:format("many ~p~n", [crypto:hash_final(Many) =:= crypto:hash(md5, lists:seq(0, 255))]),
    io:format("~p~n", [crypto:hash_final(crypto:hash_update(crypto:hash_init(sha), []))]).
