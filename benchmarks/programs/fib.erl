-module(fib).
%% Naive doubly recursive Fibonacci: calls and small-integer arithmetic.
-export([main/1]).
fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 30 end,
    fib(20),
    T0 = erlang:monotonic_time(microsecond),
    R = fib(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
