%% info_lib/0 and info/0 in full: the OpenSSL version text (with its release date) and how the
%% library is linked.
-module(crypto_info_lib).
-export([main/1]).

main(_) ->
    io:format("~p~n", [crypto:info_lib()]),
    io:format("~p~n", [crypto:info()]).
