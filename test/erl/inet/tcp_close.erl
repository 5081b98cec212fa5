%% The end of a connection as each side sees it: passive ({error, closed}, then enotconn, and a
%% send after it {error, closed}), active ({tcp_closed, S} after the data, the port gone, no
%% 'EXIT' for the owner even when it traps exits), {exit_on_close, false} (the socket stays, a send
%% fails once the peer resets), a receive pending in another process when the socket is closed,
%% and operations on a closed socket.
-module(tcp_close).
-export([main/1]).

pair(COpts, AOpts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}} | AOpts]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false} | COpts]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:close(L),
    {C, A}.

next(S) ->
    receive
        {tcp, S, D} -> {tcp, D};
        {tcp_closed, S} -> tcp_closed;
        {tcp_error, S, E} -> {tcp_error, E};
        {'EXIT', S, R} -> {'EXIT', R}
    after 300 -> nothing
    end.

main(_) ->
    %% passive, the peer closes after sending
    {C, A} = pair([], []),
    ok = gen_tcp:send(C, <<"last words">>),
    ok = gen_tcp:close(C),
    io:format("~p~n", [[gen_tcp:recv(A, 0, 1000) || _ <- [1, 2, 3]]]),
    io:format("send: ~p then ~p~n", [gen_tcp:send(A, "x"), gen_tcp:send(A, "x")]),
    io:format("status: ~p~n", [prim_inet:getstatus(A)]),
    io:format("getopts: ~p~n", [inet:getopts(A, [active, packet, reuseaddr])]),
    ok = inet:setopts(A, [{active, once}]),
    io:format("made active: ~p, port ~p~n", [next(A), erlang:port_info(A, name)]),
    %% active
    {C2, A2} = pair([], [{active, true}]),
    ok = gen_tcp:send(C2, <<"bye">>),
    ok = gen_tcp:close(C2),
    io:format("~p ~p ~p~n", [next(A2), next(A2), erlang:port_info(A2, name)]),
    %% trapping exits: still no 'EXIT' (the driver unlinks its owner first)
    process_flag(trap_exit, true),
    {C3, A3} = pair([], [{active, true}]),
    ok = gen_tcp:close(C3),
    io:format("trapping: ~p ~p~n", [next(A3), next(A3)]),
    %% exit_on_close false
    {C4, A4} = pair([], [{active, true}, {exit_on_close, false}]),
    ok = gen_tcp:close(C4),
    io:format("~p ~p~n", [next(A4), erlang:port_info(A4, name)]),
    io:format("sends: ~p ~p ~p~n", [gen_tcp:send(A4, "a"), gen_tcp:send(A4, "b"), gen_tcp:send(A4, "c")]),
    io:format("status: ~p~n", [prim_inet:getstatus(A4)]),
    io:format("close: ~p ~p~n", [gen_tcp:close(A4), next(A4)]),
    %% exit_on_close false, passive: the socket can still send after the peer half-closes
    {C5, A5} = pair([], [{exit_on_close, false}]),
    ok = gen_tcp:shutdown(C5, write),
    io:format("half-closed: ~p ~p~n", [gen_tcp:recv(A5, 0, 1000), gen_tcp:recv(A5, 0, 100)]),
    io:format("send back: ~p ~p~n", [gen_tcp:send(A5, <<"still here">>), gen_tcp:recv(C5, 0, 1000)]),
    gen_tcp:close(C5), gen_tcp:close(A5),
    %% a receive waiting in another process when the socket is closed
    {C6, A6} = pair([], []),
    Self = self(),
    spawn_link(fun() -> Self ! {recv, gen_tcp:recv(A6, 0)} end),
    {ok, Ref} = prim_inet:async_recv(C6, 0, 5000),
    ok = gen_tcp:close(C6),
    io:format("own async recv: ~p~n", [receive {inet_async, C6, Ref, R} -> R after 1000 -> none end]),
    io:format("other side: ~p~n", [receive {recv, R2} -> R2 after 1000 -> none end]),
    %% operations on the closed socket
    io:format("recv ~p send ~p opts ~p close ~p~n",
              [gen_tcp:recv(C6, 0), gen_tcp:send(C6, "x"), inet:getopts(C6, [active]), gen_tcp:close(C6)]),
    io:format("sockname ~p peername ~p port ~p~n", [inet:sockname(C6), inet:peername(C6), inet:port(C6)]),
    gen_tcp:close(A6),
    io:format("left: ~p~n", [next(A6)]),
    ok.
