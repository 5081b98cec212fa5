%% supports/0 in full: public keys, curves and RSA options too.
-module(crypto_supports_all).
-export([main/1]).

main(_) ->
    io:format("~p~n", [crypto:supports()]).
