%% erlang:phash2 and erlang:phash of every kind of term must equal erts's values exactly.
-module(data_hashing).
-export([main/1, id/1]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

id(X) -> X.

main(_) ->
    Terms = ?MODULE:id([0, 1, -1, 255, 256, 1 bsl 27, 1 bsl 32, 1 bsl 59, 1 bsl 60, 1 bsl 64, -(1 bsl 64), 1 bsl 200,
                        0.0, -0.0, 1.0, 0.5, 1.0e300, a, '', 'hé', 'Ω', [], [a], "abc", [a | b], {}, {a, b}, <<>>, <<1, 2, 3>>,
                        <<1:3>>, <<"longer binary with more than 16 bytes">>, #{}, #{a => 1}, #{1 => 2, 1.0 => 3},
                        maps:from_list([{I, I} || I <- lists:seq(1, 40)]), lists:seq(1, 100), {[], {}, #{}, <<>>},
                        fun lists:map/2, fun erlang:'+'/2]),
    lists:foreach(fun(T) ->
                          erlang:display({erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash(T, 1 bsl 32), erlang:phash(T, 7)})
                  end, Terms),
    erlang:display([erlang:phash2(x, 1), erlang:phash2(x, 1 bsl 32)]),
    erlang:display(try erlang:phash2(x, ?MODULE:id(0)) catch C:R -> {C, R} end),
    erlang:display(lists:sum([erlang:phash2(I) || I <- lists:seq(1, 10000)])),
    erlang:display(lists:sum([erlang:phash2({I, integer_to_binary(I)}) || I <- lists:seq(1, 10000)])).
