%% Preset dictionaries: deflateSetDictionary's Adler-32 (zlib and raw streams), inflate raising
%% {need_dictionary, Adler} or returning it with exception_on_need_dict false, the wrong
%% dictionary, inflateGetDictionary.
-module(zlib_dict).
-export([main/1]).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

try_(Name, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Name, R]).

zlib_small_window() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, 9, 8, default),
    B = zlib:deflate(Z, binary:copy(<<"0123456789">>, 100), finish),
    zlib:close(Z),
    B.

main(_) ->
    Dict = <<"the quick brown fox jumps over the lazy dog">>,
    Plain = <<"the lazy dog and the quick brown fox: the quick brown fox jumps over the lazy dog">>,
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Adler = zlib:deflateSetDictionary(Z, Dict),
    io:format("adler ~p ~p~n", [Adler, erlang:adler32(Dict)]),
    C = iolist_to_binary(zlib:deflate(Z, Plain, finish)),
    io:format("with dict: ~s~n", [hex(C)]),
    ok = zlib:deflateEnd(Z),
    try_("set dict after data", fun() ->
                                        ok = zlib:deflateInit(Z),
                                        _ = zlib:deflate(Z, <<"x">>, sync),
                                        zlib:deflateSetDictionary(Z, Dict) end),
    try_("end", fun() -> zlib:deflate(Z, <<>>, finish), zlib:deflateEnd(Z) end),
    %% raw stream: erts computes the Adler-32 itself
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    io:format("raw adler ~p~n", [zlib:deflateSetDictionary(Z, [<<"the quick ">>, "brown fox jumps over the lazy dog"])]),
    R = iolist_to_binary(zlib:deflate(Z, Plain, finish)),
    io:format("raw with dict: ~s~n", [hex(R)]),
    ok = zlib:deflateEnd(Z),
    %% gzip streams take no dictionary
    ok = zlib:deflateInit(Z, default, deflated, 31, 8, default),
    try_("gzip dict", fun() -> zlib:deflateSetDictionary(Z, Dict) end),
    try_("dict not iodata", fun() -> zlib:deflateSetDictionary(Z, dict) end),
    _ = zlib:deflate(Z, <<>>, finish),
    ok = zlib:deflateEnd(Z),
    %% inflate: the default raises, the stream keeps its progress
    ok = zlib:inflateInit(Z),
    try_("need dict", fun() -> zlib:inflate(Z, C) end),
    try_("wrong dict", fun() -> zlib:inflateSetDictionary(Z, <<"not it">>) end),
    try_("right dict", fun() -> zlib:inflateSetDictionary(Z, Dict) end),
    try_("inflate on", fun() -> iolist_to_binary(zlib:inflate(Z, [])) end),
    try_("get dict", fun() -> zlib:inflateGetDictionary(Z) end),
    ok = zlib:inflateEnd(Z),
    %% without the exception
    ok = zlib:inflateInit(Z),
    try_("need dict tuple", fun() -> zlib:inflate(Z, C, [{exception_on_need_dict, false}]) end),
    ok = zlib:inflateSetDictionary(Z, Dict),
    try_("inflate on 2", fun() -> iolist_to_binary(zlib:inflate(Z, [], [{exception_on_need_dict, false}])) end),
    ok = zlib:inflateEnd(Z),
    %% safeInflate reports it too
    ok = zlib:inflateInit(Z),
    try_("safeInflate need dict", fun() -> zlib:safeInflate(Z, C) end),
    ok = zlib:inflateSetDictionary(Z, Dict),
    try_("safeInflate on", fun() -> zlib:safeInflate(Z, []) end),
    try_("safeInflate end", fun() -> zlib:safeInflate(Z, []) end),
    ok = zlib:inflateEnd(Z),
    %% raw inflate with a dictionary set first
    ok = zlib:inflateInit(Z, -15),
    ok = zlib:inflateSetDictionary(Z, Dict),
    try_("raw inflate", fun() -> iolist_to_binary(zlib:inflate(Z, R)) end),
    ok = zlib:inflateEnd(Z),
    %% inflateGetDictionary: the window so far
    ok = zlib:inflateInit(Z),
    try_("get dict empty", fun() -> zlib:inflateGetDictionary(Z) end),
    Big = iolist_to_binary([integer_to_list(I) || I <- lists:seq(1, 20000)]),
    _ = zlib:inflate(Z, zlib:compress(Big)),
    D = zlib:inflateGetDictionary(Z),
    io:format("window ~b ~p ~p~n", [byte_size(D), erlang:md5(D), binary:match(Big, D)]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z, 9),
    try_("window too small", fun() -> zlib:inflate(Z, zlib:compress(<<"short">>)) end),
    ok = zlib:inflateReset(Z),
    try_("small window", fun() -> zlib:inflate(Z, zlib_small_window()) end),
    try_("get dict short", fun() -> zlib:inflateGetDictionary(Z) end),
    zlib:close(Z).
