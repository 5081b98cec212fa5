%% decode_packet/3's bad arguments: unknown types (badarg with cause badopt), non-binaries,
%% bad option lists and values, with the stack traces erts gives.
-module(packet_errors).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    Cases = [
        fun() -> erlang:decode_packet(3, <<>>, []) end,
        fun() -> erlang:decode_packet(foo, <<>>, []) end,
        fun() -> erlang:decode_packet(-1, <<>>, []) end,
        fun() -> erlang:decode_packet("line", <<>>, []) end,
        fun() -> erlang:decode_packet(line, "abc\n", []) end,
        fun() -> erlang:decode_packet(line, abc, []) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, foo) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [foo]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{foo, 1}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{packet_size, -1}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{packet_size, 1 bsl 32}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{packet_size, (1 bsl 32) - 1}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{packet_size, a}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{line_length, 1.0}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{line_delimiter, 256}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{line_delimiter, $a}]) end,
        fun() -> erlang:decode_packet(raw, <<"a\n">>, [{line_delimiter, $a}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{packet_size, 1, 2}]) end,
        fun() -> erlang:decode_packet(line, <<"a\n">>, [{packet_size, 0}, {line_length, 0}]) end,
        fun() -> erlang:decode_packet(http, <<"GET / HTTP/1.1\r\n">>, [{line_delimiter, $x}]) end,
        fun() -> erlang:decode_packet(asn1, <<"ab">>, [{line_length, 5}]) end
    ],
    [io:format("~p~n", [t(F)]) || F <- Cases].
