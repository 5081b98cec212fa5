-module(float_scientific_rounding).
%% float_to_list/2 with {scientific, N} and float_to_list/1 (20 digits) round like C's %.Ne:
%% exact ties go to even. Values with short binary fractions make ties at every precision.
-export([main/1]).

ties() ->
    [K / (1 bsl N) || N <- [1, 2, 3, 4, 6, 8, 10, 20], K <- [1, 3, 5, 7, 9, 11, 13, 15, 25, 125, 1023]] ++
    [125.0, 135.0, 2.5, 3.5, 0.5, 1.5, 1.0e21, 1.25e22, 9007199254740993.0, 1180591620717411303424.0,
     4503599627370497.5, 0.1, 0.2, 0.3, 1/3, 2/3, 1.0e-300, 5.0e-324, 2.2250738585072014e-308,
     1.7976931348623157e308, 123456789012345678.0, 0.000123, 4.35, 2.675, 1.005].

main(_) ->
    Fs = ties(),
    [io:format("~p ~s~n", [P, lists:join(" ", [float_to_list(S * F, [{scientific, P}]) || F <- Fs, S <- [1, -1]])])
     || P <- [0, 1, 2, 3, 5, 8, 14, 15, 16, 17, 19, 20, 21, 25, 40]],
    io:format("~s~n", [lists:join(" ", [float_to_list(F) || F <- Fs])]),
    io:format("~s~n", [lists:join(" ", [io_lib:format("~.3e ~e ~.10e", [F, F, F]) || F <- Fs])]),
    ok.
