%% {packet, http} and {packet, httph}: a request line, headers and the end of headers as terms,
%% in passive and active mode, binary and list variants.
-module(tcp_http).
-export([main/1]).

pair(AOpts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}} | AOpts]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false}]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:close(L),
    {C, A}.

main(_) ->
    Req = <<"GET /index.html HTTP/1.1\r\nHost: example.org\r\nX-Custom: a\r\n b\r\n\r\nbody">>,
    [begin
         {C, A} = pair([{packet, T}]),
         ok = gen_tcp:send(C, Req),
         io:format("~p: ~p~n", [T, [gen_tcp:recv(A, 0, 1000) || _ <- [1, 2, 3, 4]]]),
         ok = inet:setopts(A, [{packet, raw}]),
         io:format("rest: ~p~n", [gen_tcp:recv(A, 0, 1000)]),
         gen_tcp:close(C), gen_tcp:close(A)
     end || T <- [http, http_bin]],
    {C, A} = pair([{packet, http}, {active, true}]),
    ok = gen_tcp:send(C, <<"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n">>),
    io:format("~p~n", [[receive {http, A, M} -> M after 1000 -> none end || _ <- [1, 2, 3]]]),
    ok.
