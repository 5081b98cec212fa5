-module(fib).
-export([main/1]).
fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).
main(_) ->
    erlang:display([fib(N) || N <- lists:seq(0, 25)]),
    erlang:display(fib(90 div 3)).
