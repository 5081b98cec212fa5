-module(halt_long_slogan).
%% halt/1 with a slogan longer than erts keeps (200 characters), with non-ASCII characters: how it is cut on stderr.
-export([main/1]).

main(_) ->
    erlang:display(halting),
    halt(lists:flatten(["slogan ", [integer_to_list(I) ++ " " || I <- lists:seq(1, 100)], [233, 955]])).
