-module(re_newline).
-export([main/1]).
%% Newline conventions ({newline, _} and (*CR)...), \R with bsr_anycrlf/bsr_unicode, use_crlf.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Subjects = ["a\nb\rc\r\nd", "a\r\n", "a\r", "a\n", "x\x{85}y\x{0b}z\x{0c}w", "\r\n\r\n"],
    NLs = [[], [{newline, cr}], [{newline, lf}], [{newline, crlf}], [{newline, anycrlf}], [{newline, any}]],
    Pats = ["^.", "$", ".$", "^$", "\\R", "a.b", ".+", "\\N+", "(?m)^.", "(?m).$", "\\Z", "\\v", "\\h", "\\H+", "\\V+"],
    lists:foreach(
      fun(S) ->
              lists:foreach(
                fun(O) ->
                        p({S, O, [re:run(S, P, [multiline, global | O]) || P <- Pats]}),
                        p({S, O, [re:run(S, P, O) || P <- Pats]})
                end, NLs),
              p({bsr_cases, S, re:run(S, "\\R", [global, bsr_anycrlf]), re:run(S, "\\R", [global, bsr_unicode]),
                 re:run(S, "(*BSR_ANYCRLF)\\R", [global]), re:run(S, "(*BSR_UNICODE)\\R+", [global])}),
              p({verbs, S, [re:run(S, V ++ "(?m)^.", [global]) || V <- ["(*CR)", "(*LF)", "(*CRLF)", "(*ANYCRLF)", "(*ANY)"]]})
      end, Subjects),
    [p(begin {ok, {re_pattern, N, U, C, _}} = re:compile(P, O), {P, O, N, U, C} end)
     || {P, O} <- [{"a", []}, {"a", [{newline, cr}]}, {"a", [{newline, crlf}]}, {"a", [{newline, anycrlf}]},
                   {"a", [{newline, any}]}, {"(*CRLF)a", []}, {"(*ANY)(a)", [unicode]}, {"(*LF)a", [{newline, crlf}]},
                   {"(a)(b)", [{newline, lf}]}]],
    {ok, MP} = re:compile("^b", [multiline]),
    p(re:run("a\rb", MP)),
    p(re:run("a\rb", MP, [{newline, cr}])),
    p(re:run("a\r\nb", MP, [{newline, crlf}, global])),
    %% Empty matches step over CRLF as one unit unless the pattern names \r or \n.
    p(re:run("\r\n", "(?=)", [global, {newline, crlf}])),
    p(re:run("\r\n", "\\r?", [global, {newline, crlf}])),
    p(re:run("a\r\nb", "x?", [global, {newline, any}])),
    p(re:run("a\r\nb", "[\\n]?", [global, {newline, anycrlf}])),
    ok.
