%% Deeply nested iolists (a million levels) through the iolist BIFs, which must not recurse natively.
-module(data_deep_iolists).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    N = ?MODULE:id(1000000),
    Left = lists:foldl(fun(_, A) -> [A, $x] end, [], lists:seq(1, N)),
    Right = lists:foldl(fun(_, A) -> [$y | [A]] end, [], lists:seq(1, N)),
    Mixed = lists:foldl(fun(I, A) -> [<<I:8>>, A | <<"z">>] end, <<>>, lists:seq(1, 100000)),
    erlang:display([iolist_size(Left), iolist_size(Right), iolist_size(Mixed)]),
    erlang:display([byte_size(iolist_to_binary(Left)), byte_size(list_to_binary(Right)), byte_size(iolist_to_binary(Mixed))]),
    erlang:display([erlang:md5(iolist_to_binary(Left)), erlang:md5(Mixed)]),
    erlang:display(erlang:crc32(Right)),
    erlang:display(binary_part(iolist_to_binary(Mixed), 0, 10)),
    erlang:display(byte_size(term_to_binary(Left))),
    erlang:display(length(lists:flatten(Right))).
