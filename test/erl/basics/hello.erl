-module(hello).
-export([main/1]).
main(Args) ->
    erlang:display(hello),
    erlang:display(Args),
    erlang:display({1, 2.5, "str", <<"bin">>, [a | b]}).
