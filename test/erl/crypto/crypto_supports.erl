%% supports/1 for the algorithm families beamjs implements with node:crypto (hashes, MACs,
%% ciphers), in erts's order.
-module(crypto_supports).
-export([main/1]).

main(_) ->
    io:format("~p~n", [crypto:supports(hashs)]),
    io:format("~p~n", [crypto:supports(macs)]),
    io:format("~p~n", [crypto:supports(ciphers)]),
    io:format("~p~n", [[T || {T, _} <- crypto:supports()]]),
    io:format("~p~n", [catch crypto:supports(foo)]).
