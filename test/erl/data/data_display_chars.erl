%% Which code points erlang:display treats as printable in strings and binaries, and how it escapes them.
-module(data_display_chars).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    lists:foreach(fun(C) -> erlang:display({C, [C], [$a, C, $b], <<C>>, <<$a, C, $b>>}) end,
                  ?MODULE:id(lists:seq(0, 300) ++ [1000, 8364, 65535, 65536, 1114111])),
    erlang:display(<<"ab", 0, "cd">>),
    erlang:display([<<"\"quoted\"">>, <<"back\\slash">>, "\"q\"", "\\"]),
    erlang:display(list_to_atom(?MODULE:id([$a, 0, $b]))),
    erlang:display([list_to_atom(?MODULE:id([C])) || C <- [7, 8, 9, 10, 11, 12, 13, 27, 32, 39, 92, 127, 128, 160, 255, 256]]).
