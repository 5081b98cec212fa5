%% The BIFs that take binaries apart and put them together, and their badarg edges.
-module(bits_bifs).
-export([main/1, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    B = ?MODULE:id(<<"hello world">>),
    erlang:display([binary_part(B, 0, 5), binary_part(B, 11, 0), binary_part(B, 11, -5), binary_part(B, {6, 5}),
                    t(fun() -> binary_part(B, 6, 6) end), t(fun() -> binary_part(B, -1, 1) end), t(fun() -> binary_part(B, 12, 0) end)]),
    erlang:display([split_binary(B, 0), split_binary(B, 11), t(fun() -> split_binary(B, 12) end), t(fun() -> split_binary(B, -1) end)]),
    erlang:display([binary_to_list(B, 1, 5), binary_to_list(B, 11, 11), t(fun() -> binary_to_list(B, 0, 1) end),
                    t(fun() -> binary_to_list(B, 5, 4) end), t(fun() -> binary_to_list(B, 1, 12) end)]),
    erlang:display([list_to_binary([1, [2, [3 | <<4>>]], <<>>, 255]), t(fun() -> list_to_binary(?MODULE:id([256])) end),
                    t(fun() -> list_to_binary(?MODULE:id([-1])) end), t(fun() -> list_to_binary(?MODULE:id([a])) end),
                    t(fun() -> list_to_binary(?MODULE:id([1 | 2])) end), list_to_binary(?MODULE:id([1 | <<2>>])),
                    t(fun() -> list_to_binary(?MODULE:id(<<1>>)) end), iolist_to_binary(?MODULE:id(<<1>>))]),
    erlang:display([binary:bin_to_list(B, {0, 2}), binary:decode_unsigned(<<1, 0>>), binary:decode_unsigned(<<1, 0>>, little),
                    binary:encode_unsigned(65536), binary:encode_unsigned(65536, little), binary:encode_unsigned(0),
                    binary:decode_unsigned(<<>>), binary:decode_unsigned(binary:copy(<<255>>, 20))]),
    erlang:display([binary:match(B, <<"o">>), binary:matches(B, <<"o">>), binary:match(B, [<<"wor">>, <<"w">>]),
                    binary:match(B, <<"zz">>), binary:matches(B, [<<"l">>, <<"ll">>]), binary:match(B, <<"o">>, [{scope, {5, 6}}])]),
    erlang:display([binary:split(B, <<" ">>), binary:split(<<",a,,b,">>, <<",">>, [global]),
                    binary:split(<<",a,,b,">>, <<",">>, [global, trim]), binary:split(<<",a,,b,">>, <<",">>, [global, trim_all]),
                    binary:replace(B, <<"o">>, <<"0">>), binary:replace(B, <<"o">>, <<"[]">>, [global, {insert_replaced, 1}])]),
    erlang:display([binary:longest_common_prefix([<<"abcd">>, <<"abxy">>, <<"ab">>]), binary:longest_common_suffix([<<"xyz">>, <<"ayz">>]),
                    binary:copy(<<"ab">>, 3), binary:first(B), binary:last(B), t(fun() -> binary:first(<<>>) end),
                    t(fun() -> binary:at(B, 11) end), binary:part(B, {11, -3})]),
    erlang:display([t(fun() -> binary:split(B, <<>>) end), t(fun() -> binary:match(B, <<>>) end), t(fun() -> binary:copy(B, -1) end)]),
    erlang:display([string:uppercase(<<"straße"/utf8>>), string:split(<<"a--b--c">>, <<"--">>, all), string:trim(<<"  x  ">>),
                    string:length(<<"åäö"/utf8>>), string:reverse(<<"abc">>), string:slice(<<"héllo"/utf8>>, 1, 3)]),
    erlang:display([base64:encode(<<"any carnal pleas">>), base64:decode(<<"YW55IGNhcm5hbCBwbGVhcw==">>), base64:encode(<<>>),
                    binary:encode_hex(<<1, 171, 255>>), binary:decode_hex(<<"01abFF">>)]),
    erlang:display([erlang:md5(<<>>), erlang:crc32(<<"123456789">>), erlang:adler32(<<"Wikipedia">>), erlang:crc32(1, <<"x">>)]).
