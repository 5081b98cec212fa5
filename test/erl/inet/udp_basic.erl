%% gen_udp between two sockets on loopback: sends both ways, passive recv with and without
%% timeouts, active true/once/N ({udp_passive, S}), list and binary mode, the header option, a
%% datagram longer than the buffer (cut), connect/send to the connected peer, an empty datagram.
%% Each datagram is awaited before the next is sent, so nothing depends on timing.
-module(udp_basic).
-export([main/1]).

next(S) ->
    receive
        {udp, S, IP, P, D} -> {udp, IP, is_integer(P), D};
        {udp_passive, S} -> udp_passive;
        {udp_error, S, E} -> {udp_error, E}
    after 2000 -> nothing
    end.

main(_) ->
    Opts = [binary, {active, false}, {ip, {127,0,0,1}}],
    {ok, A} = gen_udp:open(0, Opts),
    {ok, B} = gen_udp:open(0, Opts),
    {ok, PA} = inet:port(A),
    {ok, PB} = inet:port(B),
    io:format("~p~n", [inet:sockname(A) =:= {ok, {{127,0,0,1}, PA}}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"a to b">>),
    {ok, {IP, FromPort, D1}} = gen_udp:recv(B, 0, 2000),
    io:format("b got ~p from ~p, port is a's: ~p~n", [D1, IP, FromPort =:= PA]),
    ok = gen_udp:send(B, {127,0,0,1}, PA, [<<"b ">>, "to", [$\s, <<"a">>]]),
    {ok, {_, _, D2}} = gen_udp:recv(A, 0, 2000),
    io:format("a got ~p~n", [D2]),
    io:format("timeout: ~p~n", [gen_udp:recv(A, 0, 30)]),
    io:format("timeout 0: ~p~n", [gen_udp:recv(A, 0, 0)]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<>>),
    io:format("empty: ~p~n", [element(3, element(2, gen_udp:recv(B, 0, 2000)))]),
    %% list mode and header
    ok = inet:setopts(B, [list]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"list">>),
    io:format("list: ~p~n", [element(3, element(2, gen_udp:recv(B, 0, 2000)))]),
    ok = inet:setopts(B, [binary, {header, 2}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"header">>),
    io:format("header: ~p~n", [element(3, element(2, gen_udp:recv(B, 0, 2000)))]),
    ok = inet:setopts(B, [{header, 0}]),
    %% a datagram longer than the buffer is cut to it
    ok = inet:setopts(B, [{buffer, 4}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"0123456789">>),
    io:format("cut: ~p~n", [element(3, element(2, gen_udp:recv(B, 0, 2000)))]),
    ok = inet:setopts(B, [{buffer, 8192}]),
    %% active modes
    ok = inet:setopts(B, [{active, true}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"active">>),
    io:format("~p~n", [next(B)]),
    ok = inet:setopts(B, [{active, once}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"once">>),
    io:format("~p ~p~n", [next(B), inet:getopts(B, [active])]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"queued">>),
    io:format("passive recv: ~p~n", [element(3, element(2, gen_udp:recv(B, 0, 2000)))]),
    ok = inet:setopts(B, [{active, 2}]),
    [begin ok = gen_udp:send(A, {127,0,0,1}, PB, <<I>>), io:format("~p~n", [next(B)]) end || I <- [1, 2]],
    io:format("~p ~p~n", [next(B), inet:getopts(B, [active])]),
    %% datagrams waiting while passive come when active
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"w1">>),
    {ok, {_, _, <<"w1">>}} = gen_udp:recv(B, 0, 2000),
    ok = inet:setopts(B, [list, {active, true}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"w2">>),
    io:format("~p~n", [next(B)]),
    ok = inet:setopts(B, [binary, {active, false}]),
    %% connect: send without an address, and the peer
    ok = gen_udp:connect(A, {127,0,0,1}, PB),
    io:format("peername: ~p~n", [inet:peername(A) =:= {ok, {{127,0,0,1}, PB}}]),
    ok = gen_udp:send(A, <<"connected">>),
    io:format("~p~n", [element(3, element(2, gen_udp:recv(B, 0, 2000)))]),
    io:format("peername of b: ~p~n", [inet:peername(B)]),
    io:format("recv on active: ~p~n", [begin ok = inet:setopts(B, [{active, true}]), gen_udp:recv(B, 0, 10)end]),
    io:format("status ~p ~p~n", [prim_inet:getstatus(A), prim_inet:getstatus(B)]),
    {ok, Stats} = inet:getstat(B, [recv_cnt, recv_oct, send_cnt, send_oct, recv_max]),
    io:format("stats b: ~p~n", [Stats]),
    ok = gen_udp:close(A),
    ok = gen_udp:close(B),
    io:format("closed: ~p ~p~n", [gen_udp:send(A, {127,0,0,1}, PB, "x"), gen_udp:recv(B, 0, 10)]),
    %% open errors
    {ok, C} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    {ok, PC} = inet:port(C),
    io:format("in use: ~p~n", [gen_udp:open(PC, [{ip, {127,0,0,1}}])]),
    io:format("not local: ~p~n", [gen_udp:open(0, [{ip, {192,0,2,77}}])]),
    io:format("bad option: ~p~n", [catch gen_udp:open(0, [{active, maybe}])]),
    io:format("bad port: ~p~n", [catch gen_udp:send(C, {127,0,0,1}, 70000, "x")]),
    gen_udp:close(C),
    ok.
