-module(op_bits).
%% bs_skip_utf8/16/32: skipping code points while matching.
-export([main/1, id/1]).
id(X) -> X.
skip8(<<_/utf8, R/binary>>) -> R.
skip16(<<_/utf16, R/binary>>) -> R.
skip32(<<_/utf32-little, R/binary>>) -> R.
count(<<>>, N) -> N;
count(<<_/utf8, R/binary>>, N) -> count(R, N + 1).
main(_) ->
    erlang:display(skip8(?MODULE:id(<<"éa"/utf8>>))),
    erlang:display(skip16(?MODULE:id(<<"€b"/utf16>>))),
    erlang:display(skip32(?MODULE:id(<<"xc"/utf32-little>>))),
    erlang:display(count(?MODULE:id(<<"日本語 ok"/utf8>>), 0)),
    erlang:display(catch skip8(?MODULE:id(<<255, 1>>))).
