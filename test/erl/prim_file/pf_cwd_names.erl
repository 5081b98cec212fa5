%% prim_file:get_cwd/0, set_cwd/1 and relative names; file name encoding through
%% internal_name2native/1, internal_native2name/1, is_translatable/1 and a file whose
%% name is not ASCII. Assumes the same locale on both runs (erts picks the native name
%% encoding from it).
-module(pf_cwd_names).
-export([main/1]).

dir() -> "/tmp/pf_test_pf_cwd_names".

clean(D) ->
    case prim_file:list_dir_all(D) of
        {ok, Names} -> [prim_file:delete(join(D, N)) || N <- Names];
        _ -> ok
    end,
    prim_file:del_dir(D).

join(D, N) when is_binary(N) -> <<(list_to_binary(D))/binary, "/", N/binary>>;
join(D, N) -> D ++ "/" ++ N.

t(F) -> try F() of V -> V catch C:R -> {caught, C, R} end.

main(_) ->
    D = dir(),
    clean(D),
    {ok, Cwd} = prim_file:get_cwd(),
    erlang:display(is_list(Cwd)),
    erlang:display(hd(Cwd)),
    ok = prim_file:make_dir(D),
    erlang:display(prim_file:set_cwd(D)),
    erlang:display(prim_file:get_cwd()),
    erlang:display(prim_file:write_file("rel.txt", "relative")),
    erlang:display(prim_file:read_file(D ++ "/rel.txt")),
    erlang:display(prim_file:make_dir("sub")),
    erlang:display(prim_file:set_cwd("sub")),
    erlang:display(prim_file:get_cwd()),
    erlang:display(prim_file:read_file("../rel.txt")),
    erlang:display(prim_file:set_cwd("..")),
    erlang:display(prim_file:del_dir("sub")),
    erlang:display(prim_file:set_cwd("missing")),
    erlang:display(prim_file:set_cwd("rel.txt")),
    erlang:display(prim_file:set_cwd(<<"/tmp/pf_test_pf_cwd_names">>)),
    erlang:display(prim_file:get_cwd()),
    erlang:display(prim_file:del_dir(D)),
    erlang:display(prim_file:delete("rel.txt")),
    %% names
    Enc = file:native_name_encoding(),
    erlang:display(Enc),
    [erlang:display(t(X)) || X <- [
        fun() -> prim_file:internal_name2native("abc") end,
        fun() -> prim_file:internal_name2native(<<"abc">>) end,
        fun() -> prim_file:internal_name2native(["ab", [[$c]], []]) end,
        fun() -> prim_file:internal_name2native(["ab", <<"c">>]) end,
        fun() -> prim_file:internal_name2native([$a, 0]) end,
        fun() -> prim_file:internal_name2native(<<"a", 0>>) end,
        fun() -> prim_file:internal_name2native(abc) end,
        fun() -> prim_file:internal_name2native([-1]) end,
        fun() -> prim_file:internal_name2native([a | b]) end,
        fun() -> prim_file:internal_name2native([]) end,
        fun() -> prim_file:internal_name2native(<<200>>) end,
        fun() -> prim_file:internal_native2name(<<"abc">>) end,
        fun() -> prim_file:internal_native2name(<<>>) end,
        fun() -> prim_file:internal_native2name("abc") end,
        fun() -> prim_file:internal_native2name(<<1:1>>) end,
        fun() -> prim_file:internal_normalize_utf8(<<"e", 204, 129, "x">>) end,
        fun() -> prim_file:internal_normalize_utf8(<<>>) end,
        fun() -> prim_file:internal_normalize_utf8(<<255>>) end,
        fun() -> prim_file:is_translatable(<<"abc">>) end,
        fun() -> prim_file:is_translatable(<<>>) end,
        fun() -> prim_file:is_translatable("abc") end
    ]],
    case Enc of
        utf8 ->
            [erlang:display(t(X)) || X <- [
                fun() -> prim_file:internal_name2native([233, 8364, 128512]) end,
                fun() -> prim_file:internal_name2native([16#D800]) end,
                fun() -> prim_file:internal_name2native([16#110000]) end,
                fun() -> prim_file:internal_native2name(<<195, 169, 240, 159, 152, 128>>) end,
                fun() -> prim_file:internal_native2name(<<200, 100>>) end,
                fun() -> prim_file:internal_native2name(<<237, 160, 128>>) end,
                fun() -> prim_file:is_translatable(<<200>>) end,
                fun() -> prim_file:is_translatable(<<195, 169>>) end
            ]];
        latin1 ->
            [erlang:display(t(X)) || X <- [
                fun() -> prim_file:internal_name2native([233]) end,
                fun() -> prim_file:internal_name2native([256]) end,
                fun() -> prim_file:internal_native2name(<<200, 100>>) end,
                fun() -> prim_file:is_translatable(<<200>>) end
            ]]
    end,
    Name = [$n, 233, $_, 8364],
    erlang:display(prim_file:write_file(D ++ "/" ++ Name, Name)),
    erlang:display(prim_file:list_dir(D)),
    {ok, Raw} = prim_file:list_dir_all(D),
    erlang:display(Raw),
    erlang:display(prim_file:read_file(list_to_binary(D ++ "/" ++ binary_to_list(unicode:characters_to_binary(Name))))),
    erlang:display(prim_file:read_file(<<(list_to_binary(D))/binary, "/bad", 255>>)),
    erlang:display(prim_file:write_file(<<(list_to_binary(D))/binary, "/bad", 255>>, <<"raw">>)),
    {ok, Names} = prim_file:list_dir_all(D),
    erlang:display(lists:sort(Names)),
    erlang:display(prim_file:list_dir(D)),
    erlang:display(prim_file:rename(<<(list_to_binary(D))/binary, "/bad", 255>>, D ++ "/good")),
    erlang:display(lists:sort(element(2, prim_file:list_dir(D)))),
    clean(D),
    erlang:display(prim_file:set_cwd(Cwd)),
    erlang:display(prim_file:get_cwd() =:= {ok, Cwd}),
    erlang:display(prim_file:list_dir(D)).
