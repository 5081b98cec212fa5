%% Every compression level, strategy, memLevel and window size of deflateInit/6, and
%% deflateParams/3 changing level and strategy in the middle of a stream.
-module(zlib_params).
-export([main/1]).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].
md5(B) -> hex(erlang:md5(B)).

noise(0, _, Acc) -> list_to_binary(Acc);
noise(N, S, Acc) -> S1 = (S * 1103515245 + 12345) band 16#7fffffff, noise(N - 1, S1, [(S1 bsr 20) band 15 + $a | Acc]).

text(N) -> iolist_to_binary([io_lib:format("~b:~s ", [I, lists:duplicate(I rem 13, $a + I rem 26)]) || I <- lists:seq(1, N)]).

deflate(Data, Level, WBits, Mem, Strategy) ->
    Z = zlib:open(),
    try
        ok = zlib:deflateInit(Z, Level, deflated, WBits, Mem, Strategy),
        B = iolist_to_binary(zlib:deflate(Z, Data, finish)),
        ok = zlib:deflateEnd(Z),
        B
    after
        zlib:close(Z)
    end.

main(_) ->
    Data = iolist_to_binary([text(1500), noise(20000, 3, []), text(500)]),
    io:format("input ~b ~s~n", [byte_size(Data), md5(Data)]),
    lists:foreach(
      fun(Level) ->
              B = deflate(Data, Level, 15, 8, default),
              io:format("level ~p: ~b ~s ~p~n", [Level, byte_size(B), md5(B), zlib:uncompress(B) =:= Data])
      end, [none, best_speed, best_compression, default, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    lists:foreach(
      fun(S) ->
              [begin
                   B = deflate(Data, L, 15, 8, S),
                   io:format("strategy ~p level ~p: ~b ~s~n", [S, L, byte_size(B), md5(B)])
               end || L <- [1, 4, 6, 9]]
      end, [default, filtered, huffman_only, rle]),
    lists:foreach(
      fun(M) ->
              B = deflate(Data, default, 15, M, default),
              io:format("memlevel ~p: ~b ~s~n", [M, byte_size(B), md5(B)])
      end, lists:seq(1, 9)),
    lists:foreach(
      fun(W) ->
              B = catch deflate(Data, default, W, 8, default),
              case B of
                  Bin when is_binary(Bin) -> io:format("wbits ~p: ~b ~s ~s~n", [W, byte_size(Bin), md5(Bin), hex(binary:part(Bin, 0, 2))]);
                  {'EXIT', {R, _}} -> io:format("wbits ~p: ~p~n", [W, R])
              end
      end, lists:seq(8, 15) ++ lists:seq(-15, -8) ++ lists:seq(24, 31) ++ [16, 32, 40, 47]),
    %% deflateParams between writes
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, 1),
    A1 = zlib:deflate(Z, binary:part(Data, 0, 10000)),
    ok = zlib:deflateParams(Z, 9, filtered),
    A2 = zlib:deflate(Z, binary:part(Data, 10000, 10000)),
    ok = zlib:deflateParams(Z, none, default),
    A3 = zlib:deflate(Z, binary:part(Data, 20000, 5000)),
    ok = zlib:deflateParams(Z, best_speed, rle),
    A4 = zlib:deflate(Z, binary:part(Data, 25000, byte_size(Data) - 25000), finish),
    ok = zlib:deflateEnd(Z),
    All = iolist_to_binary([A1, A2, A3, A4]),
    io:format("params: ~b ~s ~p~n", [byte_size(All), md5(All), zlib:uncompress(All) =:= Data]),
    io:format("params shapes: ~p~n", [[iolist_size(X) || X <- [A1, A2, A3, A4]]]),
    %% deflateParams on a fresh stream, twice in a row, and with the same parameters
    ok = zlib:deflateInit(Z, 0),
    ok = zlib:deflateParams(Z, 0, default),
    ok = zlib:deflateParams(Z, 6, default),
    ok = zlib:deflateParams(Z, 6, huffman_only),
    B1 = zlib:deflate(Z, <<"abcabcabcabcabc">>, finish),
    io:format("params fresh: ~s~n", [hex(iolist_to_binary(B1))]),
    ok = zlib:deflateEnd(Z),
    %% deflateReset keeps the parameters
    ok = zlib:deflateInit(Z, 9, deflated, -12, 5, rle),
    C1 = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    ok = zlib:deflateReset(Z),
    C2 = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    io:format("reset: ~p ~s~n", [C1 =:= C2, md5(C1)]),
    ok = zlib:deflateReset(Z),
    _ = zlib:deflate(Z, <<"pending">>),
    ok = zlib:deflateReset(Z),
    C3 = iolist_to_binary(zlib:deflate(Z, <<"fresh">>, finish)),
    io:format("reset drops: ~s ~p~n", [hex(C3), zlib:unzip(C3)]),
    ok = zlib:deflateEnd(Z),
    zlib:close(Z).
