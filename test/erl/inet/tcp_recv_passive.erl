%% Passive receives: exact lengths, length 0 with a small buffer, timeouts ({error, timeout}),
%% a zero timeout with nothing waiting, recv of more than is sent (it waits for the rest), and
%% what a recv on an active socket or with a length on a packet socket answers.
-module(tcp_recv_passive).
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
    ok = gen_tcp:send(C, <<"0123456789">>),
    io:format("~p~n", [[gen_tcp:recv(A, N, 1000) || N <- [3, 3, 4]]]),
    io:format("timeout: ~p~n", [gen_tcp:recv(A, 0, 50)]),
    io:format("timeout 0: ~p~n", [gen_tcp:recv(A, 0, 0)]),
    io:format("timeout with length: ~p~n", [gen_tcp:recv(A, 5, 30)]),
    %% A recv of 6 bytes when 4 come first waits for the other 2.
    Self = self(),
    P = spawn_link(fun() -> Self ! {got, gen_tcp:recv(A, 6, 5000)} end),
    ok = gen_tcp:send(C, <<"abcd">>),
    ok = gen_tcp:send(C, <<"ef">>),
    receive {got, R6} -> io:format("six: ~p~n", [R6]) end,
    unlink(P),
    %% buffer 4: a recv of length 0 gets at most 4 bytes at a time.
    ok = inet:setopts(A, [{buffer, 4}]),
    ok = gen_tcp:send(C, <<"ABCDEFGHIJ">>),
    io:format("~p~n", [[gen_tcp:recv(A, 0, 1000) || _ <- [1, 2, 3]]]),
    %% list mode
    ok = inet:setopts(A, [list, {buffer, 1460}]),
    ok = gen_tcp:send(C, <<"list">>),
    io:format("list: ~p~n", [gen_tcp:recv(A, 4, 1000)]),
    %% header: the first bytes as a list in front of the binary
    ok = inet:setopts(A, [binary, {header, 2}]),
    ok = gen_tcp:send(C, <<"header">>),
    io:format("header: ~p~n", [gen_tcp:recv(A, 6, 1000)]),
    ok = gen_tcp:send(C, <<"h">>),
    io:format("header longer than data: ~p~n", [gen_tcp:recv(A, 1, 1000)]),
    ok = inet:setopts(A, [{header, 0}]),
    %% errors
    ok = inet:setopts(A, [{active, true}]),
    io:format("recv on active: ~p~n", [gen_tcp:recv(A, 0, 10)]),
    ok = inet:setopts(A, [{active, false}, {packet, 2}]),
    io:format("length on packet socket: ~p~n", [gen_tcp:recv(A, 3, 10)]),
    io:format("bad length: ~p~n", [catch gen_tcp:recv(A, -1, 10)]),
    ok = inet:setopts(A, [{packet, raw}]),
    io:format("huge length: ~p~n", [gen_tcp:recv(A, 1 bsl 30, 10)]),
    %% one receive at a time: a second one while the first waits is refused
    {ok, Ref} = prim_inet:async_recv(A, 0, 5000),
    io:format("second recv: ~p~n", [gen_tcp:recv(A, 0, 10)]),
    ok = gen_tcp:send(C, <<"x">>),
    receive {inet_async, A, Ref, F} -> io:format("first recv: ~p~n", [F]) end,
    gen_tcp:close(C),
    gen_tcp:close(A),
    ok.
