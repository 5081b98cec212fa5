%% erlc-options: +no_bs_create_bin +no_type_opt
-module(op_legacy_bs).
%% Compiled with +no_bs_create_bin: OTP 24's construction instructions (bs_init2, bs_put_*,
%% bs_add, bs_append, bs_private_append, bs_utf8_size, bs_put_utf8...), as Elixir 1.14 uses them.
-export([main/1, id/1]).
id(X) -> X.
build(X, Y, B) -> <<X:8, Y:16/little, B/binary, "str", X/utf8, (float(X)):64/float, X:3>>.
grow(0, Acc) -> Acc;
grow(N, Acc) -> grow(N - 1, <<Acc/binary, N:8>>).
utf(L) -> << <<C/utf8>> || C <- L >>.
fixed(X, Y) -> <<X:8, Y:16, X:32/little>>.
ne(A, B) -> if A /= B -> different; true -> same end.
main(_) ->
    erlang:display(build(?MODULE:id(200), ?MODULE:id(513), ?MODULE:id(<<9, 8>>))),
    erlang:display(byte_size(grow(?MODULE:id(1000), <<>>))),
    erlang:display(utf(?MODULE:id([97, 233, 8364, 128512]))),
    erlang:display(<< <<X:4>> || X <- ?MODULE:id([1, 2, 3]) >>),
    erlang:display(fixed(?MODULE:id(7), ?MODULE:id(65535))),
    erlang:display([ne(?MODULE:id(1), ?MODULE:id(1.0)), ne(?MODULE:id(a), ?MODULE:id(b))]),
    erlang:display(catch build(?MODULE:id(a), 1, <<>>)).
