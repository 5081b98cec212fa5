%% Larger transfers: a megabyte sent in one call and in many, read by a slow passive reader
%% (the sender's socket queues, goes busy past high_watermark and waits), byte counts and packet
%% counts from inet:getstat/2 when the reads are of fixed lengths, send_timeout against a reader
%% that never reads, and port_command with nosuspend on a busy socket.
-module(tcp_bulk).
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
    Big = list_to_binary([<<I:32>> || I <- lists:seq(1, 262144)]),
    Self = self(),
    spawn_link(fun() -> Self ! {sent, gen_tcp:send(C, Big)} end),
    {ok, Got} = gen_tcp:recv(A, byte_size(Big), 10000),
    io:format("one call: ~p ~p~n", [Got =:= Big, receive {sent, R} -> R end]),
    spawn_link(fun() -> Self ! {sent, [E || I <- lists:seq(1, 10000), (E = gen_tcp:send(C, <<I:32>>)) =/= ok]} end),
    Parts = [begin {ok, B} = gen_tcp:recv(A, 4000, 10000), B end || _ <- lists:seq(1, 10)],
    io:format("many calls: ~p ~p~n", [list_to_binary(Parts) =:= list_to_binary([<<I:32>> || I <- lists:seq(1, 10000)]),
                                      receive {sent, R2} -> R2 end]),
    {ok, SA} = inet:getstat(A, [recv_cnt, recv_oct, recv_max]),
    {ok, SC} = inet:getstat(C, [send_oct, send_pend]),
    io:format("stats: ~p ~p~n", [SA, SC]),
    %% close right after a big send: what is queued still goes out before the end
    spawn_link(fun() -> ok = gen_tcp:send(C, Big), Self ! {closed, gen_tcp:close(C)} end),
    {ok, Got2} = gen_tcp:recv(A, byte_size(Big), 10000),
    io:format("all before the end: ~p ~p ~p~n", [Got2 =:= Big, gen_tcp:recv(A, 0, 2000), receive {closed, Cl} -> Cl end]),
    gen_tcp:close(A),
    %% a reader that never reads: the sender times out
    {C2, A2} = pair([{send_timeout, 200}], [{recbuf, 4096}]),
    io:format("timed out: ~p~n", [fill(C2, binary:copy(<<"z">>, 65536), 0)]),
    gen_tcp:close(C2), gen_tcp:close(A2),
    ok.

fill(S, Chunk, N) when N < 2000 ->
    case gen_tcp:send(S, Chunk) of
        ok -> fill(S, Chunk, N + 1);
        Error -> {Error, N > 0}
    end;
fill(_, _, N) -> {never, N}.
