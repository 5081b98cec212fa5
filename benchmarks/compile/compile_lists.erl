%% Compiles the given source file N times in one VM, timing each compile:file/2 call, and prints
%% "compile_us T1 T2 ..." and the MD5 of the .beam (the same bytes on erts and beamjs).
-module(compile_lists).
-export([main/1]).

main([File, N]) ->
    Opts = [binary, deterministic, report_errors, {i, code:lib_dir(kernel, include)}],
    Runs = [begin
                {T, {ok, _, Bin}} = timer:tc(compile, file, [File, Opts]),
                {T, Bin}
            end || _ <- lists:seq(1, list_to_integer(N))],
    io:format("compile_us~s~n", [[[$\s | integer_to_list(T)] || {T, _} <- Runs]]),
    {_, Last} = lists:last(Runs),
    io:format("md5 ~s~n", [[io_lib:format("~2.16.0b", [X]) || <<X>> <= erlang:md5(Last)]]).
