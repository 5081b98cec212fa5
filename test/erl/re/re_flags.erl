-module(re_flags).
-export([main/1]).
%% Compile and run options: caseless, multiline, dotall, extended, anchored, dollar_endonly,
%% ungreedy, no_auto_capture, dupnames, firstline, notempty(_atstart), notbol, noteol, inline (?imsxU).

p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    S = "Line one\nline TWO\nthird Line\n",
    Runs = [
        {"^line", []}, {"^line", [caseless]}, {"^line", [multiline]}, {"^line", [multiline, caseless, global]},
        {"line$", [caseless]}, {"Line$", [multiline, global]}, {"Line\\n$", []}, {"Line$", []},
        {"Line$", [dollar_endonly]}, {"Line\\Z", []}, {"Line\\z", []}, {"one.line", []}, {"one.line", [dotall]},
        {"o n e", [extended]}, {"o n e # comment\n", [extended]}, {"[ ]one", [extended]}, {"o\\ ne", [extended]},
        {"i.*e", []}, {"i.*e", [ungreedy]}, {"i.*?e", [ungreedy]}, {"i.+?e", []}, {"(i)(n)", [no_auto_capture]},
        {"(?<a>i)(n)", [no_auto_capture]}, {"one", [anchored]}, {"Line", [anchored]}, {"TWO", [firstline]},
        {"one", [firstline]}, {"(?i)two", []}, {"(?i:t)WO", []}, {"T(?i)wo", []}, {"(?m)^th", []},
        {"(?s)one.line", []}, {"(?x) T W O ", []}, {"(?U)i.*e", []}, {"(?-i)line", [caseless]},
        {"(a(?i)b|c)", []}, {"x*", [notempty]}, {"x*|Line", [notempty]}, {"x*", [notempty_atstart]},
        {"^Line", [notbol]}, {"^line", [notbol, multiline]}, {"\\ALine", [notbol]}, {"Line\\n$", [noteol]},
        {"$", [noteol, multiline]}, {"Line\\n\\z", [noteol]}, {"\\Gline", [{offset, 9}]}, {"\\Gline", [{offset, 8}]},
        {"^line", [{offset, 9}]}, {"^line", [{offset, 9}, multiline]}, {"\\Aline", [{offset, 9}]},
        {"\\bone\\b", []}, {"\\Bne\\B", []}, {"ne\\b", [global]}, {"[[:upper:]]+", [global]},
        {"[[:upper:]]+", [global, caseless]}, {"[^[:lower:][:space:]]+", [global]}, {"[a-f]+", [caseless, global]},
        {"[^a-z\\n ]+", [global]}, {"[\\d\\s]", []}, {"[]x]", []}, {"[^]x]", []}, {"[a\\]]", []}, {"\\Qi.*\\E", []},
        {"\\Qone\\E+", []}, {"a{,3}", []}, {"e{1,2}", [global]}, {"e{2}", []}, {"(?:in|ne){1,}", [global]},
        {"(?:x|)+e", []}, {"(a|)*L", []}, {"(?:(?:)*)*L", []}
    ],
    lists:foreach(fun({P, O}) -> p({P, O, t(fun() -> re:run(S, P, O) end)}) end, Runs),
    %% Compiled with options, run without.
    {ok, MP} = re:compile("^LINE", [caseless, multiline]),
    p(re:run(S, MP, [global])),
    p(re:run(S, MP, [{offset, 5}])),
    p(re:run(S, MP, [anchored])),
    p(re:run(S, MP, [notbol])),
    p(t(fun() -> re:run(S, MP, [dotall]) end)),
    p(t(fun() -> re:run(S, MP, [unicode]) end)),
    {ok, MA} = re:compile("one", [anchored]),
    p(re:run(S, MA)),
    p(re:run(S, MA, [{offset, 5}])),
    {ok, MD} = re:compile("(?<n>a)|(?<n>b)", [dupnames]),
    p(re:run("xb", MD, [{capture, [n], list}])),
    p(re:run("xa", MD, [{capture, all_names}])),
    p(re:run("xa", MD, [{capture, [n, 1, 2]}])),
    p(re:inspect(MD, namelist)),
    p(re:run("ab", "(?J)(?<n>a)(?<n>b)", [{capture, [n], list}])),
    p(re:run("ab", "(?|(?<n>x)|(?<n>a))(b)", [{capture, all_names, list}])),
    p(re:run("ab", "(?|(x)(y)|(a))(b)", [{capture, all, list}])),
    {ok, MN} = re:compile("(?<zeta>z)?(?<alpha>a)(?<mid>b)?"),
    p(re:inspect(MN, namelist)),
    p(re:run("a", MN, [{capture, all_names, binary}])),
    p(re:run("ab", MN, [{capture, all_names}])),
    ok.
