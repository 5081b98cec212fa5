%% gen_tcp:shutdown/2: after shutdown(write) the peer reads {error, closed} (or {tcp_closed, S})
%% while the other direction still works; sending after it fails and closes the socket;
%% shutdown(read) and read_write; shutdown of an unconnected socket.
-module(tcp_shutdown).
-export([main/1]).

pair(COpts, AOpts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}} | AOpts]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false} | COpts]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:close(L),
    {C, A}.

main(_) ->
    {C, A} = pair([], []),
    ok = gen_tcp:send(C, <<"request">>),
    io:format("shutdown write: ~p~n", [gen_tcp:shutdown(C, write)]),
    io:format("server reads: ~p ~p~n", [gen_tcp:recv(A, 0, 1000), gen_tcp:recv(A, 0, 1000)]),
    io:format("server replies: ~p~n", [gen_tcp:send(A, <<"reply">>)]),
    io:format("client reads: ~p~n", [gen_tcp:recv(C, 0, 1000)]),
    io:format("client sends again: ~p ~p~n", [gen_tcp:send(C, <<"more">>), prim_inet:getstatus(C)]),
    gen_tcp:close(C), gen_tcp:close(A),
    %% active peer
    {C2, A2} = pair([], [{active, true}]),
    ok = gen_tcp:send(C2, <<"x">>),
    ok = gen_tcp:shutdown(C2, write),
    io:format("~p~n", [[receive {T, A2, D} -> {T, D}; {T, A2} -> T after 1000 -> none end || _ <- [1, 2]]]),
    gen_tcp:close(C2),
    %% read and read_write
    {C3, A3} = pair([], []),
    io:format("shutdown read: ~p~n", [gen_tcp:shutdown(C3, read)]),
    io:format("still sends: ~p ~p~n", [gen_tcp:send(C3, <<"y">>), gen_tcp:recv(A3, 0, 1000)]),
    io:format("shutdown read_write: ~p~n", [gen_tcp:shutdown(A3, read_write)]),
    io:format("peer sees: ~p~n", [gen_tcp:recv(C3, 0, 1000)]),
    gen_tcp:close(C3), gen_tcp:close(A3),
    {ok, U} = prim_inet:open(tcp, inet, stream),
    inet_db:register_socket(U, inet_tcp),
    io:format("unconnected: ~p~n", [prim_inet:shutdown(U, write)]),
    io:format("bad how: ~p~n", [catch gen_tcp:shutdown(U, sideways)]),
    ok.
