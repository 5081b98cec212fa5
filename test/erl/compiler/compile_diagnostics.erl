%% What the compiler prints with report_errors and report_warnings (the file, line, column, the
%% source line with a marker), and what it returns with return_errors/return_warnings, for syntax
%% errors, unbound and unused variables, undefined functions and records, shadowing, deprecated
%% calls, warnings_as_errors, brief, and c:c/2.
-module(compile_diagnostics).
-export([main/1]).

workdir() ->
    D = filename:join(filename:dirname(code:which(?MODULE)), "compile_diagnostics_tmp"),
    ok = filelib:ensure_dir(filename:join(D, "x")),
    D.

cases() ->
    [{syntax, "-module(syntax).\n-export([f/0]).\nf() -> {ok,.\n"},
     {unterminated, "-module(unterminated).\nf() -> \"abc.\n"},
     {unbound, "-module(unbound).\n-export([f/1]).\nf(X) ->\n    Y + X.\n"},
     {undef_fun, "-module(undef_fun).\n-export([f/0, g/1]).\nf() -> h(1).\n"},
     {records, "-module(records).\n-export([f/1]).\n-record(r, {a}).\nf(R) -> {R#r.b, #s{}}.\n"},
     {warnings, "-module(warnings).\n-export([f/1]).\nf(X) ->\n    Unused = 1,\n    [X || X <- [1,2]],\n    case X of _ -> ok; a -> ok end,\n    erlang:now().\nh() -> ok.\n"},
     {shadow, "-module(shadow).\n-export([f/1]).\nf(X) -> fun(X) -> X end.\n"},
     {bad_attr, "-module(bad_attr).\n-export([f/0, f/0]).\n-behaviour(nonexisting).\nf() -> ok.\nf() -> ok.\n"},
     {clean, "-module(clean).\n-export([f/0]).\nf() -> ok.\n"},
     {tabs, "-module(tabs).\n-export([f/0]).\nf() ->\n\t\tZ = 1,\n\tok.\n"},
     {unicode, "-module(unicode).\n-export([f/0]).\nf() -> \"ünïcödé\" ++ Nope.\n"}].

run(Dir, {Name, Src}) ->
    File = filename:join(Dir, atom_to_list(Name) ++ ".erl"),
    ok = file:write_file(File, unicode:characters_to_binary(Src)),
    io:format("== ~p~n", [Name]),
    R1 = compile:file(File, [binary, report_errors, report_warnings]),
    io:format("-> ~p~n", [summary(R1)]),
    R2 = compile:file(File, [binary, return_errors, return_warnings]),
    io:format("-> ~p~n", [strip(R2, File)]),
    R3 = compile:file(File, [binary, report, warnings_as_errors]),
    io:format("-> ~p~n", [summary(R3)]),
    R4 = compile:file(File, [binary, report, brief]),
    io:format("-> ~p~n", [summary(R4)]),
    R5 = compile:file(File, [binary, report, {error_location, line}, nowarn_unused_vars]),
    io:format("-> ~p~n", [summary(R5)]).

summary({ok, M, B}) when is_binary(B) -> {ok, M};
summary({ok, M, B, W}) when is_binary(B) -> {ok, M, W};
summary(Other) -> Other.

%% The returned messages name the file by its full path, which depends on the checkout.
strip(T, File) when is_list(T), T =:= File -> "FILE";
strip(T, File) when is_list(T) -> [strip(X, File) || X <- T];
strip(T, File) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T), File));
strip(B, _) when is_binary(B) -> binary;
strip(T, _) -> T.

main(_) ->
    Dir = workdir(),
    %% Messages print paths relative to the current directory when the file is under it.
    {ok, Cwd} = file:get_cwd(),
    ok = file:set_cwd(Dir),
    lists:foreach(fun(C) -> run(Dir, C) end, cases()),
    io:format("c:c ~p~n", [c:c(filename:join(Dir, "warnings.erl"), [{outdir, Dir}])]),
    io:format("c:c ~p~n", [c:c(filename:join(Dir, "unbound.erl"), [{outdir, Dir}])]),
    ok = file:set_cwd(Cwd).
