-module(fmt_depth).
%% io:format ~P and ~W with depth limits on lists, tuples, maps, binaries, strings and records.
-export([main/1]).

-record(r, {a, b, c}).

main(_) ->
    T = {a, [1, 2, 3, 4, 5, 6], {b, {c, {d, {e, f}}}}, "a string", <<"binary data">>, #{k => v, k2 => [1, 2]}},
    [io:format("P~w: ~P~n", [D, T, D]) || D <- [-1, 0, 1, 2, 3, 4, 5, 6, 10]],
    [io:format("W~w: ~W~n", [D, T, D]) || D <- [-1, 0, 1, 2, 3, 4, 5, 6, 10]],
    L = lists:seq(1, 30),
    [io:format("L~w: ~P | ~W~n", [D, L, D, L, D]) || D <- [1, 2, 5, 29, 30, 31]],
    io:format("~P~n", [[1, 2 | 3], 2]),
    io:format("~P~n", [[1, 2 | 3], 3]),
    io:format("~W~n", [[1, 2 | 3], 2]),
    io:format("~P~n", [<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>, 3]),
    io:format("~W~n", [<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>, 3]),
    io:format("~P~n", [<<"printable binary here">>, 3]),
    io:format("~P~n", [<<1, 2, 3:4>>, 2]),
    io:format("~P~n", ["a long string of text", 3]),
    io:format("~W~n", ["a long string of text", 3]),
    io:format("~P~n", [#r{a = 1, b = [1, 2, 3], c = {x, y}}, 3]),
    io:format("~P~n", [maps:from_list([{K, K} || K <- lists:seq(1, 10)]), 3]),
    io:format("~W~n", [maps:from_list([{K, K} || K <- lists:seq(1, 10)]), 3]),
    io:format("~P~n", [maps:from_list([{K, K} || K <- lists:seq(1, 40)]), 5]),
    io:format("~P~n", [[lists:seq(1, 20) || _ <- lists:seq(1, 10)], 8]),
    io:format("~P~n", [[lists:seq(1, 20) || _ <- lists:seq(1, 10)], 40]),
    io:format("~30P~n", [lists:seq(1, 30), 20]),
    io:format("~-30P|~n", [[a, b], 20]),
    io:format("~tP~n", [[955, 956], 5]),
    io:format("~P~n", [{}, 1]),
    io:format("~P~n", [[], 0]),
    try io:format("~P~n", [x, y]) catch C:R -> io:format("caught ~w:~w~n", [C, R]) end,
    try io:format("~P~n", [x]) catch C2:R2 -> io:format("caught ~w:~w~n", [C2, R2]) end,
    Deep = lists:foldl(fun(I, Acc) -> {I, Acc} end, nil, lists:seq(1, 50)),
    io:format("~P~n", [Deep, 10]),
    io:format("~P~n", [Deep, 100]),
    io:format("~W~n", [Deep, 10]),
    io:format("~s~n", [io_lib:write(T, 3)]),
    io:format("~s~n", [io_lib:print(T, 1, 80, 4)]),
    io:format("~s~n", [io_lib:print(Deep, 10, 40, -1)]),
    ok.
