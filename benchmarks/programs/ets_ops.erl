-module(ets_ops).
%% ETS: inserts into a set table, a lookup of each key, then an update_counter loop.
-export([main/1]).
run(N) ->
    T = ets:new(bench, [set]),
    [ets:insert(T, {I, I * 2, 0}) || I <- lists:seq(1, N)],
    S = lists:foldl(fun(I, Acc) -> [{I, V, _}] = ets:lookup(T, I), Acc + V end, 0, lists:seq(1, N)),
    counters(3 * N, N, T),
    C = ets:foldl(fun({_, _, C}, Acc) -> Acc + C end, 0, T),
    ets:delete(T),
    {S, C}.
%% Bump the third field of key (I rem N) + 1, by a step that depends on I.
counters(0, _N, _T) -> ok;
counters(I, N, T) ->
    ets:update_counter(T, I rem N + 1, {3, I rem 7}),
    counters(I - 1, N, T).
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 200000 end,
    run(1000),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
