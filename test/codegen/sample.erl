%% Functions of the shapes the code generator lays out differently (render-function.ts):
%% clause selection, body and tail recursion, a receive loop with a timeout, try/catch,
%% and a binary match. test/codegen.test.ts keeps their translation as a snapshot.
-module(sample).
-export([fib/1, sum/2, len/1, wait_for/2, safe_div/2, parse/1]).

fib(0) -> 0;
fib(1) -> 1;
fib(N) when N > 1 -> fib(N - 1) + fib(N - 2).

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

wait_for(Tag, Timeout) ->
    receive
        {Tag, Value} -> {ok, Value}
    after Timeout -> timeout
    end.

safe_div(A, B) ->
    try A div B of
        Q -> {ok, Q}
    catch
        error:badarith -> infinity
    end.

parse(<<Len:8, Payload:Len/binary, Rest/binary>>) -> {Payload, Rest};
parse(_) -> error.
