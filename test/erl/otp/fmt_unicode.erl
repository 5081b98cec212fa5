-module(fmt_unicode).
%% Unicode output: ~ts ~tp ~tc on a latin1 device, then after io:setopts([{encoding, unicode}]), binaries and lists.
-export([main/1]).

main(_) ->
    Terms = fun() ->
        f("~ts|~n", [[955, 956, 957]]),
        f("~ts|~n", [<<"日本語"/utf8>>]),
        f("~s|~n", [<<"日本語"/utf8>>]),
        f("~tp|~n", [[955, 956, 957]]),
        f("~p|~n", [[955, 956, 957]]),
        f("~tp|~n", [<<"日本語"/utf8>>]),
        f("~tp|~n", [{'λ', "ü", <<"ü"/utf8>>, <<"ü">>}]),
        f("~tw|~n", [[955]]),
        f("~tc~tc|~n", [955, 128512]),
        f("~c|~n", [233]),
        f("~s|~n", [[233, 232]]),
        f("~ts|~n", [[233, 232]]),
        f("~10ts|~n", [<<"日本"/utf8>>]),
        f("~-10ts|~n", [[955]]),
        f("~.2ts|~n", [<<"日本語"/utf8>>]),
        f("~tp|~n", [lists:duplicate(30, <<"ünïcödé"/utf8>>)]),
        f("~tp|~n", [[[955 | lists:seq($a, $z)] || _ <- lists:seq(1, 4)]]),
        f("~ts|~n", [[<<"deep "/utf8>>, [955, [<<"ω"/utf8>>]]]]),
        f("~tP|~n", [lists:duplicate(10, [955]), 4]),
        f("~ts|~n", ["\x{1F600} emoji"]),
        io:put_chars([955, $\n]),
        io:put_chars(<<"ü raw utf8 binary"/utf8, $\n>>),
        io:put_chars(unicode:characters_to_binary([955, 956, $\n])),
        io:put_chars(standard_io, [<<"ok">>, $\n])
    end,
    io:format("opts ~p~n", [lists:sort(io:getopts())]),
    Terms(),
    ok = io:setopts([{encoding, unicode}]),
    io:format("opts ~p~n", [lists:sort(io:getopts())]),
    io:format("range ~p~n", [io:printable_range()]),
    Terms(),
    ok = io:setopts([binary]),
    io:format("binary opt ~p~n", [lists:sort(io:getopts())]),
    io:format("setopts bad ~p~n", [io:setopts([{encoding, ebcdic}])]),
    io:format("setopts bad2 ~p~n", [catch io:setopts(bogus)]),
    ok = io:setopts([{encoding, latin1}]),
    io:format("back ~p~n", [lists:sort(io:getopts())]),
    f("~ts|~n", [[955]]),
    ok.

%% Each format goes through io:format; a badarg is caught and printed so that the rest still runs.
f(Fmt, Args) ->
    try io:format(Fmt, Args)
    catch C:R -> io:format("caught ~w:~w for ~p~n", [C, R, Fmt])
    end.
