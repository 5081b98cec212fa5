-module(ring).
%% Process ring: N processes pass a counter token around the ring M times (message passing).
-export([main/1]).
%% Each node forwards the token to the next one, adding one, until told to stop.
relay(Next) ->
    receive
        {token, C} -> Next ! {token, C + 1}, relay(Next);
        stop -> Next ! stop
    end.
%% The caller closes the ring: it receives the token after each round and sends it on.
run(N, M) ->
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, self(), lists:seq(1, N - 1)),
    C = rounds(M, First, 0),
    First ! stop,
    receive stop -> ok end,
    C.
rounds(0, _First, C) -> C;
rounds(M, First, C) ->
    First ! {token, C + 1},
    receive {token, C1} -> rounds(M - 1, First, C1) end.
main(Args) ->
    M = case Args of [A] -> list_to_integer(A); _ -> 1000 end,
    run(100, 10),
    T0 = erlang:monotonic_time(microsecond),
    R = run(1000, M),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
