%% crypto_init/update/final against crypto_one_time for every cipher mode and padding, the data
%% split at pseudo-random points (a fixed seed), encrypting and decrypting.
-module(crypto_cipher_stream).
-export([main/1]).

splits(Bin) -> splits(Bin, []).
splits(<<>>, Acc) -> lists:reverse(Acc);
splits(Bin, Acc) ->
    N = min(byte_size(Bin), rand:uniform(40) - 1),
    <<A:N/binary, B/binary>> = Bin,
    splits(B, [A | Acc]).

stream(Alg, Key, IV, Data, Opts) ->
    S = case IV of
            none -> crypto:crypto_init(Alg, Key, Opts);
            _ -> crypto:crypto_init(Alg, Key, IV, Opts)
        end,
    Parts = [crypto:crypto_update(S, P) || P <- splits(Data)],
    Final = try crypto:crypto_final(S) catch error:{E, _, Msg} -> {E, Msg} end,
    {iolist_to_binary(Parts), Final}.

one(Alg, Key, IV, Data, Opts) ->
    try
        case IV of
            none -> crypto:crypto_one_time(Alg, Key, Data, Opts);
            _ -> crypto:crypto_one_time(Alg, Key, IV, Data, Opts)
        end
    catch error:{E, _, Msg} -> {E, Msg}
    end.

main(_) ->
    rand:seed(exsss, {1, 2, 3}),
    Algs = [{aes_128_cbc, 16, 16}, {aes_256_cbc, 32, 16}, {aes_128_ecb, 16, none}, {aes_192_ecb, 24, none},
            {aes_128_ctr, 16, 16}, {aes_256_ctr, 32, 16}, {aes_128_cfb8, 16, 16}, {aes_192_cfb128, 24, 16},
            {aes_256_ofb, 32, 16}, {chacha20, 32, 16}, {des_ede3_cbc, 24, 8}, {blowfish_ecb, 16, none}],
    Paddings = [none, pkcs_padding, zero, undefined],
    [begin
         Key = list_to_binary([I rem 256 || I <- lists:seq(7, 6 + KL)]),
         IV = case IVL of none -> none; _ -> list_to_binary([I * 3 rem 256 || I <- lists:seq(1, IVL)]) end,
         [begin
              Data = list_to_binary([(I * 7 + 3) rem 256 || I <- lists:seq(1, Len)]),
              Enc = [{encrypt, true}, {padding, Pad}],
              {SC, SF} = stream(Alg, Key, IV, Data, Enc),
              One = one(Alg, Key, IV, Data, Enc),
              Same = case SF of B when is_binary(B) -> <<SC/binary, B/binary>> =:= One; _ -> SF =:= One end,
              Cipher = case One of C when is_binary(C) -> C; _ -> <<>> end,
              Dec = [{encrypt, false}, {padding, Pad}],
              {DC, DF} = stream(Alg, Key, IV, Cipher, Dec),
              DOne = one(Alg, Key, IV, Cipher, Dec),
              DSame = case DF of B2 when is_binary(B2) -> <<DC/binary, B2/binary>> =:= DOne; _ -> DF =:= DOne end,
              io:format("~p ~p ~p ~s ~p ~p ~p~n",
                        [Alg, Pad, Len, case One of C2 when is_binary(C2) -> binary:encode_hex(crypto:hash(md5, C2)); _ -> io_lib:format("~p", [One]) end,
                         Same, DSame, case DOne of D when is_binary(D) -> binary:part(D, 0, min(byte_size(D), Len)) =:= binary:part(Data, 0, min(byte_size(D), Len)); _ -> DOne end])
          end || Pad <- Paddings, Len <- [0, 1, 15, 16, 17, 47, 64, 100]]
     end || {Alg, KL, IVL} <- Algs].
