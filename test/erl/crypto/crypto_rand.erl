%% Random numbers: strong_rand_bytes sizes and errors, rand_uniform ranges, rand_seed and the
%% crypto, crypto_cache and crypto_aes plugins of rand. Only properties are printed.
-module(crypto_rand).
-export([main/1]).
-compile({nowarn_deprecated_function, [{crypto, rand_uniform, 2}]}).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    io:format("~p~n", [[byte_size(crypto:strong_rand_bytes(N)) || N <- [0, 1, 2, 15, 16, 1000, 100000]]]),
    io:format("~p~n", [crypto:strong_rand_bytes(32) =/= crypto:strong_rand_bytes(32)]),
    io:format("~p~n", [t(fun() -> crypto:strong_rand_bytes(-1) end)]),
    io:format("~p~n", [t(fun() -> crypto:strong_rand_bytes(a) end)]),
    io:format("~p~n", [t(fun() -> crypto:strong_rand_bytes(1 bsl 64) end)]),
    Us = [crypto:rand_uniform(10, 20) || _ <- lists:seq(1, 500)],
    io:format("~p~n", [{lists:min(Us) >= 10, lists:max(Us) < 20, length(lists:usort(Us)) > 5}]),
    Bs = [crypto:rand_uniform(-5, 1 bsl 70) || _ <- lists:seq(1, 100)],
    io:format("~p~n", [lists:all(fun(X) -> is_integer(X) andalso X >= -5 andalso X < 1 bsl 70 end, Bs)]),
    io:format("~p~n", [[crypto:rand_uniform(7, 8) || _ <- lists:seq(1, 5)]]),
    io:format("~p~n", [t(fun() -> crypto:rand_uniform(5, 5) end)]),
    io:format("~p~n", [t(fun() -> crypto:rand_uniform(6, 5) end)]),
    io:format("~p~n", [t(fun() -> crypto:rand_uniform(a, 5) end)]),
    io:format("~p~n", [t(fun() -> crypto:rand_uniform(1.0, 5) end)]),
    S = crypto:rand_seed(),
    io:format("~p~n", [maps:get(type, element(1, S))]),
    Fs = [rand:uniform() || _ <- lists:seq(1, 100)],
    io:format("~p~n", [lists:all(fun(F) -> F > 0.0 andalso F < 1.0 end, Fs)]),
    Is = [rand:uniform(6) || _ <- lists:seq(1, 300)],
    io:format("~p~n", [lists:usort(Is)]),
    {Alg, _} = crypto:rand_seed_s(),
    io:format("~p~n", [maps:get(type, Alg)]),
    _ = crypto:rand_seed_alg(crypto_cache),
    Cs = [rand:uniform(100) || _ <- lists:seq(1, 500)],
    io:format("~p~n", [{lists:min(Cs) >= 1, lists:max(Cs) =< 100}]),
    _ = crypto:rand_seed_alg(crypto_aes, <<"0123456789abcdef">>),
    A1 = [rand:uniform(1000000) || _ <- lists:seq(1, 20)],
    _ = crypto:rand_seed_alg(crypto_aes, <<"0123456789abcdef">>),
    A2 = [rand:uniform(1000000) || _ <- lists:seq(1, 20)],
    io:format("aes ~p~n~p~n", [A1 =:= A2, A1]),
    S3 = crypto:rand_seed_alg_s(crypto_aes, <<"seed">>),
    {V, _} = rand:uniform_s(S3),
    io:format("~p~n", [V]),
    io:format("~p~n", [crypto:rand_plugin_uniform(crypto:rand_seed_s()) =/= x]),
    io:format("~p~n", [t(fun() -> crypto:rand_seed(1) end)]),
    io:format("~p~n", [t(fun() -> crypto:rand_seed(<<"seed">>) end)]).
