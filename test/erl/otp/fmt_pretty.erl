-module(fmt_pretty).
%% io:format ~p line breaking at 80 columns: deep nesting, long lists, records, maps, improper lists, binaries.
-export([main/1]).

-record(person, {name, age, email, address = {street, "Main Street", 42}, tags = []}).

main(_) ->
    p(lists:seq(1, 60)),
    p(lists:seq(1000, 1040)),
    p([lists:seq(1, 15) || _ <- lists:seq(1, 4)]),
    p(list_to_tuple(lists:seq(1, 40))),
    p(#person{name = "Alice Wonderland", age = 33, email = <<"alice@example.com">>, tags = [a, b, c]}),
    p([#person{name = N, age = A} || {N, A} <- [{"Bob", 1}, {"Carol", 2}, {"Dave", 3}]]),
    p(maps:from_list([{K, K * K} || K <- lists:seq(1, 40)])),
    p(maps:from_list([{list_to_atom("key_" ++ integer_to_list(K)), {value, K}} || K <- lists:seq(1, 12)])),
    p(#{nested => #{deeper => #{deepest => lists:seq(1, 30)}}, other => [x, y]}),
    %% No atom in a map of more than 32 keys: erts hashes an atom by its atom-table index, which varies.
    p(maps:from_list([{K, K} || K <- lists:seq(1, 40)] ++ [{"str", 1}, {{1, "t"}, 2}, {1.0, 3}, {<<"bin">>, 4}, {[1], 5}])),
    p([1, 2, 3 | 4]),
    p([lists:seq(1, 25) | tail_atom_that_is_long]),
    p({a, [b | c], "string" ++ improper}),
    p(<<"a printable binary that is long enough to need more than eighty columns to print">>),
    p(list_to_binary(lists:seq(0, 100))),
    p(<<"not printable", 0, 1, 2, "xyz">>),
    p(<<1, 2, 3:5>>),
    p(list_to_binary(lists:duplicate(300, $a))),
    p([<<"b", (integer_to_binary(I))/binary>> || I <- lists:seq(1, 20)]),
    p(lists:duplicate(10, "a string element that is fairly long")),
    p(deep(12)),
    p({deep(6), deep(6)}),
    p([{key, value} || _ <- lists:seq(1, 12)]),
    p({"a string", 'an atom', 123456789012345678901234567890, 3.14, <<"bin">>, [], {}, #{}}),
    p([[[[[[[[[[[[[]]]]]]]]]]]]]),
    p(lists:seq($a, $z) ++ [0]),
    p([lists:seq($a, $z), lists:seq($A, $Z), lists:seq($0, $9), "with \"quotes\" and \\ backslash"]),
    p(["line1\nline2\nline3", "tab\there"]),
    p({fun_placeholder, make_ref_placeholder, 'Atom With Spaces', 'ok'}),
    p([X + 0.5 || X <- lists:seq(1, 30)]),
    p(erlang:make_tuple(8, lists:seq(1, 8))),
    p({[{a, 1}, {b, 2}], #{k => [1, 2, 3]}, [#{x => 1}, #{y => 2}]}),
    io:format("~p~n~p~n", [lists:seq(1, 30), lists:seq(31, 60)]),
    io:format("prefix text that takes some columns: ~p~n", [lists:seq(1, 30)]),
    io:format("~40p~n", [lists:seq(1, 30)]),
    io:format("~20p~n", [{aaaa, bbbb, cccc, dddd, eeee, ffff}]),
    io:format("~200p~n", [lists:seq(1, 60)]),
    io:format("~1p~n", [[a, b, {c, d}]]),
    io:format("~p ~p~n", [lists:seq(1, 25), lists:seq(1, 25)]),
    io:format("~w~n", [lists:seq(1, 60)]),
    S = io_lib:format("~p", [lists:seq(1, 40)]),
    io:format("deep: ~w, flat length ~w~n", [is_list(S), length(lists:flatten(S))]),
    ok.

p(T) -> io:format("~p~n", [T]).

deep(0) -> leaf;
deep(N) -> {node, N, [deep(N - 1)], #{n => N}}.
