%% decode_packet/3 with the length-prefixed and framed packet types: raw/0, 1, 2, 4, asn1, cdr,
%% sunrm, fcgi, tpkt, ssl_tls and line; complete, incomplete ({more, Length | undefined}) and
%% invalid packets, and the packet_size limit.
-module(packet_types).
-export([main/1]).

p(T, B) -> p(T, B, []).
p(T, B, O) -> io:format("~p ~p ~p~n  ~p~n", [T, B, O, catch erlang:decode_packet(T, B, O)]).

main(_) ->
    [p(T, B) || T <- [raw, 0], B <- [<<>>, <<"a">>, <<"abc">>]],
    [p(1, B) || B <- [<<>>, <<0>>, <<0, "x">>, <<3, "abc">>, <<3, "ab">>, <<3, "abcd">>, <<255>>]],
    [p(2, B) || B <- [<<>>, <<0>>, <<0, 0>>, <<0, 2, "ab">>, <<0, 3, "ab">>, <<1, 0>>, <<0, 1, "xyz">>]],
    [p(4, B) || B <- [<<>>, <<0, 0, 0>>, <<0, 0, 0, 0>>, <<0, 0, 0, 2, "ab", "rest">>, <<0, 0, 1, 0, "ab">>,
                      <<255, 255, 255, 255>>, <<128, 0, 0, 0>>, <<127, 255, 255, 255, "x">>]],
    [p(T, <<0, 0, 0, 5, "hello">>, [{packet_size, S}]) || T <- [4], S <- [0, 4, 5, 6]],
    [p(T, <<3, "abc">>, [{packet_size, S}]) || T <- [1], S <- [2, 3]],
    [p(sunrm, B) || B <- [<<>>, <<0, 0, 0>>, <<128, 0, 0, 3, "abc">>, <<0, 0, 0, 3, "abcde">>, <<128, 0, 0, 9, "abc">>,
                          <<255, 255, 255, 255>>]],
    [p(asn1, B) || B <- [<<>>, <<16#30>>, <<16#30, 0>>, <<16#30, 3, 1, 2, 3, 4>>, <<16#30, 3, 1>>,
                         <<16#30, 16#81, 2, 1, 2>>, <<16#30, 16#82, 0, 3, 1, 2, 3>>, <<16#30, 16#83, 0, 0, 1, 7>>,
                         <<16#30, 16#84, 0, 0, 0, 1, 9>>, <<16#30, 16#85, 0, 0, 0, 0, 1>>, <<16#30, 16#80>>,
                         <<16#1f, 16#81, 16#01, 2, 8, 9>>, <<16#1f, 16#81>>, <<16#1f, 16#81, 16#81, 16#01, 1, 5>>,
                         <<16#30, 16#82, 0>>, <<16#30, 16#81>>]],
    Giop = fun(Flags, Size, Body) -> <<"GIOP", 1, 2, Flags, 0, Size/binary, Body/binary>> end,
    [p(cdr, B) || B <- [<<>>, <<"GIOP", 1, 2>>, Giop(0, <<0, 0, 0, 3>>, <<"abc">>), Giop(1, <<3, 0, 0, 0>>, <<"abcd">>),
                        Giop(0, <<0, 0, 0, 9>>, <<"abc">>), <<"GIOX", 1, 2, 0, 0, 0, 0, 0, 0>>]],
    [p(fcgi, B) || B <- [<<>>, <<1, 1, 0, 1, 0, 3, 2, 0, "abc", 0, 0, "rest">>, <<1, 1, 0, 1, 0, 3, 0, 0, "ab">>,
                         <<2, 1, 0, 1, 0, 0, 0, 0>>, <<1, 6, 0, 1, 0, 0, 0, 0>>, <<1, 6, 0, 1, 0, 0, 5, 0, 1, 2>>]],
    [p(tpkt, B) || B <- [<<>>, <<3, 0, 0, 7, "abc", "x">>, <<3, 0, 0, 9, "abc">>, <<2, 0, 0, 4>>, <<3, 0, 0, 4>>,
                         <<3, 0, 0, 2>>, <<3, 0, 0, 0>>]],
    [p(ssl_tls, B) || B <- [<<>>, <<22, 3, 1, 0>>, <<22, 3, 3, 0, 2, 1, 2, 9>>, <<23, 3, 3, 0, 4, 1, 2>>,
                            <<16#80, 16#0b, 1, 3, 1, 0, 0, 0, 0, 0, 0>>, <<16#80, 16#05, 1, 3, 0>>]],
    [p(line, B) || B <- [<<>>, <<"abc">>, <<"abc\n">>, <<"abc\ndef\n">>, <<"\n">>, <<"abc\r\n">>, <<"a\rb">>]],
    [p(line, <<"abcdef\nxyz">>, O) || O <- [[{line_length, 3}], [{line_length, 7}], [{line_length, 0}],
                                           [{packet_size, 3}], [{packet_size, 7}], [{packet_size, 6}],
                                           [{line_delimiter, $c}], [{line_delimiter, 0}],
                                           [{line_length, 3}, {packet_size, 10}], [{packet_size, 3}, {line_length, 2}]]],
    [p(line, <<"abcdef">>, O) || O <- [[{line_length, 3}], [{line_length, 6}], [{line_length, 7}], [{packet_size, 5}],
                                       [{packet_size, 6}], [{line_length, 3}, {packet_size, 4}]]],
    [p(http, <<"GET /abcdef HTTP/1.1\r\n">>, O) || O <- [[{line_length, 10}], [{packet_size, 10}], [{packet_size, 21}],
                                                       [{packet_size, 22}], [{line_length, 30}]]],
    [p(http, <<"GET /abcdef HTTP/1.1">>, O) || O <- [[{line_length, 10}], [{packet_size, 20}], [{packet_size, 21}]]],
    [p(httph, <<"Host: abcdef\r\n\r\n">>, O) || O <- [[{packet_size, 5}], [{packet_size, 14}], [{packet_size, 13}]]],
    [p(httph, <<"Host: a\r\n b\r\nc">>, O) || O <- [[], [{packet_size, 11}], [{packet_size, 13}]]],
    %% Sub-binaries, unaligned binaries and bitstrings.
    <<_:8, Sub:5/binary, _/binary>> = <<9, 2, "ab", "cdef">>,
    p(1, Sub),
    <<_:3, Un:6/binary, _:5>> = <<0:3, 3, "abcde", 0:5>>,
    p(1, Un),
    p(1, <<3, "abc", 1:1>>),
    p(raw, <<1:1>>).
