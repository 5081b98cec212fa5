-module(re_advanced).
-export([main/1]).
%% Backtracking constructs: atomic groups, possessive quantifiers, lookaround, backreferences,
%% named groups, conditionals, recursion and subroutine calls, \K, verbs.

p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Cases = [
        {"aaab", "(?>a+)b"}, {"aaa", "(?>a+)a"}, {"aaab", "a++b"}, {"aaa", "a++a"}, {"aaa", "a*+a"},
        {"abc", "(?>ab|a)c"}, {"ac", "(?>ab|a)c"}, {"xyz", "x(?=y)"}, {"xz", "x(?!y)"}, {"xyz", "(?<=x)y"},
        {"xyz", "(?<!x)y"}, {"ayz", "(?<!x)y"}, {"abcabc", "(abc)\\1"}, {"abcABC", "(abc)\\1"},
        {"abcABC", "(?i)(abc)\\1"}, {"aa", "(a)?\\1"}, {"b", "(a)?\\1"}, {"abab", "(?<x>ab)\\k<x>"},
        {"abab", "(?P<x>ab)(?P=x)"}, {"abab", "(?'x'ab)\\k{x}"}, {"abab", "(ab)\\g1"}, {"abab", "(ab)\\g{-1}"},
        {"aab", "(a)(?(1)a|b)b"}, {"bb", "(a)?(?(1)a|b)b"}, {"ab", "(?<n>a)?(?(<n>)b|c)"},
        {"xc", "(?<n>a)?x(?(n)b|c)"}, {"ab", "(?(?=a)ab|cd)"}, {"cd", "(?(?=a)ab|cd)"}, {"cd", "(?(?!a)cd|ab)"},
        {"ab", "(?(?<=x)ab|a)"}, {"((a))", "\\((?:[^()]|(?R))*\\)"}, {"(a(b)c)", "^(\\((?:[^()]|(?1))*\\))$"},
        {"abcba", "^((.)(?:(?1)|.?)\\2)$"}, {"aaaa", "^(a(?1)?a)$"}, {"1+2*3", "^(\\d|(?:(?1)[+*](?1)))$"},
        {"foobar", "(?<w>foo|bar)(?&w)"}, {"foofoo", "(foo)(?1)"}, {"abc", "(?1)(?2)(a)(b)"},
        {"xay", "x(?1)y|(a)"}, {"xy", "(?1)(x)?y"}, {"foobar", "foo\\Kbar"}, {"foobar", "(foo)\\Kbar"},
        {"foobar", "(?<=\\Kfoo)bar"}, {"aaab", "a+(*COMMIT)b"}, {"aaac", "a+(*COMMIT)b"}, {"xaaab", "a(*COMMIT)b"},
        {"aaabaaab", "a+(*PRUNE)b"}, {"aaac", "a+(*SKIP)b|c"}, {"ac", "a(*FAIL)|ac"}, {"ac", "a(*F)|c"},
        {"abc", "a(*ACCEPT)b"}, {"abc", "(a(*ACCEPT)b)c"}, {"ab", "a(?=b(*ACCEPT)c)"}, {"ac", "a(*THEN)b|ac"},
        {"abd", "a(?:b(*THEN)c|bd)"}, {"abd", "a(?:b(*THEN)c|x)|abd"}, {"aaa", "(*MARK:m)a+"}, {"ab", "(*:m)a(*PRUNE:n)b"},
        {"abc", "(?C)a(?C1)b"}, {"a1b2", "(?(DEFINE)(?<d>\\d))\\w(?&d)"}, {"aXb", "a(?#comment)X"},
        {"abcd", "(a)|(b)|(c)|(d)"}, {"d", "(a)|(b)|(c)|(d)"}, {"abab", "^(?:(a)|b)*$"}, {"aba", "^(?:(a)|(b))*$"},
        {"aaaaaa", "^(a\\1?)(a\\1?)(a\\2?)$"}, {"abcabc", "(?|(abc)|(xyz))\\1"},
        {"xyzxyz", "(?|(abc)|(xyz))\\1"}, {"aB", "(?i:a)B"}, {"AB", "(?i:a)B"}, {"ab", "a(?=(b))"},
        {"ab", "a(?!(x))"}, {"ab", "(?<=(a))b"}, {"abc", "(?=(\\w+))\\w"}, {"foo.bar", "\\w+(?=\\.)"},
        {"price: $42", "(?<=\\$)\\d+"}, {"aaa", "(a)*"}, {"aaa", "(a)*?"}, {"aaa", "(a){2}"}, {"aaa", "(a){2,}?"},
        {"aaa", "(a|b){0}a"}, {"abcabc", "(?:(a)|(b)|(c))+"}, {"ab", "(a)(?:x(b))?"}, {"ababab", "(ab)+"},
        {"ababab", "(?:(a)(b))+?b"}, {"xyxy", "(?<p>xy)(?P>p)"}, {"aaa", "a{2}+"}, {"ab", "\\Aab\\z"},
        {"ab\n", "ab\\Z"}, {"ab\n", "ab\\z"}, {"ab", "(?<=^a)b"}, {"ba", "(?<!^)a"}, {"a b", "a\\sb"},
        {"a\tb", "a\\h+b"}, {"a\nb", "a\\v+b"}, {"a-b", "a\\W+b"}, {"a9b", "a\\db"}, {"AZ", "[[:^lower:]]+"},
        {"é", "\\xe9"}, {"é", "\\x{e9}"}, {"é", "\\o{351}"}, {"é", "\\351"}, {"\e", "\\e"}, {"\t", "\\cI"},
        {[0], "\\0"}, {"a+", "\\Qa+\\E"}, {"word boundary", "\\b\\w"}, {"aaa", "(?U)a+"}, {"aaa", "(?U)a+?"}
    ],
    lists:foreach(fun({S, P}) -> p({S, P, t(fun() -> re:run(S, P, [{capture, all, list}]) end),
                                    t(fun() -> re:run(S, P, [global]) end)}) end, Cases),
    p(re:run("aaaa", "^(a(?1)?a)$", [{capture, all}])),
    p(re:run("((()))", "^(\\((?1)*\\))$")),
    ok.
