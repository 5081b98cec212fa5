%% Several megabytes through every entry point: one-shot functions, streaming deflate fed in
%% pieces, inflate of erts's output, many-binary iolists (fed to the NIFs 256 binaries at a time).
-module(zlib_big).
-export([main/1]).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].
md5(B) -> hex(erlang:md5(B)).

noise(0, _, Acc) -> list_to_binary(Acc);
noise(N, S, Acc) -> S1 = (S * 1103515245 + 12345) band 16#7fffffff, noise(N - 1, S1, [(S1 bsr 16) band 255 | Acc]).

words(0, _, Acc) -> iolist_to_binary(Acc);
words(N, S, Acc) ->
    S1 = (S * 69069 + 1) band 16#ffffffff,
    W = element(1 + (S1 bsr 8) rem 8, {<<"alpha ">>, <<"beta ">>, <<"gamma ">>, <<"delta\n">>, <<"epsilon ">>, <<"zeta, ">>, <<"eta ">>, <<"theta. ">>}),
    words(N - 1, S1, [W | Acc]).

main(_) ->
    Text = words(600000, 1, []),
    Noise = noise(1500000, 99, []),
    Big = <<Text/binary, Noise/binary, Text/binary>>,
    io:format("input ~b ~s~n", [byte_size(Big), md5(Big)]),
    C = zlib:compress(Big),
    io:format("compress ~b ~s ~p~n", [byte_size(C), md5(C), zlib:uncompress(C) =:= Big]),
    G = zlib:gzip(Big),
    io:format("gzip ~b ~s ~p~n", [byte_size(G), md5(G), zlib:gunzip(G) =:= Big]),
    R = zlib:zip(Text),
    io:format("zip ~b ~s ~p~n", [byte_size(R), md5(R), zlib:unzip(R) =:= Text]),
    %% streaming, fed in uneven pieces with a sync flush in between
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, best_compression),
    Pieces = [binary:part(Big, 0, 100000), binary:part(Big, 100000, 1000000), binary:part(Big, 1100000, byte_size(Big) - 1100000)],
    Outs = [zlib:deflate(Z, P, F) || {P, F} <- lists:zip(Pieces, [none, sync, finish])],
    ok = zlib:deflateEnd(Z),
    S = iolist_to_binary(Outs),
    io:format("stream ~b ~s ~p~n", [byte_size(S), md5(S), zlib:uncompress(S) =:= Big]),
    io:format("stream chunks ~p~n", [[length(lists:flatten(O)) || O <- Outs]]),
    %% inflating in small pieces
    ok = zlib:inflateInit(Z),
    Parts = split(C, 7777, []),
    Inflated = [zlib:inflate(Z, P) || P <- Parts],
    ok = zlib:inflateEnd(Z),
    io:format("inflate pieces ~b ~p~n", [length(Parts), iolist_to_binary(Inflated) =:= Big]),
    %% an iolist of many binaries (more than 256, each kept apart by iolist_to_iovec)
    Many = [binary:part(Text, I * 1000, 1000) || I <- lists:seq(0, 1999)],
    M = zlib:compress(Many),
    io:format("many ~b ~s ~p~n", [byte_size(M), md5(M), zlib:uncompress(M) =:= iolist_to_binary(Many)]),
    ok = zlib:deflateInit(Z, 0),
    M0 = iolist_to_binary(zlib:deflate(Z, Many, finish)),
    ok = zlib:deflateEnd(Z),
    io:format("many stored ~b ~s~n", [byte_size(M0), md5(M0)]),
    %% small binaries and bytes, merged by iolist_to_iovec
    Small = [[I band 255, <<"ab">>, "cd"] || I <- lists:seq(1, 100000)],
    SC = zlib:compress(Small),
    io:format("small ~b ~s ~p~n", [byte_size(SC), md5(SC), zlib:uncompress(SC) =:= iolist_to_binary(Small)]),
    zlib:close(Z).

split(B, N, Acc) when byte_size(B) =< N -> lists:reverse([B | Acc]);
split(B, N, Acc) -> <<H:N/binary, T/binary>> = B, split(T, N, [H | Acc]).
