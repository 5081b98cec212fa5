%% The file module's raw mode, which calls prim_file in the caller's process (no file
%% server): open/2 with raw, read_line/1, read/2, position/2, pread/3, write/2, copy/3
%% between raw files, read_file_info/2, write_file_info/3 and delete/2 with [raw].
-module(pf_file_raw).
-export([main/1]).

-record(file_info, {size, type, access, atime, mtime, ctime, mode, links,
                    major_device, minor_device, inode, uid, gid}).

dir() -> "/tmp/pf_test_pf_file_raw".

clean(D) ->
    case prim_file:list_dir(D) of
        {ok, Names} -> [prim_file:delete(D ++ "/" ++ N) || N <- Names];
        _ -> ok
    end,
    prim_file:del_dir(D).

main(_) ->
    D = dir(),
    clean(D),
    ok = prim_file:make_dir(D),
    F = D ++ "/a",
    ok = prim_file:write_file(F, "a\nbb\r\nccc\n"),
    {ok, Fd} = file:open(F, [raw, read, binary, read_ahead]),
    erlang:display(file:read_line(Fd)),
    erlang:display(file:read_line(Fd)),
    erlang:display(file:read(Fd, 3)),
    erlang:display(file:position(Fd, bof)),
    erlang:display(file:pread(Fd, 2, 2)),
    erlang:display(file:pread(Fd, [{0, 1}, {100, 1}])),
    erlang:display(file:read(Fd, 100)),
    erlang:display(file:read(Fd, 100)),
    erlang:display(file:close(Fd)),
    {ok, W} = file:open(F, [raw, append]),
    erlang:display(file:write(W, "dddd\n")),
    erlang:display(file:close(W)),
    {ok, L} = file:open(F, [raw, read]),
    erlang:display(file:read_line(L)),
    erlang:display(file:read(L, 4)),
    {ok, C} = file:open(D ++ "/copy", [raw, write]),
    erlang:display(file:copy(L, C)),
    erlang:display(file:copy(L, C)),
    ok = file:close(L),
    ok = file:close(C),
    erlang:display(prim_file:read_file(D ++ "/copy")),
    {ok, RW} = file:open(F, [raw, read, write, binary]),
    erlang:display(file:position(RW, {eof, -5})),
    erlang:display(file:truncate(RW)),
    erlang:display(file:pwrite(RW, 0, "A")),
    erlang:display(file:pread(RW, 0, 100)),
    erlang:display(file:sync(RW)),
    erlang:display(file:close(RW)),
    {ok, I} = file:read_file_info(F, [raw, {time, posix}]),
    erlang:display({I#file_info.size, I#file_info.type}),
    erlang:display(file:write_file_info(F, #file_info{mtime = 86400, atime = 86400}, [raw, {time, posix}])),
    {ok, I2} = file:read_file_info(F, [raw, {time, universal}]),
    erlang:display({I2#file_info.mtime, I2#file_info.atime}),
    erlang:display(file:read_file_info(D ++ "/missing", [raw])),
    erlang:display(file:open(D ++ "/missing", [raw, read])),
    erlang:display(file:open(D, [raw, read])),
    erlang:display(file:delete(D ++ "/copy", [raw])),
    erlang:display(file:delete(D ++ "/copy", [raw])),
    clean(D),
    erlang:display(file:read_file_info(D, [raw])).
