%% binary:match/2,3, matches/2,3 and split/2,3: one and several search strings, overlapping
%% candidates (which one erts's Aho-Corasick keeps), scopes with negative lengths, compiled
%% patterns reused across calls, unaligned sub-binaries as subjects and split's trim options.
-module(binary_search).
-export([main/1]).

id(X) -> X.

unaligned(B) ->
    Bits = <<1:3, B/binary, 0:5>>,
    <<_:3, S:(byte_size(B))/binary, _:5>> = id(Bits),
    S.

main(_) ->
    H = id(<<"the cat sat on the mat; the hat">>),
    erlang:display(binary:match(H, <<"at">>)),
    erlang:display(binary:match(H, [<<"at">>, <<"cat">>, <<"the">>])),
    erlang:display(binary:match(H, [<<"he">>, <<"the">>])),
    erlang:display(binary:matches(H, <<"at">>)),
    erlang:display(binary:matches(H, [<<"at">>, <<"cat">>, <<"t">>])),
    erlang:display(binary:matches(H, [<<"at">>, <<"at ">>, <<"t s">>])),
    erlang:display(binary:matches(id(<<"abcde">>), [<<"bcd">>, <<"bc">>, <<"cde">>, <<"c">>])),
    erlang:display(binary:matches(id(<<"aaaaaaa">>), <<"aa">>)),
    erlang:display(binary:matches(id(<<"aaaaaaa">>), [<<"aaa">>, <<"aa">>])),
    erlang:display(binary:match(H, <<"at">>, [{scope, {10, 8}}])),
    erlang:display(binary:match(H, <<"at">>, [{scope, {byte_size(H), -6}}])),
    erlang:display(binary:matches(H, <<"at">>, [{scope, {5, 20}}])),
    erlang:display(binary:match(H, <<"zzz">>)),
    erlang:display(binary:matches(H, <<"zzz">>)),
    erlang:display(binary:match(id(<<>>), <<"a">>)),
    CP = binary:compile_pattern([<<";">>, <<" ">>]),
    erlang:display(element(1, CP)),
    erlang:display(element(1, binary:compile_pattern(<<"x">>))),
    erlang:display(binary:split(H, CP, [global])),
    erlang:display(binary:split(H, CP, [global, trim_all])),
    erlang:display(binary:split(H, CP)),
    erlang:display(binary:matches(H, CP)),
    U = unaligned(<<"a,b,,c,">>),
    erlang:display(binary:split(U, <<",">>, [global])),
    erlang:display(binary:split(U, <<",">>, [global, trim])),
    erlang:display(binary:split(U, <<",">>, [global, trim_all])),
    erlang:display(binary:matches(U, [<<",,">>, <<",">>])),
    erlang:display(binary:split(id(<<"key=value=more">>), <<"=">>)),
    erlang:display(binary:split(id(<<"=value">>), <<"=">>, [trim_all])),
    erlang:display(binary:split(id(<<"value=">>), <<"=">>, [trim])),
    erlang:display(binary:split(id(<<"line1\r\nline2\nline3\r\n">>), [<<"\r\n">>, <<"\n">>], [global, trim])),
    erlang:display(binary:split(id(<<"a b c d">>), <<" ">>, [global, {scope, {2, 3}}])),
    erlang:display(binary:split(id(<<>>), <<",">>)),
    erlang:display(binary:split(id(<<>>), <<",">>, [trim])),
    Parts = binary:split(id(<<"0123456789">>), <<"5">>),
    erlang:display([binary:referenced_byte_size(P) || P <- Parts]),
    erlang:display(lists:sum([length(binary:matches(B, [<<"ab">>, <<"ba">>, <<"b">>]))
                              || B <- [list_to_binary([$a + (I rem 3) || I <- lists:seq(1, N)]) || N <- lists:seq(1, 40)]])),
    ok.
