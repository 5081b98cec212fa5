%% The compiler's listings: 'S' (assembly), 'E', 'P', to_core and to_kernel-less dcore, returned
%% as terms with `binary` and written to files then read back; also from_core and from_asm going
%% back to .beam bytes.
-module(compile_listings).
-export([main/1]).

src() ->
    "-module(lst).\n"
    "-export([f/1, g/2, h/0]).\n"
    "-define(TWICE(X), (X) * 2).\n"
    "-record(r, {a = 1, b}).\n"
    "f(X) when is_integer(X) -> ?TWICE(X); f(L) when is_list(L) -> [E || E <- L, E > 0]; f(_) -> error.\n"
    "g(#r{a = A} = R, K) -> case K of a -> A; b -> R#r.b; _ -> maps:get(K, #{c => 3}, none) end.\n"
    "h() -> receive {x, V} -> V after 0 -> <<1:4, 2:12>> end.\n".

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

%% A fresh directory beside this program's .beam (the harness builds it into test/.work/<area>/).
workdir() ->
    D = filename:join(filename:dirname(code:which(?MODULE)), "compile_listings_tmp"),
    ok = filelib:ensure_dir(filename:join(D, "x")),
    D.

main(_) ->
    Dir = workdir(),
    %% Listings asked for with `binary` are written to the current directory too.
    {ok, Cwd} = file:get_cwd(),
    ok = file:set_cwd(Dir),
    File = filename:join(Dir, "lst.erl"),
    ok = file:write_file(File, src()),
    %% as terms
    {ok, lst, Asm} = compile:file(File, ['S', binary, report_errors]),
    io:format("S:~n~p~n", [Asm]),
    {ok, lst, Core} = compile:file(File, [to_core, binary, report_errors]),
    io:format("core:~n~s~n", [core_pp:format(Core)]),
    {ok, EMod, E} = compile:file(File, ['E', binary, report_errors]),
    io:format("E module name: ~p~n", [EMod]),
    io:format("E:~n~p~n", [[strip_file(F) || F <- E]]),
    {ok, PMod, P} = compile:file(File, ['P', binary, report_errors]),
    io:format("P module name: ~p~n", [PMod]),
    io:format("P:~n~p~n", [[strip_file(F) || F <- P]]),
    %% to files
    lists:foreach(
      fun({Opt, Ext}) ->
              %% 'E' and 'P' answer {ok, []}: the module name is not known at that stage.
              {ok, _} = compile:file(File, [Opt, {outdir, Dir}, report_errors]),
              {ok, Text} = file:read_file(filename:join(Dir, "lst." ++ Ext)),
              io:format("~s file (~b bytes):~n~s~n", [Ext, byte_size(Text), strip_paths(Text, Dir)])
      end, [{'S', "S"}, {to_core, "core"}, {'E', "E"}, {'P', "P"}, {dcore, "core"}]),
    %% back to .beam bytes from the listings
    {ok, lst, Beam} = compile:file(File, [binary, deterministic, report_errors]),
    {ok, lst, FromAsm} = compile:forms(Asm, [from_asm, binary, deterministic]),
    {ok, lst, FromCore} = compile:forms(Core, [from_core, binary, deterministic]),
    io:format("beam ~s~nfrom_asm ~s~nfrom_core ~s~n", [hex(erlang:md5(Beam)), hex(erlang:md5(FromAsm)), hex(erlang:md5(FromCore))]),
    {ok, lst} = compile:file(filename:join(Dir, "lst.S"), [from_asm, {outdir, Dir}, report_errors]),
    {ok, Written} = file:read_file(filename:join(Dir, "lst.beam")),
    io:format("from .S file ~s~n", [hex(erlang:md5(Written))]),
    {module, lst} = code:load_binary(lst, File, Beam),
    io:format("~p~n", [[lst:f(21), lst:f([-1, 2, 0, 3]), lst:f(x), lst:g({r, 5, 6}, a), lst:g({r, 5, 6}, b), lst:g({r, 5, 6}, c), lst:h()]]),
    ok = file:set_cwd(Cwd).

strip_file({attribute, A, file, {_, L}}) -> {attribute, A, file, {"lst.erl", L}};
strip_file(F) -> F.

%% Listings may name the source file; it is under a directory that depends on the checkout.
strip_paths(Text, Dir) -> binary:replace(Text, list_to_binary(Dir), <<"DIR">>, [global]).
