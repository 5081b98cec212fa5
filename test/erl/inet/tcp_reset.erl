%% Resets: a peer closing with {linger, {true, 0}} resets the connection, which a reader sees as
%% {error, closed} or, with show_econnreset, {error, econnreset} and {tcp_error, S, econnreset};
%% and a socket whose peer reset it failing its sends.
-module(tcp_reset).
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
        {tcp_error, S, E} -> {tcp_error, E}
    after 1000 -> nothing
    end.

main(_) ->
    [begin
         {C, A} = pair([{linger, {true, 0}}], Opts),
         ok = gen_tcp:send(C, <<"data">>),
         {ok, <<"data">>} = gen_tcp:recv(A, 4, 1000),
         ok = gen_tcp:close(C),
         io:format("~p: ~p ~p ~p~n", [Opts, gen_tcp:recv(A, 0, 1000), gen_tcp:recv(A, 0, 1000), gen_tcp:send(A, "x")]),
         gen_tcp:close(A)
     end || Opts <- [[], [{show_econnreset, true}], [{exit_on_close, false}], [{show_econnreset, true}, {exit_on_close, false}]]],
    [begin
         {C, A} = pair([{linger, {true, 0}}], [{active, true} | Opts]),
         ok = gen_tcp:close(C),
         io:format("active ~p: ~p ~p ~p~n", [Opts, next(A), next(A), erlang:port_info(A, name)]),
         gen_tcp:close(A)
     end || Opts <- [[], [{show_econnreset, true}], [{show_econnreset, true}, {exit_on_close, false}]]],
    ok.
