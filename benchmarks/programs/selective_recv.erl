-module(selective_recv).
%% Selective receive past a full mailbox: by a tag each round, then the make_ref/receive {Ref, _} call pattern.
-export([main/1]).
%% A server that answers {From, Ref, X} with {Ref, X * 2}.
server() ->
    receive
        {From, Ref, X} -> From ! {Ref, X * 2}, server();
        stop -> ok
    end.
%% Each round sends itself a tagged message, found behind the unrelated ones still queued.
tagged(0, Acc) -> Acc;
tagged(I, Acc) ->
    self() ! {tagged, I},
    receive {tagged, I} -> tagged(I - 1, Acc + I) end.
%% The compiler marks the mailbox at make_ref/0, so erts skips the queued messages here.
calls(0, _Server, Acc) -> Acc;
calls(I, Server, Acc) ->
    Ref = make_ref(),
    Server ! {self(), Ref, I},
    receive {Ref, Y} -> calls(I - 1, Server, Acc + Y) end.
run(Junk, Rounds) ->
    [self() ! {junk, J} || J <- lists:seq(1, Junk)],
    A = tagged(Rounds, 0),
    Server = spawn(fun server/0),
    B = calls(Rounds * 20, Server, 0),
    Server ! stop,
    {message_queue_len, Left} = process_info(self(), message_queue_len),
    [receive {junk, J} -> ok end || J <- lists:seq(1, Junk)],
    {A, B, Left}.
main(Args) ->
    Rounds = case Args of [A] -> list_to_integer(A); _ -> 5000 end,
    run(1000, 100),
    T0 = erlang:monotonic_time(microsecond),
    R = run(10000, Rounds),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
