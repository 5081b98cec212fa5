%% Prompts with -noshell: io:get_line/1, io:read/1 and io:fread/2 with a prompt, then a prompt at eof.
-module(stdin_prompt).
-export([main/1]).
main(_) ->
    io:format("~p~n", [io:get_line("name? ")]),
    io:format("~p~n", [io:read("term> ")]),
    io:format("~p~n", [io:fread("num: ", "~d")]),
    io:format("~p~n", [io:get_line(<<"bin prompt ">>)]),
    io:format("~p~n", [io:get_line(["deep", $\s, [<<"prompt">>], "> "])]).
