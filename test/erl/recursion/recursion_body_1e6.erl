%% Body recursion one million deep: sum, map, and building a list, each returning through every frame.
-module(recursion_body_1e6).
-export([main/1, id/1]).

id(X) -> X.

sum(0) -> 0;
sum(N) -> N + sum(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].

double([]) -> [];
double([H | T]) -> [H * 2 | double(T)].

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

main(_) ->
    N = ?MODULE:id(1000000),
    erlang:display(sum(N)),
    L = build(N),
    erlang:display({len(L), hd(L), lists:last(L)}),
    D = double(L),
    erlang:display({len(D), lists:sum(D)}),
    erlang:display(sum(N) + sum(N)).
