%% Active sockets: {active, once} re-armed per message, {active, N} counting down to
%% {tcp_passive, S}, {active, true}, data buffered while passive delivered when the socket is made
%% active, and the messages' shapes in binary and list mode. Each send is answered before the
%% next, so how the bytes are cut into messages does not depend on timing.
-module(tcp_active).
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
        {tcp_passive, S} -> tcp_passive;
        {tcp_closed, S} -> tcp_closed;
        {tcp_error, S, E} -> {tcp_error, E}
    after 2000 -> nothing
    end.

main(_) ->
    {C, A} = pair([], []),
    %% once
    ok = inet:setopts(A, [{active, once}]),
    ok = gen_tcp:send(C, <<"one">>),
    io:format("once: ~p~n", [next(A)]),
    io:format("now ~p~n", [inet:getopts(A, [active])]),
    ok = gen_tcp:send(C, <<"two">>),
    io:format("passive again: ~p~n", [gen_tcp:recv(A, 3, 1000)]),
    %% {active, N}
    ok = inet:setopts(A, [{active, 3}]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    [begin ok = gen_tcp:send(C, <<I>>), io:format("~p ~p~n", [I, next(A)]) end || I <- [1, 2, 3]],
    io:format("after N: ~p ~p~n", [next(A), inet:getopts(A, [active])]),
    ok = inet:setopts(A, [{active, 2}]),
    ok = inet:setopts(A, [{active, -1}]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    ok = inet:setopts(A, [{active, -5}]),
    io:format("to zero: ~p ~p~n", [next(A), inet:getopts(A, [active])]),
    ok = inet:setopts(A, [{active, 0}]),
    io:format("zero again: ~p~n", [next(A)]),
    %% data that arrived while passive comes when the socket becomes active
    ok = gen_tcp:send(C, <<"buffered">>),
    {ok, <<"buf">>} = gen_tcp:recv(A, 3, 1000),
    ok = inet:setopts(A, [{active, true}]),
    io:format("~p~n", [next(A)]),
    %% list mode
    ok = inet:setopts(A, [list]),
    ok = gen_tcp:send(C, <<"list">>),
    io:format("~p~n", [next(A)]),
    ok = inet:setopts(A, [binary, {header, 1}]),
    ok = gen_tcp:send(C, <<"hdr">>),
    io:format("~p~n", [next(A)]),
    ok = inet:setopts(A, [{header, 0}, {active, false}]),
    %% the client side active too: ping-pong
    ok = inet:setopts(C, [{active, true}]),
    ok = inet:setopts(A, [{active, true}]),
    [begin
         ok = gen_tcp:send(C, <<"ping", I>>),
         {tcp, P} = next(A),
         ok = gen_tcp:send(A, <<"pong", I>>),
         io:format("~p ~p~n", [P, next(C)])
     end || I <- [1, 2]],
    ok = gen_tcp:close(C),
    io:format("peer closed: ~p~n", [next(A)]),
    io:format("port after: ~p~n", [erlang:port_info(A, name)]),
    ok.
