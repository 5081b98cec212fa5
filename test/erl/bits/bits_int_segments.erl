%% Integer segments: every size 0..70, signedness, endianness, truncation of out-of-range values.
-module(bits_int_segments).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Vs = [0, 1, -1, 255, 256, -256, 16#123456789abcdef, -16#123456789abcdef, 1 bsl 64 + 5, -(1 bsl 70) - 3],
    lists:foreach(fun(V0) ->
                          V = ?MODULE:id(V0),
                          erlang:display({V, [<<V:S>> || S <- [0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 52, 53, 54, 63, 64, 65, 70]]})
                  end, Vs),
    lists:foreach(fun(S0) ->
                          S = ?MODULE:id(S0),
                          V = ?MODULE:id(-5),
                          B = <<V:S/little-signed>>,
                          <<U:S/little-unsigned>> = B,
                          <<I:S/little-signed>> = B,
                          <<BU:S/big-unsigned>> = B,
                          <<BI:S/big-signed>> = B,
                          erlang:display({S, B, U, I, BU, BI})
                  end, [1, 4, 8, 12, 16, 24, 32, 40, 48, 53, 56, 64, 72, 100]),
    X = ?MODULE:id(16#0102030405060708),
    erlang:display([<<X:64/little>>, <<X:64/big>>, <<X:64/native>> =:= <<X:64/little>>, <<X:48/little>>, <<X:20/little>>,
                    <<X:4/little>>, <<X:12/little-unit:1>>, <<X:3/unit:8>>, <<X:2/little-unit:8>>]),
    <<A:3, B:13/little, C:16/signed>> = ?MODULE:id(<<255, 1, 128, 0>>),
    erlang:display({A, B, C}),
    Sz = ?MODULE:id(3),
    erlang:display(<<1:Sz/unit:8, 2:Sz/unit:3, 3:(Sz * 2)>>).
