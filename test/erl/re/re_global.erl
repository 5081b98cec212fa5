-module(re_global).
-export([main/1]).
%% global: the loop in re.erl over re:internal_run/4, empty matches and how it advances.

t(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Cases = [{"aaa", "a*?"}, {"abc", ""}, {"abc", "x*"}, {"aaa", "a*"}, {"baaab", "a*"},
             {"abcabc", "(a)|(b)"}, {"a,b,,c", ","}, {"a,b,,c", ",*"}, {"hello world", "\\b"},
             {"hello world", "\\w+"}, {"abc", "(?=b)"}, {"xyz", "^"}, {"x\ny\nz", "^"},
             {"aaa", "(a)(?:x)?"}, {"", ""}, {"", "a"}],
    lists:foreach(
      fun({S, P}) ->
              p({S, P, re:run(S, P, [global]),
                 re:run(S, P, [global, {capture, all, list}]),
                 re:run(list_to_binary(S), P, [global, {capture, first, binary}]),
                 re:run(S, P, [global, {capture, none}]),
                 re:run(S, P, [global, notempty])})
      end, Cases),
    p(re:run("x\ny\nz", "^", [global, multiline])),
    p(re:run("x\r\ny\r\nz", "$", [global, multiline, {newline, crlf}])),
    p(re:run("x\r\ny\r\nz", "", [global, {newline, crlf}])),
    p(re:run("x\r\ny\r\nz", "", [global, {newline, any}])),
    p(re:run("x\r\ny", "", [global])),
    p(re:run("abcabc", "b", [global, {offset, 2}])),
    {ok, MP} = re:compile("(b)|(c)"),
    p(re:run("abcabc", MP, [global])),
    p(re:run("abcabc", MP, [global, {capture, all_but_first, list}])),
    p(t(fun() -> re:run("abc", MP, [global, caseless]) end)),
    p(re:run("abc", "B", [global, caseless])),
    p(re:run(<<"åäö"/utf8>>, "", [global, unicode])),
    p(re:run("åäö", "", [global, unicode])),
    p(re:run(<<"åäö"/utf8>>, ".", [global, unicode, {capture, all, list}])),
    p(re:run(<<"åäö"/utf8>>, ".", [global, unicode, {capture, all, binary}])),
    p(re:run(<<"a€b"/utf8>>, "(?=.)", [global, unicode])),
    p(t(fun() -> re:run("abc", "(", [global]) end)),
    p(re:run("abc", "(", [global, report_errors])),
    p(re:internal_run(<<"abc">>, "b", [], true)),
    p(re:internal_run(<<"abc">>, "b", [{offset, 2}], false)),
    ok.
