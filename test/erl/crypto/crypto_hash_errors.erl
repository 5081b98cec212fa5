%% Bad arguments to the hash functions: the exact error terms, including crypto.erl's
%% {badarg, {File, Line}, Description} with its error_info, and hash_info/1.
-module(crypto_hash_errors).
-export([main/1]).

t(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, short(hd(S))}
    end.

%% Large binary arguments are shown by their size.
short({M, F, Args, Loc}) when is_list(Args) ->
    {M, F, [case A of <<_:64/binary, _/binary>> -> {bin, byte_size(A)}; _ -> A end || A <- Args], Loc};
short(E) -> E.

main(_) ->
    Cases = [
        fun() -> crypto:hash(foo, <<>>) end,
        fun() -> crypto:hash(shake128, <<>>) end,
        fun() -> crypto:hash(shake256, <<"a">>) end,
        fun() -> crypto:hash(sm3, <<"a">>) end,
        fun() -> crypto:hash("sha", <<"a">>) end,
        fun() -> crypto:hash(sha, 1) end,
        fun() -> crypto:hash(sha, <<1:1>>) end,
        fun() -> crypto:hash(sha, [a]) end,
        fun() -> crypto:hash(sha, [256]) end,
        fun() -> crypto:hash(foo, binary:copy(<<"a">>, 30000)) end,
        fun() -> crypto:hash_init(foo) end,
        fun() -> crypto:hash_init(1) end,
        fun() -> crypto:hash_init(shake128) end,
        fun() -> crypto:hash_update(foo, <<>>) end,
        fun() -> crypto:hash_update(make_ref(), <<>>) end,
        fun() -> crypto:hash_update(crypto:hash_init(md5), foo) end,
        fun() -> crypto:hash_update(crypto:hash_init(md5), binary:copy(<<"a">>, 30000)) end,
        fun() -> crypto:hash_update(foo, binary:copy(<<"a">>, 30000)) end,
        fun() -> crypto:hash_final(foo) end,
        fun() -> crypto:hash_final({sha, <<>>}) end,
        fun() -> crypto:hash_final(make_ref()) end,
        fun() -> crypto:hash_info(foo) end,
        fun() -> crypto:hash_info(shake128) end,
        fun() -> crypto:hash_info("md5") end
    ],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    [io:format("~p ~p~n", [H, crypto:hash_info(H)])
     || H <- [md4, md5, ripemd160, sha, sha224, sha256, sha384, sha512,
              sha3_224, sha3_256, sha3_384, sha3_512, blake2b, blake2s]].
