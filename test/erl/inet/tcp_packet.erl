%% Packet framing: {packet, 1 | 2 | 4} on both sides (one message per packet however the bytes
%% arrive), a raw receiver seeing the length headers, {packet, line} with the line delimiter and
%% the buffer cutting long lines, packet_size limits ({error, emsgsize}), and the asn1, sunrm,
%% tpkt, cdr and fcgi header types.
-module(tcp_packet).
-export([main/1]).

pair(COpts, AOpts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}} | AOpts]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false} | COpts]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:close(L),
    {C, A}.

recv_all(S, N) -> [gen_tcp:recv(S, 0, 1000) || _ <- lists:seq(1, N)].

main(_) ->
    [begin
         {C, A} = pair([{packet, P}], [{packet, P}]),
         ok = gen_tcp:send(C, <<"first">>),
         ok = gen_tcp:send(C, [<<"sec">>, "ond"]),
         ok = gen_tcp:send(C, <<>>),
         ok = gen_tcp:send(C, binary:copy(<<"z">>, 300)),
         R = [case X of {ok, B} when byte_size(B) > 10 -> {ok, byte_size(B)}; _ -> X end || X <- recv_all(A, 4)],
         io:format("packet ~p: ~p~n", [P, R]),
         gen_tcp:close(C), gen_tcp:close(A)
     end || P <- [2, 4]],
    %% {packet, 1}: a length over 255 wraps, as erts writes one byte of it
    {C1, A1} = pair([{packet, 1}], [{packet, raw}]),
    ok = gen_tcp:send(C1, <<"abc">>),
    io:format("raw sees header: ~p~n", [gen_tcp:recv(A1, 4, 1000)]),
    ok = inet:setopts(A1, [{packet, 1}]),
    ok = gen_tcp:send(C1, <<"xyz">>),
    io:format("packet 1: ~p~n", [gen_tcp:recv(A1, 0, 1000)]),
    gen_tcp:close(C1), gen_tcp:close(A1),
    %% active packet sockets
    {C2, A2} = pair([{packet, 2}], [{packet, 2}, {active, true}]),
    [ok = gen_tcp:send(C2, <<"m", I>>) || I <- [1, 2, 3]],
    io:format("~p~n", [[receive {tcp, A2, D} -> D after 1000 -> none end || _ <- [1, 2, 3]]]),
    gen_tcp:close(C2), gen_tcp:close(A2),
    %% lines
    {C3, A3} = pair([], [{packet, line}]),
    ok = gen_tcp:send(C3, <<"line one\nline two\nparti">>),
    io:format("~p~n", [recv_all(A3, 2)]),
    ok = gen_tcp:send(C3, <<"al\n">>),
    io:format("~p~n", [gen_tcp:recv(A3, 0, 1000)]),
    ok = inet:setopts(A3, [{line_delimiter, $;}]),
    ok = gen_tcp:send(C3, <<"a;b;">>),
    io:format("~p~n", [recv_all(A3, 2)]),
    ok = inet:setopts(A3, [{line_delimiter, $\n}, {buffer, 5}]),
    ok = gen_tcp:send(C3, <<"0123456789ab\n">>),
    io:format("cut lines: ~p~n", [recv_all(A3, 3)]),
    ok = inet:setopts(A3, [{buffer, 1460}, {active, true}]),
    ok = gen_tcp:send(C3, <<"x\ny\n">>),
    io:format("~p~n", [[receive {tcp, A3, D} -> D after 1000 -> none end || _ <- [1, 2]]]),
    gen_tcp:close(C3), gen_tcp:close(A3),
    %% packet_size
    {C4, A4} = pair([{packet, 2}], [{packet, 2}, {packet_size, 4}]),
    ok = gen_tcp:send(C4, <<"ok">>),
    ok = gen_tcp:send(C4, <<"too long">>),
    io:format("packet_size: ~p~n", [recv_all(A4, 3)]),
    gen_tcp:close(C4), gen_tcp:close(A4),
    {C5, A5} = pair([], [{packet, line}, {packet_size, 4}]),
    ok = gen_tcp:send(C5, <<"abcdefgh\n">>),
    io:format("line over packet_size: ~p~n", [gen_tcp:recv(A5, 0, 1000)]),
    gen_tcp:close(C5), gen_tcp:close(A5),
    %% header types, the bytes sent raw
    [begin
         {C, A} = pair([], [{packet, T}]),
         ok = gen_tcp:send(C, Bytes),
         io:format("~p: ~p~n", [T, gen_tcp:recv(A, 0, 1000)]),
         gen_tcp:close(C), gen_tcp:close(A)
     end || {T, Bytes} <- [{asn1, <<16#30, 3, 1, 2, 3, 99>>},
                          {asn1, <<16#30, 16#81, 2, 7, 8>>},
                          {sunrm, <<128, 0, 0, 2, 5, 6, 7>>},
                          {tpkt, <<3, 0, 0, 6, 9, 9, 1>>},
                          {cdr, <<"GIOP", 1, 0, 0, 0, 0, 0, 0, 2, 1, 2, 3>>},
                          {cdr, <<"GIOP", 1, 0, 1, 0, 2, 0, 0, 0, 1, 2, 3>>},
                          {fcgi, <<1, 1, 0, 1, 0, 2, 1, 0, 5, 6, 0, 4>>},
                          {tpkt, <<4, 0, 0, 6, 9, 9>>}]],
    ok.
