-module(file_ops).
%% file:write_file/read_file/list_dir/read_file_info and open/read_line/close in a temp dir; enoent, eisdir, enotdir, eexist, enotempty.
-export([main/1]).

-include_lib("kernel/include/file.hrl").

main(_) ->
    Dir = "/tmp/beamjs_otp_file_ops",
    _ = os:cmd("rm -rf " ++ Dir),
    show(make_dir, file:make_dir(Dir)),
    show(make_dir_again, file:make_dir(Dir)),
    F = filename:join(Dir, "lines.txt"),
    show(write_file, file:write_file(F, ["first line\n", <<"second line\n">>, "no newline at end"])),
    show(read_file, file:read_file(F)),
    show(write_file_append, file:write_file(F, "\nappended\n", [append])),
    show(read_file, file:read_file(F)),
    {ok, Fd} = file:open(F, [read]),
    show(read_lines, read_lines(Fd, [])),
    show(read_after_eof, file:read_line(Fd)),
    show(close, file:close(Fd)),
    show(close_again, file:close(Fd)),
    {ok, Fb} = file:open(F, [read, binary]),
    show(read_line_binary, file:read_line(Fb)),
    show(read_5, file:read(Fb, 5)),
    show(position, file:position(Fb, {cur, 0})),
    show(pread, file:pread(Fb, 0, 5)),
    show(position_bof, file:position(Fb, bof)),
    show(read_big, file:read(Fb, 1000)),
    show(read_eof, file:read(Fb, 1)),
    ok = file:close(Fb),
    {ok, Fw} = file:open(filename:join(Dir, "w.txt"), [write]),
    show(io_format_to_file, io:format(Fw, "formatted ~w ~s~n", [42, "text"])),
    show(write, file:write(Fw, <<"raw bytes\n">>)),
    show(read_on_write_only, file:read(Fw, 1)),
    ok = file:close(Fw),
    show(read_written, file:read_file(filename:join(Dir, "w.txt"))),
    {ok, Info} = file:read_file_info(F),
    show(info, {Info#file_info.type, Info#file_info.size, Info#file_info.access}),
    {ok, DInfo} = file:read_file_info(Dir),
    show(dir_info, {DInfo#file_info.type, DInfo#file_info.access}),
    show(link_info, element(1, file:read_link_info(F))),
    ok = file:make_dir(filename:join(Dir, "sub")),
    ok = file:write_file(filename:join([Dir, "sub", "inner"]), <<>>),
    show(list_dir, lists:sort(element(2, file:list_dir(Dir)))),
    show(list_dir_all, lists:sort(element(2, file:list_dir_all(Dir)))),
    show(list_dir_file, file:list_dir(F)),
    show(list_dir_missing, file:list_dir(filename:join(Dir, "nope"))),
    show(read_missing, file:read_file(filename:join(Dir, "nope"))),
    show(read_dir, file:read_file(Dir)),
    show(read_under_file, file:read_file(filename:join(F, "x"))),
    show(open_missing, file:open(filename:join(Dir, "nope"), [read])),
    show(open_dir_write, file:open(Dir, [write])),
    show(write_under_file, file:write_file(filename:join(F, "x"), "data")),
    show(write_missing_dir, file:write_file(filename:join([Dir, "no", "such"]), "data")),
    show(info_missing, file:read_file_info(filename:join(Dir, "nope"))),
    show(del_dir_not_empty, file:del_dir(filename:join(Dir, "sub"))),
    show(delete_dir, file:delete(filename:join(Dir, "sub"))),
    show(delete_missing, file:delete(filename:join(Dir, "nope"))),
    show(rename, file:rename(F, filename:join(Dir, "renamed.txt"))),
    show(rename_missing, file:rename(F, filename:join(Dir, "x.txt"))),
    show(copy, file:copy(filename:join(Dir, "renamed.txt"), filename:join(Dir, "copy.txt"))),
    show(is_file, {filelib:is_file(F), filelib:is_regular(filename:join(Dir, "copy.txt")), filelib:is_dir(Dir)}),
    show(file_size, filelib:file_size(filename:join(Dir, "copy.txt"))),
    show(wildcard, lists:sort(filelib:wildcard(Dir ++ "/*.txt"))),
    show(ensure_dir, filelib:ensure_dir(filename:join([Dir, "a", "b", "c"]))),
    show(del_dir_r, file:del_dir_r(Dir)),
    show(gone, filelib:is_dir(Dir)),
    show(badarg, catch file:read_file({not_a, name})),
    show(open_badarg, catch file:open(123, [read])),
    show(open_bad_mode, catch file:open("/tmp/x", [bogus_mode])),
    ok.

read_lines(Fd, Acc) ->
    case file:read_line(Fd) of
        {ok, L} -> read_lines(Fd, [L | Acc]);
        eof -> lists:reverse(Acc);
        E -> {error_in_read, E}
    end.

show(What, R) -> io:format("~p: ~p~n", [What, R]).
