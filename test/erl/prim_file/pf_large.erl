%% Larger files through prim_file: many lines read with and without read-ahead, big
%% writes from deep iolists, pread across the whole file, and the iovecs that
%% erlang:iolist_to_iovec/1 (which prim_file:write/2 calls) makes of them.
-module(pf_large).
-export([main/1]).

dir() -> "/tmp/pf_test_pf_large".

clean(D) ->
    case prim_file:list_dir(D) of
        {ok, Names} -> [prim_file:delete(D ++ "/" ++ N) || N <- Names];
        _ -> ok
    end,
    prim_file:del_dir(D).

lines(Fd, N, Sum) ->
    case prim_file:read_line(Fd) of
        {ok, L} -> lines(Fd, N + 1, Sum + erlang:crc32(L));
        eof -> {N, Sum};
        Other -> Other
    end.

chunks(Fd, Size, Acc) ->
    case prim_file:read(Fd, Size) of
        {ok, B} -> chunks(Fd, Size, [byte_size(B) | Acc]);
        eof -> lists:reverse(Acc)
    end.

main(_) ->
    D = dir(),
    clean(D),
    ok = prim_file:make_dir(D),
    F = D ++ "/big",
    Data = [[integer_to_list(I), $\s, lists:duplicate(I rem 97, $a + I rem 26),
             case I rem 3 of 0 -> "\r\n"; _ -> "\n" end] || I <- lists:seq(1, 5000)],
    erlang:display(prim_file:write_file(F, Data)),
    {ok, Bin} = prim_file:read_file(F),
    erlang:display({byte_size(Bin), erlang:crc32(Bin), Bin =:= iolist_to_binary(Data)}),
    {ok, Fd1} = prim_file:open(F, [read, binary]),
    erlang:display(lines(Fd1, 0, 0)),
    ok = prim_file:close(Fd1),
    {ok, Fd2} = prim_file:open(F, [read, binary, read_ahead]),
    erlang:display(lines(Fd2, 0, 0)),
    erlang:display(prim_file:position(Fd2, {bof, 100})),
    erlang:display(prim_file:read_line(Fd2)),
    erlang:display(prim_file:position(Fd2, cur)),
    ok = prim_file:close(Fd2),
    {ok, Fd3} = prim_file:open(F, [read, binary, {read_ahead, 1000}]),
    Sizes = chunks(Fd3, 7777, []),
    erlang:display({length(Sizes), lists:sum(Sizes), lists:last(Sizes)}),
    erlang:display(prim_file:pread(Fd3, 263000, 10)),
    ok = prim_file:close(Fd3),
    B = fun(N) -> binary:copy(<<"x">>, N) end,
    [erlang:display([byte_size(X) || X <- erlang:iolist_to_iovec(L)]) ||
        L <- [[], <<>>, [<<>>], [1, 2, <<3>>], [B(64), B(65)], [B(100), 1, B(300)],
              [B(1000), B(10)], [B(10), B(1000), B(10)], [B(256)], [B(255), B(3)],
              [lists:duplicate(10000, 1)], [B(300), [B(200), [B(5)]], B(20000), 7]]],
    [erlang:display(try erlang:iolist_to_iovec(X) catch C:R -> {C, R} end) ||
        X <- [[<<1:1>>], foo, [256], [1 | 2], <<1:1>>]],
    G = D ++ "/iov",
    {ok, W} = prim_file:open(G, [write, read, binary]),
    erlang:display(prim_file:write(W, [B(300), [B(200), [B(5)]], B(20000), 7])),
    erlang:display(prim_file:pwrite(W, 10, [B(300), [<<"y">>, [B(5)]], 7])),
    erlang:display(prim_file:position(W, cur)),
    erlang:display(prim_file:position(W, eof)),
    ok = prim_file:close(W),
    {ok, GB} = prim_file:read_file(G),
    erlang:display({byte_size(GB), erlang:crc32(GB)}),
    clean(D).
