-module(binarytrees).
%% Benchmarks-game binary trees: allocating and walking many short-lived tuples.
-export([main/1]).
-define(MIN_DEPTH, 4).
make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.
check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
sum_checks(0, _D, Acc) -> Acc;
sum_checks(I, D, Acc) -> sum_checks(I - 1, D, Acc + check(make(D))).
run(Max) ->
    Stretch = check(make(Max + 1)),
    Long = make(Max),
    Rows = [{1 bsl (Max - D + ?MIN_DEPTH), D, sum_checks(1 bsl (Max - D + ?MIN_DEPTH), D, 0)}
            || D <- lists:seq(?MIN_DEPTH, Max, 2)],
    {Stretch, Rows, check(Long)}.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 17 end,
    run(8),
    T0 = erlang:monotonic_time(microsecond),
    R = run(max(?MIN_DEPTH + 2, N)),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, erlang:phash2(R)}),
    erlang:display({time_us, T1 - T0}).
