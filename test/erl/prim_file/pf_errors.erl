%% prim_file's answers to bad arguments and failing calls: badarg, posix errors, closed
%% files, files used from another process, and what the NIFs see through the module.
-module(pf_errors).
-export([main/1]).

dir() -> "/tmp/pf_test_pf_errors".

clean(D) ->
    case prim_file:list_dir(D) of
        {ok, Names} -> [prim_file:delete(D ++ "/" ++ N) || N <- Names];
        _ -> ok
    end,
    prim_file:del_dir(D).

t(F) -> try F() of V -> V catch C:R -> {caught, C, R} end.

main(_) ->
    D = dir(),
    clean(D),
    ok = prim_file:make_dir(D),
    F = D ++ "/f",
    ok = prim_file:write_file(F, "hello\n"),
    [erlang:display(t(X)) || X <- [
        fun() -> prim_file:open(foo, [read]) end,
        fun() -> prim_file:open(F, foo) end,
        fun() -> prim_file:open(F ++ [0], [read]) end,
        fun() -> prim_file:open([$/, 16#110000], [read]) end,
        fun() -> prim_file:open(D, [read]) end,
        fun() -> prim_file:open(D, [write]) end,
        fun() -> prim_file:open(D ++ "/none/x", [write]) end,
        fun() -> prim_file:open(F ++ "/x", [read]) end,
        fun() -> prim_file:open(D ++ "/missing", [read]) end,
        fun() -> prim_file:read_file(D) end,
        fun() -> prim_file:read_file(foo) end,
        fun() -> prim_file:read_file(<<"a", 0, "b">>) end,
        fun() -> prim_file:read_file(["/tmp", <<"/x">>]) end,
        fun() -> prim_file:write_file(D, <<"x">>) end,
        fun() -> prim_file:write_file(F, foo) end,
        fun() -> prim_file:list_dir(F) end,
        fun() -> prim_file:list_dir(123) end,
        fun() -> prim_file:make_dir([]) end,
        fun() -> prim_file:delete("") end,
        fun() -> prim_file:get_cwd("c:") end,
        fun() -> prim_file:get_cwd("x") end,
        fun() -> prim_file:get_cwd(x) end,
        fun() -> prim_file:altname(F) end,
        fun() -> prim_file:read_link_info(foo) end,
        fun() -> prim_file:write_file_info(F, {file_info}) end
    ]],
    {ok, R} = prim_file:open(F, [read, binary]),
    [erlang:display(t(X)) || X <- [
        fun() -> prim_file:write(R, <<"x">>) end,
        fun() -> prim_file:read(R, -1) end,
        fun() -> prim_file:read(R, foo) end,
        fun() -> prim_file:position(R, {nowhere, 1}) end,
        fun() -> prim_file:position(R, {cur, foo}) end,
        fun() -> prim_file:position(R, {cur, -100}) end,
        fun() -> prim_file:pread(R, -1, 1) end,
        fun() -> prim_file:pread(R, 0, foo) end,
        fun() -> prim_file:pwrite(R, 0, <<"x">>) end,
        fun() -> prim_file:truncate(R) end,
        fun() -> prim_file:allocate(R, -1, 1) end,
        fun() -> prim_file:advise(R, 0, 0, random) end,
        fun() -> prim_file:read(R, 3) end,
        fun() -> prim_file:read_line(R) end,
        fun() -> prim_file:read_line(R) end
    ]],
    Self = self(),
    spawn(fun() -> Self ! {other, t(fun() -> prim_file:read(R, 1) end)} end),
    receive {other, Res} -> erlang:display(Res) end,
    erlang:display(is_binary(prim_file:get_handle(R))),
    erlang:display(byte_size(prim_file:get_handle(R))),
    erlang:display(is_reference(prim_file:internal_get_nif_resource(R))),
    ok = prim_file:close(R),
    [erlang:display(t(X)) || X <- [
        fun() -> prim_file:read(R, 1) end,
        fun() -> prim_file:read_line(R) end,
        fun() -> prim_file:write(R, "x") end,
        fun() -> prim_file:position(R, 0) end,
        fun() -> prim_file:pread(R, 0, 1) end,
        fun() -> prim_file:sync(R) end,
        fun() -> prim_file:truncate(R) end,
        fun() -> prim_file:get_handle(R) end,
        fun() -> prim_file:close(R) end,
        fun() -> prim_file:close(not_a_file) end,
        fun() -> prim_file:read(not_a_file, 1) end
    ]],
    %% A file whose owner died is closed by the runtime; a new owner can open it again.
    Pid = spawn(fun() -> {ok, _} = prim_file:open(F, [read]), receive stop -> ok end end),
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, process, Pid, Why} -> erlang:display(Why) end,
    {ok, W} = prim_file:open(F, [write]),
    erlang:display(prim_file:write(W, [<<"a">>, [[98]], "c"])),
    erlang:display(t(fun() -> prim_file:write(W, [<<1:1>>]) end)),
    erlang:display(t(fun() -> prim_file:write(W, [256]) end)),
    erlang:display(t(fun() -> prim_file:read(W, 1) end)),
    erlang:display(t(fun() -> prim_file:read_line(W) end)),
    erlang:display(t(fun() -> prim_file:pread(W, 0, 1) end)),
    ok = prim_file:close(W),
    erlang:display(prim_file:read_file(F)),
    clean(D),
    erlang:display(prim_file:list_dir(D)).
