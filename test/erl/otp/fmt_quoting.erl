-module(fmt_quoting).
%% ~p/~w quoting and escaping: reserved-word atoms, atoms with odd characters, control characters in strings, latin1 range, binaries.
-export([main/1]).

main(_) ->
    Atoms = ['receive', 'fun', 'end', 'and', 'orelse', 'maybe', 'else', 'true', '[]', '{}', 'a@b', 'a.b', 'a b',
             '_x', 'X', 'é', 'aé', 'λ', 'a-b', 'a\'b', 'a\\b', '', ' ', '\n', 'hello_World9', 'node@host.domain',
             '$', 'a@', '@a', '1a', 'ß', 'Ä', 'ÿ', '\x{7f}', 'a\tb', 'catch', 'div', 'when', 'cond', 'let', 'spec'],
    [io:format("~w ~p ~ts~n", [A, A, io_lib:write_atom(A)]) || A <- Atoms],
    Strings = ["\b\f\v\d\e\s", "\x{7f}\x{80}\x{9f}\x{a0}", [0, 1, 2, 31], "é ß ÿ", "quote \" backslash \\ tick '",
               "tab\tnewline\ncr\r", [$a, 160, 173, 255], "\"", "\\"],
    [io:format("~p ~w~n", [S, S]) || S <- Strings],
    Bins = [<<"\b\f\v\d\e">>, <<"é">>, <<"é"/utf8>>, <<0>>, <<"a", 0>>, <<"\"quoted\"">>, <<"back\\slash">>,
            <<"\x{7f}">>, <<"\n\t">>, <<200, 201, 202>>, <<"tab\t", 255>>],
    [io:format("~p ~w~n", [B, B]) || B <- Bins],
    io:format("~p~n", [[$a, $b | "c"]]),
    io:format("~p~n", [[[$a, $b], [$c | $d]]]),
    io:format("~p~n", [{'$', '$$', '$1', '_', '__'}]),
    io:format("~p~n", [[{'EXIT', self_placeholder}, 'EXIT', 'ok']]),
    io:format("~p ~p ~p~n", [$a, $\n, 16#10FFFF]),
    io:format("~p ~p~n", [-0.0, [-0.0, 0.0]]),
    io:format("~p ~p ~p~n", [1.0e-7, 123456789.123, 1.0e21]),
    io:format("~p ~p~n", [-123456789012345678901234567890, 16#FFFFFFFFFFFFFFFFF]),
    ok.
