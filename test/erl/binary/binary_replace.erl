%% binary:replace/3,4 (Erlang code in binary.erl over matches/3): global, scope,
%% insert_replaced, several search strings; and encode_hex/decode_hex.
-module(binary_replace).
-export([main/1]).

id(X) -> X.

main(_) ->
    S = id(<<"abcde abcde abcde">>),
    erlang:display(binary:replace(S, <<"b">>, <<"[]">>)),
    erlang:display(binary:replace(S, <<"b">>, <<"[]">>, [global])),
    erlang:display(binary:replace(S, [<<"b">>, <<"cd">>], <<"[]">>, [global, {insert_replaced, 1}])),
    erlang:display(binary:replace(S, [<<"bcd">>, <<"c">>], <<"<>">>, [global, {insert_replaced, [1, 1]}])),
    erlang:display(binary:replace(S, <<"e">>, <<"E">>, [global, {scope, {3, 9}}])),
    erlang:display(binary:replace(S, <<"zz">>, <<"y">>, [global])),
    erlang:display(binary:replace(S, binary:compile_pattern([<<" ">>, <<"a">>]), <<>>, [global])),
    erlang:display(binary:replace(id(<<"aaaa">>), <<"aa">>, <<"b">>, [global])),
    erlang:display(binary:encode_hex(id(<<1, 171, 255, 0>>))),
    erlang:display(binary:decode_hex(id(<<"01abFF00">>))),
    erlang:display(try binary:replace(S, <<>>, <<"x">>) catch C1:R1 -> {C1, R1} end),
    erlang:display(try binary:replace(S, <<"a">>, <<"x">>, [bad]) catch C2:R2 -> {C2, R2} end),
    ok.
