#!/usr/bin/env escript
%% -*- erlang -*-
%%! -noshell
%%
%% erts's verdict on a directory of (possibly corrupt) .beam files, for the fuzz
%% and bad-input tests: does the loader accept each one? Every file is named
%% `MODULE@TAG.beam`; it is offered to the loader as module MODULE, and one line
%% is appended to OUT per file: `NAME<TAB>ok`, or `NAME<TAB>error<TAB>Reason<TAB>Why`,
%% Why being the loader's own explanation (what erts logs), on one line. OUT is a
%% raw file, written line by line before the next load: when the VM dies, what it
%% wrote is there, and the first file without a line is the one it died on.
%%
%% The question asked is the one code:load_binary/3 asks: that function is
%% code_server's sticky-directory check, then erlang:prepare_loading/2 (the
%% whole of erts's loader: beam_file.c and beam_load.c), then finish_loading.
%% We stop after prepare_loading, so that a mutant of lists or string that
%% loads is never made current in this node, which runs on those very modules.
%%
%% erts 25's loader is not proof against every corrupt file: on some it aborts
%% the whole VM. The caller then starts again after the last file reported:
%%
%%   erts_load.escript DIR OUT [AFTER]     only the files whose names sort after AFTER
-mode(compile).
-export([log/2]).

main([Dir, Out]) ->
    main([Dir, Out, ""]);
main([Dir, Out, After]) ->
    %% The loader explains each refusal through logger; we collect the text instead of printing it.
    register(erts_load, self()),
    ok = logger:remove_handler(default),
    ok = logger:add_handler(erts_load, ?MODULE, #{}),
    Files = [F || F <- lists:sort(filelib:wildcard(filename:join(Dir, "*.beam"))),
                  filename:basename(F) > After],
    {ok, Fd} = file:open(Out, [raw, append, binary]),
    %% Tells the caller that this VM came up: dying later is a file's doing, not the VM's.
    ok = file:write(Fd, <<"#started\n">>),
    lists:foreach(fun(F) -> ok = file:write(Fd, verdict(F)) end, Files),
    ok = file:close(Fd).

verdict(File) ->
    Name = filename:basename(File),
    [Mod | _] = string:split(filename:rootname(Name), "@"),
    {ok, Bin} = file:read_file(File),
    Line = case erlang:prepare_loading(list_to_atom(Mod), Bin) of
               {error, Reason} -> io_lib:format("~s\terror\t~0p\t~s~n", [Name, Reason, why()]);
               _Prepared -> io_lib:format("~s\tok~n", [Name])
           end,
    unicode:characters_to_binary(Line).

%% erts logs from the loader asynchronously (through the logger process).
why() ->
    receive {logged, Text} -> Text after 2000 -> "" end.

%% The logger handler: runs in the logger process, sends the text to main.
log(#{msg := Msg}, _Config) ->
    Text = case Msg of
               {string, S} -> S;
               {report, R} -> io_lib:format("~0p", [R]);
               {Format, Args} -> io_lib:format(Format, Args)
           end,
    OneLine = string:join(string:lexemes(unicode:characters_to_list(Text), "\n\t"), " "),
    erts_load ! {logged, OneLine}.
