-module(re_limits).
-export([main/1]).
%% Catastrophic backtracking: erts's default match limit gives nomatch, or {error, match_limit}
%% with report_errors; a missing required character gives nomatch at once.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    A30 = lists:duplicate(30, $a),
    p(re:run(A30, "(a+)+b", [report_errors])),
    p(re:run(A30 ++ "c", "(a+)+[bc]d", [report_errors])),
    p(re:run(A30, "^(a+)+$", [report_errors])),
    p(re:run(A30 ++ "!", "^(a+)+$", [report_errors])),
    p(re:run(A30 ++ "!", "^(a+)+$", [])),
    p(re:run(A30 ++ "!", "^(a|aa)+$", [report_errors])),
    p(re:run(A30 ++ "!", "(a*)*[bc]", [report_errors])),
    p(re:run(A30 ++ "!", "(?>a+)+$", [report_errors])),
    p(re:run(A30 ++ "!", "^(a++)+$", [report_errors])),
    p(re:run(lists:duplicate(20000, $a), "^(a|b)*$", [])),
    p(re:run(lists:duplicate(20000, $a) ++ "b", "^(?:a|b)*?b", [{capture, none}])),
    p(re:run(lists:duplicate(5000, $x), "x*y", [])),
    p(re:run(lists:duplicate(5000, $x) ++ "y", "x*y", [{capture, none}])),
    p(re:run(lists:duplicate(100000, $x), "(x)*", [])),
    p(re:run(A30 ++ "!", "^(a+)+$", [report_errors, {match_limit, 100000000}])),
    ok.
