%% utf8/utf16/utf32 segments: code point limits, surrogates, endianness, matching malformed input.
-module(bits_utf).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Cps = [0, $a, 127, 128, 2047, 2048, 16#D7FF, 16#E000, 16#FFFD, 16#FFFF, 16#10000, 16#1F600, 16#10FFFF],
    lists:foreach(fun(C0) ->
                          C = ?MODULE:id(C0),
                          erlang:display({C, <<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32>>, <<C/utf32-little>>})
                  end, Cps),
    Bad = [16#D800, 16#DFFF, 16#110000, -1, a, 1.0],
    erlang:display([{C, t(fun() -> <<(?MODULE:id(C))/utf8>> end), t(fun() -> <<(?MODULE:id(C))/utf16>> end),
                     t(fun() -> <<(?MODULE:id(C))/utf32>> end)} || C <- Bad]),
    Inputs = [<<"héllo"/utf8>>, <<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>,
              <<16#F0, 16#9F, 16#98>>, <<16#80>>, <<16#FF>>, <<16#EF, 16#BF, 16#BF>>, <<"a", 16#E2, 16#82, 16#AC, "b">>],
    lists:foreach(fun(In) -> erlang:display({In, decode8(?MODULE:id(In), [])}) end, Inputs),
    erlang:display(decode16(?MODULE:id(<<0, $a, 16#D8, 16#3D, 16#DE, 16#00, 16#DC, 16#00, 0, $b>>), [])),
    erlang:display([X || <<X/utf32-little>> <= ?MODULE:id(<<97, 0, 0, 0, 0, 0, 17, 0, 98, 0, 0, 0>>)]),
    erlang:display([unicode:characters_to_binary("日本語"), unicode:characters_to_list(<<"日本語"/utf8>>),
                    unicode:characters_to_binary(<<255>>, latin1), unicode:characters_to_binary([16#D800]),
                    unicode:characters_to_binary(<<"a", 16#FF, "b">>), unicode:characters_to_binary("€", unicode, utf16),
                    unicode:characters_to_list(<<0, 97, 216, 61, 222, 0>>, utf16)]),
    erlang:display(<< <<C/utf8>> || C <- "Ω≈ç√∫˜µ≤≥÷" >>),
    erlang:display(byte_size(<< <<C/utf8>> || C <- lists:seq(0, 16#D7FF) >>)).

decode8(<<C/utf8, Rest/binary>>, Acc) -> decode8(Rest, [C | Acc]);
decode8(<<>>, Acc) -> lists:reverse(Acc);
decode8(Rest, Acc) -> {lists:reverse(Acc), bad, Rest}.

decode16(<<C/utf16, Rest/binary>>, Acc) -> decode16(Rest, [C | Acc]);
decode16(<<>>, Acc) -> lists:reverse(Acc);
decode16(Rest, Acc) -> {lists:reverse(Acc), bad, Rest}.
