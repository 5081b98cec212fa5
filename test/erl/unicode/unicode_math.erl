%% The math BIFs: results printed to the bit (erlang:display of a float is shortest round
%% trip), badarg for non-numbers and badarith for domain errors and overflow, with the BIF's
%% stack trace entry; and math.erl's own functions (pi/0) on top.
-module(unicode_math).
-export([main/1]).

try_it(F, Args) ->
    try apply(math, F, Args) of
        V -> {ok, V}
    catch
        C:R:S -> {C, R, hd(S)}
    end.

main(_) ->
    Unary = [sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, log, log2, log10,
             sqrt, erf, erfc, floor, ceil],
    Args = [0, 1, -1, 0.5, -0.5, 2, 10, 0.1, 3.0, 100, -100, 1.0e-10, 1.0e10, 1.0e300, 1 bsl 70, 1 bsl 1100,
            -0.0, 700, 800, 1.5707963267948966, 5.0e-324, a, "1"],
    [erlang:display({F, X, try_it(F, [X])}) || F <- Unary, X <- Args],
    Pairs = [{2, 10}, {2.0, 0.5}, {-8, 1/3}, {-8, 3}, {0, -1}, {0.0, 0}, {10, 400}, {10, -400}, {1, 1 bsl 2000},
             {1.0000001, 1.0e9}, {3, a}, {a, 3}, {1 bsl 1100, a}, {-0.0, -3}, {7.5, 2}, {-7.5, 2}, {1.0e300, 0.1}],
    [erlang:display({F, X, Y, try_it(F, [X, Y])}) || F <- [pow, atan2, fmod], {X, Y} <- Pairs],
    erlang:display({math:pi(), math:exp(1), math:floor(-0.5), math:ceil(-0.5)}),
    %% a sum over many calls: one differing bit anywhere changes it
    Sum = lists:foldl(fun(I, Acc) ->
                              X = I / 7,
                              Acc + math:sin(X) + math:cos(X) * math:exp(-X / 50) + math:log(1 + X) +
                                  math:atan2(X, 3) + math:pow(X, 0.37) + math:erf(X / 100) + math:tanh(X / 40)
                      end, 0.0, lists:seq(1, 2000)),
    erlang:display(Sum).
