%% inet:setopts/getopts round trips on TCP and UDP sockets: the driver's options (active, packet,
%% mode, header, buffer, exit_on_close, delay_send, send_timeout, watermarks, packet_size...),
%% socket options (reuseaddr, keepalive, nodelay, linger, tos, priority, ttl, buffer sizes as
%% the kernel doubles and clamps them, multicast), options of the other protocol, and refused
%% values.
-module(inet_opts).
-export([main/1]).

tcp_opts() ->
    [active, packet, mode, header, buffer, exit_on_close, delay_send, send_timeout,
     send_timeout_close, high_watermark, low_watermark, packet_size, deliver, show_econnreset,
     high_msgq_watermark, low_msgq_watermark, reuseaddr, keepalive, nodelay, nopush, linger,
     tos, priority, ttl, dontroute, broadcast, recvtos, recvttl, multicast_ttl, multicast_loop,
     multicast_if, ipv6_v6only, tclass, read_packets, pktoptions, bind_to_device, debug, netns].

main(_) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    [io:format("~p: ~p~n", [O, inet:getopts(L, [O])]) || O <- tcp_opts()],
    Sets = [{active, once}, {packet, 4}, binary, {header, 3}, {buffer, 1000}, {exit_on_close, false},
            {delay_send, true}, {send_timeout, 1234}, {send_timeout_close, true},
            {high_watermark, 100}, {low_watermark, 200}, {packet_size, 99}, {deliver, port},
            {show_econnreset, true}, {reuseaddr, true}, {keepalive, true}, {nodelay, true},
            {nopush, true}, {linger, {true, 7}}, {tos, 16}, {priority, 2}, {ttl, 33},
            {dontroute, true}, {broadcast, true}, {recvtos, true}, {recvttl, true},
            {multicast_ttl, 9}, {multicast_loop, false}, {debug, false}],
    io:format("setopts: ~p~n", [inet:setopts(L, Sets)]),
    {ok, Got} = inet:getopts(L, tcp_opts()),
    [io:format("~p~n", [G]) || G <- Got],
    ok = inet:setopts(L, [{packet, line}, {packet, raw}, {packet, 0}, {packet, 1}, {packet, asn1}, list]),
    io:format("~p~n", [inet:getopts(L, [packet, mode])]),
    [io:format("~p ~p~n", [V, begin ok = inet:setopts(L, [{recbuf, V}, {sndbuf, V}]), inet:getopts(L, [recbuf, sndbuf, buffer]) end])
     || V <- [0, 1000, 2000, 3000, 65536, 1000000]],
    ok = inet:setopts(L, [{buffer, 500}, {recbuf, 100000}]),
    io:format("buffer set before recbuf: ~p~n", [inet:getopts(L, [buffer])]),
    io:format("~p ~p~n", [inet:setopts(L, [{tos, 3}]), inet:getopts(L, [tos])]),
    io:format("ttl -1: ~p ~p~n", [inet:setopts(L, [{ttl, -1}]), inet:getopts(L, [ttl])]),
    [io:format("refused ~p: ~p~n", [O, inet:setopts(L, [O])])
     || O <- [{ttl, 0}, {ttl, 256}, {active, maybe}, {packet, 3}, {buffer, -1}, {header, -1},
              {send_timeout, -1}, {linger, {yes, 1}}, {tos, foo}, {tclass, 1}, {nodelay, 1},
              {multicast_ttl, 300}, {line_delimiter, 10}, {ipv6_v6only, true}, {read_packets, 0}]],
    io:format("~p~n", [inet:getopts(L, [multicast_ttl, line_delimiter])]),
    io:format("~p~n", [inet:getopts(L, [no_such_option])]),
    io:format("~p~n", [inet:getopts(L, [{linger, 1}])]),
    io:format("active range: ~p ~p~n", [inet:setopts(L, [{active, 32767}]), inet:setopts(L, [{active, 1}])]),
    gen_tcp:close(L),
    {ok, U} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    [io:format("udp ~p: ~p~n", [O, inet:getopts(U, [O])]) || O <- tcp_opts() ++ [recbuf, sndbuf]],
    ok = inet:setopts(U, [{broadcast, true}, {read_packets, 9}, {ttl, 12}, {multicast_loop, false},
                          {multicast_ttl, 4}, {recbuf, 1000}, {nodelay, true}, {send_timeout, 10},
                          {delay_send, true}, {header, 2}]),
    io:format("~p~n", [inet:getopts(U, [broadcast, read_packets, ttl, multicast_loop, multicast_ttl,
                                        recbuf, buffer, nodelay, send_timeout, header])]),
    ok = inet:setopts(U, [{recbuf, 200000}]),
    io:format("udp buffer capped: ~p~n", [inet:getopts(U, [buffer])]),
    gen_udp:close(U),
    {ok, U6} = gen_udp:open(0, [inet6, {ip, {0,0,0,0,0,0,0,1}}]),
    io:format("inet6: ~p~n", [inet:getopts(U6, [ipv6_v6only, tclass, recvtclass])]),
    io:format("~p ~p~n", [inet:setopts(U6, [{tclass, 8}]), inet:getopts(U6, [tclass])]),
    gen_udp:close(U6),
    ok.
