%% The streaming deflate API with every flush mode, printing the chunks each call returns (their
%% sizes and bytes): none, sync, full and finish, on zlib, raw and gzip streams.
-module(zlib_stream_flush).
-export([main/1]).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

text(N) -> iolist_to_binary([io_lib:format("record ~b value ~b;", [I, (I * 7919) rem 1000]) || I <- lists:seq(1, N)]).

shape(IoList) when is_list(IoList) -> [shape(X) || X <- IoList];
shape(B) when is_binary(B) -> byte_size(B).

run(WBits, Steps) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, WBits, 8, default),
    Outs = [begin
                Out = zlib:deflate(Z, Data, Flush),
                io:format("  ~p ~b -> ~p ~s~n", [Flush, iolist_size(Data), shape(Out), hex(iolist_to_binary(Out))]),
                Out
            end || {Data, Flush} <- Steps],
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    All = iolist_to_binary(Outs),
    Plain = iolist_to_binary([D || {D, _} <- Steps]),
    Back = case WBits of
               W when W < 0 -> zlib:unzip(All);
               W when W > 15 -> zlib:gunzip(All);
               _ -> zlib:uncompress(All)
           end,
    io:format("  round trip ~p~n", [Back =:= Plain]).

main(_) ->
    T = text(40),
    Steps = [{<<"hello ">>, none}, {<<"world">>, sync}, {T, none}, {<<"again">>, full},
             {<<>>, sync}, {<<>>, full}, {<<"tail">>, none}, {<<>>, none}, {<<"end">>, finish}],
    lists:foreach(fun(W) -> io:format("wbits ~p~n", [W]), run(W, Steps) end, [15, -15, 31, 9, -9, 8, 25]),
    io:format("only finish~n"), run(15, [{<<>>, finish}]),
    io:format("sync first~n"), run(15, [{<<>>, sync}, {<<"x">>, finish}]),
    io:format("full empty~n"), run(-15, [{<<>>, full}, {<<>>, finish}]),
    io:format("big sync~n"), run(15, [{text(3000), sync}, {text(10), finish}]),
    io:format("none big~n"), run(15, [{text(3000), none}, {<<>>, finish}]).
