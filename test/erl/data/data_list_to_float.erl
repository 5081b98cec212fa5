-module(data_list_to_float).
-export([main/1]).
main(_) ->
    erlang:display([string:list_to_float(S) || S <- ["1.5e3x", "1.5", "-2.0E-2abc", "+3.25", "1", "1.", ".5", "1.5e", "1.5e+", "1e5", "abc", "", "1.5e400", "0.1x", [49,46,53|a]]]),
    erlang:display(string:list_to_float(abc)).
