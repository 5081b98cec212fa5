%% Accepting: several processes waiting in accept at once on one listening socket (each gets one
%% connection, in the order they asked), accept timeouts among them, connections waiting before
%% anyone accepts, closing a listening socket while processes wait in accept, and sockets
%% inheriting the listening socket's options.
-module(tcp_accept).
-export([main/1]).

main(_) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}, {packet, 2}, {backlog, 8}]),
    {ok, Port} = inet:port(L),
    Self = self(),
    %% three processes waiting to accept, in a known order: each has its accept registered
    %% (prim_inet:async_accept, what gen_tcp:accept does first) before the next starts
    Acceptors = [begin
                     A = spawn_link(fun() -> acceptor(L, Self, N) end),
                     receive {ready, N} -> A end
                 end || N <- [1, 2, 3]],
    Clients = [begin
                   {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false}, {packet, 2}]),
                   ok = gen_tcp:send(C, <<"client", N>>),
                   receive {accepted, Who, Data} -> io:format("acceptor ~p got ~p~n", [Who, Data]) end,
                   C
               end || N <- [1, 2, 3]],
    [exit(A, kill) || A <- Acceptors],
    [gen_tcp:close(C) || C <- Clients],
    %% connections that arrive before accept wait for it
    {ok, C1} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false}, {packet, 2}]),
    {ok, C2} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false}, {packet, 2}]),
    ok = gen_tcp:send(C1, <<"first">>),
    ok = gen_tcp:send(C2, <<"second">>),
    {ok, S1} = gen_tcp:accept(L, 1000),
    {ok, S2} = gen_tcp:accept(L, 1000),
    io:format("in order: ~p ~p~n", [gen_tcp:recv(S1, 0, 1000), gen_tcp:recv(S2, 0, 1000)]),
    io:format("inherited: ~p~n", [inet:getopts(S1, [packet, mode, active, buffer])]),
    io:format("owner: ~p~n", [erlang:port_info(S1, connected) =:= {connected, self()}]),
    io:format("none left: ~p~n", [gen_tcp:accept(L, 0)]),
    %% waiting accepts when the listening socket closes
    W = spawn_link(fun() -> Self ! {waiter, gen_tcp:accept(L)} end),
    {ok, Ref} = prim_inet:async_accept(L, -1),
    ok = gen_tcp:close(L),
    io:format("own async accept: ~p~n", [receive {inet_async, L, Ref, R} -> R after 1000 -> none end]),
    io:format("waiter: ~p~n", [receive {waiter, R2} -> R2 after 1000 -> none end]),
    unlink(W),
    [gen_tcp:close(S) || S <- [C1, C2, S1, S2]],
    ok.

acceptor(L, Parent, N) ->
    {ok, Ref} = prim_inet:async_accept(L, -1),
    Parent ! {ready, N},
    receive
        {inet_async, L, Ref, {ok, S}} ->
            inet_db:register_socket(S, inet_tcp),
            Parent ! {accepted, N, gen_tcp:recv(S, 0, 1000)};
        {inet_async, L, Ref, Error} ->
            Parent ! {accepted, N, Error}
    end,
    receive stop -> ok end.
