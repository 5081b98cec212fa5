-module(op_floats).
%% Float register arithmetic: fsub, fnegate, fmul, fdiv and conversions.
-export([main/1, id/1]).
id(X) -> X.
f(X, Y) when is_float(X), is_float(Y) -> {X - Y, -X, X * Y, X / Y, X + Y * 2.0 - 1.5}.
main(_) ->
    erlang:display(f(?MODULE:id(3.5), ?MODULE:id(0.25))),
    erlang:display(f(?MODULE:id(-1.0e300), ?MODULE:id(1.0e-10))),
    erlang:display(catch f(?MODULE:id(1.0e300), ?MODULE:id(1.0e-300))).
