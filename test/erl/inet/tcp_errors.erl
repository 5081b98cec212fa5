%% Errors of gen_tcp: connecting to a closed port (econnrefused), listening on a port in use
%% (eaddrinuse), accept timeouts, operations a listening socket refuses, bad arguments and options,
%% and an address of the wrong family.
-module(tcp_errors).
-export([main/1]).

main(_) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    {ok, Port} = inet:port(L),
    io:format("in use: ~p~n", [gen_tcp:listen(Port, [{ip, {127,0,0,1}}])]),
    io:format("in use, reuseaddr: ~p~n", [gen_tcp:listen(Port, [{ip, {127,0,0,1}}, {reuseaddr, true}])]),
    io:format("accept 0: ~p~n", [gen_tcp:accept(L, 0)]),
    io:format("accept 30: ~p~n", [gen_tcp:accept(L, 30)]),
    io:format("recv: ~p send: ~p peername: ~p~n", [gen_tcp:recv(L, 0), gen_tcp:send(L, "x"), inet:peername(L)]),
    io:format("shutdown: ~p~n", [gen_tcp:shutdown(L, write)]),
    ok = gen_tcp:close(L),
    io:format("refused: ~p~n", [gen_tcp:connect({127,0,0,1}, Port, [])]),
    io:format("refused, timeout: ~p~n", [gen_tcp:connect({127,0,0,1}, Port, [], 1000)]),
    io:format("accept on closed: ~p~n", [gen_tcp:accept(L, 10)]),
    io:format("bad option: ~p~n", [catch gen_tcp:listen(0, [{active, maybe}])]),
    io:format("unknown option: ~p~n", [catch gen_tcp:listen(0, [{no_such_option, 1}])]),
    io:format("bad port: ~p~n", [catch gen_tcp:connect({127,0,0,1}, -1, [])]),
    io:format("bad address: ~p~n", [catch gen_tcp:connect({127,0,0,1,1}, 80, [])]),
    io:format("inet6 address on inet: ~p~n", [gen_tcp:connect({0,0,0,0,0,0,0,1}, Port, [inet])]),
    io:format("ip not local: ~p~n", [gen_tcp:listen(0, [{ip, {192,0,2,123}}])]),
    io:format("setopts bad: ~p ~p~n", [inet:setopts(self_socket(), [{packet, 3}]), inet:setopts(self_socket(), [{mode, text}])]),
    io:format("recv on unconnected: ~p~n", [gen_tcp:recv(unconnected(), 0)]),
    io:format("send on unconnected: ~p~n", [gen_tcp:send(unconnected(), "x")]),
    ok.

self_socket() ->
    {ok, S} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    S.

unconnected() ->
    {ok, S} = prim_inet:open(tcp, inet, stream),
    inet_db:register_socket(S, inet_tcp),
    S.
