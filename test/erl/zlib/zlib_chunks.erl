%% Bounded inflation: safeInflate/2 returning {continue, Out} until {finished, Out}, the
%% deprecated inflateChunk/1,2 with setBufSize/getBufSize, and the chunking of inflate/2 and
%% deflate/3 results for single large inputs.
-module(zlib_chunks).
-export([main/1]).

shape(IoList) when is_list(IoList) -> [shape(X) || X <- IoList];
shape(B) when is_binary(B) -> byte_size(B).

safe_loop(Z, In, Acc) ->
    case zlib:safeInflate(Z, In) of
        {continue, Out} -> safe_loop(Z, [], [iolist_size(Out) | Acc]);
        {finished, Out} -> lists:reverse([{finished, iolist_size(Out)} | Acc])
    end.

chunk_loop(Z, {more, Out}, Acc) -> chunk_loop(Z, zlib:inflateChunk(Z), [length(Out) | Acc]);
chunk_loop(_Z, Out, Acc) -> lists:reverse([{last, length(Out)} | Acc]).

main(_) ->
    Data = iolist_to_binary([io_lib:format("~b ~b~n", [I, I * I]) || I <- lists:seq(1, 20000)]),
    C = zlib:compress(Data),
    io:format("sizes ~b ~b~n", [byte_size(Data), byte_size(C)]),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    io:format("safe ~p~n", [safe_loop(Z, C, [])]),
    ok = zlib:inflateEnd(Z),
    io:format("bufsize ~p~n", [zlib:getBufSize(Z)]),
    ok = zlib:setBufSize(Z, 50000),
    io:format("bufsize ~p~n", [zlib:getBufSize(Z)]),
    ok = zlib:inflateInit(Z),
    io:format("chunk ~p~n", [chunk_loop(Z, zlib:inflateChunk(Z, C), [])]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:setBufSize(Z, 17),
    ok = zlib:inflateInit(Z),
    {more, First} = zlib:inflateChunk(Z, zlib:compress(<<"0123456789abcdefghijklmnopqrstuvwxyz">>)),
    io:format("tiny ~p~n", [First]),
    io:format("tiny rest ~p~n", [chunk_loop(Z, zlib:inflateChunk(Z), [])]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    io:format("inflate shape ~p~n", [shape(zlib:inflate(Z, C))]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:deflateInit(Z, 0),
    io:format("deflate level 0 shape ~p~n", [shape(zlib:deflate(Z, Data, finish))]),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, 1),
    io:format("deflate level 1 shape ~p~n", [shape(zlib:deflate(Z, Data, finish))]),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, 9),
    io:format("deflate level 9 shape ~p~n", [shape(zlib:deflate(Z, Data, full))]),
    _ = zlib:deflate(Z, <<>>, finish),
    ok = zlib:deflateEnd(Z),
    %% eos behaviours on concatenated streams
    Two = [zlib:compress(<<"one">>), zlib:compress(<<"two">>)],
    [begin
         ok = zlib:inflateInit(Z, 15, Eos),
         R = try iolist_to_binary(zlib:inflate(Z, Two)) catch C1:E1 -> {C1, E1} end,
         E = try zlib:inflateEnd(Z) catch C2:E2 -> {C2, E2} end,
         io:format("eos ~p: ~p ~p~n", [Eos, R, E])
     end || Eos <- [cut, reset, error]],
    %% inflating stops at the end of the stream; what follows is cut
    ok = zlib:inflateInit(Z),
    io:format("cut then more: ~p~n", [iolist_to_binary(zlib:inflate(Z, zlib:compress(<<"abc">>)))]),
    io:format("more after end: ~p~n", [iolist_to_binary(zlib:inflate(Z, <<"garbage">>))]),
    ok = zlib:inflateEnd(Z),
    zlib:close(Z).
