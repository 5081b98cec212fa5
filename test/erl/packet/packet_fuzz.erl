%% decode_packet/3 over many pseudo-random inputs (a fixed seed, so erts gives the same ones):
%% bytes drawn mostly from those the parsers look at (lengths, CR, LF, SP, ':', '/', digits,
%% "HTTP/"), for every packet type and a few packet_size and line_length limits.
-module(packet_fuzz).
-export([main/1]).

alphabet() -> <<"\r\n :/.0123456789HTTPGETP aZ-\t*", 0, 1, 2, 3, 128, 255, 16#1f, 16#30, 16#81, 16#82>>.

input(0, Acc) -> Acc;
input(N, Acc) ->
    A = alphabet(),
    B = case rand:uniform(10) of
            1 -> rand:uniform(256) - 1;
            _ -> binary:at(A, rand:uniform(byte_size(A)) - 1)
        end,
    input(N - 1, <<Acc/binary, B>>).

prefixed() ->
    case rand:uniform(6) of
        1 -> <<"HTTP/1.", (input(rand:uniform(12), <<>>))/binary>>;
        2 -> <<"GET ", (input(rand:uniform(20), <<>>))/binary>>;
        3 -> <<"X-Y: ", (input(rand:uniform(20), <<>>))/binary>>;
        _ -> input(rand:uniform(24) - 1, <<>>)
    end.

main(_) ->
    rand:seed(exsss, {17, 4, 1965}),
    Types = [raw, 1, 2, 4, asn1, sunrm, cdr, fcgi, line, tpkt, http, httph, http_bin, httph_bin, ssl_tls],
    Opts = [[], [{packet_size, 3}], [{packet_size, 10}], [{line_length, 4}], [{line_length, 8}, {packet_size, 12}]],
    [begin
         R = [{B, O, erlang:decode_packet(T, B, O)} || _ <- lists:seq(1, 150), B <- [prefixed()], O <- [lists:nth(rand:uniform(5), Opts)]],
         io:format("~w ~w~n", [T, R])
     end || T <- Types].
