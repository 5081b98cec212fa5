%% OTP's own HTTP client (inets' httpc, over gen_tcp) against a small gen_tcp server in the same
%% program: the request line as the server reads it, status and body as httpc returns them, a
%% keep-alive second request on the same connection, and epmd queries answering that no epmd runs.
-module(httpc_local).
-export([main/1]).

main(_) ->
    io:format("names: ~p~n", [net_adm:names()]),
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, Port} = inet:port(L),
    Self = self(),
    spawn_link(fun() -> server(L, Self) end),
    ok = application:start(inets),
    Url = "http://127.0.0.1:" ++ integer_to_list(Port),
    [begin
         R = httpc:request(get, {Url ++ Path, [{"x-test", "1"}]}, [], []),
         receive {request, Line} -> io:format("server saw ~p~n", [Line]) end,
         {ok, {{Version, Code, Phrase}, Headers, Body}} = R,
         io:format("~p ~p ~p ~p ~p~n", [Version, Code, Phrase, lists:keyfind("content-length", 1, Headers), Body])
     end || Path <- ["/first", "/second"]],
    ok.

server(L, Parent) ->
    {ok, S} = gen_tcp:accept(L),
    serve(S, Parent, <<>>).

serve(S, Parent, Buf) ->
    case binary:split(Buf, <<"\r\n\r\n">>) of
        [Head, Rest] ->
            [Line | _] = binary:split(Head, <<"\r\n">>),
            Parent ! {request, Line},
            Body = <<"reply to ", Line/binary>>,
            ok = gen_tcp:send(S, [<<"HTTP/1.1 200 OK\r\nContent-Length: ">>, integer_to_list(byte_size(Body)),
                                  <<"\r\n\r\n">>, Body]),
            serve(S, Parent, Rest);
        [_] ->
            case gen_tcp:recv(S, 0, 5000) of
                {ok, More} -> serve(S, Parent, <<Buf/binary, More/binary>>);
                {error, _} -> gen_tcp:close(S)
            end
    end.
