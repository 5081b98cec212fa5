-module(map_ops).
%% Maps: build a map of N integer keys with maps:put, look each key up, update each, fold.
-export([main/1]).
build(0, M) -> M;
build(I, M) -> build(I - 1, maps:put(I, I * 3, M)).
lookups(0, _M, Acc) -> Acc;
lookups(I, M, Acc) -> lookups(I - 1, M, Acc + maps:get(I, M)).
updates(0, M) -> M;
updates(I, M) -> #{I := V} = M, updates(I - 1, M#{I := V + 1}).
run(N) ->
    M = build(N, #{}),
    S = lookups(N, M, 0),
    M2 = updates(N, M),
    {map_size(M2), S, maps:fold(fun(K, V, Acc) -> Acc + K * V end, 0, M2)}.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 200000 end,
    run(1000),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
