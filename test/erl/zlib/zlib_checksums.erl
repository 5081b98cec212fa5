%% crc32 and adler32 through zlib's deprecated wrappers and erlang's BIFs, with combine, and
%% zlib:crc32/1, the running checksum of raw streams' plain text (0 for other streams).
-module(zlib_checksums).
-export([main/1]).

try_(Name, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Name, R]).

main(_) ->
    Z = zlib:open(),
    A = <<"The quick brown fox">>,
    B = <<" jumps over the lazy dog">>,
    io:format("~p~n", [[zlib:crc32(Z, A), zlib:crc32(Z, [A, B]), zlib:crc32(Z, zlib:crc32(Z, A), B),
                        zlib:crc32_combine(Z, zlib:crc32(Z, A), zlib:crc32(Z, B), byte_size(B)),
                        zlib:adler32(Z, A), zlib:adler32(Z, zlib:adler32(Z, A), B),
                        zlib:adler32_combine(Z, zlib:adler32(Z, A), zlib:adler32(Z, B), byte_size(B)),
                        zlib:crc32(Z, <<>>), zlib:adler32(Z, <<>>), zlib:crc32(Z, 0, <<>>), zlib:adler32(Z, 5, [])]]),
    try_("crc32 not iodata", fun() -> zlib:crc32(Z, foo) end),
    try_("adler32 bad prev", fun() -> zlib:adler32(Z, -1, <<"a">>) end),
    try_("crc32_combine bad", fun() -> zlib:crc32_combine(Z, 1, 2, -1) end),
    try_("adler32_combine big", fun() -> zlib:adler32_combine(Z, 1 bsl 32, 2, 3) end),
    %% running checksums: raw deflate counts its input, raw inflate its output
    Data = iolist_to_binary([integer_to_list(I) || I <- lists:seq(1, 5000)]),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    io:format("raw deflate crc at start ~p~n", [zlib:crc32(Z)]),
    C1 = zlib:deflate(Z, binary:part(Data, 0, 1000)),
    io:format("raw deflate crc ~p ~p~n", [zlib:crc32(Z), erlang:crc32(binary:part(Data, 0, 1000))]),
    C2 = zlib:deflate(Z, binary:part(Data, 1000, byte_size(Data) - 1000), finish),
    io:format("raw deflate crc ~p ~p~n", [zlib:crc32(Z), erlang:crc32(Data)]),
    ok = zlib:deflateEnd(Z),
    try_("crc32 after end", fun() -> zlib:crc32(Z) end),
    Raw = iolist_to_binary([C1, C2]),
    ok = zlib:inflateInit(Z, -15),
    _ = zlib:inflate(Z, binary:part(Raw, 0, 100)),
    io:format("raw inflate crc partial ~p~n", [zlib:crc32(Z)]),
    _ = zlib:inflate(Z, binary:part(Raw, 100, byte_size(Raw) - 100)),
    io:format("raw inflate crc ~p~n", [zlib:crc32(Z)]),
    ok = zlib:inflateReset(Z),
    io:format("after reset ~p~n", [zlib:crc32(Z)]),
    try_("end before stream end", fun() -> zlib:inflateEnd(Z) end),
    ok = zlib:deflateInit(Z),
    _ = zlib:deflate(Z, Data, finish),
    io:format("zlib stream crc ~p~n", [zlib:crc32(Z)]),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, 31),
    _ = zlib:inflate(Z, zlib:gzip(Data)),
    io:format("gzip stream crc ~p~n", [zlib:crc32(Z)]),
    ok = zlib:inflateEnd(Z),
    zlib:close(Z).
