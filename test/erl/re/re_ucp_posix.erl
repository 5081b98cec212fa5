-module(re_ucp_posix).
-export([main/1]).
%% POSIX classes with ucp over format (Cf), private-use and separator characters, and $ with
%% dollar_endonly under noteol: textual patterns, compiled by the engine's own parser.

p(X) -> io:format("~w~n", [X]).

main(_) ->
    Chars = [16#41, 16#20, 16#A0, 16#AD, 16#61C, 16#180E, 16#200B, 16#2028, 16#2066, 16#E000, 16#FEFF, 16#24, 16#2C],
    lists:foreach(
      fun(Class) ->
              p({Class, [re:run(<<C/utf8>>, "[[:" ++ Class ++ ":]]", [unicode, ucp, {capture, none}]) || C <- Chars],
                 [re:run(<<C/utf8>>, "[[:^" ++ Class ++ ":]]", [unicode, ucp, {capture, none}]) || C <- Chars]})
      end, ["graph", "print", "punct", "alpha", "space"]),
    p(re:run("ab", "b$", [dollar_endonly, noteol])),
    p(re:run("ab", "b$", [dollar_endonly])),
    p(re:run("ab\n", "b$", [dollar_endonly])),
    p(re:run("ab", "b$", [noteol])),
    p(re:run("ab\nc", "b$", [dollar_endonly, multiline, noteol])),
    ok.
