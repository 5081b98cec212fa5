%% What the inet drivers tell about the host: inet:gethostname/0,1, inet:getaddr and
%% gethostbyname of localhost (through inet_gethost_native and its port program), the loopback
%% interface in inet:getifaddrs/0, inet:getiflist and ifget, services by name and port, and
%% getstat, gettype and getfd on sockets.
-module(inet_host).
-export([main/1]).

main(_) ->
    {ok, Name} = inet:gethostname(),
    {ok, U} = gen_udp:open(0, [{ip, {127,0,0,1}}]),
    io:format("hostname: ~p~n", [inet:gethostname(U) =:= {ok, Name}]),
    io:format("getaddr: ~p~n", [inet:getaddr("localhost", inet)]),
    io:format("getaddrs: ~p~n", [inet:getaddrs("localhost", inet)]),
    io:format("parse: ~p ~p~n", [inet:getaddr("127.0.0.1", inet), inet:getaddr({127,0,0,1}, inet)]),
    io:format("gethostbyname: ~p~n", [element(1, inet:gethostbyname("localhost"))]),
    io:format("own name resolves: ~p~n", [element(1, inet:gethostbyname(Name))]),
    io:format("native server: ~p~n", [is_pid(whereis(inet_gethost_native))]),
    {ok, Ifs} = inet:getifaddrs(),
    io:format("lo: ~p~n", [proplists:get_value("lo", Ifs)]),
    io:format("names: ~p~n", [[N || {N, _} <- Ifs]]),
    io:format("iflist: ~p~n", [inet:getiflist()]),
    io:format("ifget lo: ~p~n", [inet:ifget("lo", [addr, netmask, flags])]),
    io:format("ifget none: ~p~n", [inet:ifget("no-such-if", [addr])]),
    io:format("services: ~p ~p ~p~n", [inet:getservbyname(ssh, tcp), inet:getservbyport(80, tcp), inet:getservbyname(no_such_service, tcp)]),
    io:format("type: ~p~n", [prim_inet:gettype(U)]),
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    io:format("type: ~p~n", [prim_inet:gettype(L)]),
    {ok, Fd} = prim_inet:getfd(L),
    io:format("fd: ~p~n", [is_integer(Fd)]),
    io:format("stat: ~p~n", [inet:getstat(L)]),
    gen_tcp:close(L),
    gen_udp:close(U),
    ok.
