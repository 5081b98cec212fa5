%% Bitstrings whose length is not a multiple of 8: construction, sizes, display, concatenation, BIFs.
-module(bits_unaligned).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Bs = [<<1:1>>, <<0:1>>, <<5:3>>, <<1:7>>, <<255:8, 1:1>>, <<1:17>>, <<16#abc:12>>, <<>>, <<0:0>>,
          <<1:1, 2:2, 3:3, 4:4>>, <<"abc", 1:1>>],
    lists:foreach(fun(B0) ->
                          B = ?MODULE:id(B0),
                          erlang:display({B, bit_size(B), byte_size(B), is_binary(B), is_bitstring(B),
                                          bitstring_to_list(B), t(fun() -> binary_to_list(B) end)})
                  end, Bs),
    A = ?MODULE:id(<<1:3>>), B = ?MODULE:id(<<2:5>>), C = ?MODULE:id(<<3:7>>),
    erlang:display([<<A/bits, B/bits>>, <<A/bits, C/bits>>, <<C/bits, C/bits, C/bits>>, <<A/bitstring, "x">>]),
    Acc = lists:foldl(fun(I, Bin) -> <<Bin/bits, I:3>> end, <<>>, lists:seq(0, 20)),
    erlang:display({Acc, bit_size(Acc)}),
    erlang:display([X || <<X:3>> <= Acc]),
    erlang:display(<< <<X:1>> || X <- [1, 0, 1, 1, 0, 0, 1, 0, 1, 1] >>),
    erlang:display(<< <<X:5>> || <<X:5>> <= <<"hello">> >>),
    <<H:5, Rest/bits>> = ?MODULE:id(<<"hello">>),
    erlang:display({H, Rest, bit_size(Rest)}),
    erlang:display([t(fun() -> binary_part(?MODULE:id(<<1:9>>), 0, 1) end), t(fun() -> byte_size(?MODULE:id(<<1:9>>)) end),
                    t(fun() -> list_to_binary(?MODULE:id([<<1:1>>])) end), t(fun() -> list_to_bitstring([<<1:1>>, 1, [<<3:2>>]]) end),
                    t(fun() -> iolist_to_binary(?MODULE:id([<<1:1>>])) end), t(fun() -> iolist_size([<<1:1>>]) end),
                    t(fun() -> split_binary(?MODULE:id(<<1:9>>), 1) end), t(fun() -> <<(?MODULE:id(<<1:9>>))/binary>> end)]),
    erlang:display([list_to_bitstring([1, <<2:3>>]), t(fun() -> list_to_bitstring([<<2:3>>, 1]) end), bitstring_to_list(<<1, 2:4>>)]),
    erlang:display([term_to_binary(<<1:3>>), binary_to_term(term_to_binary(<<5:3, 7:9>>)), erlang:phash2(<<1:3>>)]),
    erlang:display([<<1:1>> =:= <<1:1>>, <<0:1>> == <<0:2>>, <<(?MODULE:id(<<3:2>>))/bits, 0:6>> =:= <<192>>]).
