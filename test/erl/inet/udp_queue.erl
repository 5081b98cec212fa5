%% Datagrams queued while a socket is passive, then read as it goes active: read_packets at a
%% time but all in order, {active, N} stopping after N, list mode, and a second socket sending
%% to the first in a loop with replies.
-module(udp_queue).
-export([main/1]).

main(_) ->
    {ok, A} = gen_udp:open(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, B} = gen_udp:open(0, [binary, {active, false}, {ip, {127,0,0,1}}, {read_packets, 3}]),
    {ok, PB} = inet:port(B),
    [ok = gen_udp:send(A, {127,0,0,1}, PB, <<I>>) || I <- lists:seq(1, 10)],
    %% the last one read passively: all ten have arrived
    [{ok, {_, _, <<1>>}}] = [gen_udp:recv(B, 0, 1000)],
    ok = inet:setopts(B, [{active, 4}]),
    Got = [receive {udp, B, _, _, D} -> D; {udp_passive, B} -> passive after 1000 -> none end || _ <- lists:seq(1, 5)],
    io:format("~p~n", [Got]),
    ok = inet:setopts(B, [{active, true}]),
    io:format("~p~n", [[receive {udp, B, _, _, D} -> D after 1000 -> none end || _ <- lists:seq(1, 5)]]),
    io:format("none left: ~p~n", [receive M -> M after 100 -> none end]),
    {ok, PA} = inet:port(A),
    ok = inet:setopts(A, [{active, true}, list]),
    [begin
         ok = gen_udp:send(B, {127,0,0,1}, PA, [$q, I]),
         {udp, A, _, PortB, Q} = receive X -> X end,
         ok = gen_udp:send(A, {127,0,0,1}, PortB, [$r | tl(Q)]),
         io:format("~p ~p~n", [Q, receive {udp, B, _, _, R} -> R after 1000 -> none end])
     end || I <- [$1, $2, $3]],
    gen_udp:close(A), gen_udp:close(B),
    ok.
