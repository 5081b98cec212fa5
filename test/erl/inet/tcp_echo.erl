%% A gen_tcp echo server and its client in one program, on loopback with an ephemeral port:
%% passive sockets, binary and list data, iolists, exact-length receives, and the end of the
%% connection seen by the server when the client closes.
-module(tcp_echo).
-export([main/1]).

main(_) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}, {reuseaddr, true}]),
    {ok, Port} = inet:port(L),
    io:format("port is an integer: ~p~n", [is_integer(Port) andalso Port > 0]),
    Self = self(),
    Server = spawn_link(fun() -> server(L, Self) end),
    {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false}]),
    receive {Server, accepted} -> ok end,
    Msgs = [<<"hello">>, "a list", [<<"io">>, $l, ["ist"]], <<>>, binary:copy(<<"x">>, 5000), <<0, 255, 1>>],
    [begin
         ok = gen_tcp:send(C, M),
         Len = iolist_size(M),
         R = case Len of 0 -> skipped; _ -> gen_tcp:recv(C, Len, 5000) end,
         io:format("~p -> ~p~n", [Len, summary(R)])
     end || M <- Msgs],
    {ok, {Addr, _}} = inet:sockname(C),
    {ok, {PeerAddr, PeerPort}} = inet:peername(C),
    io:format("sockname ~p peername ~p ~p~n", [Addr, PeerAddr, PeerPort =:= Port]),
    ok = gen_tcp:close(C),
    receive {Server, Result} -> io:format("server: ~p~n", [Result]) end,
    ok = gen_tcp:close(L),
    io:format("closed port info: ~p~n", [erlang:port_info(C)]).

server(L, Parent) ->
    {ok, S} = gen_tcp:accept(L),
    Parent ! {self(), accepted},
    Parent ! {self(), echo(S, 0)}.

echo(S, N) ->
    case gen_tcp:recv(S, 0) of
        {ok, Data} ->
            ok = gen_tcp:send(S, Data),
            echo(S, N + byte_size(Data));
        {error, Reason} ->
            {Reason, N, gen_tcp:close(S)}
    end.

summary({ok, B}) when byte_size(B) > 20 -> {ok, byte_size(B), binary:part(B, 0, 3)};
summary(R) -> R.
