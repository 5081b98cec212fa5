%% Chunking of zlib:deflate/3 and inflate/2 results when the input is many binaries: erts's NIF
%% takes queued binaries one at a time and stops when the time slice is used up.
-module(zlib_iovec_shapes).
-export([main/1]).
shape(IoList) when is_list(IoList) -> [shape(X) || X <- IoList];
shape(B) when is_binary(B) -> byte_size(B).
main(_) ->
    Many = [binary:copy(<<I>>, 700 + I) || I <- lists:seq(1, 300)],
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, 0),
    io:format("~w~n", [shape(zlib:deflate(Z, Many, finish))]),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z),
    io:format("~w~n", [shape(zlib:inflate(Z, split(zlib:compress(Many))))]).
split(B) when byte_size(B) < 300 -> [B];
split(B) -> <<H:300/binary, T/binary>> = B, [H | split(T)].
