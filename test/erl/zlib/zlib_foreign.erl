%% Data compressed elsewhere, embedded as literals: by erts (compress, zip, gzip) and by the
%% gzip tool (a header with a file name and time stamp): uncompressed, recompressed, and
%% compared with the bytes erts made.
-module(zlib_foreign).
-export([main/1]).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

gzip_tool() -> <<31,139,8,8,212,165,19,107,2,3,115,97,109,112,108,101,46,116,120,116,0,243,201,204,75,85,200,7,225,52,133,68,133,244,170,204,2,133,180,204,156,84,46,31,144,120,73,121,190,142,66,121,102,73,134,66,113,126,110,170,66,81,106,65,106,73,102,73,102,126,30,118,38,23,0,25,16,55,251,77,0,0,0>>.
erts_compress() -> <<120,156,109,148,59,114,3,49,12,67,251,28,195,181,11,241,167,79,151,195,196,51,169,118,139,164,243,228,238,17,161,18,108,105,115,201,7,128,122,203,243,113,221,215,253,245,250,188,238,239,251,231,247,241,148,191,143,183,82,213,119,213,168,186,118,213,249,11,125,151,131,202,26,187,220,169,108,249,239,193,3,243,219,147,202,61,23,89,84,158,185,181,52,94,165,181,252,161,160,84,116,48,168,120,78,16,102,149,158,27,73,129,187,146,64,10,96,16,11,35,107,160,131,161,117,98,6,99,155,98,43,6,183,14,191,152,220,65,174,76,238,142,142,194,226,153,51,148,201,67,115,43,101,242,24,201,161,76,222,65,174,76,222,79,7,147,143,51,131,201,199,217,170,176,28,28,198,228,11,228,198,228,11,90,89,225,121,131,188,86,152,222,224,136,21,174,11,76,52,134,151,227,187,49,189,40,162,98,140,47,134,116,25,243,239,60,98,55,22,64,2,25,246,34,245,29,18,120,17,251,142,75,241,66,131,129,211,242,66,131,137,91,244,42,249,56,94,47,162,223,160,129,23,217,23,60,15,94,132,95,27,230,176,6,106,13,187,177,6,234,45,121,130,53,208,128,6,193,26,104,63,61,172,129,14,204,9,214,64,39,118,11,214,64,215,121,238,88,3,59,26,68,241,228,9,116,11,214,96,223,57,230,20,47,128,193,159,40,158,0,135,167,157,53,48,228,224,31,124,152,225,100>>.
erts_zip() -> <<171,202,44,80,200,77,205,77,74,45,82,72,73,44,73,84,168,66,229,3,0>>.
erts_gzip() -> <<31,139,8,0,0,0,0,0,0,3,75,175,202,44,80,72,73,44,73,4,0,23,114,225,187,9,0,0,0>>.
plain_md5() -> <<120,166,75,234,185,206,66,32,253,90,192,85,182,239,186,80>>.

main(_) ->
    D = zlib:uncompress(erts_compress()),
    io:format("~p ~p~n", [erlang:md5(D) =:= plain_md5(), byte_size(D)]),
    io:format("recompress same bytes: ~p~n", [zlib:compress(D) =:= erts_compress()]),
    io:format("~p~n", [zlib:unzip(erts_zip())]),
    io:format("zip same bytes: ~p~n", [zlib:zip(<<"zip member data zip member data">>) =:= erts_zip()]),
    io:format("~p~n", [zlib:gunzip(erts_gzip())]),
    io:format("gzip same bytes: ~p~n", [zlib:gzip(<<"gzip data">>) =:= erts_gzip()]),
    io:format("~p~n", [zlib:gunzip(gzip_tool())]),
    io:format("gzip tool, twice: ~p~n", [zlib:gunzip([gzip_tool(), gzip_tool()])]),
    %% a gzip header read by inflate with automatic detection (windowBits 47)
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, 47),
    io:format("auto gzip ~p~n", [iolist_to_binary(zlib:inflate(Z, gzip_tool()))]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z, 47),
    io:format("auto zlib ~p~n", [byte_size(iolist_to_binary(zlib:inflate(Z, erts_compress())))]),
    ok = zlib:inflateEnd(Z),
    %% the gzip header byte by byte
    ok = zlib:inflateInit(Z, 31),
    Bytes = [zlib:inflate(Z, <<B>>) || <<B>> <= gzip_tool()],
    io:format("byte by byte ~p ~p~n", [iolist_to_binary(Bytes), length([x || X <- Bytes, X =/= []])]),
    ok = zlib:inflateEnd(Z),
    %% the gzip tool's trailer damaged
    Bad = gzip_tool(),
    N = byte_size(Bad) - 4,
    <<Head:N/binary, _:32>> = Bad,
    io:format("bad length ~p~n", [try zlib:gunzip(<<Head/binary, 1:32>>) catch C:E -> {C, E} end]),
    io:format("hex of recompression ~s~n", [hex(zlib:gzip(zlib:gunzip(gzip_tool())))]),
    zlib:close(Z).
