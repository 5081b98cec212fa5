%% erlang:display of a map past 32 keys prints erts's internal hash-trie layout (#<bitmap>{...}), not #{...}.
%% Keys are numbers and binaries only: erts hashes atoms by their table index, which varies run to run.
-module(maps_display_hamt).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M33 = maps:from_list([{I, I * I} || I <- lists:seq(1, ?MODULE:id(33))]),
    erlang:display(M33),
    erlang:display(maps:from_list([{integer_to_binary(C), C} || C <- lists:seq(1, 40)])),
    erlang:display({wrapped, [M33]}),
    erlang:display(maps:remove(33, M33)),
    erlang:display(maps:from_list([{I * 0.5, I} || I <- lists:seq(1, 100)])).
