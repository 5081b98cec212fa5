%% controlling_process: the new owner gets the socket's messages (those already in the old owner's
%% mailbox included), only the owner may hand it on (not_owner), the socket closes when its owner
%% dies, and the ports' owners as port_info reports them.
-module(tcp_controlling).
-export([main/1]).

pair(COpts, AOpts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}} | AOpts]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false} | COpts]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:close(L),
    {C, A}.

main(_) ->
    {C, A} = pair([], [{active, true}]),
    Self = self(),
    ok = gen_tcp:send(C, <<"before">>),
    {tcp, A, <<"before">>} = receive M -> M end,
    Owner = spawn(fun() -> owner(Self) end),
    ok = gen_tcp:send(C, <<"queued">>),
    %% wait until the message is in our mailbox: ask the peer to echo, and read the echo
    ok = gen_tcp:send(A, <<"sync">>),
    {ok, <<"sync">>} = gen_tcp:recv(C, 4, 1000),
    io:format("handed on: ~p~n", [gen_tcp:controlling_process(A, Owner)]),
    io:format("connected: ~p~n", [erlang:port_info(A, connected) =:= {connected, Owner}]),
    io:format("links: ~p~n", [[X || X <- element(2, process_info(self(), links)), X =:= A]]),
    ok = gen_tcp:send(C, <<"after">>),
    Owner ! {report, self()},
    io:format("owner got: ~p~n", [receive {got, G} -> G after 2000 -> none end]),
    io:format("not owner: ~p~n", [gen_tcp:controlling_process(A, self())]),
    io:format("to a dead process: ~p~n", [gen_tcp:controlling_process(C, spawn(fun() -> ok end))]),
    %% the owner dies: its socket closes, the peer sees it
    exit(Owner, kill),
    io:format("peer: ~p~n", [gen_tcp:recv(C, 0, 2000)]),
    io:format("port: ~p~n", [erlang:port_info(A, name)]),
    %% accept in another process: the socket is that process's
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}, binary, {active, false}]),
    {ok, P} = inet:port(L),
    Acceptor = spawn(fun() -> {ok, S} = gen_tcp:accept(L), Self ! {accepted, S, erlang:port_info(S, connected)}, receive stop -> ok end end),
    {ok, C2} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]),
    receive {accepted, S2, {connected, Pid}} -> io:format("acceptor owns it: ~p~n", [Pid =:= Acceptor]) end,
    Acceptor ! stop,
    io:format("acceptor ended: ~p ~p~n", [gen_tcp:recv(C2, 0, 2000), erlang:port_info(S2, name)]),
    ok.

owner(Parent) ->
    receive {report, Parent} -> ok end,
    Got = [receive {tcp, _, D} -> D after 1000 -> none end || _ <- [1, 2]],
    Parent ! {got, Got},
    receive stop -> ok end.
