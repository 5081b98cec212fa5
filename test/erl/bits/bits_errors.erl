%% Failing binary construction and matching, with their error terms.
-module(bits_errors).
-export([main/1, id/1]).

id(X) -> X.

%% Frames of erl_eval and init exist only on erts (it runs main under -eval): drop them.
strip({'EXIT', {R, St}}) -> {'EXIT', {R, [F || F <- St, element(1, F) =/= erl_eval, element(1, F) =/= init]}};
strip(V) -> V.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    A = ?MODULE:id(a), N = ?MODULE:id(-1), F = ?MODULE:id(1.5), B = ?MODULE:id(<<1, 2:3>>), L = ?MODULE:id([1]),
    erlang:display([t(fun() -> <<A:8>> end), t(fun() -> <<1:N>> end), t(fun() -> <<F:8>> end), t(fun() -> <<B/binary>> end),
                    t(fun() -> <<L/binary>> end), t(fun() -> <<1:A>> end), t(fun() -> <<B:2/binary>> end),
                    t(fun() -> <<(?MODULE:id(<<1>>)):2/binary>> end), t(fun() -> <<A/utf8>> end), t(fun() -> <<F/integer>> end),
                    t(fun() -> <<A/float>> end), t(fun() -> <<1:F>> end), t(fun() -> <<(?MODULE:id(1 bsl 70)):(?MODULE:id(1 bsl 60))>> end)]),
    erlang:display([t(fun() -> <<X:8>> = ?MODULE:id(<<1>>), X end), t(fun() -> <<_:16>> = ?MODULE:id(<<1>>) end),
                    t(fun() -> <<_:N>> = ?MODULE:id(<<1>>) end), t(fun() -> <<_/binary>> = ?MODULE:id(<<1:1>>) end),
                    t(fun() -> <<"ab">> = ?MODULE:id(<<"ac">>) end), t(fun() -> <<_:8>> = ?MODULE:id(notbin) end)]),
    erlang:display([t(fun() -> byte_size(A) end), t(fun() -> bit_size(L) end), t(fun() -> binary_to_list(A) end),
                    t(fun() -> bitstring_to_list(A) end), t(fun() -> binary_to_atom(?MODULE:id(<<255>>), utf8) end),
                    t(fun() -> binary_to_atom(binary:copy(<<"a">>, 256)) end), t(fun() -> binary_to_existing_atom(<<"never_ever_xyz">>) end),
                    t(fun() -> << <<X>> || X <- ?MODULE:id([1, a]) >> end), t(fun() -> << <<X>> || X <- ?MODULE:id(notalist) >> end)]),
    erlang:display(strip(catch <<(?MODULE:id(a)):8>>)).
