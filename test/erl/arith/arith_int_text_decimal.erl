%% Base-10 integer text, the common case beamjs writes digit by digit: every digit count, both
%% signs, the edges of the small-integer and double-exact ranges, and parsing from binaries that
%% are parts of bigger ones (at byte and at bit offsets), with 15, 16 and more digits.
-module(arith_int_text_decimal).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

edges() ->
    Pows = [P || E <- lists:seq(0, 20), P <- [pow10(E) - 1, pow10(E), pow10(E) + 1]],
    Bits = [B || E <- [26, 27, 28, 31, 32, 52, 53, 59, 60, 63, 64], B <- [(1 bsl E) - 1, 1 bsl E, (1 bsl E) + 1]],
    Ns = lists:usort([0 | Pows ++ Bits]),
    Ns ++ [-N || N <- Ns, N =/= 0].

pow10(0) -> 1;
pow10(E) -> 10 * pow10(E - 1).

main(_) ->
    Ns = edges(),
    erlang:display([integer_to_binary(?MODULE:id(N)) || N <- Ns]),
    erlang:display([integer_to_list(?MODULE:id(N)) || N <- Ns]),
    erlang:display(lists:all(fun(N) -> binary_to_integer(integer_to_binary(N)) =:= N end, Ns)),
    erlang:display(lists:all(fun(N) -> list_to_integer(integer_to_list(N)) =:= N end, Ns)),
    erlang:display([byte_size(integer_to_binary(?MODULE:id(N))) || N <- Ns]),
    %% Parts of a bigger binary, found by matching.
    Big = ?MODULE:id(<<"xx123456789012345yy-98765zz+0042ww9999999999999999vv-999999999999999uu">>),
    <<_:2/binary, A:15/binary, _:2/binary, B:6/binary, _:2/binary, C:5/binary, _:2/binary, D:16/binary,
      _:2/binary, E:16/binary, _/binary>> = Big,
    erlang:display([binary_to_integer(X) || X <- [A, B, C, D, E]]),
    %% At a bit offset: the part is not byte-aligned in its buffer.
    <<_:3, Odd:5/binary, _/bitstring>> = ?MODULE:id(<<0:3, "12345", 7:5>>),
    erlang:display({Odd, binary_to_integer(Odd)}),
    <<_:1, Odd2:3/binary, _:7>> = ?MODULE:id(<<1:1, "-42", 0:7>>),
    erlang:display({Odd2, binary_to_integer(Odd2)}),
    Bad = [<<>>, <<"-">>, <<"+">>, <<"1 ">>, <<" 1">>, <<"1.0">>, <<"12a">>, <<"--1">>, <<"1", 0>>,
           <<"123456789012345x">>, <<"12345678901234x">>, <<"+-1">>, <<"٣">>, <<16#ff>>],
    erlang:display([t(fun() -> binary_to_integer(?MODULE:id(X)) end) || X <- Bad]),
    erlang:display([t(fun() -> list_to_integer(?MODULE:id(binary_to_list(X))) end) || X <- Bad]),
    erlang:display([t(fun() -> list_to_integer(?MODULE:id(L)) end)
                    || L <- [[$1, 2.0], [$1 | $2], [$1, 1 bsl 70], [$1, -1], [$1, $0 + 256], [$1, -208], [$1 + 512],
                            [$- + 256, $1], [$+ + 256, $1], [$-, $1 + 256], [$1, (1 bsl 56) + $7], [$1, 1 bsl 60]]]),
    erlang:display(t(fun() -> binary_to_integer(?MODULE:id(<<1:7>>)) end)),
    erlang:display(t(fun() -> integer_to_binary(?MODULE:id(1.0)) end)),
    erlang:display(t(fun() -> integer_to_list(?MODULE:id(a)) end)),
    erlang:display([binary_to_integer(?MODULE:id(X)) || X <- [<<"007">>, <<"-007">>, <<"+7">>, <<"-0">>,
                                                              <<"999999999999999">>, <<"-999999999999999">>,
                                                              <<"9999999999999999">>, <<"9007199254740993">>,
                                                              <<"123456789012345678901234567890">>]]),
    %% Strings of digits in binaries built by appending, as a program builds them.
    Acc = lists:foldl(fun(N, Bin) -> <<Bin/binary, (integer_to_binary(N))/binary, ",">> end, <<>>, Ns),
    Parsed = [binary_to_integer(P) || P <- binary:split(Acc, <<",">>, [global, trim])],
    erlang:display(Parsed =:= Ns).
