%% Float segments of 16, 32 and 64 bits; NaN and infinity bit patterns do not match a float.
-module(bits_float_segments).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Fs = [0.0, -0.0, 1.0, -2.5, 0.1, 1.0e10, 65504.0, 65520.0, 6.0e-8, 3.4028234663852886e38, 3.5e38, 1.0e-46,
          1.7976931348623157e308, 5.0e-324, 1.0e300],
    lists:foreach(fun(F0) ->
                          F = ?MODULE:id(F0),
                          erlang:display({F, t(fun() -> <<F:16/float>> end), t(fun() -> <<F:32/float>> end),
                                          <<F:64/float>>, <<F:32/float-little>>})
                  end, Fs),
    erlang:display([<<(?MODULE:id(1)):32/float>>, <<(?MODULE:id(1 bsl 64)):64/float>>]),
    erlang:display(t(fun() -> <<(?MODULE:id(1 bsl 1024)):64/float>> end)),
    erlang:display(t(fun() -> <<(?MODULE:id(a)):64/float>> end)),
    erlang:display(t(fun() -> <<(?MODULE:id(1.0)):(?MODULE:id(8))/float>> end)),
    Pats = [<<0, 0, 128, 127>>, <<0, 0, 128, 255>>, <<0, 0, 192, 127>>, <<1, 0, 128, 127>>,
            <<0, 0, 0, 0, 0, 0, 240, 127>>, <<0, 0, 0, 0, 0, 0, 248, 127>>, <<0, 0, 0, 0, 0, 0, 240, 255>>,
            <<0, 124>>, <<0, 252>>, <<0, 126>>, <<1, 0>>, <<255, 123>>, <<0, 60>>],
    lists:foreach(fun(P0) ->
                          P = ?MODULE:id(P0),
                          R = case P of
                                  <<X:16/float-little>> -> {f16, X};
                                  <<X:32/float-little>> -> {f32, X};
                                  <<X:64/float-little>> -> {f64, X};
                                  _ -> nomatch
                              end,
                          erlang:display({P, R})
                  end, Pats),
    <<H1:16/float, H2:16/float, S1:32/float>> = ?MODULE:id(<<60, 0, 192, 0, 63, 128, 0, 0>>),
    erlang:display([H1, H2, S1]),
    erlang:display([X || <<X:32/float>> <= ?MODULE:id(<<63, 128, 0, 0, 127, 128, 0, 0, 64, 0, 0, 0>>)]).
