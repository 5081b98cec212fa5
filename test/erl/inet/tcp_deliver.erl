%% Less common delivery options: {deliver, port} ({S, {data, Data}} messages), prim_inet:unrecv/2
%% (bytes pushed back in front of what arrives), changing the packet type while data is buffered,
%% and {active, once} set on a socket with several packets already waiting.
-module(tcp_deliver).
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
        {S, {data, D}} -> {data, D};
        {tcp_passive, S} -> tcp_passive;
        {tcp_closed, S} -> tcp_closed
    after 1000 -> nothing
    end.

main(_) ->
    {C, A} = pair([{packet, 2}], [{packet, 2}]),
    ok = inet:setopts(A, [{deliver, port}, {active, true}]),
    ok = gen_tcp:send(C, <<"as port data">>),
    io:format("~p~n", [next(A)]),
    ok = inet:setopts(A, [list]),
    ok = gen_tcp:send(C, <<"list">>),
    io:format("~p~n", [next(A)]),
    ok = inet:setopts(A, [binary, {deliver, term}, {active, false}]),
    %% unrecv
    ok = gen_tcp:send(C, <<"tail">>),
    ok = inet:setopts(A, [{packet, raw}]),
    ok = prim_inet:unrecv(A, <<"head ">>),
    io:format("unrecv: ~p~n", [gen_tcp:recv(A, 11, 1000)]),
    %% several packets waiting, then active once: one message, the rest waits
    ok = inet:setopts(A, [{packet, 2}]),
    [ok = gen_tcp:send(C, <<"p", I>>) || I <- [1, 2, 3]],
    ok = gen_tcp:send(A, <<"sync">>),
    {ok, <<"sync">>} = gen_tcp:recv(C, 0, 1000),
    {ok, <<"p", 1>>} = gen_tcp:recv(A, 0, 1000),
    ok = inet:setopts(A, [{active, once}]),
    io:format("~p ~p~n", [next(A), next(A)]),
    ok = inet:setopts(A, [{active, 1}]),
    io:format("~p ~p~n", [next(A), next(A)]),
    %% switch the packet type with bytes buffered: they are framed anew
    ok = inet:setopts(C, [{packet, raw}]),
    ok = gen_tcp:send(C, <<0, 3, "abc", "line\n">>),
    io:format("~p~n", [gen_tcp:recv(A, 0, 1000)]),
    ok = inet:setopts(A, [{packet, line}]),
    io:format("~p~n", [gen_tcp:recv(A, 0, 1000)]),
    gen_tcp:close(C),
    io:format("~p~n", [gen_tcp:recv(A, 0, 1000)]),
    ok.
