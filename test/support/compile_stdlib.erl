%% Compiles the stdlib source file named by the argument with compile:file/2 and prints the
%% result: the module, the size and the MD5 of the .beam binary, or the error. Run on erts and on
%% beamjs by test/compile-on-beamjs.test.ts, which compares the two. Kernel's include directory is
%% on the include path, as in OTP's own build of stdlib (gen_server includes "logger.hrl").
-module(compile_stdlib).
-export([main/1]).

main([File]) ->
    case compile:file(File, [binary, deterministic, report_errors, {i, code:lib_dir(kernel, include)}]) of
        {ok, Mod, Bin} ->
            Md5 = [io_lib:format("~2.16.0b", [X]) || <<X>> <= erlang:md5(Bin)],
            io:format("ok ~s ~b ~s~n", [Mod, byte_size(Bin), Md5]);
        Other ->
            io:format("failed ~p~n", [Other])
    end.
