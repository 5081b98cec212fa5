-module(re_captures).
-export([main/1]).
%% Capture specifications and value types of re:run/3, unset groups, trailing unset groups.

t(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    S = "abcdefabc",
    B = <<"abcdefabc">>,
    Pats = ["(a)(x)?(b)", "(a)(b)(x)?", "(x)?(a)", "((a)|(z))(b)", "c(d)e", "", "(?<first>a)(?<second>b)(?<third>x)?"],
    Caps = [all, first, all_but_first, none, all_names, [], [0], [1, 2, 3], [3, 2, 1, 0], [9, 0],
            [first, second, third, nosuch], ["second", <<"first">>, [$t, <<"hird">>]]],
    lists:foreach(
      fun(P) ->
              lists:foreach(
                fun(C) ->
                        lists:foreach(
                          fun(T) ->
                                  p({P, C, T, t(fun() -> re:run(S, P, [{capture, C, T}]) end),
                                     t(fun() -> re:run(B, P, [{capture, C, T}]) end)})
                          end, [index, list, binary])
                end, Caps),
              p({P, default, re:run(S, P), re:run(B, P, [])}),
              p({P, capture2, t(fun() -> re:run(S, P, [{capture, all}]) end)})
      end, Pats),
    %% Last capture option wins.
    p(re:run("abc", "(b)", [{capture, first}, {capture, all, list}])),
    p(re:run("abc", "(b)", [{capture, all, list}, {capture, first}])),
    %% iolist subjects and patterns.
    p(re:run(["ab", <<"cd">>, [$e | <<"f">>]], [<<"c">>, "(d)"], [{capture, all, binary}])),
    p(re:run([], "^$")),
    p(re:run(<<>>, <<>>)),
    p(re:run("abc", "b", [{offset, 2}])),
    p(re:run("abc", "b", [{offset, 1}])),
    p(re:run("abc", "$", [{offset, 3}])),
    %% Sub-binaries as subjects.
    <<_:8, Sub:5/binary, _/binary>> = <<"xabcdefg">>,
    p(re:run(Sub, "b(c)", [{capture, all, binary}])),
    p(re:run(Sub, "^a", [])),
    %% Latin-1 bytes are characters without unicode.
    p(re:run(<<"caf", 233>>, "\\w+", [{capture, all, list}])),
    p(re:run([$c, $a, $f, 233], ".$", [{capture, all, binary}])),
    ok.
