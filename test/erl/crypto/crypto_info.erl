%% What crypto says about itself and the library under it, as far as beamjs's library (node's
%% OpenSSL) can say the same: the name, version number and version of OpenSSL, the keys of info/0,
%% FIPS, and starting the application. crypto_info_lib prints the full texts.
-module(crypto_info).
-export([main/1]).

%% "OpenSSL 3.0.19 27 Jan 2026" -> ["OpenSSL", "3.0.19"]
name_version(S) -> lists:sublist(string:lexemes(S, " "), 2).

main(_) ->
    [{Name, Num, Text}] = crypto:info_lib(),
    io:format("~p~n", [{Name, Num, name_version(binary_to_list(Text))}]),
    Info = crypto:info(),
    io:format("~p~n", [maps:keys(Info)]),
    io:format("~p~n", [maps:with([compile_type, fips_provider_available, otp_crypto_version], Info)]),
    io:format("~p~n", [[name_version(maps:get(K, Info)) || K <- [cryptolib_version_compiled, cryptolib_version_linked]]]),
    io:format("~p~n", [crypto:info_fips()]),
    io:format("~p~n", [crypto:version()]),
    io:format("~p~n", [crypto:enable_fips_mode(false)]),
    io:format("~p~n", [crypto:info_fips()]),
    io:format("~p~n", [crypto:enable_fips_mode(true)]),
    io:format("~p~n", [crypto:info_fips()]),
    io:format("~p~n", [catch crypto:enable_fips_mode(foo)]),
    io:format("~p~n", [application:load(crypto)]),
    io:format("~p~n", [application:start(crypto)]),
    io:format("~p~n", [lists:keymember(crypto, 1, application:which_applications())]),
    io:format("~p~n", [crypto:start()]),
    io:format("~p~n", [code:is_loaded(crypto) =/= false]).
