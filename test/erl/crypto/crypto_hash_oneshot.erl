%% crypto:hash/2 of every digest erts supports, over inputs around each block boundary, large
%% inputs (past the 20000-byte chunking crypto.erl does) and nested iolists.
-module(crypto_hash_oneshot).
-export([main/1]).

hashes() -> [md4, md5, ripemd160, sha, sha224, sha256, sha384, sha512,
             sha3_224, sha3_256, sha3_384, sha3_512, blake2b, blake2s].

inputs() ->
    Lens = [0, 1, 2, 3, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 105, 111, 112, 113,
            127, 128, 129, 135, 136, 137, 143, 144, 145, 255, 256, 1000],
    [binary:copy(<<"a">>, N) || N <- Lens] ++
        [list_to_binary([I rem 256 || I <- lists:seq(1, N)]) || N <- [17, 200, 4097]].

main(_) ->
    [io:format("~p ~p ~s~n", [H, byte_size(I), binary:encode_hex(crypto:hash(H, I))])
     || H <- hashes(), I <- inputs()],
    Big = binary:copy(<<"0123456789abcdef">>, 65536 + 3),
    [io:format("big ~p ~s~n", [H, binary:encode_hex(crypto:hash(H, Big))]) || H <- hashes()],
    Io = [<<"ab">>, [$c, [<<"de">>, []], $f], <<>>, [[[<<"ghi">>]]] | <<"jk">>],
    [io:format("iolist ~p ~s ~p~n",
               [H, binary:encode_hex(crypto:hash(H, Io)),
                crypto:hash(H, Io) =:= crypto:hash(H, iolist_to_binary(Io))]) || H <- hashes()],
    <<_:3, Sub:80/binary, _/bits>> = binary:copy(<<"xyz">>, 40),
    io:format("sub ~s~n", [binary:encode_hex(crypto:hash(sha256, Sub))]),
    io:format("~p~n", [crypto:hash(md5, "abc")]),
    io:format("~p~n", [crypto:hash(sha, [])]).
