-module(re_errors).
-export([main/1]).
%% Compile errors: erts's message and offset for each, also through re:run with report_errors.

p(X) -> io:format("~p~n", [X]).
c(P) -> c(P, []).
c(P, O) ->
    case re:compile(P, O) of
        {ok, {re_pattern, N, U, C, B}} when is_binary(B) -> {ok, N, U, C};
        Other -> Other
    end.

main(_) ->
    Ps = ["(", "a)", "(?<n>a)(?<n>b)", "[a", "[z-a]", "*", "a**", "a{2,1}", "a{70000}", "\\", "\\c", "(?z)",
          "(?<=a+)b", "(?<=a|bc)d", "(?<=(a|bc))d", "\\1", "(a)\\2", "(?P<n>a)(?P=m)", "[[:foo:]]", "[:alpha:]",
          "[[.a.]]", "[[=a=]]", "(?(1a)b)", "(?(1)a|b|c)", "\\x{110000}", "\\p{Foo}", "\\p", "(?C256)", "(?#abc", "x(?R",
          "(?", "(?P", "(?<", "(?<1a>x)", "a{1,2", "\\g", "\\g0", "\\k", "(*FOO)", "(*MARK)", "(*ACCEPT:x)", "\\L",
          "\\N{x}", "[\\N]", "\\o{8}", "\\o", "\\x{zz}", "\\400", "\\8", "(?(DEFINE)a|b)", "(?(?x)a)", "(a)(?-2)",
          "(?+0)", "(?&foo)", "(?(<foo>)a)", "a{,3}", "[a-\\d]", "[\\d-z]", "(?i", "(?i)(", "ab(c", "ab)c",
          "(*CR)a(", "(?|(a)|(b))(?1)", "(?<=\\R)", "(?<=\\X)", "(?<=a{2})", "(?<=a{2,3})", "(?<=\\1)(a)",
          "(?<=x(?1))(a)", "\\Qab", "[\\Qa]\\E]", "[]", "[^]", "[]a]",
          "(?<abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz>x)", "\\y", "^*", "\\b*", "(?=a)*", "a{3}{2}",
          "a??+", "\\K+", "$+", "(*ACCEPT)?", "(?i)*", "|*", "(*COMMIT)+", "\\Q\\E*", "(?#x)*", "\\x{}", "\\x{12",
          "[\\R]", "(?R)", "a(?R)", "(a|(?R))", "(?1)(a)", "(?2)(a)", "(?-1)", "(?P>x)(?<x>a)", "\\g<1>(a)",
          "\\g'x'(?<x>a)", "\\k<x>(?<x>a)", "(?<x>a)(?<y>b)\\k{y}\\g{x}\\g{-1}\\g2\\g-2", "(?(R1)a)",
          "(?(R&x)a)(?<x>b)", "(?(x)a)(?<x>b)", "(?(xy)a)", "(?(R)a)", "(?(+1)a)(b)", "(?(0)a)",
          "[[:alpha:]-z]", "[a-[:digit:]]", "[\\w-.]", "[a-]", "(*UTF8)\\x{100}", "\\x{100}", "[\\x{100}]",
          "\\ca\\c\\\\c{", "(?J)(?<n>a)(?<n>b)", "(?<n>a)(?J)(?<n>b)", "(?|(?<n>a)|(?<n>b))",
          "(?|(?<n>a)|(?<m>b))", "(?<=a(?=b))", "(?<=a(?<=b)c)", "(?<=ab|c(d|e))", "(?<=(?:ab|cd))",
          "(?<=(?:ab|c))", "(?<=\\d\\w.[a]\\x{41})", "(?<=a*)", "(?<=\\b)", "(?<=^|x)", "(?<=(?>ab))", "(*THEN)",
          "(*:x)", "(*LIMIT_MATCH=10)a", "a(*CR)", "(?C)(?C12)", "(?C", "(?C1", "[z-\\x{41}]", "[\\d-\\w]",
          "\\pL\\p{^L}\\PL\\P{^Lu}\\p{Greek}\\p{L&}\\p{Xan}", "\\p{greek}", "\\p{", "\\p{L", "a{2,1", "a{65536}",
          "a{65535}", "(?<=x)+", "a{0}", "((((((((((x))))))))))", "(?<n>a)(?<n>b)", "(?'q'a)\\k'q'", "(?P<q>a)(?P>q)",
          "\\g{2}(a)", "\\g{-2}(a)", "(a)\\g{-2}", "a\\", "[\\", "(?<n", "(?<n>", "\\k<n", "(?P=", "(?&", "(?(", "(?(1",
          "(?(<n", "[[:alpha:", "[[:alpha:]", "\\x{41", "x{2}{3}"],
    lists:foreach(fun(P) -> p({P, c(P)}) end, Ps),
    p(c(<<"(", 0, ")">>)),
    p(c(<<"a", 0, "(">>)),
    p(c(<<"é(">>)),
    p(c(<<"é("/utf8>>, [unicode])),
    p(c("é(", [unicode])),
    p(c(<<"ab", 255, "(">>, [unicode])),
    p(re:run("a", "(", [report_errors])),
    p(re:run("a", "\\p{Foo}", [report_errors, {capture, none}])),
    p(re:run("a", "a(?<=a+)", [report_errors, global])),
    p(re:run(<<"a">>, <<"(", 200>>, [report_errors, unicode])),
    ok.
