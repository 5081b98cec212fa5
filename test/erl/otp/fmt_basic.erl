-module(fmt_basic).
%% io:format ~w ~p ~c ~i ~n ~~ with field widths, precisions, padding chars and adjustment.
-export([main/1]).

main(_) ->
    io:format("~~ tilde ~~~~ two~n"),
    f("[~w] [~p]~n", [atom, 'Quoted atom']),
    f("[~10w] [~-10w] [~10.3w]~n", [abc, abc, abc]),
    f("[~3w] [~-3w]~n", [abcdef, abcdef]),
    f("[~10p] [~-10p]~n", [{a, b}, {a, b}]),
    f("[~10..w] [~-10.*w]~n", [x, $#, y]),
    f("[~c] [~5c] [~-5c] [~.3c] [~5.3c] [~-5.3c]~n", [$a, $b, $c, $d, $e, $f]),
    f("[~*c] [~*.*c] [~5.2.xc]~n", [4, $z, 6, 2, $y, $w]),
    f("[~c]~n", [955]),
    f("[~tc]~n", [955]),
    f("[~i] skipped~n", [ignored]),
    io:format("a~nb~n~n"),
    f("[~w] [~w] [~w]~n", [1.0, -0.0, 1.0e100]),
    f("[~w] [~w]~n", [[1, 2 | 3], "abc"]),
    f("[~w] [~p]~n", [<<1, 2, 3>>, <<"text">>]),
    f("[~w] [~p]~n", [<<1:3>>, <<255, 7:4>>]),
    f("[~w] [~p]~n", [#{a => 1, "b" => [2]}, #{}]),
    f("[~w]~n", [self() =:= self()]),
    f("[~w] [~p]~n", [[], {}]),
    f("[~w] [~p]~n", ['hello world', '123']),
    f("[~w] [~p]~n", ['', 'a\nb']),
    f("[~p] [~w]~n", [[$a, 0], [$a, 0]]),
    f("[~p] [~p]~n", [[7, 8, 9, 10, 11, 12, 13, 27], "\t\r\e"]),
    f("[~p]~n", [[255, 128, 160]]),
    f("[~p]~n", [[256]]),
    f("[~15p]~n", ["a string"]),
    f("[~-15p]~n", ["a string"]),
    f("[~5p]~n", [123456789]),
    f("[~5w]~n", [123456789]),
    f("[~.2w]~n", [123456789]),
    f("[~10.5w]~n", [123456789]),
    f("[~-10.5w]~n", [123456789]),
    f("[~10.5.*w]~n", [$_, 12]),
    f("[~12.8.0w]~n", [12]),
    f("no args~n", []),
    io:format(<<"binary format ~w~n">>, [1]),
    io:format('atom format ~w~n', [2]),
    io:format(standard_io, "to standard_io ~w~n", [3]),
    io:format(user, "to user ~w~n", [4]),
    ok.

%% Each format goes through io:format; a badarg is caught and printed so that the rest still runs.
f(Fmt, Args) ->
    try io:format(Fmt, Args)
    catch C:R -> io:format("caught ~w:~w for ~p~n", [C, R, Fmt])
    end.
