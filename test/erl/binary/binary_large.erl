%% The search BIFs on large subjects: a megabyte of generated text split into lines and words,
%% counted with matches/2 (one and several search strings), searched in scopes, and compared
%% with longest_common_prefix/suffix; results are summarised by counts and checksums.
-module(binary_large).
-export([main/1]).

line(I) ->
    Words = [<<"w", (integer_to_binary((I * 7 + K) rem 97))/binary>> || K <- lists:seq(1, 1 + I rem 9)],
    [lists:join(<<" ">>, Words), case I rem 3 of 0 -> <<"\r\n">>; _ -> <<"\n">> end].

main(_) ->
    Text = iolist_to_binary([line(I) || I <- lists:seq(1, 40000)]),
    erlang:display(byte_size(Text)),
    Lines = binary:split(Text, [<<"\r\n">>, <<"\n">>], [global, trim]),
    erlang:display(length(Lines)),
    erlang:display(erlang:phash2(Lines)),
    erlang:display(length(binary:matches(Text, <<"w1">>))),
    erlang:display(length(binary:matches(Text, [<<"w1">>, <<"w12">>, <<"2 w">>, <<"\r">>]))),
    erlang:display(erlang:phash2(binary:matches(Text, [<<"w9">>, <<"w96">>, <<"6\n">>]))),
    Words = binary:split(Text, [<<" ">>, <<"\n">>, <<"\r\n">>], [global, trim_all]),
    erlang:display({length(Words), erlang:phash2(lists:usort(Words))}),
    erlang:display(binary:match(Text, <<"w96 w6">>, [{scope, {100000, 500000}}])),
    erlang:display(binary:match(Text, [<<"w5 w12">>, <<"w96 w6">>], [{scope, {byte_size(Text), -300000}}])),
    erlang:display(binary:match(Text, <<"not there">>)),
    Big = binary:copy(<<"abc">>, 300000),
    erlang:display({byte_size(Big), binary:longest_common_prefix([Big, <<Big/binary, "x">>]),
                    binary:longest_common_suffix([Big, <<"x", Big/binary>>])}),
    erlang:display(length(binary:matches(Big, <<"cab">>))),
    erlang:display(length(binary:split(Big, <<"bca">>, [global]))),
    ok.
