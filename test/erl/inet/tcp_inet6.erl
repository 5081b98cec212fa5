%% gen_tcp and gen_udp over IPv6 loopback: listen, connect, addresses as 8-tuples, and an IPv6
%% socket asked to reach an IPv4 address.
-module(tcp_inet6).
-export([main/1]).

main(_) ->
    {ok, L} = gen_tcp:listen(0, [inet6, binary, {active, false}, {ip, {0,0,0,0,0,0,0,1}}]),
    {ok, {LAddr, Port}} = inet:sockname(L),
    io:format("listening on ~p~n", [LAddr]),
    {ok, C} = gen_tcp:connect({0,0,0,0,0,0,0,1}, Port, [inet6, binary, {active, false}]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:send(C, <<"over v6">>),
    io:format("~p~n", [gen_tcp:recv(A, 0, 1000)]),
    {ok, {PeerAddr, _}} = inet:peername(A),
    io:format("peer ~p type ~p~n", [PeerAddr, prim_inet:gettype(A)]),
    io:format("v6only: ~p~n", [inet:getopts(L, [ipv6_v6only])]),
    [gen_tcp:close(S) || S <- [A, C, L]],
    {ok, U1} = gen_udp:open(0, [inet6, binary, {active, false}, {ip, {0,0,0,0,0,0,0,1}}]),
    {ok, U2} = gen_udp:open(0, [inet6, binary, {active, true}, {ip, {0,0,0,0,0,0,0,1}}]),
    {ok, P2} = inet:port(U2),
    ok = gen_udp:send(U1, {0,0,0,0,0,0,0,1}, P2, <<"dgram">>),
    io:format("~p~n", [receive {udp, U2, IP, _, D} -> {IP, D} after 1000 -> none end]),
    io:format("v4 address from a v6 socket: ~p~n", [gen_udp:send(U1, {127,0,0,1}, P2, <<"x">>)]),
    gen_udp:close(U1), gen_udp:close(U2),
    ok.
