-module(nrev).
%% Naive reverse: list construction and append, the classic Prolog/Erlang benchmark.
-export([main/1]).
app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).
loop(0, L) -> L;
loop(N, L) -> nrev(L), loop(N - 1, L).
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 2000 end,
    L = lists:seq(1, 300),
    loop(100, L),
    T0 = erlang:monotonic_time(microsecond),
    loop(N, L),
    R = nrev(L),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, lists:sum(R), hd(R)}),
    erlang:display({time_us, T1 - T0}).
