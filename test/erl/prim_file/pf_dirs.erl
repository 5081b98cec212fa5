%% prim_file:make_dir/1, del_dir/1, list_dir/1, delete/1 and rename/2, with their errors.
-module(pf_dirs).
-export([main/1]).

dir() -> "/tmp/pf_test_pf_dirs".

rm_rf(P) ->
    case prim_file:read_link_info(P) of
        {ok, {file_info, _, directory, _, _, _, _, _, _, _, _, _, _, _}} ->
            {ok, Names} = prim_file:list_dir(P),
            [rm_rf(P ++ "/" ++ N) || N <- Names],
            prim_file:del_dir(P);
        {ok, _} -> prim_file:delete(P);
        _ -> ok
    end.

ls(P) ->
    case prim_file:list_dir(P) of
        {ok, Names} -> {ok, lists:sort(Names)};
        Other -> Other
    end.

main(_) ->
    D = dir(),
    rm_rf(D),
    erlang:display(prim_file:make_dir(D)),
    erlang:display(prim_file:make_dir(D)),
    erlang:display(prim_file:make_dir(D ++ "/no/such")),
    erlang:display(ls(D)),
    [ok = prim_file:write_file(D ++ "/" ++ N, N) || N <- ["f1", "f2", "f3"]],
    erlang:display(prim_file:make_dir(D ++ "/sub")),
    erlang:display(prim_file:make_dir(<<"/tmp/pf_test_pf_dirs/sub2">>)),
    erlang:display(ls(D)),
    erlang:display(ls(list_to_binary(D))),
    erlang:display(prim_file:list_dir_all(D ++ "/sub")),
    erlang:display(ls(D ++ "/f1")),
    erlang:display(ls(D ++ "/missing")),
    erlang:display(prim_file:make_dir(D ++ "/f1/x")),
    erlang:display(prim_file:del_dir(D ++ "/f1")),
    erlang:display(prim_file:del_dir(D ++ "/missing")),
    erlang:display(prim_file:delete(D ++ "/sub")),
    erlang:display(prim_file:delete(D ++ "/missing")),
    erlang:display(prim_file:delete(D ++ "/f1/x")),
    erlang:display(prim_file:rename(D ++ "/f1", D ++ "/sub/g1")),
    erlang:display(ls(D ++ "/sub")),
    erlang:display(prim_file:read_file(D ++ "/sub/g1")),
    erlang:display(prim_file:rename(D ++ "/missing", D ++ "/x")),
    erlang:display(prim_file:rename(D ++ "/f2", D ++ "/f3")),
    erlang:display(prim_file:read_file(D ++ "/f3")),
    erlang:display(prim_file:rename(D ++ "/sub2", D ++ "/sub")),
    erlang:display(prim_file:rename(D ++ "/sub", D ++ "/sub2")),
    erlang:display(prim_file:rename(D ++ "/f3", D ++ "/sub2")),
    erlang:display(prim_file:rename(D ++ "/sub2", D ++ "/f3")),
    erlang:display(prim_file:del_dir(D ++ "/sub2")),
    erlang:display(prim_file:delete(D ++ "/sub2/g1")),
    erlang:display(prim_file:del_dir(D ++ "/sub2")),
    erlang:display(ls(D)),
    erlang:display(prim_file:del_dir(D)),
    erlang:display(prim_file:delete(D ++ "/f3")),
    erlang:display(prim_file:del_dir(D)),
    erlang:display(ls(D)).
