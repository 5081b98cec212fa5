%% prim_file:read_file_info/1,2, read_link_info/1,2, read_handle_info/1,2,
%% write_file_info/2,3, make_link/2, make_symlink/2, read_link/1, read_link_all/1.
%% Only fields that are the same on every run are printed.
-module(pf_info).
-export([main/1]).

-record(file_info, {size, type, access, atime, mtime, ctime, mode, links,
                    major_device, minor_device, inode, uid, gid}).

dir() -> "/tmp/pf_test_pf_info".

clean(D) ->
    case prim_file:list_dir(D) of
        {ok, Names} -> [prim_file:delete(D ++ "/" ++ N) || N <- Names];
        _ -> ok
    end,
    prim_file:del_dir(D).

show({ok, #file_info{} = I}) ->
    {ok, case I#file_info.type of directory -> dir; _ -> I#file_info.size end, I#file_info.type, I#file_info.access,
     I#file_info.mode band 8#170000, I#file_info.links,
     is_integer(I#file_info.inode), is_integer(I#file_info.uid),
     shape(I#file_info.mtime), shape(I#file_info.atime), shape(I#file_info.ctime)};
show(Other) -> Other.

shape({{Y, Mo, D}, {H, Mi, S}}) when is_integer(Y + Mo + D + H + Mi + S) -> datetime;
shape(N) when is_integer(N) -> integer;
shape(X) -> X.

main(_) ->
    D = dir(),
    clean(D),
    ok = prim_file:make_dir(D),
    F = D ++ "/file",
    ok = prim_file:write_file(F, <<"0123456789">>),
    erlang:display(show(prim_file:read_file_info(F))),
    erlang:display(show(prim_file:read_file_info(F, [{time, posix}]))),
    erlang:display(show(prim_file:read_file_info(F, [{time, universal}]))),
    erlang:display(show(prim_file:read_file_info(D))),
    erlang:display(show(prim_file:read_file_info(D ++ "/missing"))),
    erlang:display(show(prim_file:read_file_info(F ++ "/x"))),
    erlang:display(show(prim_file:read_file_info("/dev/null"))),
    %% times and permissions written, then read back
    T = 1000000000,
    erlang:display(prim_file:write_file_info(F, #file_info{mode = 8#640, atime = T, mtime = T + 60}, [{time, posix}])),
    {ok, I1} = prim_file:read_file_info(F, [{time, posix}]),
    erlang:display({I1#file_info.mode band 8#7777, I1#file_info.atime, I1#file_info.mtime}),
    {ok, I2} = prim_file:read_file_info(F, [{time, universal}]),
    erlang:display({I2#file_info.atime, I2#file_info.mtime}),
    erlang:display(prim_file:write_file_info(F, #file_info{mtime = {{2001, 2, 3}, {4, 5, 6}}}, [{time, universal}])),
    {ok, I3} = prim_file:read_file_info(F, [{time, universal}]),
    erlang:display({shape(I3#file_info.atime), I3#file_info.mtime}),
    erlang:display(prim_file:write_file_info(F, #file_info{mode = 8#400, atime = T, mtime = T}, [{time, posix}])),
    erlang:display((element(2, prim_file:read_file_info(F)))#file_info.mode band 8#777),
    erlang:display(prim_file:write_file_info(F, #file_info{mode = 8#644, atime = T, mtime = T}, [{time, posix}])),
    erlang:display(prim_file:write_file_info(D ++ "/missing", #file_info{mode = 8#644, atime = T}, [{time, posix}])),
    %% links
    L = D ++ "/hard",
    S = D ++ "/soft",
    erlang:display(prim_file:make_link(F, L)),
    erlang:display(prim_file:make_link(F, L)),
    erlang:display(prim_file:make_link(D ++ "/missing", D ++ "/x")),
    erlang:display(show(prim_file:read_file_info(F))),
    erlang:display(prim_file:make_symlink("file", S)),
    erlang:display(prim_file:make_symlink("file", S)),
    erlang:display(prim_file:read_link(S)),
    erlang:display(prim_file:read_link_all(S)),
    erlang:display(prim_file:read_link(F)),
    erlang:display(prim_file:read_link(D ++ "/missing")),
    erlang:display(show(prim_file:read_link_info(S))),
    erlang:display(show(prim_file:read_link_info(S, [{time, posix}]))),
    erlang:display(show(prim_file:read_file_info(S))),
    erlang:display(prim_file:make_symlink("nowhere", D ++ "/dangling")),
    erlang:display(show(prim_file:read_file_info(D ++ "/dangling"))),
    erlang:display(element(3, show(prim_file:read_link_info(D ++ "/dangling")))),
    %% handle info
    {ok, Fd} = prim_file:open(F, [read, write]),
    erlang:display(show(prim_file:read_handle_info(Fd))),
    ok = prim_file:write(Fd, <<"more bytes">>),
    erlang:display(show(prim_file:read_handle_info(Fd, [{time, posix}]))),
    ok = prim_file:close(Fd),
    erlang:display(prim_file:read_handle_info(Fd)),
    {ok, Ro} = prim_file:open(F, [read]),
    erlang:display(show(prim_file:read_handle_info(Ro))),
    ok = prim_file:close(Ro),
    clean(D),
    erlang:display(prim_file:read_file_info(D)).
