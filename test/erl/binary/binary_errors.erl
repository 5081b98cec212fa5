%% How the binary BIFs fail: badarg with the BIF, its arguments and
%% {error_info, #{module => erl_stdlib_errors}} as the first stack trace entry; then an uncaught
%% one, which erts reports through init.
-module(binary_errors).
-export([main/1]).

id(X) -> X.

full(F) ->
    try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    B = id(<<"abc">>),
    erlang:display([full(F) || F <- [
        fun() -> binary:match(B, <<>>) end,
        fun() -> binary:match(B, [<<"a">>, <<>>]) end,
        fun() -> binary:matches(B, <<"a">>, [{scope, {4, 0}}]) end,
        fun() -> binary:matches(B, <<"a">>, [{scope, {1, -2}}]) end,
        fun() -> binary:split(B, <<"a">>, [global, bad]) end,
        fun() -> binary:split(id(<<1:5>>), <<"a">>) end,
        fun() -> binary:compile_pattern(id([])) end,
        fun() -> binary:compile_pattern(id(<<>>)) end,
        fun() -> binary:part(B, 2, 2) end,
        fun() -> binary:part(B, id({1})) end,
        fun() -> binary:at(B, 3) end,
        fun() -> binary:first(id(<<>>)) end,
        fun() -> binary:last(id(<<1:4>>)) end,
        fun() -> binary:copy(B, -1) end,
        fun() -> binary:list_to_bin(id([256])) end,
        fun() -> binary:decode_unsigned(B, middle) end,
        fun() -> binary:encode_unsigned(id(-5)) end,
        fun() -> binary:longest_common_prefix(id([])) end,
        fun() -> binary:longest_common_suffix(id([B | B])) end,
        fun() -> binary:referenced_byte_size(id(abc)) end,
        fun() -> binary:bin_to_list(B, 2, 5) end,
        fun() -> binary:replace(B, <<>>, <<"x">>) end,
        fun() -> apply(binary, at, [B, id(-1)]) end
    ]]),
    %% Not in tail position: the trace keeps main's frame either way on erts.
    X = binary:at(B, id(7)),
    erlang:display(X).
