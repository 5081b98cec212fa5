%% Mutual recursion, non-tail, through three functions, one million deep.
-module(recursion_mutual).
-export([main/1, id/1]).

id(X) -> X.

a(0) -> [];
a(N) -> [a | b(N - 1)].
b(0) -> [];
b(N) -> [b | c(N - 1)].
c(0) -> [];
c(N) -> [c | a(N - 1)].

is_even(0) -> true;
is_even(N) -> not is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> not is_even(N - 1).

main(_) ->
    L = a(?MODULE:id(1000000)),
    erlang:display({length(L), lists:sublist(L, 5), length([x || c <- L])}),
    erlang:display([is_even(?MODULE:id(1000000)), is_odd(?MODULE:id(999999)), is_even(?MODULE:id(7))]).
