%% term_to_binary/1 of every kind of term, byte for byte, and binary_to_term/1 back.
-module(etf_terms).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Terms = [0, 1, 255, 256, -1, -256, 2147483647, -2147483648, 2147483648, -2147483649, 1 bsl 40, -(1 bsl 52),
             1 bsl 59, 1 bsl 64, -(1 bsl 64) - 1, 1 bsl 2039, (1 bsl 2040) - 1, 1 bsl 2040, -(1 bsl 3000),
             0.0, -0.0, 1.0, -1.5, 0.1, 1.0e300, -2.5e-300, 5.0e-324, 1.7976931348623157e308,
             a, '', 'A b', 'é', 'ÿ', 'Ω', '日本語', list_to_atom(lists:duplicate(255, $z)),
             list_to_atom(lists:duplicate(255, 16#FF)), list_to_atom(lists:duplicate(86, 16#65E5)), true, false,
             [], [a], "abc", [0, 255], [256], [-1], [1, 2 | 3], [a | b], "x" ++ [a], [[]], [[1], [2, [3]]],
             lists:seq(1, 65535 div 255) ++ [0], [X rem 256 || X <- lists:seq(1, 65535)], [X rem 256 || X <- lists:seq(1, 65536)],
             {}, {a}, {a, {b, {c}}}, list_to_tuple(lists:seq(1, 255)), list_to_tuple(lists:seq(1, 256)),
             <<>>, <<0>>, <<1, 2, 3>>, <<"binary">>, <<1:1>>, <<255, 7:3>>, <<0:7>>, <<1:15>>,
             #{}, #{a => 1}, #{b => 2, a => 1}, #{1 => a, 1.0 => b, <<"k">> => [v]}, #{{x} => #{y => z}},
             maps:from_list([{I, I * I} || I <- lists:seq(1, 33)]),
             maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 50)]),
             maps:from_list([{float(I), [I]} || I <- lists:seq(1, 40)]),
             fun lists:map/2, fun erlang:'+'/2, fun ?MODULE:id/1, fun 'Élan':'日'/0],
    lists:foreach(fun(T0) ->
                          T = ?MODULE:id(T0),
                          B = term_to_binary(T),
                          erlang:display(if byte_size(B) > 400 -> {byte_size(B), erlang:md5(B)}; true -> B end),
                          erlang:display(binary_to_term(B) =:= T)
                  end, Terms),
    <<_:3/binary, Sub:7/binary, _/binary>> = ?MODULE:id(<<"0123456789abcdef">>),
    <<_:3, Bits:20/bitstring, _/bitstring>> = ?MODULE:id(<<"xyzw">>),
    erlang:display([term_to_binary(Sub), term_to_binary(Bits), term_to_binary([Sub, Bits])]),
    Deep = lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 100000)),
    DB = term_to_binary(Deep),
    erlang:display({byte_size(DB), erlang:md5(DB), binary_to_term(DB) =:= Deep}),
    Nested = lists:foldl(fun(I, A) -> {I, #{I => A, -I => [I]}} end, x, lists:seq(1, 2000)),
    NB = term_to_binary(Nested),
    erlang:display({byte_size(NB), erlang:md5(NB), binary_to_term(NB) =:= Nested}).
