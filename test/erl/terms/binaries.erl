-module(binaries).
-export([main/1]).
parse(<<Len:16, Body:Len/binary, Rest/binary>>) -> [Body | parse(Rest)];
parse(<<>>) -> [].
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256):8>>).
main(_) ->
    B = <<1, 2, 3:4, 5:12, -1:8/signed, 3.5/float, "hi">>,
    erlang:display(B),
    erlang:display(byte_size(B)),
    <<X:3, Y:5, Rest/bits>> = <<200, 7>>,
    erlang:display({X, Y, Rest}),
    erlang:display(parse(<<3:16, "abc", 2:16, "de">>)),
    erlang:display(byte_size(build(100000, <<>>))),
    erlang:display(<<"héllo"/utf8>>),
    <<C/utf8, _/binary>> = <<"é!"/utf8>>,
    erlang:display(C),
    erlang:display(<<1:1, 0:1, 1:1>>),
    erlang:display(binary_to_list(<<"abc">>)),
    erlang:display(list_to_binary([<<"a">>, "bc", [100, [101]]])),
    erlang:display(<<255:16/little, 1:32/big>>),
    <<F:32/float>> = <<1.5:32/float>>,
    erlang:display(F),
    erlang:display(catch <<(list_to_atom("x")):8>>).
