%% unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 between every encoding
%% (latin1, utf8, utf16 and utf32 of both byte orders), on deep chardata mixing binaries and
%% code points, with erts's {error, ...} and {incomplete, ...} results and badarg cases; the
%% utf16/utf32 paths run unicode.erl's own code on top of the BIFs.
-module(unicode_convert).
-export([main/1]).

encodings() ->
    [latin1, unicode, utf8, utf16, {utf16, little}, {utf16, big}, utf32, {utf32, little}, {utf32, big}].

try_it(F) ->
    try F() of
        V -> V
    catch
        C:R:S -> {C, R, hd(S)}
    end.

main(_) ->
    Texts = ["abc", "h\x{e9}llo", [16#20AC, 16#4E2D, 16#1F600], [97, [98, <<"c">>], [] | <<"d">>],
             [<<"\x{e9}"/utf8>>, 16#10FFFF], ""],
    [begin
         Bin = try_it(fun() -> unicode:characters_to_binary(T, unicode, Enc) end),
         erlang:display({Enc, Bin}),
         case is_binary(Bin) of
             true ->
                 erlang:display(try_it(fun() -> unicode:characters_to_list(Bin, Enc) end)),
                 erlang:display(try_it(fun() -> unicode:characters_to_binary(Bin, Enc, utf8) end));
             false -> ok
         end
     end || T <- Texts, Enc <- encodings()],
    %% cut and invalid input in each encoding
    Cut = [<<0, 97, 216>>, <<97, 0, 0>>, <<0, 0, 0, 97, 0, 0>>, <<216, 0, 0, 97>>, <<0, 0, 217, 0>>,
           <<226, 130>>, <<255, 97>>, <<0, 17, 0, 0>>],
    [erlang:display({Enc, B, try_it(fun() -> unicode:characters_to_list(B, Enc) end),
                     try_it(fun() -> unicode:characters_to_binary([B, <<"z">>], Enc) end)})
     || B <- Cut, Enc <- encodings()],
    %% the BIFs' own cases
    [erlang:display(try_it(fun() -> unicode:characters_to_binary(X) end))
     || X <- [[<<195>>, <<169>>], [<<195>>], [97, <<255>>, 98], [1114112], [-1], [a], <<1:1>>, [[[<<255>>]]],
              [<<195>>, 97], <<"ok">>, [<<"ok">>], [55296]]],
    [erlang:display(try_it(fun() -> unicode:characters_to_list(X, Enc) end))
     || X <- [<<"\x{e9}t\x{e9}">>, [256], [<<200>>, 255], <<226, 130, 172, 226>>], Enc <- [latin1, utf8]],
    erlang:display(try_it(fun() -> unicode:characters_to_binary("x", foo) end)),
    erlang:display(try_it(fun() -> unicode:characters_to_list("x", {utf16, middle}) end)),
    erlang:display([unicode:bin_is_7bit(B) || B <- [<<>>, <<"abc">>, <<"\x{e9}">>]]),
    erlang:display([unicode:bom_to_encoding(B) || B <- [<<239, 187, 191, 1>>, <<254, 255>>, <<255, 254, 0, 0>>, <<"x">>]]),
    erlang:display([unicode:encoding_to_bom(E) || E <- encodings()]),
    %% normalisation (unicode_util, Erlang code)
    erlang:display(unicode:characters_to_nfd_list("\x{e5}ngstr\x{f6}m")),
    erlang:display(unicode:characters_to_nfc_binary([$a, 16#30A, $o, 16#308])),
    erlang:display(unicode:characters_to_nfkc_list([16#FB01, 16#2460])),
    erlang:display(unicode:characters_to_nfkd_binary(<<"\x{1E9B}\x{323}"/utf8>>)),
    %% a long input, converted in one go on beamjs and in slices on erts
    Long = lists:duplicate(5000, [<<"\x{e9}t\x{e9} "/utf8>>, 16#1F600, $\n]),
    LongBin = unicode:characters_to_binary(Long),
    erlang:display({byte_size(LongBin), length(unicode:characters_to_list(LongBin)),
                    erlang:md5(unicode:characters_to_binary(LongBin, utf8, {utf16, little}))}).
